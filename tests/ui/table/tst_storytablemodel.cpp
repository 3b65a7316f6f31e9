#include "gitsitefixture.h"
#include "storyfixture.h"
#include "storytablemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QLocale>

using Storydesk::StoryState;
using Storydesk::StoryTableModel;

namespace {

const QByteArray Detroit = "category: news\n"
                           "title: \"Detroit Renews Facial Recognition Contract\"\n"
                           "excerpt: \"The Detroit City Council voted.\"\n"
                           "publishedDateTime: 2020-09-30T06:05:00Z\n"
                           "webUrl: \"https://www.wsj.com/articles/detroit\"\n"
                           "quality: 69\nheat: 89\npublished: true\n"
                           "provider:\n  name: Wall Street Journal\n  domain: wsj.com\n"
                           "  images:\n    - url: \"https://example.org/wsj.jpg\"\n"
                           "topics:\n  - Computer Vision\n  - AI\n"
                           "images:\n  - url: \"https://images.wsj.net/social\"\n"
                           "related:\n  - webUrl: a\n  - webUrl: b\n";

} // namespace

class TestStoryTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester_passesThroughLoadChangesAndRemoval();
    void header_namesEveryColumn();
    void data_showsEveryColumnOfAStory();
    void rawValues_areTyped();
    void date_showsOnlyTheTimeForTodaysStories();
    void brokenFile_isARowShowingItsError();
    void dirtyAndConflict_showInStatusAndSignalTheRow();
    void rows_followTheStoreInExactRanges();
    void reopeningAFolder_resetsTheModel();
    void publishedCheckbox_requestsAndDoesNotWrite();
    void flags_onlyPublishedIsCheckable();
    void mimeData_carriesPathsAndWebLinksOncePerStory();
    void untrustedText_isShownAsOneBoundedPlainLine();
    void gitColumn_showsEachStorysStateAndSortsOnIt();
    void gitColumn_isEmptyOutsideARepository();
};

void TestStoryTableModel::modelTester_passesThroughLoadChangesAndRemoval()
{
    StoryFixture fixture;
    for (int i = 0; i < 40; ++i)
        fixture.write(QStringLiteral("d%1/s%2.md").arg(i % 4).arg(i), "title: \"S" + QByteArray::number(i) + "\"\n");
    StoryTableModel model(&fixture.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(fixture.load());
    QCOMPARE(model.rowCount(), 40);
    fixture.store.setDirty(fixture.path(QStringLiteral("d0/s0.md")), true);
    QVERIFY(QFile::remove(fixture.path(QStringLiteral("d1/s1.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 39, 60000);
    QVERIFY(fixture.load());
    QCOMPARE(model.rowCount(), 39);
}

void TestStoryTableModel::header_namesEveryColumn()
{
    Storydesk::StoryStore store;
    StoryTableModel model(&store);
    QCOMPARE(model.columnCount(), int(StoryTableModel::ColumnCount));
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers.append(model.headerData(c, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{QStringLiteral("Title"), QStringLiteral("Provider"), QStringLiteral("Date"),
                                   QStringLiteral("Quality"), QStringLiteral("Heat"), QStringLiteral("Topics"),
                                   QStringLiteral("Published"), QStringLiteral("Related"), QStringLiteral("Category"),
                                   QStringLiteral("Status"), QStringLiteral("Git")}));
}

void TestStoryTableModel::data_showsEveryColumnOfAStory()
{
    StoryFixture fixture;
    fixture.write(QStringLiteral("detroit.md"), Detroit);
    QVERIFY(fixture.load());
    StoryTableModel model(&fixture.store);
    const auto display = [&model](int column) { return model.index(0, column).data(); };

    QCOMPARE(display(StoryTableModel::Title).toString(), QStringLiteral("Detroit Renews Facial Recognition Contract"));
    QCOMPARE(display(StoryTableModel::Provider).toString(), QStringLiteral("Wall Street Journal"));
    const QDateTime utc(QDate(2020, 9, 30), QTime(6, 5), Qt::UTC);
    // A past day shows its date only (the title gets the width); the tooltip has the time too.
    QCOMPARE(display(StoryTableModel::Date).toString(), QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(model.index(0, StoryTableModel::Date).data(Qt::ToolTipRole).toString(),
             QLocale().toString(utc.toLocalTime(), QLocale::LongFormat));
    QCOMPARE(display(StoryTableModel::Quality).toInt(), 69);
    QCOMPARE(display(StoryTableModel::Heat).toInt(), 89);
    QCOMPARE(display(StoryTableModel::Topics).toString(), QStringLiteral("Computer Vision, AI"));
    QCOMPARE(model.index(0, StoryTableModel::Published).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(display(StoryTableModel::Related).toInt(), 2);
    QCOMPARE(display(StoryTableModel::Category).toString(), QStringLiteral("news"));
    QCOMPARE(display(StoryTableModel::Status).toString(), QString());
    QCOMPARE(model.index(0, StoryTableModel::Status).data(Storydesk::StateRole).value<StoryState>(), StoryState::Ok);

    const QModelIndex any = model.index(0, StoryTableModel::Heat);
    QCOMPARE(any.data(Storydesk::PathRole).toString(), fixture.path(QStringLiteral("detroit.md")));
    QCOMPARE(any.data(Storydesk::ExcerptRole).toString(), QStringLiteral("The Detroit City Council voted."));
    QCOMPARE(any.data(Storydesk::ImageUrlRole).toString(), QStringLiteral("https://images.wsj.net/social"));
    QCOMPARE(any.data(Storydesk::ProviderLogoUrlRole).toString(), QStringLiteral("https://example.org/wsj.jpg"));
    QCOMPARE(any.data(Storydesk::WebUrlRole).toString(), QStringLiteral("https://www.wsj.com/articles/detroit"));
}

void TestStoryTableModel::date_showsOnlyTheTimeForTodaysStories()
{
    StoryFixture fixture;
    const QDateTime now = QDateTime::currentDateTime();
    // Noon today, in local time: today however far the test runs from midnight UTC.
    const QDateTime noon(now.date(), QTime(12, 0));
    fixture.write(QStringLiteral("today.md"),
                  "title: \"Today\"\npublishedDateTime: " + noon.toUTC().toString(Qt::ISODate).toUtf8() + "\n");
    QVERIFY(fixture.load());
    StoryTableModel model(&fixture.store);
    QCOMPARE(model.index(0, StoryTableModel::Date).data().toString(), QLocale().toString(QTime(12, 0), QLocale::ShortFormat));
    QCOMPARE(model.index(0, StoryTableModel::Date).data(Qt::ToolTipRole).toString(), QLocale().toString(noon, QLocale::LongFormat));
}

void TestStoryTableModel::rawValues_areTyped()
{
    StoryFixture fixture;
    fixture.write(QStringLiteral("detroit.md"), Detroit);
    fixture.write(QStringLiteral("bare.md"), "title: Bare\n");
    QVERIFY(fixture.load());
    StoryTableModel model(&fixture.store);
    const int detroit = fixture.row(QStringLiteral("detroit.md"));
    const int bare = fixture.row(QStringLiteral("bare.md"));
    const auto raw = [&model](int row, int column) { return model.index(row, column).data(Storydesk::RawValueRole); };

    QCOMPARE(raw(detroit, StoryTableModel::Date).typeId(), QMetaType::QDateTime);
    QCOMPARE(raw(detroit, StoryTableModel::Date).toDateTime(), QDateTime(QDate(2020, 9, 30), QTime(6, 5), Qt::UTC));
    QCOMPARE(raw(detroit, StoryTableModel::Quality).typeId(), QMetaType::Int);
    QCOMPARE(raw(detroit, StoryTableModel::Quality).toInt(), 69);
    QCOMPARE(raw(bare, StoryTableModel::Quality).toInt(), -1);
    QVERIFY(!model.index(bare, StoryTableModel::Quality).data().isValid()); // nothing shown for a missing score
    QCOMPARE(raw(detroit, StoryTableModel::Related).toInt(), 2);
    QVERIFY(raw(detroit, StoryTableModel::Published).toInt() > raw(bare, StoryTableModel::Published).toInt());
    QCOMPARE(raw(detroit, StoryTableModel::Title).typeId(), QMetaType::QString);
}

void TestStoryTableModel::brokenFile_isARowShowingItsError()
{
    StoryFixture fixture;
    fixture.write(QStringLiteral("broken.md"), "title: a\nexcerpt: b: c\n");
    QVERIFY(fixture.load());
    StoryTableModel model(&fixture.store);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex title = model.index(0, StoryTableModel::Title);
    QCOMPARE(model.index(0, 0).data(Storydesk::StateRole).value<StoryState>(), StoryState::Broken);
    QVERIFY2(title.data(Qt::ToolTipRole).toString().contains(QStringLiteral("line 3, column 11")),
             qPrintable(title.data(Qt::ToolTipRole).toString()));
    QVERIFY(model.index(0, StoryTableModel::Status).data().toString().contains(QStringLiteral("illegal map value")));
    QVERIFY(model.index(0, StoryTableModel::Status).data(Qt::ToolTipRole).toString().contains(QStringLiteral("line 3, column 11")));
    const auto problems = model.index(0, 0).data(Storydesk::ProblemsRole).value<Storydesk::Problems>();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().line, 3);
    QVERIFY(!model.index(0, StoryTableModel::Published).data(Qt::CheckStateRole).isValid());
}

void TestStoryTableModel::dirtyAndConflict_showInStatusAndSignalTheRow()
{
    StoryFixture fixture;
    fixture.write(QStringLiteral("a.md"), "title: A\n");
    fixture.write(QStringLiteral("b.md"), "title: B\nquality: 500\n");
    QVERIFY(fixture.load());
    StoryTableModel model(&fixture.store);
    const int a = fixture.row(QStringLiteral("a.md"));
    const int b = fixture.row(QStringLiteral("b.md"));
    QCOMPARE(model.index(b, 0).data(Storydesk::StateRole).value<StoryState>(), StoryState::Warning);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    fixture.store.setDirty(fixture.path(QStringLiteral("a.md")), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex(), model.index(a, 0));
    QCOMPARE(changed.constFirst().at(1).toModelIndex(), model.index(a, StoryTableModel::ColumnCount - 1));
    QCOMPARE(model.index(a, 0).data(Storydesk::StateRole).value<StoryState>(), StoryState::Modified);
    QCOMPARE(model.index(a, StoryTableModel::Status).data().toString(), QStringLiteral("Modified"));

    QSignalSpy conflicts(&fixture.store, &Storydesk::StoryStore::conflictDetected);
    fixture.write(QStringLiteral("a.md"), "title: Theirs\n");
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.size(), 1, 60000);
    QCOMPARE(model.index(a, 0).data(Storydesk::StateRole).value<StoryState>(), StoryState::Conflict);
    QCOMPARE(model.index(a, StoryTableModel::Status).data().toString(), QStringLiteral("Conflict"));
    QCOMPARE(model.index(a, StoryTableModel::Title).data().toString(), QStringLiteral("A"));
}

void TestStoryTableModel::rows_followTheStoreInExactRanges()
{
    StoryFixture fixture;
    for (int i = 0; i < 30; ++i)
        fixture.write(QStringLiteral("s%1.md").arg(i), "title: S\n");
    Storydesk::StoryStore &store = fixture.store;
    StoryTableModel model(&store);
    QList<std::pair<int, int>> fromStore;
    QList<std::pair<int, int>> inserted;
    connect(&store, &Storydesk::StoryStore::storiesAdded, this, [&](int f, int l) { fromStore.append({f, l}); });
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int f, int l) { inserted.append({f, l}); });
    QVERIFY(fixture.load());
    QCOMPARE(inserted, fromStore);
    QCOMPARE(model.rowCount(), 30);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const int row = store.indexOf(fixture.path(QStringLiteral("s7.md")));
    QVERIFY(QFile::remove(fixture.path(QStringLiteral("s7.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 60000);
    QCOMPARE(removed.constFirst().at(1).toInt(), row);
    QCOMPARE(removed.constFirst().at(2).toInt(), row);
    QCOMPARE(model.rowCount(), 29);
}

void TestStoryTableModel::reopeningAFolder_resetsTheModel()
{
    StoryFixture fixture;
    fixture.write(QStringLiteral("a.md"), "title: A\n");
    StoryTableModel model(&fixture.store);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(fixture.load());
    QCOMPARE(reset.size(), 1);
    QVERIFY(fixture.load());
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 1);
}

void TestStoryTableModel::publishedCheckbox_requestsAndDoesNotWrite()
{
    StoryFixture fixture;
    fixture.write(QStringLiteral("a.md"), "title: A\npublished: false\n");
    QVERIFY(fixture.load());
    StoryTableModel model(&fixture.store);
    QSignalSpy requested(&model, &StoryTableModel::publishedToggleRequested);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex published = model.index(0, StoryTableModel::Published);

    QVERIFY(!model.setData(published, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst(), (QVariantList{fixture.path(QStringLiteral("a.md")), true}));
    QCOMPARE(published.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked)); // until the store says otherwise
    QCOMPARE(changed.size(), 0);

    QVERIFY(!model.setData(published, Qt::Unchecked, Qt::CheckStateRole)); // unchanged: no request
    QVERIFY(!model.setData(model.index(0, StoryTableModel::Title), QStringLiteral("x"), Qt::EditRole));
    QCOMPARE(requested.size(), 1);
}

void TestStoryTableModel::flags_onlyPublishedIsCheckable()
{
    StoryFixture fixture;
    fixture.write(QStringLiteral("a.md"), "title: A\n");
    fixture.rawWrite(QStringLiteral("b.md"), "# no front matter\n");
    QVERIFY(fixture.load());
    StoryTableModel model(&fixture.store);
    const int a = fixture.row(QStringLiteral("a.md"));
    const int b = fixture.row(QStringLiteral("b.md"));
    for (int c = 0; c < StoryTableModel::ColumnCount; ++c) {
        QCOMPARE(model.flags(model.index(a, c)).testFlag(Qt::ItemIsUserCheckable), c == StoryTableModel::Published);
        QVERIFY(!model.flags(model.index(a, c)).testFlag(Qt::ItemIsEditable));
    }
    QVERIFY(!model.flags(model.index(b, StoryTableModel::Published)).testFlag(Qt::ItemIsUserCheckable));
    QCOMPARE(model.index(b, StoryTableModel::Title).data().toString(), QStringLiteral("b.md"));
}

void TestStoryTableModel::mimeData_carriesPathsAndWebLinksOncePerStory()
{
    StoryFixture fixture;
    fixture.write(QStringLiteral("a.md"), Detroit);
    fixture.write(QStringLiteral("b.md"), "title: B\nwebUrl: \"javascript:alert(1)\"\n");
    QVERIFY(fixture.load());
    StoryTableModel model(&fixture.store);
    const int a = fixture.row(QStringLiteral("a.md"));
    const int b = fixture.row(QStringLiteral("b.md"));
    QVERIFY(model.flags(model.index(a, StoryTableModel::Title)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(model.mimeTypes().contains(StoryTableModel::StoryPathsMimeType));

    // A whole-row selection: every column of both rows, in no particular order.
    QModelIndexList selection;
    for (int c = StoryTableModel::ColumnCount - 1; c >= 0; --c)
        selection << model.index(b, c) << model.index(a, c);
    const std::unique_ptr<QMimeData> data(model.mimeData(selection));
    QVERIFY(data);
    const QStringList paths = QString::fromUtf8(data->data(StoryTableModel::StoryPathsMimeType)).split(QLatin1Char('\n'));
    QStringList expected{fixture.path(QStringLiteral("a.md")), fixture.path(QStringLiteral("b.md"))};
    if (a > b)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(paths, expected);
    // Only web links leave the app as links; a script URL does not.
    QCOMPARE(data->urls(), QList<QUrl>{QUrl(QStringLiteral("https://www.wsj.com/articles/detroit"))});
    QVERIFY(!model.mimeData({}));
}

void TestStoryTableModel::untrustedText_isShownAsOneBoundedPlainLine()
{
    // Crawled text: markup, a right-to-left override that makes "exe.txt" read "txt.exe",
    // line breaks, and a title of 100,000 characters; a file named like markup.
    StoryFixture fixture;
    const QByteArray title = "<b>bold</b> <img src=\\\"http://127.0.0.1/x.png\\\"> \\u202Etxt.exe\\nnext line " + QByteArray(100000, 'x');
    fixture.write(QStringLiteral("<i>x</i>.md"),
                  "title: \"" + title + "\"\nprovider:\n  name: \"Wire\\u202E\\u2066\"\ntopics: [\"<script>alert(1)</script>\"]\n"
                  "webUrl: \"javascript:alert(1)\"\n");
    QVERIFY(fixture.load());
    StoryTableModel model(&fixture.store);
    QCOMPARE(model.rowCount(), 1);

    const QString shown = model.index(0, StoryTableModel::Title).data(Qt::DisplayRole).toString();
    QVERIFY2(shown.size() <= 1000, qPrintable(QString::number(shown.size())));
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QVERIFY2(shown.startsWith(QStringLiteral("<b>bold</b> <img src=\"http://127.0.0.1/x.png\"> txt.exe next line xxx")), qPrintable(shown.left(80)));
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column) {
        const QString text = model.index(0, column).data(Qt::DisplayRole).toString();
        QVERIFY2(!text.contains(QChar(0x202E)) && !text.contains(QChar(0x2066)) && !text.contains(QLatin1Char('\n')), qPrintable(text.left(80)));
    }
    QCOMPARE(model.index(0, StoryTableModel::Provider).data(Qt::DisplayRole).toString(), QStringLiteral("Wire"));
    QCOMPARE(model.index(0, StoryTableModel::Topics).data(Qt::DisplayRole).toString(), QStringLiteral("<script>alert(1)</script>"));
    // The raw value keeps the text as it is; sorting and the editor use that.
    QCOMPARE(model.index(0, StoryTableModel::Title).data(Storydesk::RawValueRole).toString().size() > 100000, true);
    // Tooltips are escaped rich text: the file name shows as written, never as markup.
    const QString tip = model.index(0, StoryTableModel::Title).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;i&gt;x&lt;/i&gt;.md")) && !tip.contains(QStringLiteral("<i>")), qPrintable(tip));
    QCOMPARE(model.index(0, 0).data(Storydesk::WebUrlRole).toString(), QStringLiteral("javascript:alert(1)"));
}

void TestStoryTableModel::gitColumn_showsEachStorysStateAndSortsOnIt()
{
    GitSiteFixture site;
    for (const char *name : {"a", "b", "c"})
        site.write(QStringLiteral("%1.md").arg(QLatin1StringView(name)), "title: \"" + QByteArray(name).toUpper() + "\"\n");
    QVERIFY(site.init());
    QVERIFY(site.commitAll());
    site.write(QStringLiteral("b.md"), "title: \"B, saved\"\n");
    site.write(QStringLiteral("new.md"), "title: \"New\"\n");
    StoryTableModel model(&site.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(site.loadWithGit());
    model.setGitStatus(&site.git);
    const auto git = [&](const char *name) {
        return model.index(site.row(QString::fromLatin1(name)), StoryTableModel::Git);
    };
    QCOMPARE(model.headerData(StoryTableModel::Git, Qt::Horizontal).toString(), QStringLiteral("Git"));
    QCOMPARE(git("a.md").data().toString(), QString());
    QCOMPARE(git("b.md").data().toString(), QStringLiteral("Changed"));
    QCOMPARE(git("new.md").data().toString(), QStringLiteral("New"));
    QCOMPARE(git("b.md").data(Storydesk::RawValueRole).toInt(), int(Storydesk::GitFileState::Changed));
    QCOMPARE(git("a.md").data(Storydesk::RawValueRole).toInt(), int(Storydesk::GitFileState::Clean));

    // Sorted on the state: nothing to say first, then new, then changed.
    const QList<int> ranks = model.sortRanks(StoryTableModel::Git);
    QVERIFY(ranks.at(site.row(QStringLiteral("a.md"))) < ranks.at(site.row(QStringLiteral("new.md"))));
    QVERIFY(ranks.at(site.row(QStringLiteral("c.md"))) < ranks.at(site.row(QStringLiteral("new.md"))));
    QVERIFY(ranks.at(site.row(QStringLiteral("new.md"))) < ranks.at(site.row(QStringLiteral("b.md"))));
    QVERIFY(model.compare(site.row(QStringLiteral("b.md")), site.row(QStringLiteral("a.md")), StoryTableModel::Git) > 0);

    // A sync's marks reach exactly the rows they name, in the Git column alone.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    site.git.markIncoming({QStringLiteral("c.md")});   // site paths, as a sync reports them
    QTRY_COMPARE_WITH_TIMEOUT(git("c.md").data().toString(), QStringLiteral("Incoming"), GitSiteFixture::Timeout);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), git("c.md"));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), git("c.md"));
    // Committed: nothing left to say.
    QVERIFY(site.commitAll());
    site.git.markIncoming({});
    QVERIFY(site.settle());
    QTRY_COMPARE_WITH_TIMEOUT(git("b.md").data().toString(), QString(), GitSiteFixture::Timeout);
    QCOMPARE(git("new.md").data().toString(), QString());
    QCOMPARE(git("c.md").data().toString(), QString());
}

void TestStoryTableModel::gitColumn_isEmptyOutsideARepository()
{
    GitSiteFixture site;
    site.write(QStringLiteral("a.md"), "title: \"A\"\n");
    StoryTableModel model(&site.store);
    site.git.followStore(&site.store);
    QSignalSpy refreshed(&site.git, &Storydesk::SiteGitStatus::refreshed);
    QVERIFY(site.load());
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, GitSiteFixture::Timeout);
    model.setGitStatus(&site.git);
    QVERIFY(!site.git.isActive());
    QCOMPARE(model.index(0, StoryTableModel::Git).data().toString(), QString());
    QCOMPARE(model.index(0, StoryTableModel::Git).data(Storydesk::RawValueRole).toInt(), int(Storydesk::GitFileState::Clean));
}

QTEST_MAIN(TestStoryTableModel)
#include "tst_storytablemodel.moc"
