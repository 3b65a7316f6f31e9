// StoryIndex through StoryStore: reopening a folder from its index shows exactly what is
// on disk once verified, whatever changed while it was closed, and a broken or unusable
// index never stops a folder from opening.
#include "corpusgenerator.h"
#include "storyindex.h"
#include "storyscanner.h"
#include "storedsummaries.h"
#include "storystore.h"
#include "summarydescription.h"
#include "summaryreader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <fcntl.h>
#include <sys/stat.h>

using namespace Storydesk;

namespace {

constexpr int StoryCount = 40;

using TestSummaries::describe;

QStringList diskSummaries(const QString &folder)
{
    return StoredSummaries::onDisk(folder);
}

QStringList storeSummaries(const StoryStore &store)
{
    return StoredSummaries::inStore(store);
}

QStringList indexSummaries(const QString &folder)
{
    return StoredSummaries::inIndex(folder);
}

using StoredSummaries::openAndWait;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestStoryIndex : public QObject
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
        m_folder = m_dir.path() + QStringLiteral("/site");
        QVERIFY(!CorpusGenerator().write(m_folder, StoryCount).isEmpty());
        StoryIndex::remove(m_folder);
    }

    void cleanup()
    {
        StoryIndex::setDirectory({});
        StoryIndex::remove(m_folder);
        QDir(m_folder).removeRecursively();
    }

    void indexLivesInTheTestCacheLocation()
    {
        QVERIFY(StoryIndex::fileFor(m_folder).startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
        QVERIFY(StoryIndex::fileFor(m_folder).contains(QLatin1String("qttest")));
    }

    void firstOpen_writesIndex_reopenShowsIndexedRowsInOneBatch()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
            QCOMPARE(store.count(), StoryCount);
        }
        QVERIFY(QFile::exists(StoryIndex::fileFor(m_folder)));
        QCOMPARE(indexSummaries(m_folder), diskSummaries(m_folder));

        StoryStore store;
        QSignalSpy added(&store, &StoryStore::storiesAdded);
        QSignalSpy finished(&store, &StoryStore::loadFinished);
        QSignalSpy progress(&store, &StoryStore::loadProgress);
        store.openFolder(m_folder);
        QVERIFY(added.wait(10000));
        // All indexed rows at once, before verification ends.
        QCOMPARE(added.first().at(0).toInt(), 0);
        QCOMPARE(added.first().at(1).toInt(), StoryCount - 1);
        if (finished.isEmpty())
            QVERIFY(finished.wait(10000));
        QCOMPARE(added.size(), 1);   // nothing changed: nothing else arrives
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), StoryCount);
        QCOMPARE(progress.last().at(1).toInt(), StoryCount);
        QCOMPARE(storeSummaries(store), diskSummaries(m_folder));
    }

    void readInPathOrder_buildsTheRowPartsAskedFor_data()
    {
        QTest::addColumn<int>("parts");
        QTest::newRow("none") << 0;
        QTest::newRow("excerpt") << int(StoryIndex::RowPart::Excerpt);
        QTest::newRow("links") << int(StoryIndex::RowPart::Links);
        QTest::newRow("field values") << int(StoryIndex::RowPart::FieldValues);
        QTest::newRow("search key brings all") << int(StoryIndex::RowPart::SearchKey);
    }
    void readInPathOrder_buildsTheRowPartsAskedFor()
    {
        QFETCH(int, parts);
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        StoryIndex index(m_folder);
        QVERIFY(index.open());
        const auto read = [&index](StoryIndex::RowParts asked) {
            QList<StorySummary> rows;
            const bool ok = index.readInPathOrder([&rows](const QString &, const FileIdentity &, const auto &summary) { rows.append(summary()); },
                                                  asked);
            return ok ? rows : QList<StorySummary>();
        };
        const QList<StorySummary> whole = read(StoryIndex::allRowParts());
        const StoryIndex::RowParts asked = StoryIndex::RowParts::fromInt(parts);
        const QList<StorySummary> partial = read(asked);
        QCOMPARE(partial.size(), StoryCount);
        QCOMPARE(whole.size(), StoryCount);
        const bool all = asked.testFlag(StoryIndex::RowPart::SearchKey);
        bool leftOut[3] = {false, false, false};   // the corpus has each part to leave out
        for (qsizetype i = 0; i < whole.size(); ++i) {
            StorySummary expected = whole.at(i);
            leftOut[0] = leftOut[0] || !expected.excerpt.isEmpty();
            leftOut[1] = leftOut[1] || (!expected.webUrl.isEmpty() && !expected.imageUrl.isEmpty());
            leftOut[2] = leftOut[2] || !expected.fieldValues.isEmpty();
            if (!all && !asked.testFlag(StoryIndex::RowPart::Excerpt))
                expected.excerpt.clear();
            if (!all && !asked.testFlag(StoryIndex::RowPart::Links)) {
                expected.webUrl.clear();
                expected.imageUrl.clear();
            }
            if (!all && !asked.testFlag(StoryIndex::RowPart::FieldValues)) {
                expected.fieldKeys.clear();
                expected.fieldValues.clear();
            }
            if (!all)
                expected.searchKey.clear();
            QCOMPARE(describe(partial.at(i)), describe(expected));
            QCOMPARE(partial.at(i).fieldKeys, expected.fieldKeys);
            QCOMPARE(partial.at(i).fieldValues, expected.fieldValues);
        }
        QVERIFY(leftOut[0] && leftOut[1] && leftOut[2]);
        QVERIFY(!whole.first().searchKey.isEmpty());
    }

    void topics_comeBackAsWritten_emptyOnesAndAnyScript()
    {
        StoryIndex index(m_folder);
        QVERIFY(index.open());
        StorySummary many;
        many.path = m_folder + QStringLiteral("/many.md");
        many.identity = FileIdentity{10, 20, 30};
        many.topics = {QString(), QStringLiteral("Politik"), QString(), QStringLiteral("日本 "), QStringLiteral("é"), QString()};
        StorySummary none = many;
        none.path = m_folder + QStringLiteral("/none.md");
        none.topics.clear();
        QVERIFY(index.update({many, none}, {}));
        QHash<QString, QStringList> read;
        QVERIFY(index.readInPathOrder([&read](const QString &path, const FileIdentity &, const auto &summary) { read.insert(path, summary().topics); },
                                      StoryIndex::RowParts()));
        QCOMPARE(read.value(many.path), many.topics);
        QCOMPARE(read.value(none.path), QStringList());
        for (const StorySummary &row : index.readAll().value_or(QList<StorySummary>())) {
            if (row.path == many.path || row.path == none.path)
                QCOMPARE(row.topics, row.path == many.path ? many.topics : QStringList());
        }
    }

    void readAll_appliesPrepareToEveryRowAsRead_sameRowsOtherwise()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        const QStringList plain = indexSummaries(m_folder);
        QCOMPARE(plain.size(), StoryCount);
        StoryIndex index(m_folder);
        QVERIFY(index.open());
        int prepared = 0;
        const StoryIndex::Prepare mark = [&prepared](StorySummary *summary) {
            ++prepared;
            summary->category = QStringLiteral("prepared");
        };
        QList<StorySummary> rows;
        for (int part = 0; part < 2; ++part)
            rows.append(index.readAll(part, 2, mark).value_or(QList<StorySummary>()));
        QCOMPARE(prepared, StoryCount);
        QCOMPARE(rows.size(), StoryCount);
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.path < b.path; });
        for (const StorySummary &s : std::as_const(rows))
            QCOMPARE(s.category, QStringLiteral("prepared"));
        const std::optional<QList<StorySummary>> newest = index.readNewest(3, mark);
        QVERIFY(newest);
        QCOMPARE(newest->size(), 3);
        QCOMPARE(prepared, StoryCount + 3);
        QCOMPARE(newest->first().category, QStringLiteral("prepared"));
        // Without it, rows are as the index holds them.
        QCOMPARE(indexSummaries(m_folder), plain);
    }

    void reopen_afterModifyCreateDeleteRename_matchesDisk()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        QStringList paths = StoryScanner(m_folder).scan();
        paths.sort();
        const CorpusGenerator generator(7);
        writeFile(paths.at(0), generator.story(1000));                  // modified
        QVERIFY(QFile::remove(paths.at(1)));                             // deleted
        QVERIFY(QFile::rename(paths.at(2), paths.at(2) + QStringLiteral(".md")));  // renamed
        writeFile(m_folder + QStringLiteral("/new-story.md"), generator.story(1001)); // created
        writeFile(m_folder + QStringLiteral("/a.md"), generator.story(1002));         // a short name
        writeFile(paths.at(3), "---\ntitle: [unclosed\n---\nbody\n");    // now broken

        StoryStore store;
        QVERIFY(openAndWait(store, m_folder));
        QCOMPARE(storeSummaries(store), diskSummaries(m_folder));
        QCOMPARE(indexSummaries(m_folder), diskSummaries(m_folder));

        // Every story, short names too, now comes from the index in the first batch.
        StoryStore again;
        QSignalSpy added(&again, &StoryStore::storiesAdded);
        QVERIFY(openAndWait(again, m_folder));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().at(1).toInt(), again.count() - 1);
        QCOMPARE(storeSummaries(again), diskSummaries(m_folder));
    }

    void reopen_newestFirstScreenFirst_thenTheRest_thenCorrectedFromDisk()
    {
        // More stories than a first screen holds.
        const int count = StoryStore::FirstScreenRows + 60;
        QVERIFY(!CorpusGenerator().write(m_folder, count - StoryCount, StoryCount).isEmpty());
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
            QCOMPARE(store.count(), count);
        }
        // The newest stories as indexed, the order the table opens in.
        QList<StorySummary> stories;
        for (const QString &path : StoryScanner(m_folder).scan())
            stories.append(SummaryReader::read(path));
        std::sort(stories.begin(), stories.end(), [](const StorySummary &a, const StorySummary &b) {
            if (a.publishedDateTime != b.publishedDateTime)
                return a.publishedDateTime > b.publishedDateTime;
            return a.path < b.path;
        });
        QSet<QString> newest;
        for (int i = 0; i < StoryStore::FirstScreenRows; ++i)
            newest.insert(stories.at(i).path);
        // Changed since: one of the first screen's stories rewritten, one deleted, one created.
        const QString changed = stories.at(0).path;
        const QString deleted = stories.at(1).path;
        const QString created = m_folder + QStringLiteral("/created.md");
        writeFile(changed, CorpusGenerator(11).story(5000));
        QVERIFY(QFile::remove(deleted));
        writeFile(created, CorpusGenerator(11).story(5001));

        StoryStore store;
        QList<QStringList> batches;   // the paths of each batch of rows, as it arrives
        connect(&store, &StoryStore::storiesAdded, this, [&store, &batches](int first, int last) {
            QStringList paths;
            for (int row = first; row <= last; ++row)
                paths.append(store.summary(row).path);
            batches.append(paths);
        });
        QVERIFY(openAndWait(store, m_folder));
        QVERIFY(batches.size() >= 2);
        // The index's newest first screen, as indexed (the deleted story too), then the rest.
        const QStringList first = batches.at(0);
        QCOMPARE(QSet<QString>(first.cbegin(), first.cend()), newest);
        QCOMPARE(batches.at(1).size(), count - StoryStore::FirstScreenRows);
        // Then verified: the changed story read again in its row, the deleted one gone, the
        // new one added: every row as on disk, each once.
        QCOMPARE(store.indexOf(deleted), -1);
        QVERIFY(store.indexOf(created) >= 0);
        QCOMPARE(store.summary(store.indexOf(changed)).title, SummaryReader::read(changed).title);
        QCOMPARE(storeSummaries(store), diskSummaries(m_folder));
        QCOMPARE(indexSummaries(m_folder), diskSummaries(m_folder));
    }

    void reopen_sameMtimeDifferentSize_isReadAgain()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        QStringList paths = StoryScanner(m_folder).scan();
        paths.sort();
        const QString path = paths.at(5);
        const FileIdentity before = FileIdentity::of(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes.replace("title: \"", "title: \"Changed: ");
        file.seek(0);
        file.write(bytes);
        file.close();
        // Back to the very nanosecond it had: only the size tells the change.
        timespec times[2] = {{0, UTIME_OMIT}, {time_t(before.mtimeNs / 1000000000), long(before.mtimeNs % 1000000000)}};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
        const FileIdentity after = FileIdentity::of(path);
        QCOMPARE(after.mtimeNs, before.mtimeNs);
        QCOMPARE(after.inode, before.inode);
        QVERIFY(after.size != before.size);
        QVERIFY(SummaryReader::read(path).title.startsWith(QLatin1String("Changed: ")));

        StoryStore store;
        QVERIFY(openAndWait(store, m_folder));
        QVERIFY(store.summary(store.indexOf(path)).title.startsWith(QLatin1String("Changed: ")));
        QCOMPARE(storeSummaries(store), diskSummaries(m_folder));
    }

    void corruptIndex_isRebuiltSilently()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        const QString file = StoryIndex::fileFor(m_folder);
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
        writeFile(file, QByteArray(8192, 'x'));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("discarding the story index")));

        StoryStore store;
        QSignalSpy cancelled(&store, &StoryStore::loadCancelled);
        QVERIFY(openAndWait(store, m_folder));
        QVERIFY(cancelled.isEmpty());
        QCOMPARE(storeSummaries(store), diskSummaries(m_folder));
        QCOMPARE(indexSummaries(m_folder), diskSummaries(m_folder));
    }

    void olderSchema_isRebuilt()
    {
        {
            StoryStore store;
            QVERIFY(openAndWait(store, m_folder));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-bump"));
            db.setDatabaseName(StoryIndex::fileFor(m_folder));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("UPDATE story SET title = 'stale'")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=%1").arg(StoryIndex::SchemaVersion + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-bump"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("has schema %1").arg(StoryIndex::SchemaVersion + 1)));

        StoryStore store;
        QVERIFY(openAndWait(store, m_folder));
        QCOMPARE(storeSummaries(store), diskSummaries(m_folder));
        QCOMPARE(indexSummaries(m_folder), diskSummaries(m_folder));
    }

    void twoStores_sameFolderAtOnce_bothSucceed()
    {
        StoryStore first;
        StoryStore second;
        QSignalSpy firstFinished(&first, &StoryStore::loadFinished);
        QSignalSpy secondFinished(&second, &StoryStore::loadFinished);
        first.openFolder(m_folder);
        second.openFolder(m_folder);
        QTRY_VERIFY_WITH_TIMEOUT(!firstFinished.isEmpty() && !secondFinished.isEmpty(), 30000);
        first.waitForIndex();
        second.waitForIndex();
        QCOMPARE(storeSummaries(first), diskSummaries(m_folder));
        QCOMPARE(storeSummaries(second), diskSummaries(m_folder));

        // Both write the same change at once.
        QStringList paths = StoryScanner(m_folder).scan();
        paths.sort();
        writeFile(paths.at(4), CorpusGenerator(3).story(77));
        QVERIFY(first.reloadStory(paths.at(4)));
        QVERIFY(second.reloadStory(paths.at(4)));
        QVERIFY(QFile::remove(paths.at(6)));
        QVERIFY(!first.reloadStory(paths.at(6)));
        QVERIFY(!second.reloadStory(paths.at(6)));
        first.waitForIndex();
        second.waitForIndex();
        QCOMPARE(indexSummaries(m_folder), diskSummaries(m_folder));
    }

    void indexLockedTooLong_isDiscardedAndRebuiltOnReopen()
    {
        StoryStore store;
        QVERIFY(openAndWait(store, m_folder));
        QStringList paths = StoryScanner(m_folder).scan();
        paths.sort();
        writeFile(paths.at(7), CorpusGenerator(9).story(3));
        {
            // Another process holds the write lock longer than the store waits.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-lock"));
            db.setDatabaseName(StoryIndex::fileFor(m_folder));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("locked for too long")));
            QVERIFY(store.reloadStory(paths.at(7)));
            store.waitForIndex();
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-lock"));
        QCOMPARE(storeSummaries(store), diskSummaries(m_folder));

        StoryStore again;
        QVERIFY(openAndWait(again, m_folder));
        QCOMPARE(storeSummaries(again), diskSummaries(m_folder));
        QCOMPARE(indexSummaries(m_folder), diskSummaries(m_folder));
    }

    void liveRescan_updatesIndex()
    {
        StoryStore store;
        store.setPollingForced(true);
        QVERIFY(openAndWait(store, m_folder));
        writeFile(m_folder + QStringLiteral("/added-live.md"), CorpusGenerator(5).story(9));
        store.rescanAll();
        QTRY_COMPARE_WITH_TIMEOUT(store.count(), StoryCount + 1, 10000);
        store.waitForIndex();
        QCOMPARE(indexSummaries(m_folder), diskSummaries(m_folder));
    }

    void indexDisabled_neitherReadsNorWrites()
    {
        StoryStore store;
        store.setIndexEnabled(false);
        QVERIFY(openAndWait(store, m_folder));
        QCOMPARE(storeSummaries(store), diskSummaries(m_folder));
        QVERIFY(!QFile::exists(StoryIndex::fileFor(m_folder)));
    }

    void noWritableCacheDirectory_parsesEverythingWithWarning()
    {
        // A directory that cannot be created, even by root: its parent is a file.
        const QString blocker = m_dir.path() + QStringLiteral("/not-a-directory");
        writeFile(blocker, "x");
        StoryIndex::setDirectory(blocker + QStringLiteral("/index"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no writable cache directory")));

        StoryStore store;
        QVERIFY(openAndWait(store, m_folder));
        QCOMPARE(store.count(), StoryCount);
        QCOMPARE(storeSummaries(store), diskSummaries(m_folder));
    }

private:
    QTemporaryDir m_dir;
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestStoryIndex)
#include "tst_storyindex.moc"
