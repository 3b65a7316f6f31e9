#include "storyeditor.h"
#include "storystore.h"
#include "testfiles.h"
#include "testvalues.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Storydesk;

namespace {

const QByteArray storyA("---\ntitle: \"A\"\nquality: 60 # desk\nheat: 10\npublished: false\ntopics:\n  - AI\n---\nBody A\n");
const QByteArray brokenStory("---\ntitle: \"B\ntopics:\n\t- AI\n---\n");

using TestValues::path;

} // namespace

class TestStoryEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setValue_changesStoreRowNotDisk();
    void setValueBack_isNoLongerModified();
    void save_writesOnlyTheEditedLineAndClearsDirty();
    void revert_showsDiskAgain();
    void changedOnDisk_applyMineOnTopKeepsBothSides();
    void changedOnDisk_reloadFromDiskDropsMyEdits();
    void brokenStory_refusesEditsAndStaysUnmodified();
    void setFrontMatterText_repairsBrokenStoryWhichThenSaves();
    void duplicateKey_rowReadsWithAnErrorAndEditsAreRefused();
    void setText_replacesFrontMatterAndBodyAndUndoesBack();
    void setText_refusesTextThatDoesNotParse();
    void setText_removedKeyStaysRemovedWhenAppliedOnTop();
    void save_folderRemoved_failsAndKeepsTheEdit();

private:
    int rowOf(const QString &path) const { return m_store->indexOf(path); }

    QTemporaryDir *m_dir = nullptr;
    StoryStore *m_store = nullptr;
    StoryEditor *m_editor = nullptr;
    QString m_a;
    QString m_broken;
};

void TestStoryEditor::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_a = QDir(m_dir->path()).filePath(QStringLiteral("a.md"));
    m_broken = QDir(m_dir->path()).filePath(QStringLiteral("broken.md"));
    QVERIFY(TestFiles::write(m_a, storyA));
    QVERIFY(TestFiles::write(m_broken, brokenStory));
    m_store = new StoryStore;
    QSignalSpy finished(m_store, &StoryStore::loadFinished);
    m_store->openFolder(m_dir->path());
    QVERIFY(finished.wait(10000) || !m_store->isLoading());
    QCOMPARE(m_store->count(), 2);
    m_editor = new StoryEditor(m_store);
}

void TestStoryEditor::cleanup()
{
    delete m_editor;
    delete m_store;
    delete m_dir;
}

void TestStoryEditor::setValue_changesStoreRowNotDisk()
{
    QSignalSpy modified(m_editor, &StoryEditor::modifiedChanged);
    QVERIFY(m_editor->setValue(m_a, path("quality"), YamlValue::integer(75)));
    QCOMPARE(m_store->summary(rowOf(m_a)).quality, qint16(75));
    QVERIFY(m_store->isDirty(rowOf(m_a)));
    QVERIFY(m_editor->isModified(m_a));
    QCOMPARE(m_editor->modifiedStories(), QStringList{m_a});
    QCOMPARE(TestFiles::read(m_a), storyA);
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.first().at(1).toBool(), true);
    QCOMPARE(m_editor->value(m_a, path("quality"))->toInt(), 75);
}

void TestStoryEditor::setValueBack_isNoLongerModified()
{
    QVERIFY(m_editor->setValue(m_a, path("quality"), YamlValue::integer(75)));
    QVERIFY(m_editor->setValue(m_a, path("quality"), YamlValue::integer(60)));
    QVERIFY(!m_editor->isModified(m_a));
    QVERIFY(!m_store->isDirty(rowOf(m_a)));
    QCOMPARE(m_store->summary(rowOf(m_a)).quality, qint16(60));
}

void TestStoryEditor::save_writesOnlyTheEditedLineAndClearsDirty()
{
    QVERIFY(m_editor->setValue(m_a, path("published"), YamlValue::boolean(true)));
    QString error;
    QCOMPARE(m_editor->save(m_a, &error), StoryEditor::SaveOutcome::Saved);
    QByteArray expected = storyA;
    expected.replace("published: false", "published: true");
    QCOMPARE(TestFiles::read(m_a), expected);
    QVERIFY(!m_editor->isModified(m_a));
    QVERIFY(!m_store->isDirty(rowOf(m_a)));
    QCOMPARE(m_store->summary(rowOf(m_a)).published, StorySummary::Published::Yes);
}

void TestStoryEditor::revert_showsDiskAgain()
{
    QVERIFY(m_editor->setValue(m_a, path("topics"), YamlValue::stringList({QStringLiteral("Policy")})));
    QCOMPARE(m_store->summary(rowOf(m_a)).topics, QStringList{QStringLiteral("Policy")});
    m_editor->revert(m_a);
    QVERIFY(!m_editor->isModified(m_a));
    QCOMPARE(m_store->summary(rowOf(m_a)).topics, QStringList{QStringLiteral("AI")});
    QCOMPARE(TestFiles::read(m_a), storyA);
}

void TestStoryEditor::changedOnDisk_applyMineOnTopKeepsBothSides()
{
    QVERIFY(m_editor->setValue(m_a, path("quality"), YamlValue::integer(90)));
    QByteArray theirs = storyA;
    theirs.replace("heat: 10", "heat: 55");
    QVERIFY(TestFiles::write(m_a, theirs));
    QString error;
    QCOMPARE(m_editor->save(m_a, &error), StoryEditor::SaveOutcome::ChangedOnDisk);
    QCOMPARE(TestFiles::read(m_a), theirs);
    QVERIFY(m_editor->isModified(m_a));
    QVERIFY2(m_editor->applyMineOnTop(m_a, &error), qPrintable(error));
    QCOMPARE(m_editor->save(m_a, &error), StoryEditor::SaveOutcome::Saved);
    QByteArray expected = theirs;
    expected.replace("quality: 60 # desk", "quality: 90 # desk");
    QCOMPARE(TestFiles::read(m_a), expected);
}

void TestStoryEditor::changedOnDisk_reloadFromDiskDropsMyEdits()
{
    QVERIFY(m_editor->setValue(m_a, path("quality"), YamlValue::integer(90)));
    QByteArray theirs = storyA;
    theirs.replace("heat: 10", "heat: 55");
    QVERIFY(TestFiles::write(m_a, theirs));
    m_editor->reloadFromDisk(m_a);
    QVERIFY(!m_editor->isModified(m_a));
    QCOMPARE(m_store->summary(rowOf(m_a)).heat, qint16(55));
    QCOMPARE(m_store->summary(rowOf(m_a)).quality, qint16(60));
    QCOMPARE(TestFiles::read(m_a), theirs);
}

void TestStoryEditor::brokenStory_refusesEditsAndStaysUnmodified()
{
    QString error;
    QVERIFY(!m_editor->setValue(m_broken, path("quality"), YamlValue::integer(1), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_editor->isModified(m_broken));
    QVERIFY(m_editor->modifiedStories().isEmpty());
    QCOMPARE(TestFiles::read(m_broken), brokenStory);
}

void TestStoryEditor::duplicateKey_rowReadsWithAnErrorAndEditsAreRefused()
{
    // The app's edit path goes through the same engine as the CLI: a story with a key written
    // twice is a row with its values and an error, and no form edit guesses which one it means.
    const QByteArray twice("---\ntitle: \"A\"\nquality: 60\ntitle: \"B\"\n---\n");
    const QString file = QDir(m_dir->path()).filePath(QStringLiteral("twice.md"));
    QVERIFY(TestFiles::write(file, twice));
    StoryStore store;
    QSignalSpy finished(&store, &StoryStore::loadFinished);
    store.openFolder(m_dir->path());
    QVERIFY(finished.wait(10000) || !store.isLoading());
    const StorySummary row = store.summary(store.indexOf(file));
    QVERIFY(!row.broken);
    QCOMPARE(row.quality, 60);
    QVERIFY(std::any_of(row.problems.cbegin(), row.problems.cend(), [](const Problem &p) {
        return p.isError() && p.line == 4 && p.message.contains(QLatin1String("title appears twice"));
    }));
    StoryEditor editor(&store);
    QString error;
    QVERIFY(!editor.setValue(file, path("title"), YamlValue::string(QStringLiteral("C")), &error));
    QVERIFY2(error.contains(QLatin1String("title appears twice")), qPrintable(error));
    QVERIFY(!editor.isModified(file));
    QCOMPARE(TestFiles::read(file), twice);
}

void TestStoryEditor::setFrontMatterText_repairsBrokenStoryWhichThenSaves()
{
    QVERIFY(m_store->summary(rowOf(m_broken)).broken);
    QString error;
    QVERIFY2(m_editor->setFrontMatterText(m_broken, "title: \"B\"\ntopics:\n  - AI\n", &error), qPrintable(error));
    QVERIFY(m_editor->isModified(m_broken));
    QVERIFY(!m_store->summary(rowOf(m_broken)).broken);
    QCOMPARE(m_store->summary(rowOf(m_broken)).title, QStringLiteral("B"));
    QCOMPARE(TestFiles::read(m_broken), brokenStory);   // not saved yet
    QCOMPARE(m_editor->save(m_broken, &error), StoryEditor::SaveOutcome::Saved);
    QCOMPARE(TestFiles::read(m_broken), QByteArray("---\ntitle: \"B\"\ntopics:\n  - AI\n---\n"));
    QVERIFY(!m_store->summary(rowOf(m_broken)).broken);
}

void TestStoryEditor::setText_replacesFrontMatterAndBodyAndUndoesBack()
{
    QByteArray edited = storyA;
    edited.replace("quality: 60 # desk", "quality: 65 # desk").replace("Body A", "Body A, longer");
    QSignalSpy edits(m_editor, &StoryEditor::storyEdited);
    QString error;
    QVERIFY2(m_editor->setText(m_a, edited, &error), qPrintable(error));
    QCOMPARE(edits.size(), 1);
    QCOMPARE(m_editor->text(m_a).value(), edited);
    QCOMPARE(m_store->summary(rowOf(m_a)).quality, qint16(65));
    QVERIFY(m_editor->isModified(m_a));
    QCOMPARE(TestFiles::read(m_a), storyA);

    // The old text back is no edit at all.
    QVERIFY(m_editor->setText(m_a, storyA, &error));
    QVERIFY(!m_editor->isModified(m_a));
    QVERIFY(!m_store->isDirty(rowOf(m_a)));
    QCOMPARE(m_store->summary(rowOf(m_a)).quality, qint16(60));
}

void TestStoryEditor::setText_refusesTextThatDoesNotParse()
{
    QString error;
    QVERIFY(!m_editor->setText(m_a, "---\ntitle: \"A \"B\" C\"\n---\n", &error));
    QVERIFY2(error.startsWith(QStringLiteral("2:")), qPrintable(error));
    QVERIFY(!m_editor->setText(m_a, "no front matter\n", &error));
    QVERIFY(!m_editor->isModified(m_a));
    QCOMPARE(m_editor->text(m_a).value(), storyA);
    QCOMPARE(m_store->summary(rowOf(m_a)).title, QStringLiteral("A"));
}

void TestStoryEditor::setText_removedKeyStaysRemovedWhenAppliedOnTop()
{
    QByteArray mine = storyA;
    mine.replace("heat: 10\n", "");
    QVERIFY(m_editor->setText(m_a, mine));
    QByteArray theirs = storyA;
    theirs.replace("Body A", "Body A, theirs");
    QVERIFY(TestFiles::write(m_a, theirs));
    QString error;
    QCOMPARE(m_editor->save(m_a, &error), StoryEditor::SaveOutcome::ChangedOnDisk);
    QVERIFY2(m_editor->applyMineOnTop(m_a, &error), qPrintable(error));
    QCOMPARE(m_editor->text(m_a).value(), QByteArray(theirs).replace("heat: 10\n", ""));
}

void TestStoryEditor::save_folderRemoved_failsAndKeepsTheEdit()
{
    // The site folder is deleted (or moved away) while a story has unsaved edits.
    QVERIFY(m_editor->setValue(m_a, path("published"), YamlValue::boolean(true)));
    QVERIFY(QDir(m_dir->path()).removeRecursively());

    QString error;
    QCOMPARE(int(m_editor->save(m_a, &error)), int(StoryEditor::SaveOutcome::Failed));
    QVERIFY2(error.contains(m_a) && error.contains(QStringLiteral("folder")), qPrintable(error));
    QVERIFY2(!QFileInfo::exists(m_dir->path()), "the save recreated the folder");
    QVERIFY(m_editor->isModified(m_a));
    QCOMPARE(m_editor->value(m_a, path("published"))->toBool(), std::optional<bool>(true));

    // Put back (restored from a backup, moved back): the kept edit saves.
    QVERIFY(QDir().mkpath(m_dir->path()));
    QVERIFY(TestFiles::write(m_a, storyA));
    QCOMPARE(int(m_editor->save(m_a, &error)), int(StoryEditor::SaveOutcome::ChangedOnDisk));
    QVERIFY(m_editor->applyMineOnTop(m_a, &error));
    QCOMPARE(int(m_editor->save(m_a, &error)), int(StoryEditor::SaveOutcome::Saved));
    QVERIFY(TestFiles::read(m_a).contains("\npublished: true\n"));
}

QTEST_GUILESS_MAIN(TestStoryEditor)
#include "tst_storyeditor.moc"
