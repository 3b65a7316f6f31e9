#include "storyfixture.h"
#include "storyroles.h"
#include "storysortfilterproxymodel.h"
#include "storytablemodel.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSet>

#include <atomic>

using Storydesk::StorySortFilterProxyModel;
using Storydesk::StoryTableModel;
using Published = Storydesk::StorySortFilterProxyModel::PublishedFilter;

namespace {

// Four stories whose display strings sort differently from their values: scores 9, 10,
// 100; dates whose local rendering is not in date order; providers that differ in case.
void writeStories(StoryFixture &fixture)
{
    fixture.write(QStringLiteral("a.md"), "title: banana\nprovider:\n  name: Zeta News\n"
                                          "publishedDateTime: 2021-01-02T00:00:00Z\nquality: 9\nheat: 100\n"
                                          "topics: [Robotics]\npublished: true\nrelated: [{webUrl: x}]\ncategory: news\n");
    fixture.write(QStringLiteral("b.md"), "title: Apple\nprovider:\n  name: alpha wire\n"
                                          "publishedDateTime: 2020-12-01T00:00:00Z\nquality: 10\nheat: 2\n"
                                          "topics: [AI, Ethics]\npublished: false\n"
                                          "related: [{webUrl: x}, {webUrl: y}, {webUrl: z}]\ncategory: analysis\n");
    fixture.write(QStringLiteral("c.md"), "title: cherry\nprovider:\n  domain: mid.example\n"
                                          "quality: 100\nheat: 20\ntopics: [AI]\ncategory: opinion\n");
    fixture.write(QStringLiteral("e.md"), "title: \"Éel\"\nprovider:\n  name: Mid Wire\n"
                                          "publishedDateTime: 2021-01-01T12:00:00+14:00\nquality: bad\nheat: 50\n"
                                          "topics: [AI, Robotics]\npublished: false\n"
                                          "related: [{webUrl: x}, {webUrl: y}]\ncategory: news\n");
}

QString order(const QAbstractItemModel &proxy)
{
    QString names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names += QFileInfo(proxy.index(row, 0).data(Storydesk::PathRole).toString()).baseName();
    return names;
}

} // namespace

class TestStorySortFilterProxyModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sort_usesTypedValuesOfEveryColumn_data();
    void sort_usesTypedValuesOfEveryColumn();
    void sort_descending();
    void filter_data();
    void filter();
    void filters_combine();
    void typingAndDeleting_showWhatAFreshFilterShows();
    void setText_withSyntaxErrorKeepsPreviousFilter();
    void setFilter_replacesTheText();
    void liveChanges_areSortedAndFiltered();
    void changedStory_movesToItsSortedPlace();
    void storyChangedToMatch_staysWhileTypingOn();
    void isModified_followsEditsAndSaves();
    void isModified_keepsNarrowingRight();
    void isDuplicate_followsTheLookup();
    void modelTester_passesThroughLoadSortAndFilter();
    void sortChosenWhileLoading_sortsAtOnce();

private:
    std::unique_ptr<StoryFixture> m_fixture;
    std::unique_ptr<StoryTableModel> m_model;
    std::unique_ptr<StorySortFilterProxyModel> m_proxy;
};

void TestStorySortFilterProxyModel::init()
{
    m_fixture = std::make_unique<StoryFixture>();
    writeStories(*m_fixture);
    m_model = std::make_unique<StoryTableModel>(&m_fixture->store);
    m_proxy = std::make_unique<StorySortFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    QVERIFY(m_fixture->load());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestStorySortFilterProxyModel::cleanup()
{
    m_proxy.reset();
    m_model.reset();
    m_fixture.reset();
}

void TestStorySortFilterProxyModel::sort_usesTypedValuesOfEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("ascending");

    QTest::newRow("title, ignoring case") << int(StoryTableModel::Title) << "bace";
    QTest::newRow("provider, name or domain, ignoring case") << int(StoryTableModel::Provider) << "beca";
    QTest::newRow("date as a date, missing first") << int(StoryTableModel::Date) << "cbea";
    QTest::newRow("quality as a number, missing first") << int(StoryTableModel::Quality) << "eabc";
    QTest::newRow("heat as a number") << int(StoryTableModel::Heat) << "bcea";
    QTest::newRow("topics, list by list") << int(StoryTableModel::Topics) << "cbea";
    QTest::newRow("published: missing, no, yes") << int(StoryTableModel::Published) << "cbea";
    QTest::newRow("related count") << int(StoryTableModel::Related) << "caeb";
    QTest::newRow("category, ties keep their order") << int(StoryTableModel::Category) << "baec";
    QTest::newRow("status: modified, warnings, fine") << int(StoryTableModel::Status) << "ceab";
}

void TestStorySortFilterProxyModel::sort_usesTypedValuesOfEveryColumn()
{
    QFETCH(int, column);
    QFETCH(QString, ascending);
    m_fixture->store.setDirty(m_fixture->path(QStringLiteral("c.md")), true);
    m_proxy->sort(column, Qt::AscendingOrder);
    QCOMPARE(order(*m_proxy), ascending);
}

void TestStorySortFilterProxyModel::sort_descending()
{
    m_proxy->sort(StoryTableModel::Quality, Qt::DescendingOrder);
    QCOMPARE(order(*m_proxy), QStringLiteral("cbae"));
    m_proxy->sort(StoryTableModel::Date, Qt::DescendingOrder);
    QCOMPARE(order(*m_proxy), QStringLiteral("aebc"));
}

void TestStorySortFilterProxyModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("published");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("minimumQuality");
    QTest::addColumn<QString>("shown");

    const int all = int(Published::All);
    QTest::newRow("nothing") << "" << all << "" << "" << -1 << "abce";
    QTest::newRow("free text in title") << "apple" << all << "" << "" << -1 << "b";
    QTest::newRow("free text, accents and case ignored") << "EEL" << all << "" << "" << -1 << "e";
    QTest::newRow("free text in provider") << "wire" << all << "" << "" << -1 << "be";
    QTest::newRow("free text in topics") << "ethics" << all << "" << "" << -1 << "b";
    QTest::newRow("syntax in the text") << "quality:>=10 topic:AI" << all << "" << "" << -1 << "bc";
    QTest::newRow("published") << "" << int(Published::Published) << "" << "" << -1 << "a";
    QTest::newRow("unpublished, including undecided") << "" << int(Published::Unpublished) << "" << "" << -1 << "bce";
    QTest::newRow("topic, any case") << "" << all << "robotics" << "" << -1 << "ae";
    QTest::newRow("provider by domain") << "" << all << "" << "mid.example" << -1 << "c";
    QTest::newRow("provider by name, any case") << "" << all << "" << "ZETA NEWS" << -1 << "a";
    QTest::newRow("minimum quality") << "" << all << "" << "" << 10 << "bc";
    QTest::newRow("minimum quality 0 skips missing") << "" << all << "" << "" << 0 << "abc";
    QTest::newRow("query with or and not") << "(topic:robotics or related:>2) -is:published" << all << "" << "" << -1 << "be";
    QTest::newRow("date comparison in UTC") << "date:<2021" << all << "" << "" << -1 << "be";
    QTest::newRow("query and quick filters combine") << "date:<2021 or cherry" << all << "ai" << "" << 10 << "bc";
    QTest::newRow("field text") << "title:an -category:opinion" << all << "" << "" << -1 << "a";
    QTest::newRow("category") << "category:news" << all << "" << "" << -1 << "ae";
}

void TestStorySortFilterProxyModel::filter()
{
    QFETCH(QString, text);
    QFETCH(int, published);
    QFETCH(QString, topic);
    QFETCH(QString, provider);
    QFETCH(int, minimumQuality);
    QFETCH(QString, shown);

    m_proxy->sort(StoryTableModel::Title);
    QVERIFY(m_proxy->setText(text));
    m_proxy->setPublishedFilter(Published(published));
    m_proxy->setTopic(topic);
    m_proxy->setProvider(provider);
    m_proxy->setMinimumQuality(minimumQuality);
    QString sorted = order(*m_proxy);
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, shown);
}

void TestStorySortFilterProxyModel::filters_combine()
{
    QVERIFY(m_proxy->setText(QStringLiteral("topic:AI")));
    m_proxy->setPublishedFilter(Published::Unpublished);
    m_proxy->setMinimumQuality(50);
    QCOMPARE(order(*m_proxy), QStringLiteral("c"));
    m_proxy->setMinimumQuality(-1);
    m_proxy->setProvider(QStringLiteral("mid wire"));
    QCOMPARE(order(*m_proxy), QStringLiteral("e"));
    m_proxy->setProvider(QString());
    m_proxy->setPublishedFilter(Published::All);
    QVERIFY(m_proxy->setText(QString()));
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestStorySortFilterProxyModel::typingAndDeleting_showWhatAFreshFilterShows()
{
    // Narrowing reuses the previous keystroke's matches: the result must not depend on it.
    const QString typed = QStringLiteral("wire mid");
    QStringList texts;
    for (qsizetype n = 0; n <= typed.size(); ++n)
        texts.append(typed.left(n));
    for (qsizetype n = typed.size() - 1; n >= 0; --n)
        texts.append(typed.left(n));
    m_proxy->sort(StoryTableModel::Title);
    for (const QString &text : std::as_const(texts)) {
        QVERIFY(m_proxy->setText(text));
        StorySortFilterProxyModel fresh;
        fresh.setSourceModel(m_model.get());
        fresh.sort(StoryTableModel::Title);
        QVERIFY(fresh.setText(text));
        QCOMPARE(order(*m_proxy), order(fresh));
    }
    QCOMPARE(order(*m_proxy), QStringLiteral("bace"));
    QVERIFY(m_proxy->setText(QStringLiteral("wire m")));
    QCOMPARE(order(*m_proxy), QStringLiteral("e"));
}

void TestStorySortFilterProxyModel::setText_withSyntaxErrorKeepsPreviousFilter()
{
    QVERIFY(m_proxy->setText(QStringLiteral("wire")));
    QCOMPARE(m_proxy->rowCount(), 2);
    Storydesk::StoryFilter::ParseError error;
    QVERIFY(!m_proxy->setText(QStringLiteral("wire quality:>="), &error));
    QCOMPARE(error.position, qsizetype(15));
    QCOMPARE(m_proxy->rowCount(), 2);
    QCOMPARE(m_proxy->text(), QStringLiteral("wire"));
}

void TestStorySortFilterProxyModel::setFilter_replacesTheText()
{
    QVERIFY(m_proxy->setText(QStringLiteral("apple")));
    m_proxy->setFilter(Storydesk::StoryFilter::parse(u"heat:>=50"));
    QVERIFY(m_proxy->text().isEmpty());
    QString shown = order(*m_proxy);
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, QStringLiteral("ae"));
}

void TestStorySortFilterProxyModel::liveChanges_areSortedAndFiltered()
{
    m_proxy->sort(StoryTableModel::Quality, Qt::AscendingOrder);
    m_proxy->setMinimumQuality(10);
    QCOMPARE(order(*m_proxy), QStringLiteral("bc"));

    m_fixture->write(QStringLiteral("f.md"), "title: fig\nquality: 50\n");
    m_fixture->write(QStringLiteral("g.md"), "title: grape\nquality: 5\n");
    QTRY_COMPARE_WITH_TIMEOUT(order(*m_proxy), QStringLiteral("bfc"), 60000);
    m_fixture->write(QStringLiteral("b.md"), "title: Apple\nquality: 1\n");
    QTRY_COMPARE_WITH_TIMEOUT(order(*m_proxy), QStringLiteral("fc"), 60000);
    QCOMPARE(m_model->rowCount(), 6);
}

void TestStorySortFilterProxyModel::changedStory_movesToItsSortedPlace()
{
    m_proxy->sort(StoryTableModel::Quality, Qt::AscendingOrder);
    QCOMPARE(order(*m_proxy), QStringLiteral("eabc"));
    m_fixture->write(QStringLiteral("c.md"), "title: cherry\nquality: 0\n");
    QTRY_COMPARE_WITH_TIMEOUT(order(*m_proxy), QStringLiteral("ecab"), 60000);
    // And keystrokes after the change still sort right.
    QVERIFY(m_proxy->setText(QStringLiteral("a")));
    QVERIFY(m_proxy->setText(QString()));
    QCOMPARE(order(*m_proxy), QStringLiteral("ecab"));
}

void TestStorySortFilterProxyModel::storyChangedToMatch_staysWhileTypingOn()
{
    QVERIFY(m_proxy->setText(QStringLiteral("gra")));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_fixture->write(QStringLiteral("c.md"), "title: grapefruit\n");
    QTRY_COMPARE_WITH_TIMEOUT(order(*m_proxy), QStringLiteral("c"), 60000);
    // The keystroke narrows the filter, but the row it must keep matched only since.
    QVERIFY(m_proxy->setText(QStringLiteral("grap")));
    QCOMPARE(order(*m_proxy), QStringLiteral("c"));
}

void TestStorySortFilterProxyModel::isModified_followsEditsAndSaves()
{
    QAbstractItemModelTester tester(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    StorySortFilterProxyModel unmodified;
    unmodified.setSourceModel(m_model.get());
    m_proxy->sort(StoryTableModel::Title);
    unmodified.sort(StoryTableModel::Title);
    QVERIFY(m_proxy->setText(QStringLiteral("is:modified")));
    QVERIFY(unmodified.setText(QStringLiteral("not is:modified")));
    QCOMPARE(order(*m_proxy), QString());
    QCOMPARE(order(unmodified), QStringLiteral("bace"));

    // An edit marks the story dirty: it appears at its sorted place, without a refilter.
    m_fixture->store.setDirty(m_fixture->path(QStringLiteral("c.md")), true);
    QCOMPARE(order(*m_proxy), QStringLiteral("c"));
    QCOMPARE(order(unmodified), QStringLiteral("bae"));
    m_fixture->store.setDirty(m_fixture->path(QStringLiteral("b.md")), true);
    QCOMPARE(order(*m_proxy), QStringLiteral("bc"));
    // Saving clears it: the story leaves.
    m_fixture->store.setDirty(m_fixture->path(QStringLiteral("c.md")), false);
    QCOMPARE(order(*m_proxy), QStringLiteral("b"));
    QCOMPARE(order(unmodified), QStringLiteral("ace"));
    // An unsaved edit that changes the summary keeps the story shown.
    Storydesk::StorySummary edited = m_fixture->store.summary(m_fixture->store.indexOf(m_fixture->path(QStringLiteral("b.md"))));
    edited.title = QStringLiteral("Apricot");
    m_fixture->store.updateSummary(edited.path, edited);
    QCOMPARE(order(*m_proxy), QStringLiteral("b"));
}

void TestStorySortFilterProxyModel::isModified_keepsNarrowingRight()
{
    // Typing on narrows from the cached matches: a row that became modified since the
    // last keystroke must be among them.
    QVERIFY(m_proxy->setText(QStringLiteral("is:modified")));
    m_fixture->store.setDirty(m_fixture->path(QStringLiteral("e.md")), true);
    QVERIFY(m_proxy->setText(QStringLiteral("is:modified e")));
    QCOMPARE(order(*m_proxy), QStringLiteral("e"));
    QVERIFY(m_proxy->setText(QStringLiteral("is:modified ee")));
    QCOMPARE(order(*m_proxy), QStringLiteral("e"));
}

void TestStorySortFilterProxyModel::isDuplicate_followsTheLookup()
{
    QAbstractItemModelTester tester(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->sort(StoryTableModel::Title);
    QVERIFY(m_proxy->setText(QStringLiteral("is:duplicate or cherry")));
    QCOMPARE(order(*m_proxy), QStringLiteral("c"));
    QSet<QString> duplicates{m_fixture->path(QStringLiteral("a.md")), m_fixture->path(QStringLiteral("e.md"))};
    std::atomic<int> asked = 0; // the lookup runs on worker threads
    m_proxy->setDuplicateLookup([&duplicates, &asked](const QString &path) {
        ++asked;
        return duplicates.contains(path);
    });
    QCOMPARE(order(*m_proxy), QStringLiteral("ace"));
    duplicates.remove(m_fixture->path(QStringLiteral("a.md")));
    m_proxy->rowFactsChanged();
    QCOMPARE(order(*m_proxy), QStringLiteral("ce"));
    // A query that does not ask never calls the lookup.
    QVERIFY(m_proxy->setText(QStringLiteral("cherry or eel")));
    asked = 0;
    m_proxy->rowFactsChanged();
    QVERIFY(m_proxy->setText(QStringLiteral("cherry or ee")));
    QCOMPARE(asked, 0);
    QCOMPARE(order(*m_proxy), QStringLiteral("ce"));
}

void TestStorySortFilterProxyModel::modelTester_passesThroughLoadSortAndFilter()
{
    StoryFixture fixture;
    for (int i = 0; i < 60; ++i) {
        fixture.write(QStringLiteral("d%1/s%2.md").arg(i % 3).arg(i),
                      "title: S" + QByteArray::number(i) + "\nquality: " + QByteArray::number(i % 17)
                          + "\ntopics: [T" + QByteArray::number(i % 5) + "]\n");
    }
    StoryTableModel model(&fixture.store);
    StorySortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(StoryTableModel::Quality, Qt::DescendingOrder);
    proxy.setMinimumQuality(5);
    QVERIFY(fixture.load());
    QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < 60);
    QVERIFY(proxy.setText(QStringLiteral("topic:T2")));
    proxy.sort(StoryTableModel::Title, Qt::AscendingOrder);
    QVERIFY(QFile::remove(fixture.path(QStringLiteral("d1/s1.md"))));
    fixture.write(QStringLiteral("d2/s100.md"), "title: New\nquality: 16\ntopics: [T2]\n");
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 60, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(order(proxy).contains(QStringLiteral("s100")), 60000);
    QVERIFY(fixture.load());
}

void TestStorySortFilterProxyModel::sortChosenWhileLoading_sortsAtOnce()
{
    // While a folder loads, the rows arriving are left unsorted until the load ends; a sort
    // the editor asks for meanwhile (a click on a header) still sorts what is there at once.
    StoryFixture fixture;
    for (int i = 0; i < 40; ++i)
        fixture.write(QStringLiteral("s%1.md").arg(i), "title: T" + QByteArray::number((i * 7) % 40 + 10) + "\n");
    StoryTableModel model(&fixture.store);
    StorySortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QStringList whileLoading;
    connect(&fixture.store, &Storydesk::StoryStore::storiesAdded, this, [&] {
        QVERIFY(fixture.store.isLoading());
        proxy.sort(StoryTableModel::Title, Qt::DescendingOrder);
        for (int row = 0; row < proxy.rowCount(); ++row)
            whileLoading.append(proxy.index(row, StoryTableModel::Title).data().toString());
    }, Qt::SingleShotConnection);
    QVERIFY(fixture.load());
    QVERIFY(!whileLoading.isEmpty());
    QStringList sorted = whileLoading;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(whileLoading, sorted);
    QCOMPARE(proxy.rowCount(), 40);
    QCOMPARE(proxy.index(0, StoryTableModel::Title).data().toString(), QStringLiteral("T49"));
}

QTEST_MAIN(TestStorySortFilterProxyModel)
#include "tst_storysortfilterproxymodel.moc"
