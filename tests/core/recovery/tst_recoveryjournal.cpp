#include "recoveryentry.h"
#include "recoveryjournal.h"
#include "storyeditor.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Storydesk;

namespace {

const QByteArray Story = "---\ntitle: Rain in Spain\npublished: false\nquality: 60\ntopics:\n  - Weather\n---\nBody text.\n";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QStringList entryFiles(const QString &journalFolder)
{
    QStringList files;
    for (const QFileInfo &info : QDir(journalFolder).entryInfoList({QStringLiteral("*.json")}, QDir::Files))
        files.append(info.absoluteFilePath());
    return files;
}

} // namespace

// The journal of unsaved edits: written soon after an edit, removed on save and revert,
// read back after a crash with damaged entries skipped, kept apart per folder, bounded.
class TestRecoveryJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;
    QString m_location;
    std::unique_ptr<StoryEditor> m_editor;
    std::unique_ptr<RecoveryJournal> m_journal;

    QString story(const QString &name) const { return m_site + QLatin1Char('/') + name; }
    // Edits `name` and waits until its entry is on disk.
    void editAndWait(const QString &name, const QString &key, const YamlValue &value)
    {
        QSignalSpy written(m_journal.get(), &RecoveryJournal::entryWritten);
        QVERIFY(m_editor->setValue(story(name), YamlPath({key}), value));
        QVERIFY(written.wait(5000));
        QCOMPARE(written.constLast().constFirst().toString(), story(name));
    }
    // What a run started after the crash finds: a new journal on the same folder.
    RecoveryJournal::Scan scanAfterCrash()
    {
        m_journal.reset();
        RecoveryJournal next(m_editor.get(), m_location);
        if (!next.setFolder(m_site))
            return {};
        return next.read();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_site = m_dir.path() + QStringLiteral("/site");
        m_location = m_dir.path() + QStringLiteral("/journal");
        QDir(m_site).removeRecursively();
        QDir(m_location).removeRecursively();
        writeFile(story(QStringLiteral("a.md")), Story);
        writeFile(story(QStringLiteral("2024/b.md")), Story);
        writeFile(story(QStringLiteral("c.md")), Story);
        m_editor = std::make_unique<StoryEditor>(nullptr);
        m_journal = std::make_unique<RecoveryJournal>(m_editor.get(), m_location);
        QVERIFY(m_journal->setFolder(m_site));
    }

    void cleanup()
    {
        m_journal.reset();
        m_editor.reset();
    }

    void edit_isJournaledWithItsTextAndWhatItWasReadFrom()
    {
        editAndWait(QStringLiteral("2024/b.md"), QStringLiteral("published"), YamlValue::boolean(true));
        const QStringList files = entryFiles(m_journal->journalFolder());
        QCOMPARE(files.size(), 1);
        QVERIFY(m_journal->journalFolder().startsWith(m_location + QLatin1Char('/')));

        const RecoveryJournal::Scan scan = scanAfterCrash();
        QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.join(QLatin1Char('\n'))));
        QCOMPARE(scan.entries.size(), 1);
        const RecoveryEntry &entry = scan.entries.constFirst();
        QCOMPARE(entry.path(), story(QStringLiteral("2024/b.md")));
        QCOMPARE(entry.relativePath, QStringLiteral("2024/b.md"));
        QCOMPARE(entry.bytesRead, Story);
        QCOMPARE(entry.text, QByteArray(Story).replace("published: false", "published: true"));
        QCOMPARE(entry.identity, FileIdentity::of(story(QStringLiteral("2024/b.md"))));
        QCOMPARE(entry.title(), QStringLiteral("Rain in Spain"));
        QCOMPARE(entry.changes().descriptions(), QStringList{QStringLiteral("published: false → true")});
        QVERIFY(entry.unchangedOnDisk());
    }

    void burstOfEdits_isOneEntryWithTheLastText()
    {
        QSignalSpy written(m_journal.get(), &RecoveryJournal::entryWritten);
        for (int quality = 61; quality <= 70; ++quality)
            QVERIFY(m_editor->setValue(story(QStringLiteral("a.md")), YamlPath({QStringLiteral("quality")}), YamlValue::integer(quality)));
        QVERIFY(written.wait(5000));
        m_journal->flush();
        QCOMPARE(entryFiles(m_journal->journalFolder()).size(), 1);
        const RecoveryJournal::Scan scan = scanAfterCrash();
        QCOMPARE(scan.entries.size(), 1);
        QCOMPARE(scan.entries.constFirst().changes().descriptions(), QStringList{QStringLiteral("quality 60 → 70")});
    }

    void saveOrRevert_removesTheEntry_data()
    {
        QTest::addColumn<bool>("save");
        QTest::newRow("save") << true;
        QTest::newRow("revert") << false;
    }

    void saveOrRevert_removesTheEntry()
    {
        QFETCH(bool, save);
        editAndWait(QStringLiteral("a.md"), QStringLiteral("published"), YamlValue::boolean(true));
        editAndWait(QStringLiteral("c.md"), QStringLiteral("quality"), YamlValue::integer(10));
        QSignalSpy removed(m_journal.get(), &RecoveryJournal::entryRemoved);
        if (save)
            QCOMPARE(m_editor->save(story(QStringLiteral("a.md"))), StoryEditor::SaveOutcome::Saved);
        else
            m_editor->revert(story(QStringLiteral("a.md")));
        QVERIFY(removed.wait(5000));
        QCOMPARE(removed.constFirst().constFirst().toString(), story(QStringLiteral("a.md")));
        QCOMPARE(entryFiles(m_journal->journalFolder()).size(), 1);
        const RecoveryJournal::Scan scan = scanAfterCrash();
        QCOMPARE(scan.entries.size(), 1);
        QCOMPARE(scan.entries.constFirst().relativePath, QStringLiteral("c.md"));
    }

    void cleanExit_leavesNothing()
    {
        editAndWait(QStringLiteral("a.md"), QStringLiteral("published"), YamlValue::boolean(true));
        const QString journalFolder = m_journal->journalFolder();
        m_editor->revert(story(QStringLiteral("a.md")));
        m_journal.reset();   // flushes the removal, unlocks and removes the empty folder
        QVERIFY(!QFileInfo::exists(journalFolder));
    }

    void damagedEntry_isReportedAndSkipped_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated") << 0;
        QTest::newRow("garbage") << 1;
        QTest::newRow("text altered") << 2;
        QTest::newRow("empty") << 3;
    }

    void damagedEntry_isReportedAndSkipped()
    {
        QFETCH(int, damage);
        editAndWait(QStringLiteral("a.md"), QStringLiteral("published"), YamlValue::boolean(true));
        editAndWait(QStringLiteral("c.md"), QStringLiteral("quality"), YamlValue::integer(10));
        m_journal->flush();
        QStringList files = entryFiles(m_journal->journalFolder());
        QCOMPARE(files.size(), 2);
        // Whichever file holds a.md's entry is damaged.
        QString damaged;
        for (const QString &file : files) {
            if (RecoveryEntry::fromBytes(readFile(file), nullptr)->relativePath == QLatin1String("a.md"))
                damaged = file;
        }
        QByteArray bytes = readFile(damaged);
        switch (damage) {
        case 0: bytes.truncate(bytes.size() / 2); break;
        case 1: bytes = QByteArray("\x01\x02 not json at all \xff", 20); break;
        case 2: {
            const qsizetype at = bytes.indexOf("\"text\": \"") + 12;
            bytes[at] = bytes.at(at) == 'A' ? 'B' : 'A';
            break;
        }
        default: bytes.clear(); break;
        }
        writeFile(damaged, bytes);

        const RecoveryJournal::Scan scan = scanAfterCrash();
        QCOMPARE(scan.entries.size(), 1);
        QCOMPARE(scan.entries.constFirst().relativePath, QStringLiteral("c.md"));
        QCOMPARE(scan.problems.size(), 1);
        QVERIFY2(scan.problems.constFirst().startsWith(QDir::toNativeSeparators(damaged) + QStringLiteral(": ")),
                 qPrintable(scan.problems.constFirst()));
        QCOMPARE(scan.obsoleteFiles, QStringList{damaged});
    }

    void otherFolder_journalWaitsUntilThatFolderOpens()
    {
        editAndWait(QStringLiteral("a.md"), QStringLiteral("published"), YamlValue::boolean(true));
        m_journal.reset();
        const QString other = m_dir.path() + QStringLiteral("/other");
        writeFile(other + QStringLiteral("/a.md"), Story);
        {
            RecoveryJournal journal(m_editor.get(), m_location);
            QVERIFY(journal.setFolder(other));
            QVERIFY(journal.read().entries.isEmpty());
            QVERIFY(journal.read().problems.isEmpty());
        }
        RecoveryJournal journal(m_editor.get(), m_location);
        QVERIFY(journal.setFolder(m_site));
        QCOMPARE(journal.read().entries.size(), 1);
    }

    void secondApp_onTheSameFolder_journalsNothing()
    {
        RecoveryJournal second(m_editor.get(), m_location);
        QVERIFY(!second.setFolder(m_site));
        QVERIFY(second.read().entries.isEmpty());
    }

    void fullJournal_saysSoAndWritesNothing()
    {
        m_journal->setMaxBytes(100);
        QSignalSpy full(m_journal.get(), &RecoveryJournal::journalFull);
        QVERIFY(m_editor->setValue(story(QStringLiteral("a.md")), YamlPath({QStringLiteral("published")}), YamlValue::boolean(true)));
        QVERIFY(full.wait(5000));
        QCOMPARE(full.constFirst().constFirst().toString(), story(QStringLiteral("a.md")));
        m_journal->flush();
        QVERIFY(entryFiles(m_journal->journalFolder()).isEmpty());
    }

    void savedBeforeTheEntryWasRemoved_isNothingToRecover()
    {
        editAndWait(QStringLiteral("a.md"), QStringLiteral("published"), YamlValue::boolean(true));
        const QString journalFolder = m_journal->journalFolder();
        const QStringList files = entryFiles(journalFolder);
        writeFile(story(QStringLiteral("a.md")), QByteArray(Story).replace("published: false", "published: true"));
        const RecoveryJournal::Scan scan = scanAfterCrash();
        QVERIFY(scan.entries.isEmpty());
        QVERIFY(scan.problems.isEmpty());
        QCOMPARE(scan.obsoleteFiles, files);
    }

    void restore_unchangedFile_isModifiedAndSavesTheText()
    {
        editAndWait(QStringLiteral("a.md"), QStringLiteral("published"), YamlValue::boolean(true));
        const RecoveryEntry entry = scanAfterCrash().entries.value(0);
        m_editor = std::make_unique<StoryEditor>(nullptr);   // the new run
        QSignalSpy modified(m_editor.get(), &StoryEditor::modifiedChanged);
        QVERIFY(m_editor->restore(entry.path(), entry.bytesRead, entry.identity, entry.text));
        QVERIFY(m_editor->isModified(entry.path()));
        QCOMPARE(modified.size(), 1);
        QCOMPARE(readFile(entry.path()), Story);
        QCOMPARE(m_editor->save(entry.path()), StoryEditor::SaveOutcome::Saved);
        QCOMPARE(readFile(entry.path()), entry.text);
    }

    void restore_fileChangedOnDisk_conflictsAndAppliesMineOnTop()
    {
        editAndWait(QStringLiteral("a.md"), QStringLiteral("published"), YamlValue::boolean(true));
        const RecoveryEntry entry = scanAfterCrash().entries.value(0);
        // Someone else changed another field meanwhile.
        const QByteArray theirs = QByteArray(Story).replace("quality: 60", "quality: 95");
        writeFile(entry.path(), theirs);
        QVERIFY(!entry.unchangedOnDisk());

        m_editor = std::make_unique<StoryEditor>(nullptr);
        QVERIFY(m_editor->restore(entry.path(), entry.bytesRead, entry.identity, entry.text));
        QCOMPARE(m_editor->save(entry.path()), StoryEditor::SaveOutcome::ChangedOnDisk);
        QCOMPARE(readFile(entry.path()), theirs);
        QVERIFY(m_editor->applyMineOnTop(entry.path()));
        QCOMPARE(m_editor->save(entry.path()), StoryEditor::SaveOutcome::Saved);
        QCOMPARE(readFile(entry.path()), QByteArray(theirs).replace("published: false", "published: true"));
    }

    void entry_roundTripsThroughItsBytes()
    {
        RecoveryEntry entry;
        entry.folder = m_site;
        entry.relativePath = QStringLiteral("x/y.md");
        entry.identity = FileIdentity{12, 1234567890123456789LL, 42};
        entry.bytesRead = QByteArray("---\r\ntitle: é\r\n---\r\n\xff", 21);
        entry.text = "---\ntitle: b\n---\n";
        entry.written = QDateTime::currentDateTimeUtc();
        QString error;
        const std::optional<RecoveryEntry> back = RecoveryEntry::fromBytes(entry.toBytes(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->folder, entry.folder);
        QCOMPARE(back->relativePath, entry.relativePath);
        QCOMPARE(back->identity, entry.identity);
        QCOMPARE(back->bytesRead, entry.bytesRead);
        QCOMPARE(back->text, entry.text);
    }

    void entry_outsideItsFolder_isRefused()
    {
        RecoveryEntry entry;
        entry.folder = m_site;
        entry.relativePath = QStringLiteral("../escape.md");
        entry.identity = FileIdentity{1, 1, 1};
        QString error;
        QVERIFY(!RecoveryEntry::fromBytes(entry.toBytes(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecoveryJournal)
#include "tst_recoveryjournal.moc"
