#include "testsite.h"
#include "topicrenamedialog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <QTreeView>

// The Rename or Merge Topics dialog over a small site: what it offers and previews, that
// applying is one undo step that restores every file's bytes, and that Cancel changes nothing.

using namespace Storydesk;

class TestTopicRenameDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void topics_listedWithCounts();
    void rename_previewsTheStoriesAndTheBrokenOne();
    void nameInUse_isAMerge();
    void apply_isOneUndoStepRestoringEveryFile();
    void apply_onTopOfUnsavedEdits_undoKeepsThem();
    void cancel_leavesFilesAndUndoStackAsBefore();
    void undoAfterSave_putsBackTheExactBytes();

private:
    QStringList readAll() const;
    QStringList previewRows() const;
    void saveAll();

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<TopicRenameDialog> m_dialog;
};

void TestTopicRenameDialog::init()
{
    m_site = std::make_unique<TestSite>();
    QVERIFY(m_site->open());
    m_dialog = std::make_unique<TopicRenameDialog>(&m_site->store, &m_site->editor, &m_site->undoStack);
}

void TestTopicRenameDialog::cleanup()
{
    m_dialog.reset();
    m_site.reset();
}

QStringList TestTopicRenameDialog::readAll() const
{
    QStringList bytes;
    for (const char *name : {"a.md", "b.md", "c.md", "d.md", "broken.md"})
        bytes.append(QString::fromUtf8(m_site->bytes(m_site->path(QString::fromUtf8(name)))));
    return bytes;
}

QStringList TestTopicRenameDialog::previewRows() const
{
    const auto *list = m_dialog->findChild<QListWidget *>(QStringLiteral("previewList"));
    QStringList rows;
    for (int i = 0; i < list->count(); ++i)
        rows.append(list->item(i)->text());
    return rows;
}

void TestTopicRenameDialog::saveAll()
{
    for (const QString &path : m_site->editor.modifiedStories())
        QCOMPARE(m_site->editor.save(path), StoryEditor::SaveOutcome::Saved);
}

void TestTopicRenameDialog::topics_listedWithCounts()
{
    const auto *view = m_dialog->findChild<QTreeView *>(QStringLiteral("topicList"));
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 4);
    // Most used first: AI (a, b, c), then Chips and Space (2 each), then Robotics.
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("AI"));
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("3"));
    QCOMPARE(view->model()->index(3, 0).data().toString(), QStringLiteral("Robotics"));
}

void TestTopicRenameDialog::rename_previewsTheStoriesAndTheBrokenOne()
{
    m_dialog->selectTopics({QStringLiteral("Chips")});
    QCOMPARE(m_dialog->selectedTopics(), QStringList{QStringLiteral("Chips")});
    m_dialog->setNewName(QStringLiteral("Semiconductors"));
    QCOMPARE(m_dialog->plannedStories(), (QStringList{m_site->path(QStringLiteral("a.md")), m_site->path(QStringLiteral("d.md"))}));
    QCOMPARE(previewRows(), (QStringList{QStringLiteral("_posts/a.md"), QStringLiteral("_posts/d.md"), QStringLiteral("_posts/broken.md (cannot be read: skipped)")}));
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("previewLabel"))->text(), QStringLiteral("2 stories change (only their topics):"));
    const auto *apply = m_dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QCOMPARE(apply->text(), QStringLiteral("&Rename"));
    QVERIFY(apply->isEnabled());
}

void TestTopicRenameDialog::nameInUse_isAMerge()
{
    m_dialog->selectTopics({QStringLiteral("Robotics")});
    m_dialog->setNewName(QStringLiteral("chips"));
    const auto *note = m_dialog->findChild<QLabel *>(QStringLiteral("newNameNote"));
    QCOMPARE(note->text(), QStringLiteral("“chips” is already a topic, of 2 stories: this merges into it."));
    QCOMPARE(m_dialog->findChild<QPushButton *>(QStringLiteral("applyButton"))->text(), QStringLiteral("&Merge"));
    QCOMPARE(m_dialog->plannedStories(), QStringList{m_site->path(QStringLiteral("c.md"))});
}

void TestTopicRenameDialog::apply_isOneUndoStepRestoringEveryFile()
{
    const QStringList before = readAll();
    m_dialog->selectTopics({QStringLiteral("AI"), QStringLiteral("Space")});
    m_dialog->setNewName(QStringLiteral("Science"));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    m_dialog->apply();
    QVERIFY(accepted.wait(10000));
    QCOMPARE(m_site->undoStack.count(), 1);
    QCOMPARE(m_site->undoStack.undoText(), QStringLiteral("Merge Topics into “Science”"));
    QCOMPARE(m_site->editor.modifiedStories().size(), 4);
    QCOMPARE(readAll(), before);   // nothing written until saved
    QCOMPARE(m_site->topics(m_site->path(QStringLiteral("b.md"))), QStringList{QStringLiteral("Science")});
    QCOMPARE(m_site->topics(m_site->path(QStringLiteral("c.md"))), (QStringList{QStringLiteral("Science"), QStringLiteral("Robotics")}));

    saveAll();
    const QStringList after = readAll();
    // a.md: [Chips, AI] block -> the AI line only.
    const TestSite::ChangedLines a = TestSite::changedLines(before.at(0).toUtf8(), after.at(0).toUtf8());
    QCOMPARE(a.size(), 1);
    QCOMPARE(a.first().first.trimmed(), QByteArray("- AI"));
    QCOMPARE(a.first().second.trimmed(), QByteArray("- Science"));
    QCOMPARE(after.at(4), before.at(4));   // the broken story

    // One undo brings every story back; saved, every file has its first bytes again.
    m_site->undoStack.undo();
    saveAll();
    QCOMPARE(readAll(), before);
    QVERIFY(m_site->editor.modifiedStories().isEmpty());
}

void TestTopicRenameDialog::apply_onTopOfUnsavedEdits_undoKeepsThem()
{
    const QString a = m_site->path(QStringLiteral("a.md"));
    QVERIFY(m_site->editor.setValue(a, YamlPath({QStringLiteral("quality")}), YamlValue::integer(90)));
    m_dialog->selectTopics({QStringLiteral("Chips")});
    m_dialog->setNewName(QStringLiteral("Hardware"));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    m_dialog->apply();
    QVERIFY(accepted.wait(10000));
    QCOMPARE(m_site->quality(a), 90);
    QCOMPARE(m_site->topics(a), (QStringList{QStringLiteral("Hardware"), QStringLiteral("AI")}));
    m_site->undoStack.undo();
    QCOMPARE(m_site->quality(a), 90);   // the edit made before stays
    QCOMPARE(m_site->topics(a), (QStringList{QStringLiteral("Chips"), QStringLiteral("AI")}));
    QVERIFY(m_site->editor.isModified(a));
}

void TestTopicRenameDialog::cancel_leavesFilesAndUndoStackAsBefore()
{
    const QStringList before = readAll();
    m_dialog->show();
    m_dialog->selectTopics({QStringLiteral("AI")});
    m_dialog->setNewName(QStringLiteral("Artificial Intelligence"));
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    m_dialog->apply();
    QVERIFY(m_dialog->isApplying());
    m_dialog->reject();   // Cancel while it runs: stops it, the dialog stays
    QTRY_VERIFY(!m_dialog->isApplying());
    QCOMPARE(finished.count(), 0);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("progressLabel"))->text(), QStringLiteral("Cancelled: no story was changed."));
    QCOMPARE(m_site->undoStack.count(), 0);
    QVERIFY(m_site->editor.modifiedStories().isEmpty());
    QCOMPARE(m_site->topics(m_site->path(QStringLiteral("c.md"))), (QStringList{QStringLiteral("AI"), QStringLiteral("Robotics")}));
    QCOMPARE(readAll(), before);
    m_dialog->reject();   // and the next Cancel closes it
    QCOMPARE(finished.count(), 1);
}

void TestTopicRenameDialog::undoAfterSave_putsBackTheExactBytes()
{
    // Quoting and comments the writer would not reproduce from the topics' value alone.
    const QString d = m_site->path(QStringLiteral("d.md"));
    const QByteArray quoted("---\ntitle: 'D'\ntopics:\n  - 'Space'   # the old name\n  # more to come\n  - 'Chips'\n---\n");
    {
        QFile file(d);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(quoted) == quoted.size());
    }
    m_site->store.reloadStory(d);
    m_dialog->selectTopics({QStringLiteral("Space")});
    m_dialog->setNewName(QStringLiteral("Cosmos"));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    m_dialog->apply();
    QVERIFY(accepted.wait(10000));
    saveAll();
    QVERIFY(m_site->bytes(d) != quoted);
    m_site->undoStack.undo();
    saveAll();
    QCOMPARE(m_site->bytes(d), quoted);
    QVERIFY(m_site->editor.modifiedStories().isEmpty());
}

QTEST_MAIN(TestTopicRenameDialog)
#include "tst_topicrenamedialog.moc"
