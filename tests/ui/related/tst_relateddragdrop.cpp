#include "mainwindow.h"
#include "relatedcoverage.h"
#include "relatedlistmodel.h"
#include "storyform.h"
#include "storytablemodel.h"
#include "testfiles.h"
#include "testhttpserver.h"
#include "testsite.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDragEnterEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

// Related coverage by drag and drop: the models' mimeData() → dropMimeData() round trips
// (story rows, each link flavour, reorders, the rules, one undo step a drop), links filled
// from a local page, what lands on disk, and drops sent to the real views.

using namespace Storydesk;

namespace {

const QByteArray ArticlePage("<html><head><title>Tab</title>"
                             "<meta property=\"og:title\" content=\"Local Article\">"
                             "<meta property=\"og:description\" content=\"What the page says.\">"
                             "<meta property=\"og:site_name\" content=\"Local Desk\">"
                             "<meta property=\"article:published_time\" content=\"2026-08-06T12:00:00Z\">"
                             "</head><body></body></html>");

QByteArray utf16(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

QStringList keys(const std::optional<YamlValue> &map)
{
    QStringList names;
    if (map) {
        for (const auto &entry : map->entries())
            names.append(entry.first);
    }
    return names;
}

// What a drag over `target` to `position` and a drop there do, as the platform sends them.
bool dragAndDrop(QWidget *target, const QPoint &position, const QMimeData *mime)
{
    QDragEnterEvent enter(position, Qt::CopyAction | Qt::LinkAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(position, Qt::CopyAction | Qt::LinkAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(position, Qt::CopyAction | Qt::LinkAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

// The related list's roles by name: relatedroles.h and storyroles.h (of the table model)
// name some roles alike and cannot share a file.
int role(const QAbstractItemModel *model, const QByteArray &name)
{
    return model->roleNames().key(name, -1);
}

class TestRelatedDragDrop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // models
    void relatedMimeData_carriesTheStoryAndWebUrls_neverRows();
    void storyRow_onRelatedList_addsTheEntryFromItsFrontMatter();
    void twoStories_betweenEntries_landThereAsOneUndoStep();
    void storyRow_onAnotherRow_anyColumn_relatesToThatStory();
    void theStoryItself_isRefused();
    void ignoreAction_acceptsAndChangesNothing();
    void link_eachFlavour_addsAnEntryAtOnce_data();
    void link_eachFlavour_addsAnEntryAtOnce();
    void link_isFilledFromItsPage_asAnUndoStepOfItsOwn();
    void link_lateResult_keepsTheTitleTheEditorTyped();
    void link_pageNotFound_entryStaysAndSaysWhy();
    void link_alreadyRelated_isNotAddedButSelected();
    void reorder_oneEntry_movesOnlyItsLinesOnDisk();
    void reorder_multiSelection_isOneUndoStep();
    void entryOfAnotherStory_isCopied();
    void savedDrops_addExactlyTheEntryLinesInTheFilesStyle();

    // views
    void formView_dropBelowAndBetweenEntries_landsWhereTheIndicatorShows();
    void windowTable_dropOnARow_relatesToThatRowsStory();
    void windowTable_pressThatBecomesADrag_keepsTheStoryBeingEdited();

private:
    QString a() const { return m_site->path(QStringLiteral("a.md")); }
    QString b() const { return m_site->path(QStringLiteral("b.md")); }
    QString d() const { return m_site->path(QStringLiteral("d.md")); }
    QModelIndex storyIndex(const QString &path, int column = StoryTableModel::Title) const
    {
        return m_table->index(m_site->store.indexOf(path), column);
    }
    QMimeData *storiesMime(const QStringList &paths) const;
    // The test site in a window, loaded and shown; its story table, or null.
    QTableView *openWindow(MainWindow &window);
    std::optional<YamlValue> entry(const QString &path, int row);
    QString url(const QString &path) const { return m_server->url(path).toString(); }
    QVariant related(int row, const QByteArray &roleName) const { return m_related->index(row).data(role(m_related.get(), roleName)); }
    // The story of a row of the window's table (titles are unique in the test site).
    QString pathOf(const QAbstractItemModel *proxy, int row) const
    {
        const QString title = proxy->index(row, StoryTableModel::Title).data().toString();
        for (int i = 0; i < m_site->store.count(); ++i) {
            if (m_site->store.summary(i).title == title)
                return m_site->store.summary(i).path;
        }
        return {};
    }
    int rowOf(const QAbstractItemModel *proxy, const QString &path) const
    {
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (pathOf(proxy, row) == path)
                return row;
        }
        return -1;
    }

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<StoryTableModel> m_table;
    std::unique_ptr<RelatedListModel> m_related;
    std::unique_ptr<QAbstractItemModelTester> m_tableTester;
    std::unique_ptr<QAbstractItemModelTester> m_relatedTester;
};

void TestRelatedDragDrop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRelatedDragDrop::init()
{
    m_site = std::make_unique<TestSite>();
    QVERIFY(m_site->open());
    m_server = std::make_unique<TestHttpServer>();
    m_server->routeBody(QStringLiteral("/article"), "text/html; charset=utf-8", ArticlePage);
    m_table = std::make_unique<StoryTableModel>(&m_site->store);
    m_related = std::make_unique<RelatedListModel>(&m_site->editor, &m_site->undoStack);
    m_table->setRelatedCoverage(m_related->coverage());
    m_tableTester = std::make_unique<QAbstractItemModelTester>(m_table.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_relatedTester = std::make_unique<QAbstractItemModelTester>(m_related.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_related->setStory(a());
}

void TestRelatedDragDrop::cleanup()
{
    m_relatedTester.reset();
    m_tableTester.reset();
    m_related.reset();
    m_table.reset();
    m_server.reset();
    m_site.reset();
}

QMimeData *TestRelatedDragDrop::storiesMime(const QStringList &paths) const
{
    QModelIndexList indexes;
    for (const QString &path : paths) {
        for (int column = 0; column < StoryTableModel::ColumnCount; ++column)
            indexes.append(storyIndex(path, column));   // a selected row: every column
    }
    return m_table->mimeData(indexes);
}

std::optional<YamlValue> TestRelatedDragDrop::entry(const QString &path, int row)
{
    return m_site->editor.value(path, YamlPath({QStringLiteral("related"), QString::number(row)}));
}

// --- models ---------------------------------------------------------------------------

void TestRelatedDragDrop::relatedMimeData_carriesTheStoryAndWebUrls_neverRows()
{
    const std::unique_ptr<QMimeData> mime(m_related->mimeData({m_related->index(2), m_related->index(1)}));
    QVERIFY(mime);
    QVERIFY(m_related->mimeTypes().contains(RelatedCoverage::RelatedEntriesMimeType));
    const QJsonObject object = QJsonDocument::fromJson(mime->data(RelatedCoverage::RelatedEntriesMimeType)).object();
    QCOMPARE(object.value(QStringLiteral("story")).toString(), a());
    QCOMPARE(object.value(QStringLiteral("webUrls")).toVariant().toStringList(),
             (QStringList{QStringLiteral("https://www.meridiantechreview.example/2026/08/02/glass"),
                          QStringLiteral("https://www.copperfieldgazette.example/2026/08/05/shortage")}));
    QCOMPARE(mime->urls().size(), 2);   // other applications get the links
    QVERIFY(m_related->flags(m_related->index(0)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(m_related->flags({}).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(!m_related->flags(m_related->index(0)).testFlag(Qt::ItemIsDropEnabled));   // drops go between entries
}

void TestRelatedDragDrop::storyRow_onRelatedList_addsTheEntryFromItsFrontMatter()
{
    const std::unique_ptr<QMimeData> mime(storiesMime({b()}));
    QVERIFY(m_related->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, {}));
    QSignalSpy settled(m_related.get(), &RelatedListModel::dropSettled);
    QVERIFY(m_related->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, {}));
    QCOMPARE(m_site->undoStack.count(), 1);
    QCOMPARE(m_related->rowCount(), 4);
    QCOMPARE(m_related->index(3).data().toString(), QStringLiteral("Bravo Story"));
    QCOMPARE(settled.size(), 1);
    QCOMPARE(settled.first().first().value<QList<int>>(), QList<int>{3});
    // B's fields in the example's order; what B lacks (excerpt, type, images) is not made up.
    QCOMPARE(keys(entry(a(), 3)), (QStringList{QStringLiteral("title"), QStringLiteral("publishedDateTime"), QStringLiteral("webUrl"),
                                               QStringLiteral("provider"), QStringLiteral("quality")}));
    QCOMPARE(m_site->relatedTitles(b()), QStringList{QStringLiteral("Only Related")});   // the dragged story is untouched
}

void TestRelatedDragDrop::twoStories_betweenEntries_landThereAsOneUndoStep()
{
    const std::unique_ptr<QMimeData> mime(storiesMime({d(), b()}));
    QVERIFY(m_related->dropMimeData(mime.get(), Qt::CopyAction, 1, 0, {}));
    QCOMPARE(m_site->relatedTitles(a()),
             (QStringList{QStringLiteral("The Quiet Race to Make AI Chips Use Less Power"), QStringLiteral("Bravo Story"),
                          QStringLiteral("Delta Story"), QStringLiteral("Chipmakers Bet on Glass Substrates"),
                          QStringLiteral("Chip Shortage Eases for Carmakers")}));
    QCOMPARE(m_site->undoStack.count(), 1);
    m_site->undoStack.undo();
    QCOMPARE(m_site->editor.text(a()).value(), TestSite::A);
    QCOMPARE(m_related->rowCount(), 3);
    m_site->undoStack.redo();
    QCOMPARE(m_related->rowCount(), 5);
}

void TestRelatedDragDrop::storyRow_onAnotherRow_anyColumn_relatesToThatStory()
{
    const std::unique_ptr<QMimeData> mime(storiesMime({a()}));
    const QModelIndex onB = storyIndex(b(), StoryTableModel::Quality);
    QVERIFY(m_table->flags(onB).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(m_table->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, onB));
    QVERIFY(m_table->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, onB));
    QCOMPARE(m_site->relatedTitles(b()), (QStringList{QStringLiteral("Only Related"), QStringLiteral("Ferrovia Breaks Ground on a <b>html</b> Fab")}));
    QCOMPARE(m_site->undoStack.count(), 1);
    // Between rows and below the last there is no story to relate to.
    QVERIFY(!m_table->canDropMimeData(mime.get(), Qt::CopyAction, 1, 0, {}));
    QVERIFY(!m_table->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, {}));
    // A broken story cannot take anything.
    QVERIFY(!m_table->flags(storyIndex(m_site->broken())).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(!m_table->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, storyIndex(m_site->broken())));
    QCOMPARE(m_site->undoStack.count(), 1);
}

void TestRelatedDragDrop::theStoryItself_isRefused()
{
    const std::unique_ptr<QMimeData> self(storiesMime({a()}));
    QVERIFY(!m_related->canDropMimeData(self.get(), Qt::CopyAction, -1, -1, {}));
    QVERIFY(!m_related->dropMimeData(self.get(), Qt::CopyAction, -1, -1, {}));
    QVERIFY(!m_table->canDropMimeData(self.get(), Qt::CopyAction, -1, -1, storyIndex(a())));
    // With another story: that one comes, the story itself does not, and the window hears why.
    QSignalSpy notice(m_related->coverage(), &RelatedCoverage::notice);
    const std::unique_ptr<QMimeData> both(storiesMime({a(), b()}));
    QVERIFY(m_related->dropMimeData(both.get(), Qt::CopyAction, -1, -1, {}));
    QCOMPARE(m_site->relatedTitles(a()).size(), 4);
    QCOMPARE(m_site->relatedTitles(a()).last(), QStringLiteral("Bravo Story"));
    QCOMPARE(notice.size(), 1);
    QVERIFY(notice.first().first().toString().contains(QStringLiteral("cannot be related to itself")));
    // A link to the story's own page is the story itself too.
    QMimeData ownLink;
    ownLink.setUrls({QUrl(QStringLiteral("HTTPS://PixelHarbor.example/chips/ferrovia-fab.html"))});
    QVERIFY(!m_related->dropMimeData(&ownLink, Qt::CopyAction, -1, -1, {}));
    QCOMPARE(m_site->undoStack.count(), 1);
}

void TestRelatedDragDrop::ignoreAction_acceptsAndChangesNothing()
{
    const std::unique_ptr<QMimeData> mime(storiesMime({b()}));
    QVERIFY(m_related->dropMimeData(mime.get(), Qt::IgnoreAction, -1, -1, {}));
    QVERIFY(m_table->dropMimeData(mime.get(), Qt::IgnoreAction, -1, -1, storyIndex(a())));
    QVERIFY(!m_related->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));   // never taken from its source
    QCOMPARE(m_site->undoStack.count(), 0);
    QVERIFY(!m_site->editor.isModified(a()));
}

void TestRelatedDragDrop::link_eachFlavour_addsAnEntryAtOnce_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("utf16");
    QTest::addColumn<QString>("text");
    QTest::newRow("text/uri-list") << QStringLiteral("text/uri-list") << false << QStringLiteral("%1\r\n");
    QTest::newRow("text/x-moz-url") << QStringLiteral("text/x-moz-url") << true << QStringLiteral("%1\nLocal Article");
    QTest::newRow("text/html") << QStringLiteral("text/html") << false << QStringLiteral("<a href=\"%1\">Local Article</a>");
    QTest::newRow("text/plain") << QStringLiteral("text/plain") << false << QStringLiteral(" %1 ");
}

void TestRelatedDragDrop::link_eachFlavour_addsAnEntryAtOnce()
{
    QFETCH(QString, format);
    QFETCH(bool, utf16);
    QFETCH(QString, text);
    const QString link = url(QStringLiteral("/article"));
    const QString payload = text.arg(link);
    QMimeData mime;
    mime.setData(format, utf16 ? ::utf16(payload) : payload.toUtf8());
    QVERIFY(m_related->canDropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
    QVERIFY(m_related->dropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
    // At once: the link, its type and its domain, shown as being fetched.
    QCOMPARE(keys(entry(a(), 3)), (QStringList{QStringLiteral("webUrl"), QStringLiteral("type"), QStringLiteral("provider")}));
    QCOMPARE(entry(a(), 3)->find(QStringLiteral("webUrl"))->text(), link);
    QCOMPARE(m_site->editor.value(a(), YamlPath({QStringLiteral("related"), QStringLiteral("3"), QStringLiteral("provider"),
                                                 QStringLiteral("domain")}))->text(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(related(3, "fetchStatus").toString(), QStringLiteral("fetching…"));
    QCOMPARE(m_related->index(3).data().toString(), link);
    QCOMPARE(m_site->undoStack.count(), 1);
    QTRY_COMPARE(related(3, "title").toString(), QStringLiteral("Local Article"));
}

void TestRelatedDragDrop::link_isFilledFromItsPage_asAnUndoStepOfItsOwn()
{
    QMimeData mime;
    mime.setUrls({m_server->url(QStringLiteral("/article"))});
    QVERIFY(m_related->dropMimeData(&mime, Qt::CopyAction, 0, 0, {}));
    // Filled as the same row, edited: a view keeps it selected while the editor works on it.
    const QPersistentModelIndex dropped = m_related->index(0);
    QSignalSpy changed(m_related.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_related.get(), &QAbstractItemModel::rowsRemoved);
    QTRY_COMPARE(related(0, "title").toString(), QStringLiteral("Local Article"));
    QCOMPARE(dropped.row(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(related(0, "fetchStatus").toString(), QString());
    QCOMPARE(related(0, "excerpt").toString(), QStringLiteral("What the page says."));
    QCOMPARE(related(0, "providerName").toString(), QStringLiteral("Local Desk"));
    QCOMPARE(related(0, "publishedDateTime").toDateTime(), QDateTime(QDate(2026, 8, 6), QTime(12, 0), Qt::UTC));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_site->undoStack.count(), 2);
    m_site->undoStack.undo();   // the filling
    QCOMPARE(keys(entry(a(), 0)), (QStringList{QStringLiteral("webUrl"), QStringLiteral("type"), QStringLiteral("provider")}));
    m_site->undoStack.undo();   // the drop
    QCOMPARE(m_site->editor.text(a()).value(), TestSite::A);
}

void TestRelatedDragDrop::link_lateResult_keepsTheTitleTheEditorTyped()
{
    QMimeData mime;
    mime.setUrls({m_server->url(QStringLiteral("/article"))});
    QVERIFY(m_related->dropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
    // The editor types a title before the page has been read.
    QVERIFY(m_related->setData(m_related->index(3), QStringLiteral("My Own Title"), role(m_related.get(), "title")));
    QTRY_COMPARE(related(3, "excerpt").toString(), QStringLiteral("What the page says."));
    QCOMPARE(related(3, "title").toString(), QStringLiteral("My Own Title"));
    QCOMPARE(related(3, "providerName").toString(), QStringLiteral("Local Desk"));
}

void TestRelatedDragDrop::link_pageNotFound_entryStaysAndSaysWhy()
{
    QSignalSpy notice(m_related->coverage(), &RelatedCoverage::notice);
    QMimeData mime;
    mime.setUrls({m_server->url(QStringLiteral("/missing"))});
    QVERIFY(m_related->dropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
    QTRY_COMPARE(related(3, "fetchStatus").toString(), QStringLiteral("Page not read: HTTP 404 Not Found"));
    QVERIFY(m_related->index(3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("HTTP 404 Not Found")));
    QCOMPARE(keys(entry(a(), 3)), (QStringList{QStringLiteral("webUrl"), QStringLiteral("type"), QStringLiteral("provider")}));
    QCOMPARE(m_site->undoStack.count(), 1);
    QCOMPARE(notice.size(), 1);

    // A page that never answers gives up after the fetcher's timeout, the same way.
    TestHttpServer::Response silent;
    silent.mode = TestHttpServer::Response::Mode::Silent;
    m_server->route(QStringLiteral("/silent"), silent);
    m_related->coverage()->fetcher()->setTimeout(std::chrono::milliseconds(200));
    mime.setUrls({m_server->url(QStringLiteral("/silent"))});
    QVERIFY(m_related->dropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
    QTRY_COMPARE(related(4, "fetchStatus").toString(), QStringLiteral("Page not read: no answer within 0.2 s"));
}

void TestRelatedDragDrop::link_alreadyRelated_isNotAddedButSelected()
{
    QSignalSpy settled(m_related.get(), &RelatedListModel::dropSettled);
    QMimeData mime;
    mime.setUrls({QUrl(QStringLiteral("HTTPS://WWW.COPPERFIELDGAZETTE.EXAMPLE/2026/08/05/shortage/"))});
    QVERIFY(m_related->canDropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
    QVERIFY(!m_related->dropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
    QCOMPARE(m_related->rowCount(), 3);
    QCOMPARE(m_site->undoStack.count(), 0);
    QCOMPARE(settled.size(), 1);
    QCOMPARE(settled.first().first().value<QList<int>>(), QList<int>{2});
}

void TestRelatedDragDrop::reorder_oneEntry_movesOnlyItsLinesOnDisk()
{
    const std::unique_ptr<QMimeData> mime(m_related->mimeData({m_related->index(0)}));
    const QPersistentModelIndex quietRace = m_related->index(0);
    // Dropped between the second and the third entry (row 2 counts the rows before the move).
    QVERIFY(m_related->canDropMimeData(mime.get(), Qt::CopyAction, 2, 0, {}));
    QVERIFY(m_related->dropMimeData(mime.get(), Qt::CopyAction, 2, 0, {}));
    QCOMPARE(quietRace.row(), 1);
    QCOMPARE(m_related->rowCount(), 3);
    QCOMPARE(m_site->undoStack.count(), 1);
    QCOMPARE(m_site->editor.save(a()), StoryEditor::SaveOutcome::Saved);
    QCOMPARE(m_site->bytes(a()), TestSite::withFirstRelatedEntriesSwapped(TestSite::A));
    // Dropped where it already is: nothing happens.
    const std::unique_ptr<QMimeData> again(m_related->mimeData({m_related->index(1)}));
    QVERIFY(!m_related->dropMimeData(again.get(), Qt::CopyAction, 2, 0, {}));
    QCOMPARE(m_site->undoStack.count(), 1);
}

void TestRelatedDragDrop::reorder_multiSelection_isOneUndoStep()
{
    QSignalSpy settled(m_related.get(), &RelatedListModel::dropSettled);
    const std::unique_ptr<QMimeData> mime(m_related->mimeData({m_related->index(2), m_related->index(0)}));
    QVERIFY(m_related->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, {}));   // to the end
    QCOMPARE(m_site->relatedTitles(a()),
             (QStringList{QStringLiteral("Chipmakers Bet on Glass Substrates"), QStringLiteral("The Quiet Race to Make AI Chips Use Less Power"),
                          QStringLiteral("Chip Shortage Eases for Carmakers")}));
    QCOMPARE(m_site->undoStack.count(), 1);
    QCOMPARE(settled.first().first().value<QList<int>>(), (QList<int>{1, 2}));
    m_site->undoStack.undo();
    QCOMPARE(m_site->editor.text(a()).value(), TestSite::A);
}

void TestRelatedDragDrop::entryOfAnotherStory_isCopied()
{
    m_related->setStory(b());
    const std::unique_ptr<QMimeData> mime(m_related->mimeData({m_related->index(0)}));
    m_related->setStory(a());
    QVERIFY(m_related->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, {}));
    QCOMPARE(m_site->relatedTitles(a()).last(), QStringLiteral("Only Related"));
    QCOMPARE(m_site->relatedTitles(b()), QStringList{QStringLiteral("Only Related")});
}

void TestRelatedDragDrop::savedDrops_addExactlyTheEntryLinesInTheFilesStyle()
{
    const std::unique_ptr<QMimeData> mime(storiesMime({b()}));
    QVERIFY(m_related->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, {}));
    QMimeData link;
    link.setUrls({m_server->url(QStringLiteral("/article"))});
    QVERIFY(m_related->dropMimeData(&link, Qt::CopyAction, -1, -1, {}));
    QTRY_COMPARE(related(4, "title").toString(), QStringLiteral("Local Article"));
    QCOMPARE(m_site->editor.save(a()), StoryEditor::SaveOutcome::Saved);
    const QList<QByteArray> added{
        "  - title: \"Bravo Story\"",
        "    publishedDateTime: 2026-07-30T10:00:00Z",
        "    webUrl: \"https://example.org/bravo\"",
        "    provider:",
        "      name: Byteline",
        "      domain: byteline.example",
        "    quality: 40",
        "  - title: \"Local Article\"",
        "    excerpt: \"What the page says.\"",
        "    publishedDateTime: 2026-08-06T12:00:00Z",
        "    webUrl: \"" + url(QStringLiteral("/article")).toUtf8() + "\"",
        "    type: article",
        "    provider:",
        "      name: Local Desk",
        "      domain: 127.0.0.1",
    };
    QCOMPARE(TestFiles::lineDiff(TestSite::A, m_site->bytes(a())), qMakePair(QList<QByteArray>(), added));
}

// --- views ----------------------------------------------------------------------------

void TestRelatedDragDrop::formView_dropBelowAndBetweenEntries_landsWhereTheIndicatorShows()
{
    StoryForm form(&m_site->editor, m_site->store.topicIndex(), &m_site->undoStack);
    form.resize(500, 900);
    form.setStories({a()});
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *view = form.findChild<QListView *>(QStringLiteral("relatedView"));
    QVERIFY(view);
    QVERIFY(view->showDropIndicator());
    QCOMPARE(view->dragDropMode(), QAbstractItemView::DragDrop);
    QAbstractItemModel *model = view->model();

    // Below the last entry: appended, and selected.
    const QRect last = view->visualRect(model->index(2, 0));
    const std::unique_ptr<QMimeData> bravo(storiesMime({b()}));
    QVERIFY(dragAndDrop(view->viewport(), QPoint(last.center().x(), last.bottom() + 10), bravo.get()));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(3, 0).data().toString(), QStringLiteral("Bravo Story"));
    QCOMPARE(view->selectionModel()->selectedRows(), QModelIndexList{model->index(3, 0)});

    // On the upper edge of the second entry: between the first and the second.
    const QRect second = view->visualRect(model->index(1, 0));
    const std::unique_ptr<QMimeData> delta(storiesMime({d()}));
    QVERIFY(dragAndDrop(view->viewport(), QPoint(second.center().x(), second.top() + 2), delta.get()));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Delta Story"));
    QCOMPARE(m_site->undoStack.count(), 2);

    // The story itself is refused as the drag moves over the list.
    const std::unique_ptr<QMimeData> self(storiesMime({a()}));
    QVERIFY(!dragAndDrop(view->viewport(), QPoint(last.center().x(), last.bottom() + 10), self.get()));
    QCOMPARE(m_site->undoStack.count(), 2);
}

QTableView *TestRelatedDragDrop::openWindow(MainWindow &window)
{
    QSettings().clear();
    if (!window.openFolder(m_site->dir.filePath(QStringLiteral("site"))))
        return nullptr;
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("storyTable"));
    const bool ready = QTest::qWaitForWindowActive(&window)
        && QTest::qWaitFor([&] { return !window.store()->isLoading() && table->model()->rowCount() == 5; });
    return ready ? table : nullptr;
}

void TestRelatedDragDrop::windowTable_dropOnARow_relatesToThatRowsStory()
{
    MainWindow window;
    QTableView *table = openWindow(window);
    QVERIFY(table);
    QAbstractItemModel *proxy = table->model();
    const std::unique_ptr<QMimeData> mime(proxy->mimeData({proxy->index(rowOf(proxy, a()), StoryTableModel::Title)}));
    // On a column other than the first: the row stands for its story.
    const QRect onB = table->visualRect(proxy->index(rowOf(proxy, b()), StoryTableModel::Provider));
    QVERIFY(table->viewport()->rect().contains(onB.center()));
    QVERIFY(dragAndDrop(table->viewport(), onB.center(), mime.get()));
    const std::optional<YamlValue> related = window.editor()->value(b(), YamlPath({QStringLiteral("related")}));
    QVERIFY(related && related->items().size() == 2);
    QCOMPARE(related->items().last().find(QStringLiteral("title"))->text(), QStringLiteral("Ferrovia Breaks Ground on a <b>html</b> Fab"));
    QCOMPARE(window.undoStack()->count(), 1);

    // Dropped on its own row: refused.
    const QRect onA = table->visualRect(proxy->index(rowOf(proxy, a()), StoryTableModel::Title));
    QVERIFY(!dragAndDrop(table->viewport(), onA.center(), mime.get()));
    QCOMPARE(window.undoStack()->count(), 1);
}

void TestRelatedDragDrop::windowTable_pressThatBecomesADrag_keepsTheStoryBeingEdited()
{
    MainWindow window;
    QTableView *table = openWindow(window);
    QVERIFY(table);
    auto *form = window.findChild<StoryForm *>(QStringLiteral("storyForm"));
    auto *relatedView = form->findChild<QListView *>(QStringLiteral("relatedView"));
    QVERIFY(form && relatedView);
    QAbstractItemModel *proxy = table->model();
    const auto center = [&](int row) { return table->visualRect(proxy->index(row, StoryTableModel::Title)).center(); };
    const QString first = pathOf(proxy, 0);
    const QString second = pathOf(proxy, 1);

    // A click: the form follows once the button is up.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, center(0));
    QTRY_COMPARE(form->stories(), QStringList{first});
    QTest::mousePress(table->viewport(), Qt::LeftButton, Qt::NoModifier, center(1));
    QCOMPARE(form->stories(), QStringList{first});   // not while the press may become a drag
    QTest::mouseRelease(table->viewport(), Qt::LeftButton, Qt::NoModifier, center(1));
    QCOMPARE(form->stories(), QStringList{second});

    // A drag: the button comes up elsewhere (over the form's list), and the story being
    // edited is the one before the press, in the table too.
    QTest::mousePress(table->viewport(), Qt::LeftButton, Qt::NoModifier, center(2));
    QCOMPARE(form->stories(), QStringList{second});
    QTest::mouseRelease(relatedView->viewport(), Qt::LeftButton, Qt::NoModifier, relatedView->viewport()->rect().center());
    QTRY_COMPARE(table->selectionModel()->selectedRows(), QModelIndexList{proxy->index(1, 0)});
    QCOMPARE(form->stories(), QStringList{second});
    QCOMPARE(table->currentIndex().row(), 1);
}

QTEST_MAIN(TestRelatedDragDrop)
#include "tst_relateddragdrop.moc"
