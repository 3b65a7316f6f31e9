#include "duplicatestories.h"
#include "duplicateindex.h"
#include "duplicatesmodel.h"
#include "duplicatesview.h"
#include "storyeditor.h"
#include "storyroles.h"
#include "storystore.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

// The Duplicates view over a real folder: its model follows the groups, and its two actions
// write only what they should, as one undo step each.

using namespace Storydesk;
using namespace std::chrono_literals;

namespace {

using DuplicateStories::StoryA;
using DuplicateStories::StoryB;
using DuplicateStories::StoryC;

constexpr int Timeout = 60000;

const QByteArray StoryD("---\n"
                        "title: \"Farmers test drones\"\n"
                        "webUrl: \"https://news.example/d\"\n"
                        "published: false\n"
                        "---\n");

} // namespace

class TestDuplicatesView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void model_showsGroupsAndFollowsEdits();
    void keepAndUnpublish_changesOnlyThePublishedLines_oneUndoStep();
    void keepAndAttach_addsRelatedEntriesAndUnpublishes_oneUndoStep();
    void undo_putsBackTheExactBytes();
    void buttons_needAStoryPicked();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromUtf8(name)); }
    QByteArray bytes(const char *name) const { return TestFiles::read(path(name)); }
    void saveAll();
    void waitForGroups();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoryStore> m_store;
    std::unique_ptr<StoryEditor> m_editor;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<DuplicateIndex> m_index;
    std::unique_ptr<DuplicatesView> m_view;
};

void TestDuplicatesView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDuplicatesView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(TestFiles::write(path("a.md"), StoryA));
    QVERIFY(TestFiles::write(path("b.md"), StoryB));
    QVERIFY(TestFiles::write(path("c.md"), StoryC));
    QVERIFY(TestFiles::write(path("d.md"), StoryD));
    m_store = std::make_unique<StoryStore>();
    m_store->setIndexEnabled(false);
    m_editor = std::make_unique<StoryEditor>(m_store.get());
    m_undoStack = std::make_unique<QUndoStack>();
    m_index = std::make_unique<DuplicateIndex>(m_store.get());
    m_index->setDelay(10ms);
    m_view = std::make_unique<DuplicatesView>(m_index.get(), m_store.get(), m_editor.get(), m_undoStack.get());
    QSignalSpy finished(m_store.get(), &StoryStore::loadFinished);
    m_store->openFolder(m_dir->path());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
    waitForGroups();
    QCOMPARE(m_view->model()->rowCount(), 1);
}

void TestDuplicatesView::cleanup()
{
    m_view.reset();
    m_index.reset();
    m_undoStack.reset();
    m_editor.reset();
    m_store.reset();
    m_dir.reset();
}

void TestDuplicatesView::waitForGroups()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_index->isUpdating(), Timeout);
}

void TestDuplicatesView::saveAll()
{
    for (const QString &p : m_editor->modifiedStories())
        QCOMPARE(m_editor->save(p), StoryEditor::SaveOutcome::Saved);
}

void TestDuplicatesView::model_showsGroupsAndFollowsEdits()
{
    DuplicatesModel *model = m_view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex group = model->index(0, 0);
    QCOMPARE(model->rowCount(group), 3);
    QCOMPARE(group.data().toString(), QStringLiteral("3 stories: same link, similar title"));
    QCOMPARE(model->index(0, DuplicatesModel::Title, group).data().toString(), QStringLiteral("Detroit renews facial recognition contract"));
    QCOMPARE(model->index(0, DuplicatesModel::Title, group).data(PathRole).toString(), path("a.md"));
    QCOMPARE(model->index(1, DuplicatesModel::Provider, group).data().toString(), QStringLiteral("Other Wire"));
    QCOMPARE(model->index(0, DuplicatesModel::Quality, group).data(RawValueRole).toInt(), 70);
    QCOMPARE(model->index(2, DuplicatesModel::Published, group).data().toString(), QStringLiteral("not set"));
    QVERIFY(m_view->tree()->isExpanded(group));

    // Published changes in place: no new groups, the row says so.
    QSignalSpy dataChanged(model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_editor->setValue(path("b.md"), YamlPath({QStringLiteral("published")}), YamlValue::boolean(false)));
    QVERIFY(!dataChanged.isEmpty());
    QCOMPARE(model->index(1, DuplicatesModel::Published, group).data().toString(), QStringLiteral("unpublished"));

    // A title edit that makes d a duplicate of a: the group grows, and the story picked stays.
    m_view->setCurrentStory(path("b.md"));
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QVERIFY(m_editor->setValue(path("d.md"), YamlPath({QStringLiteral("title")}), YamlValue::string(QStringLiteral("Detroit renews facial recognition contract"))));
    QTRY_COMPARE_WITH_TIMEOUT(reset.size(), 1, Timeout);
    QCOMPARE(model->rowCount(model->index(0, 0)), 4);
    QCOMPARE(m_view->currentStory(), path("b.md"));
}

void TestDuplicatesView::keepAndUnpublish_changesOnlyThePublishedLines_oneUndoStep()
{
    m_view->setCurrentStory(path("c.md"));
    QSignalSpy notice(m_view.get(), &DuplicatesView::notice);
    m_view->keepAndUnpublish();
    QCOMPARE(notice.size(), 1);
    QCOMPARE(notice.at(0).at(0).toString(), QStringLiteral("Kept c.md, unpublished 2 other(s)"));
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Keep One, Unpublish 2 Duplicate(s)"));
    saveAll();
    QCOMPARE(TestFiles::lineDiff(StoryA, bytes("a.md")),
             qMakePair(QList<QByteArray>{"published: true # front page"}, QList<QByteArray>{"published: false # front page"}));
    QCOMPARE(TestFiles::lineDiff(StoryB, bytes("b.md")),
             qMakePair(QList<QByteArray>{"published: true"}, QList<QByteArray>{"published: false"}));
    QCOMPARE(bytes("c.md"), StoryC);   // the one kept
    QCOMPARE(bytes("d.md"), StoryD);   // in no group

    // One undo puts both back; saved, the files are as they were.
    m_undoStack->undo();
    saveAll();
    QCOMPARE(bytes("a.md"), StoryA);
    QCOMPARE(bytes("b.md"), StoryB);
}

void TestDuplicatesView::keepAndAttach_addsRelatedEntriesAndUnpublishes_oneUndoStep()
{
    m_view->setCurrentStory(path("a.md"));
    QSignalSpy notice(m_view.get(), &DuplicatesView::notice);
    m_view->keepAndAttach();
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->undoText(), QStringLiteral("Keep One, Attach 2 Duplicate(s) as Related"));
    QCOMPARE(notice.size(), 1);
    // c is a's own page: not attached, but unpublished like b.
    QVERIFY2(notice.at(0).at(0).toString().startsWith(QStringLiteral("Kept a.md, attached 1 as related coverage, unpublished 2 other(s); c.md: the same page, not attached")),
             qPrintable(notice.at(0).at(0).toString()));
    saveAll();
    QCOMPARE(TestFiles::lineDiff(StoryA, bytes("a.md")),
             qMakePair(QList<QByteArray>{},
                       QList<QByteArray>{"related:", "  - title: \"Detroit Renews Facial-Recognition Contract\"",
                                         "    webUrl: \"https://other.example/b\"", "    provider:", "      name: Other Wire",
                                         "      domain: other.example", "    quality: 50"}));
    QCOMPARE(TestFiles::lineDiff(StoryB, bytes("b.md")),
             qMakePair(QList<QByteArray>{"published: true"}, QList<QByteArray>{"published: false"}));
    // A key c did not have is added, in its own line endings.
    QCOMPARE(TestFiles::lineDiff(StoryC, bytes("c.md")), qMakePair(QList<QByteArray>{}, QList<QByteArray>{"published: false\r"}));

    m_undoStack->undo();
    saveAll();
    QCOMPARE(bytes("a.md"), StoryA);
    QCOMPARE(bytes("b.md"), StoryB);
    QCOMPARE(bytes("c.md"), StoryC);
    m_undoStack->redo();
    QCOMPARE(m_editor->value(path("a.md"), YamlPath({QStringLiteral("related")}))->items().size(), 1);
}

void TestDuplicatesView::undo_putsBackTheExactBytes()
{
    // Values the writer would spell otherwise: written back as values, undo would leave
    // `published: "true"` and a story modified by the undo itself.
    const QByteArray quoted("---\n"
                            "title: 'Detroit Renews Facial-Recognition Contract'\n"
                            "webUrl: \"https://other.example/b\"\n"
                            "published: 'true'   # checked by the desk\n"
                            "---\n");
    QVERIFY(TestFiles::write(path("b.md"), quoted));
    m_view->setCurrentStory(path("c.md"));
    m_view->keepAndUnpublish();
    QCOMPARE(m_undoStack->count(), 1);
    saveAll();
    QVERIFY(bytes("b.md") != quoted);
    m_undoStack->undo();
    QCOMPARE(m_editor->text(path("b.md")), std::optional<QByteArray>(quoted));
    saveAll();
    QCOMPARE(bytes("b.md"), quoted);
    QCOMPARE(bytes("a.md"), StoryA);
    QVERIFY(m_editor->modifiedStories().isEmpty());
}

void TestDuplicatesView::buttons_needAStoryPicked()
{
    auto *unpublish = m_view->findChild<QPushButton *>(QStringLiteral("keepAndUnpublish"));
    auto *attach = m_view->findChild<QPushButton *>(QStringLiteral("keepAndAttach"));
    QVERIFY(unpublish && attach);
    m_view->tree()->setCurrentIndex(m_view->model()->index(0, 0));   // the group row
    QVERIFY(!unpublish->isEnabled());
    QVERIFY(!attach->isEnabled());
    m_view->setCurrentStory(path("b.md"));
    QVERIFY(unpublish->isEnabled());
    QVERIFY(attach->isEnabled());
}

QTEST_MAIN(TestDuplicatesView)
#include "tst_duplicatesview.moc"
