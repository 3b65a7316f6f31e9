// StoryStore with a folder's SummarySnapshot: a reopen reads its rows from the snapshot, and
// once verified shows exactly what is on disk whatever changed since, taking from the index
// what the snapshot has out of date; a damaged snapshot never shows wrong rows; a row with
// unsaved edits is never written into one.
#include "corpusgenerator.h"
#include "storedsummaries.h"
#include "storyindex.h"
#include "storystore.h"
#include "summaryreader.h"
#include "summarysnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Storydesk;
using StoredSummaries::openAndWait;

namespace {

// More than a first screen holds, so the rest comes from the snapshot.
constexpr int StoryCount = StoryStore::FirstScreenRows + 344;

QByteArray readAll(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

bool writeAll(const QString &file, const QByteArray &bytes)
{
    QFile out(file);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes) == bytes.size();
}

// Rewrites the snapshot of `folder` with `change` applied to its rows.
bool rewriteSnapshot(const QString &folder, const std::function<void(QList<StorySummary> &)> &change)
{
    const QString file = SummarySnapshot::fileFor(StoryIndex::fileFor(folder));
    SummarySnapshot snapshot;
    if (!snapshot.open(file, QDir::cleanPath(folder)))
        return false;
    std::optional<QList<StorySummary>> rows = snapshot.read(0, snapshot.blockCount());
    if (!rows)
        return false;
    change(*rows);
    return SummarySnapshot::write(file, QDir::cleanPath(folder), *rows);
}

// Gives the row of `path` in the snapshot of `folder` another title, keeping its file's
// identity: a row only a load that reads the snapshot shows.
bool retitleInSnapshot(const QString &folder, const QString &path, const QString &title)
{
    return rewriteSnapshot(folder, [&](QList<StorySummary> &rows) {
        for (StorySummary &row : rows) {
            if (row.path == path)
                row.title = title;
        }
    });
}

} // namespace

class TestStorySnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_folder = QDir::cleanPath(m_dir.path() + QStringLiteral("/site"));
        QDir(m_folder).removeRecursively();
        StoryIndex::remove(m_folder);
        QCOMPARE(CorpusGenerator().write(m_folder, StoryCount).size(), StoryCount);
        m_snapshot = SummarySnapshot::fileFor(StoryIndex::fileFor(m_folder));
    }

    void cleanup()
    {
        StoryIndex::remove(m_folder);
        QVERIFY(!QFile::exists(m_snapshot));   // removed with its index
    }

    void firstOpen_writesIt_reopenReadsIt()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        QVERIFY(QFile::exists(m_snapshot));
        // A row the snapshot holds differently from its file, with the file's identity: only
        // a reopen that reads the snapshot shows it (the snapshot is trusted as the index is).
        const QString marked = m_folder + QLatin1Char('/') + CorpusGenerator::relativePath(7);
        QVERIFY(retitleInSnapshot(m_folder, marked, QStringLiteral("From the snapshot")));
        StoryStore store;
        QSignalSpy added(&store, &StoryStore::storiesAdded);
        QVERIFY(openAndWait(store, m_folder));
        QCOMPARE(store.count(), StoryCount);
        QCOMPARE(store.summary(store.indexOf(marked)).title, QStringLiteral("From the snapshot"));
        // The first screen, then every other row at once; nothing was read from a file.
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(0).at(1).toInt(), StoryStore::FirstScreenRows - 1);
        QCOMPARE(added.at(1).at(1).toInt(), StoryCount - 1);
    }

    void withoutSnapshots_noneIsWrittenOrRead()
    {
        {
            StoryStore store;   // as the CLI loads
            store.setSnapshotUsed(false);
            QVERIFY(openAndWait(store, m_folder));
        }
        QVERIFY(QFile::exists(StoryIndex::fileFor(m_folder)));
        QVERIFY(!QFile::exists(m_snapshot));
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        const QString marked = m_folder + QLatin1Char('/') + CorpusGenerator::relativePath(7);
        QVERIFY(retitleInSnapshot(m_folder, marked, QStringLiteral("From the snapshot")));
        StoryStore store;
        store.setSnapshotUsed(false);
        QVERIFY(openAndWait(store, m_folder));
        QCOMPARE(store.summary(store.indexOf(marked)).title, SummaryReader::read(marked).title);
    }

    void reopen_afterChangesOnDisk_showsTheDisk()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        const QByteArray snapshot = readAll(m_snapshot);
        CorpusGenerator other(77);
        // Rewritten, deleted, created; a text story whose fence is gone, a text file without
        // one (never a story) and one with one.
        for (int n : {3, 200, 400})
            QVERIFY(writeAll(m_folder + QLatin1Char('/') + CorpusGenerator::relativePath(n), other.story(n)));
        for (int n : {5, 301})
            QVERIFY(QFile::remove(m_folder + QLatin1Char('/') + CorpusGenerator::relativePath(n)));
        QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/new")));
        QVERIFY(writeAll(m_folder + QStringLiteral("/new/one.md"), other.story(1000)));
        const QString textStory = m_folder + QLatin1Char('/') + CorpusGenerator::relativePath(9);   // every tenth is .txt
        QVERIFY(textStory.endsWith(QLatin1String(".txt")));
        QVERIFY(writeAll(textStory, "No front matter any more.\n"));
        QVERIFY(writeAll(m_folder + QStringLiteral("/notes.txt"), "Just notes.\n"));
        QVERIFY(writeAll(m_folder + QStringLiteral("/fenced.txt"), other.story(1001)));

        StoryStore store;
        QVERIFY(openAndWait(store, m_folder));
        QCOMPARE(StoredSummaries::inStore(store), StoredSummaries::onDisk(m_folder));
        QCOMPARE(store.indexOf(textStory), -1);
        QCOMPARE(store.indexOf(m_folder + QStringLiteral("/notes.txt")), -1);
        QVERIFY(store.indexOf(m_folder + QStringLiteral("/fenced.txt")) >= 0);
        QCOMPARE(StoredSummaries::inIndex(m_folder), StoredSummaries::onDisk(m_folder));
        // More than a hundredth of the rows changed: written again, as the disk has them.
        QVERIFY(readAll(m_snapshot) != snapshot);
        SummarySnapshot rewritten;
        QVERIFY(rewritten.open(m_snapshot, m_folder));
        QCOMPARE(StoredSummaries::described(*rewritten.read(0, rewritten.blockCount())), StoredSummaries::onDisk(m_folder));
    }

    void snapshotOlderThanTheIndex_rowsComeFromTheIndex()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        const QByteArray snapshot = readAll(m_snapshot);
        SummarySnapshot written;
        QVERIFY(written.open(m_snapshot, m_folder));
        const QString changed = written.read(0, written.blockCount())->last().path;   // the oldest: no first screen's
        QVERIFY(writeAll(changed, readAll(changed).replace("title: \"", "title: \"Changed: ")));
        {
            StoryStore store;   // reads the change into the index, not into the snapshot
            QVERIFY(openAndWait(store, m_folder));
        }
        QCOMPARE(readAll(m_snapshot), snapshot);   // one change is not worth writing every row again
        // The index's row for it, told apart from what its file says: shown only when the
        // reopen takes the row from the index rather than reading the file.
        StorySummary row = SummaryReader::read(changed);
        row.title = QStringLiteral("From the index");
        {
            StoryIndex index(m_folder);
            QVERIFY(index.open());
            QVERIFY(index.update({row}, {}));
        }
        StoryStore store;
        QVERIFY(openAndWait(store, m_folder));
        QCOMPARE(store.count(), StoryCount);
        QCOMPARE(store.summary(store.indexOf(changed)).title, QStringLiteral("From the index"));
    }

    void manyChanges_rewriteIt()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        const QByteArray before = readAll(m_snapshot);
        CorpusGenerator other(9);
        for (int n = 0; n < StoryCount; n += 20)
            QVERIFY(writeAll(m_folder + QLatin1Char('/') + CorpusGenerator::relativePath(n), other.story(n)));
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        QVERIFY(readAll(m_snapshot) != before);
        SummarySnapshot snapshot;
        QVERIFY(snapshot.open(m_snapshot, m_folder));
        QCOMPARE(StoredSummaries::described(*snapshot.read(0, snapshot.blockCount())), StoredSummaries::onDisk(m_folder));
    }

    void damagedSnapshot_theFolderOpensAgainWithoutIt()
    {
        // Enough stories for a second block: its damage shows only once the first screen is out.
        QCOMPARE(CorpusGenerator().write(m_folder, 2200, StoryCount).size(), 2200);
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        QByteArray bytes = readAll(m_snapshot);
        SummarySnapshot intact;
        QVERIFY(intact.open(m_snapshot, m_folder));
        QVERIFY(intact.blockCount() >= 2);
        // Among the last rows, past the first block: the 16 bytes of the file's end hold
        // where its table of contents starts, after the rows. Longer than a row, so a row's
        // length is among it.
        qint64 rowsEnd = 0;
        std::memcpy(&rowsEnd, bytes.constData() + bytes.size() - 16, sizeof rowsEnd);
        QVERIFY(rowsEnd > 200000 && rowsEnd < bytes.size());
        bytes.replace(rowsEnd - 100000, 8192, QByteArray(8192, '\xff'));
        QVERIFY(writeAll(m_snapshot, bytes));
        SummarySnapshot damaged;
        QVERIFY(damaged.open(m_snapshot, m_folder));   // its table of contents still reads

        StoryStore store;
        QSignalSpy started(&store, &StoryStore::loadStarted);
        QVERIFY(openAndWait(store, m_folder));
        QCOMPARE(started.size(), 2);   // opened again
        QCOMPARE(StoredSummaries::inStore(store), StoredSummaries::onDisk(m_folder));
        // Not damaged any more: written again from the rows as loaded.
        SummarySnapshot rewritten;
        QVERIFY(rewritten.open(m_snapshot, m_folder));
        QVERIFY(rewritten.read(0, rewritten.blockCount()));
    }

    void editsWhileLoading_stayInTheRow_andOutOfTheSnapshot()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        QVERIFY(SummarySnapshot::remove(m_snapshot));   // written again by the next load
        StoryStore store;
        QString edited;
        connect(&store, &StoryStore::storiesAdded, this, [&] {
            // The first screen: an edit begun before the other rows are in.
            edited = store.summary(0).path;
            StorySummary summary = store.summary(0);
            summary.title = QStringLiteral("Edited, not saved");
            store.setDirty(edited, true);
            store.updateSummary(edited, summary);
        }, Qt::SingleShotConnection);
        QVERIFY(openAndWait(store, m_folder));
        const int row = store.indexOf(edited);
        QVERIFY(row >= 0);
        QVERIFY(store.isDirty(row));
        QCOMPARE(store.summary(row).title, QStringLiteral("Edited, not saved"));
        QCOMPARE(store.count(), StoryCount);
        SummarySnapshot snapshot;
        QVERIFY(snapshot.open(m_snapshot, m_folder));
        const std::optional<QList<StorySummary>> rows = snapshot.read(0, snapshot.blockCount());
        QVERIFY(rows);
        QCOMPARE(rows->size(), StoryCount - 1);
        for (const StorySummary &summary : *rows)
            QVERIFY(summary.path != edited);
    }

    void editedStoryChangedOnDiskMeanwhile_isAConflict_notReplaced()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        SummarySnapshot snapshot;
        QVERIFY(snapshot.open(m_snapshot, m_folder));
        const QString newest = snapshot.read(0, 1)->first().path;   // the first screen's first row
        QVERIFY(writeAll(newest, readAll(newest).replace("title: \"", "title: \"Changed on disk: ")));
        StoryStore store;
        connect(&store, &StoryStore::storiesAdded, this, [&] {
            QCOMPARE(store.summary(0).path, newest);
            StorySummary summary = store.summary(0);
            summary.title = QStringLiteral("Edited, not saved");
            store.setDirty(newest, true);
            store.updateSummary(newest, summary);
        }, Qt::SingleShotConnection);
        QSignalSpy conflicts(&store, &StoryStore::conflictDetected);
        QVERIFY(openAndWait(store, m_folder));
        const int row = store.indexOf(newest);
        QCOMPARE(store.summary(row).title, QStringLiteral("Edited, not saved"));
        QVERIFY(store.hasConflict(row));
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(store.count(), StoryCount);
    }

    void aFolderShrunkToItsFirstScreen_keepsNoSnapshot()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        QVERIFY(QFile::exists(m_snapshot));
        for (int n = 100; n < StoryCount; ++n)
            QVERIFY(QFile::remove(m_folder + QLatin1Char('/') + CorpusGenerator::relativePath(n)));
        StoryStore store;
        QVERIFY(openAndWait(store, m_folder));
        QCOMPARE(store.count(), 100);
        QCOMPARE(StoredSummaries::inStore(store), StoredSummaries::onDisk(m_folder));
        QVERIFY(!QFile::exists(m_snapshot));   // its first screen would show deleted stories
    }

    void aChangeInTheFirstScreen_rewritesIt()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        const QByteArray before = readAll(m_snapshot);
        SummarySnapshot snapshot;
        QVERIFY(snapshot.open(m_snapshot, m_folder));
        const QString newest = snapshot.read(0, 1)->first().path;
        QVERIFY(writeAll(newest, readAll(newest).replace("title: \"", "title: \"Changed: ")));
        {
            StoryStore store;   // one change, but one the next first screen shows
            QVERIFY(openAndWait(store, m_folder));
        }
        QVERIFY(readAll(m_snapshot) != before);
        SummarySnapshot rewritten;
        QVERIFY(rewritten.open(m_snapshot, m_folder));
        QCOMPARE(rewritten.read(0, 1)->first().title, SummaryReader::read(newest).title);
    }

    void aNewStoryNewerThanTheFirstScreen_rewritesIt()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        const QByteArray before = readAll(m_snapshot);
        QString text = QString::fromUtf8(CorpusGenerator(77).story(1000));
        text.replace(QRegularExpression(QStringLiteral("^publishedDateTime: .*$"), QRegularExpression::MultilineOption),
                     QStringLiteral("publishedDateTime: 2099-01-01T00:00:00Z"));
        QVERIFY(text.contains(QStringLiteral("\npublishedDateTime: 2099-01-01T00:00:00Z\n")));
        const QByteArray story = text.toUtf8();
        QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/new")));
        const QString newest = m_folder + QStringLiteral("/new/newest.md");
        QVERIFY(writeAll(newest, story));
        {
            StoryStore store;   // one new row, but one the next first screen shows
            QVERIFY(openAndWait(store, m_folder));
        }
        QVERIFY(readAll(m_snapshot) != before);
        SummarySnapshot rewritten;
        QVERIFY(rewritten.open(m_snapshot, m_folder));
        QCOMPARE(rewritten.read(0, 1)->first().path, newest);
    }

    void rowsNotTheKeysSay_areNeverShown_data()
    {
        QTest::addColumn<bool>("firstRow");
        QTest::addColumn<int>("opens");
        // The first block is read before the walk trusts the keys: the index is read instead.
        QTest::newRow("in the first block") << true << 1;
        // Checked against the keys as the walk found them: the folder opens again without it.
        QTest::newRow("in a later block") << false << 2;
    }

    void rowsNotTheKeysSay_areNeverShown()
    {
        QFETCH(bool, firstRow);
        QFETCH(int, opens);
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        SummarySnapshot written;
        QVERIFY(written.open(m_snapshot, m_folder));
        QCOMPARE(written.blockCount(), 2);   // the first screen, then the rest
        // The file ends with the rows' keys (32 bytes each: the path's hash first), the row
        // count, the table of contents' offset and an end mark (8 bytes each): the first or
        // the last row's key stands for another path now.
        QByteArray bytes = readAll(m_snapshot);
        const qsizetype key = bytes.size() - 24 - 32 * (firstRow ? StoryCount : 1);
        bytes[key] = char(bytes[key] ^ 0x5a);
        QVERIFY(writeAll(m_snapshot, bytes));
        StoryStore store;
        QSignalSpy started(&store, &StoryStore::loadStarted);
        QVERIFY(openAndWait(store, m_folder));
        QCOMPARE(started.size(), opens);
        QCOMPARE(store.count(), StoryCount);
        QCOMPARE(StoredSummaries::inStore(store), StoredSummaries::onDisk(m_folder));
    }

private:
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_snapshot;
};

QTEST_GUILESS_MAIN(TestStorySnapshot)
#include "tst_storysnapshot.moc"
