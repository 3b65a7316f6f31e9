#include "corpusgenerator.h"
#include "fielddetector.h"
#include "remembereddetection.h"
#include "sitefieldsloader.h"
#include "storyfilter.h"
#include "storyindex.h"
#include "storystore.h"
#include "testfiles.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

using namespace std::chrono_literals;
using Storydesk::CorpusGenerator;
using Storydesk::FieldDetector;
using Storydesk::FieldMap;
using Storydesk::RememberedDetection;
using Storydesk::StoryStore;
using Storydesk::StorySummary;

namespace {

// Generous: the suite runs on loaded two-core machines.
constexpr int Timeout = 60000;

QByteArray story(const QByteArray &title, const QByteArray &extra = QByteArray())
{
    return "---\ntitle: \"" + title + "\"\nprovider:\n  name: Wire\ntopics: [AI]\n" + extra + "---\nbody\n";
}

// Writes the way editors and `git checkout` do: a new file renamed over the old one.
void saveAtomically(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    QVERIFY(file.commit());
}

// Writes into the existing file, as `echo >>` or some editors do.
void writeInPlace(const QString &path, const QByteArray &bytes)
{
    QVERIFY(Storydesk::TestFiles::write(path, bytes));
}

// The detection the store remembers for `folder` (beside its index).
RememberedDetection memoryOf(const QString &folder)
{
    return RememberedDetection(Storydesk::StoryIndex::directory(), folder, Storydesk::SiteFieldsLoader::findSiteRoot(folder));
}

// A remembered detection that says Hugo, for folders that are not Hugo sites: a stale one.
FieldDetector::Result hugoDetection()
{
    FieldDetector::Result result;
    result.map = FieldMap::hugo();
    result.storyFormat = false;
    result.generator = QStringLiteral("hugo");
    return result;
}

// Runs `run` when its event arrives: posted with a high priority, before events posted earlier.
class Runner final : public QObject
{
public:
    std::function<void()> run;
    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        run();
        return true;
    }
};

QStringList titles(const StoryStore &store)
{
    QStringList out;
    for (int row = 0; row < store.count(); ++row)
        out.append(store.summary(row).title);
    out.sort();
    return out;
}

} // namespace

class TestStoryStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openFolder_deliversEveryStoryInContiguousBatchesWithProgress();
    void openFolder_emptyOrMissingFolderFinishesWithNoRows();
    void cancelLoad_stopsDeliveryAndKeepsDeliveredRows();
    void openingAnotherFolder_discardsTheFirstLoad();
    void brokenFiles_areRowsWithTheirError();
    void repeatedStrings_shareData();
    void externalCreate_addsRow();
    void externalModify_updatesRow();
    void inPlaceWrite_isSeenByTheSweep();
    void externalDelete_removesRow();
    void newAndRemovedSubfolders_addAndRemoveTheirRows();
    void dirtyStoryChangedOnDisk_isConflictNotReread_data();
    void dirtyStoryChangedOnDisk_isConflictNotReread();
    void clearingDirty_clearsConflict();
    void pollingFallback_seesCreateModifyDelete();
    void reloadStory_readsFromDiskEvenWhenDirty();
    void updateSummary_showsEditsAndKeepsIdentity();
    void topicIndex_followsTheStories();
    void reopen_usesTheRememberedFieldMapAtOnce();
    void staleRememberedMap_isCorrectedOnceAndEveryRowReadAgain_data();
    void staleRememberedMap_isCorrectedOnceAndEveryRowReadAgain();
    void corruptRememberedFile_isIgnored();
    void openingAnotherFolderDuringTheCheck_dropsItsResult();
    void withoutTheIndex_nothingIsRemembered();

private:
    void openAndWait(StoryStore &store, const QString &folder);
    // Opens the story's folder, marks the story dirty and changes it on disk.
    void openWithConflict(StoryStore &store, const QString &path);

    QTemporaryDir m_corpus;  // 5,000 generated stories, shared by the read-only tests
    static constexpr int CorpusSize = 5000;
};

void TestStoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // indexes go to the test cache
    QVERIFY(m_corpus.isValid());
    QCOMPARE(CorpusGenerator().write(m_corpus.path(), CorpusSize).size(), CorpusSize);
}

void TestStoryStore::openAndWait(StoryStore &store, const QString &folder)
{
    store.setRescanDelay(50ms);
    QSignalSpy finished(&store, &StoryStore::loadFinished);
    store.openFolder(folder);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
}

void TestStoryStore::openFolder_deliversEveryStoryInContiguousBatchesWithProgress()
{
    StoryStore store;
    QList<std::pair<int, int>> announced;
    QList<std::pair<int, int>> added;
    QList<std::pair<int, int>> progress;
    bool finishedBeforeFirstRows = false;
    bool finished = false;
    connect(&store, &StoryStore::storiesAboutToBeAdded, this, [&](int first, int last) {
        announced.append({first, last});
        QCOMPARE(store.count(), first); // announced before the rows are there
    });
    connect(&store, &StoryStore::storiesAdded, this, [&](int first, int last) {
        added.append({first, last});
        QCOMPARE(store.count(), last + 1);
        finishedBeforeFirstRows = finishedBeforeFirstRows || finished;
    });
    connect(&store, &StoryStore::loadProgress, this, [&](int done, int found) { progress.append({done, found}); });
    connect(&store, &StoryStore::loadFinished, this, [&] { finished = true; });
    QSignalSpy started(&store, &StoryStore::loadStarted);

    store.openFolder(m_corpus.path());
    QCOMPARE(started.size(), 1);
    QVERIFY(store.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(finished, Timeout);
    QVERIFY(!store.isLoading());

    QCOMPARE(store.count(), CorpusSize);
    QCOMPARE(announced, added);
    QVERIFY2(added.size() >= 2, "the rows arrive in several batches, not all at the end");
    int next = 0;
    for (const auto &[first, last] : std::as_const(added)) {
        QCOMPARE(first, next);
        QVERIFY(last >= first);
        next = last + 1;
    }
    QVERIFY(!finishedBeforeFirstRows);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast(), (std::pair<int, int>{CorpusSize, CorpusSize}));
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).first >= progress.at(i - 1).first);

    for (int i : {0, 9, 1234, CorpusSize - 1}) {
        const QString path = QDir(m_corpus.path()).filePath(CorpusGenerator::relativePath(i));
        const int row = store.indexOf(path);
        QVERIFY2(row >= 0, qPrintable(path));
        QCOMPARE(store.summary(row).path, path);
        QVERIFY(!store.summary(row).title.isEmpty());
        QVERIFY(!store.summary(row).broken);
    }
    QCOMPARE(store.indexOf(QStringLiteral("/nowhere.md")), -1);
}

void TestStoryStore::openFolder_emptyOrMissingFolderFinishesWithNoRows()
{
    QTemporaryDir empty;
    StoryStore store;
    openAndWait(store, empty.path());
    QCOMPARE(store.count(), 0);
    openAndWait(store, empty.filePath(QStringLiteral("missing")));
    QCOMPARE(store.count(), 0);
}

void TestStoryStore::cancelLoad_stopsDeliveryAndKeepsDeliveredRows()
{
    StoryStore store;
    store.setIndexEnabled(false); // from an index, every row would come in the first batch
    QSignalSpy finished(&store, &StoryStore::loadFinished);
    QSignalSpy cancelled(&store, &StoryStore::loadCancelled);
    QSignalSpy added(&store, &StoryStore::storiesAdded);
    connect(&store, &StoryStore::storiesAdded, &store, [&store] { store.cancelLoad(); }, Qt::SingleShotConnection);
    store.openFolder(m_corpus.path());
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, Timeout);
    const int rows = store.count();
    QVERIFY(rows > 0 && rows < CorpusSize);
    QTest::qWait(1000);
    QCOMPARE(added.size(), 1);
    QCOMPARE(store.count(), rows);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!store.isLoading());
    store.cancelLoad(); // nothing to cancel: no second signal
    QCOMPARE(cancelled.size(), 1);
}

void TestStoryStore::openingAnotherFolder_discardsTheFirstLoad()
{
    QTemporaryDir small;
    saveAtomically(small.filePath(QStringLiteral("a.md")), story("A"));
    saveAtomically(small.filePath(QStringLiteral("b.md")), story("B"));

    StoryStore store;
    store.setIndexEnabled(false); // from an index, the first load could be over before the second opens
    QSignalSpy finished(&store, &StoryStore::loadFinished);
    QSignalSpy reset(&store, &StoryStore::storiesReset);
    bool secondOpened = false;
    QStringList strays;
    connect(&store, &StoryStore::storiesAdded, this, [&](int first, int last) {
        for (int row = first; row <= last && secondOpened; ++row) {
            if (!store.summary(row).path.startsWith(small.path()))
                strays.append(store.summary(row).path);
        }
    });
    store.openFolder(m_corpus.path());
    QTRY_VERIFY_WITH_TIMEOUT(store.count() > 0, Timeout); // the first load is under way
    store.openFolder(small.path());
    secondOpened = true;
    QCOMPARE(store.count(), 0);
    QCOMPARE(reset.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
    QTest::qWait(1000); // anything the first load still had in flight would arrive now
    QCOMPARE(titles(store), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QVERIFY2(strays.isEmpty(), qPrintable(strays.join(QLatin1Char('\n'))));
    QCOMPARE(finished.size(), 1);
}

void TestStoryStore::brokenFiles_areRowsWithTheirError()
{
    QTemporaryDir dir;
    saveAtomically(dir.filePath(QStringLiteral("good.md")), story("Good"));
    saveAtomically(dir.filePath(QStringLiteral("broken.md")), "---\ntitle: a\nexcerpt: b: c\n---\n");
    saveAtomically(dir.filePath(QStringLiteral("plain.md")), "# Only Markdown\n");
    StoryStore store;
    openAndWait(store, dir.path());
    QCOMPARE(store.count(), 3);

    const Storydesk::StorySummary &broken = store.summary(store.indexOf(dir.filePath(QStringLiteral("broken.md"))));
    QVERIFY(broken.broken);
    QCOMPARE(broken.problems.size(), 1);
    QCOMPARE(broken.problems.constFirst().line, 3);
    QCOMPARE(broken.problems.constFirst().column, 11);

    const Storydesk::StorySummary &plain = store.summary(store.indexOf(dir.filePath(QStringLiteral("plain.md"))));
    QVERIFY(plain.broken);
    QCOMPARE(plain.problems.constFirst().severity, Storydesk::Problem::Severity::Warning);
    QVERIFY(!store.summary(store.indexOf(dir.filePath(QStringLiteral("good.md")))).broken);
}

void TestStoryStore::repeatedStrings_shareData()
{
    QTemporaryDir dir;
    saveAtomically(dir.filePath(QStringLiteral("a.md")), story("A"));
    saveAtomically(dir.filePath(QStringLiteral("sub/b.md")), story("B"));
    StoryStore store;
    openAndWait(store, dir.path());
    QCOMPARE(store.count(), 2);
    const Storydesk::StorySummary &a = store.summary(0);
    const Storydesk::StorySummary &b = store.summary(1);
    QCOMPARE(a.providerName, b.providerName);
    QCOMPARE(a.providerName.constData(), b.providerName.constData());
    QCOMPARE(a.topics.constFirst().constData(), b.topics.constFirst().constData());
}

void TestStoryStore::externalCreate_addsRow()
{
    QTemporaryDir dir;
    saveAtomically(dir.filePath(QStringLiteral("a.md")), story("A"));
    StoryStore store;
    openAndWait(store, dir.path());
    QSignalSpy added(&store, &StoryStore::storiesAdded);

    saveAtomically(dir.filePath(QStringLiteral("b.md")), story("B"));
    QTRY_COMPARE_WITH_TIMEOUT(store.count(), 2, Timeout);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.constFirst(), (QVariantList{1, 1}));
    QCOMPARE(store.summary(1).title, QStringLiteral("B"));
    // Not a story: nothing happens.
    saveAtomically(dir.filePath(QStringLiteral("notes.txt")), "plain notes\n");
    QTest::qWait(500);
    QCOMPARE(store.count(), 2);
}

void TestStoryStore::externalModify_updatesRow()
{
    QTemporaryDir dir;
    saveAtomically(dir.filePath(QStringLiteral("a.md")), story("A"));
    saveAtomically(dir.filePath(QStringLiteral("b.md")), story("B"));
    StoryStore store;
    openAndWait(store, dir.path());
    const int row = store.indexOf(dir.filePath(QStringLiteral("b.md")));
    QSignalSpy changed(&store, &StoryStore::storyChanged);

    saveAtomically(dir.filePath(QStringLiteral("b.md")), story("B, revised", "quality: 80\n"));
    QTRY_COMPARE_WITH_TIMEOUT(store.summary(row).title, QStringLiteral("B, revised"), Timeout);
    QCOMPARE(store.summary(row).quality, qint16(80));
    QCOMPARE(store.count(), 2);
    QVERIFY(changed.contains(QVariantList{row}));
    QCOMPARE(store.indexOf(dir.filePath(QStringLiteral("b.md"))), row); // rows are stable
}

void TestStoryStore::inPlaceWrite_isSeenByTheSweep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    saveAtomically(path, story("A"));
    StoryStore store;
    store.setSweepInterval(200ms);
    openAndWait(store, dir.path());
    QVERIFY(!store.isPolling());
    // No directory event for this one: only the sweep notices.
    writeInPlace(path, story("A, edited in place"));
    QTRY_COMPARE_WITH_TIMEOUT(store.summary(0).title, QStringLiteral("A, edited in place"), Timeout);
}

void TestStoryStore::externalDelete_removesRow()
{
    QTemporaryDir dir;
    for (const char *name : {"a.md", "b.md", "c.md"})
        saveAtomically(dir.filePath(QString::fromLatin1(name)), story(name));
    StoryStore store;
    openAndWait(store, dir.path());
    const int row = store.indexOf(dir.filePath(QStringLiteral("b.md")));
    QSignalSpy aboutToRemove(&store, &StoryStore::storiesAboutToBeRemoved);
    QSignalSpy removed(&store, &StoryStore::storiesRemoved);

    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("b.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(store.count(), 2, Timeout);
    QCOMPARE(aboutToRemove.size(), 1);
    QCOMPARE(removed.constFirst(), (QVariantList{row, row}));
    QCOMPARE(store.indexOf(dir.filePath(QStringLiteral("b.md"))), -1);
    QCOMPARE(titles(store), (QStringList{QStringLiteral("a.md"), QStringLiteral("c.md")}));
    QCOMPARE(store.summary(store.indexOf(dir.filePath(QStringLiteral("c.md")))).title, QStringLiteral("c.md"));
}

void TestStoryStore::newAndRemovedSubfolders_addAndRemoveTheirRows()
{
    QTemporaryDir dir;
    saveAtomically(dir.filePath(QStringLiteral("a.md")), story("A"));
    StoryStore store;
    openAndWait(store, dir.path());

    // A folder appears with stories already in it (as a `git pull` or `mv` brings it).
    QTemporaryDir staging;
    saveAtomically(staging.filePath(QStringLiteral("2021/x.md")), story("X"));
    saveAtomically(staging.filePath(QStringLiteral("2021/deeper/y.md")), story("Y"));
    QVERIFY(QDir().rename(staging.filePath(QStringLiteral("2021")), dir.filePath(QStringLiteral("2021"))));
    QTRY_COMPARE_WITH_TIMEOUT(store.count(), 3, Timeout);

    // The new folders are watched too.
    saveAtomically(dir.filePath(QStringLiteral("2021/deeper/z.md")), story("Z"));
    QTRY_COMPARE_WITH_TIMEOUT(store.count(), 4, Timeout);

    QVERIFY(QDir(dir.filePath(QStringLiteral("2021"))).removeRecursively());
    QTRY_COMPARE_WITH_TIMEOUT(store.count(), 1, Timeout);
    QCOMPARE(store.summary(0).title, QStringLiteral("A"));
}

void TestStoryStore::dirtyStoryChangedOnDisk_isConflictNotReread_data()
{
    QTest::addColumn<bool>("atomic");
    QTest::newRow("saved over (rename)") << true;
    QTest::newRow("written in place") << false;
}

void TestStoryStore::dirtyStoryChangedOnDisk_isConflictNotReread()
{
    QFETCH(bool, atomic);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    saveAtomically(path, story("Mine"));
    StoryStore store;
    openAndWait(store, dir.path());
    QSignalSpy changed(&store, &StoryStore::storyChanged);
    store.setDirty(path, true);
    QVERIFY(store.isDirty(0));
    QCOMPARE(changed.size(), 1);
    QSignalSpy conflicts(&store, &StoryStore::conflictDetected);

    if (atomic)
        saveAtomically(path, story("Theirs"));
    else
        writeInPlace(path, story("Theirs, longer"));
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.size(), 1, Timeout);
    QCOMPARE(conflicts.constFirst().constFirst().toString(), path);
    QVERIFY(store.hasConflict(0));
    QVERIFY(store.isDirty(0));
    QCOMPARE(store.summary(0).title, QStringLiteral("Mine"));

    // Another change on disk is still the same conflict.
    saveAtomically(path, story("Theirs again"));
    QTest::qWait(500);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(store.summary(0).title, QStringLiteral("Mine"));
}

void TestStoryStore::openWithConflict(StoryStore &store, const QString &path)
{
    saveAtomically(path, story("Mine"));
    openAndWait(store, QFileInfo(path).path());
    store.setDirty(path, true);
    QSignalSpy conflicts(&store, &StoryStore::conflictDetected);
    saveAtomically(path, story("Theirs"));
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.size(), 1, Timeout);
}

void TestStoryStore::clearingDirty_clearsConflict()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    StoryStore store;
    openWithConflict(store, path);
    if (QTest::currentTestFailed())
        return;

    QSignalSpy changed(&store, &StoryStore::storyChanged);
    store.setDirty(path, false);
    QVERIFY(!store.isDirty(0));
    QVERIFY(!store.hasConflict(0));
    QCOMPARE(changed.size(), 1);
    store.setDirty(path, false); // unchanged: no signal
    QCOMPARE(changed.size(), 1);
}

void TestStoryStore::pollingFallback_seesCreateModifyDelete()
{
    QTemporaryDir dir;
    saveAtomically(dir.filePath(QStringLiteral("a.md")), story("A"));
    saveAtomically(dir.filePath(QStringLiteral("sub/b.md")), story("B"));
    StoryStore store;
    store.setPollingForced(true);
    store.setPollInterval(100ms);
    openAndWait(store, dir.path());
    QVERIFY(store.isPolling());
    QCOMPARE(store.count(), 2);

    saveAtomically(dir.filePath(QStringLiteral("sub/c.md")), story("C"));
    QTRY_COMPARE_WITH_TIMEOUT(store.count(), 3, Timeout);
    writeInPlace(dir.filePath(QStringLiteral("a.md")), story("A, revised in place"));
    QTRY_COMPARE_WITH_TIMEOUT(titles(store).constFirst(), QStringLiteral("A, revised in place"), Timeout);
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("sub/b.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(store.count(), 2, Timeout);
    QCOMPARE(titles(store), (QStringList{QStringLiteral("A, revised in place"), QStringLiteral("C")}));
}

void TestStoryStore::reloadStory_readsFromDiskEvenWhenDirty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    StoryStore store;
    openWithConflict(store, path);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(store.reloadStory(path));
    QCOMPARE(store.summary(0).title, QStringLiteral("Theirs"));
    QVERIFY(!store.hasConflict(0));
    QCOMPARE(store.summary(0).identity, Storydesk::FileIdentity::of(path));

    // A story created by the app itself appears at once.
    const QString created = dir.filePath(QStringLiteral("new.md"));
    saveAtomically(created, story("New"));
    QVERIFY(store.reloadStory(created));
    QVERIFY(store.indexOf(created) >= 0);
    QVERIFY(!store.reloadStory(dir.filePath(QStringLiteral("nothing.md"))));
    QVERIFY(QFile::remove(created));
    QVERIFY(!store.reloadStory(created));
    QCOMPARE(store.indexOf(created), -1);
}

void TestStoryStore::updateSummary_showsEditsAndKeepsIdentity()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    saveAtomically(path, story("Before"));
    StoryStore store;
    openAndWait(store, dir.path());
    const Storydesk::FileIdentity identity = store.summary(0).identity;
    QSignalSpy changed(&store, &StoryStore::storyChanged);

    Storydesk::StorySummary edited = store.summary(0);
    edited.title = QStringLiteral("Après l'édition");
    edited.topics = {QStringLiteral("Ethics")};
    edited.identity = {};
    store.updateSummary(path, edited);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.summary(0).title, QStringLiteral("Après l'édition"));
    QCOMPARE(store.summary(0).identity, identity);
    QVERIFY(Storydesk::StoryFilter::parse(u"apres edition").matches(store.summary(0)));
    QCOMPARE(store.topicIndex()->topicCount(QStringLiteral("Ethics")), 1);
    QCOMPARE(store.topicIndex()->topicCount(QStringLiteral("AI")), 0);
}

void TestStoryStore::topicIndex_followsTheStories()
{
    QTemporaryDir dir;
    saveAtomically(dir.filePath(QStringLiteral("a.md")), story("A"));
    saveAtomically(dir.filePath(QStringLiteral("b.md")), story("B", "category: x\n"));
    StoryStore store;
    QSignalSpy indexChanged(store.topicIndex(), &Storydesk::TopicIndex::changed);
    openAndWait(store, dir.path());
    QVERIFY(!indexChanged.isEmpty());
    QCOMPARE(store.topicIndex()->topicCount(QStringLiteral("AI")), 2);
    QCOMPARE(store.topicIndex()->providerCount(QStringLiteral("Wire")), 2);

    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("a.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(store.topicIndex()->topicCount(QStringLiteral("AI")), 1, Timeout);
    saveAtomically(dir.filePath(QStringLiteral("b.md")), "---\ntitle: B\ntopics: [Robotics]\n---\n");
    QTRY_COMPARE_WITH_TIMEOUT(store.topicIndex()->topicsByUse(), QStringList{QStringLiteral("Robotics")}, Timeout);
    QCOMPARE(store.topicIndex()->providerCount(QStringLiteral("Wire")), 0);
}


void TestStoryStore::reopen_usesTheRememberedFieldMapAtOnce()
{
    QTemporaryDir dir;
    saveAtomically(dir.filePath(QStringLiteral("a.md")), story("A"));
    StoryStore store;
    openAndWait(store, dir.path());   // the first open detects, and remembers
    QTRY_VERIFY_WITH_TIMEOUT(memoryOf(dir.path()).read(), Timeout);
    QVERIFY(memoryOf(dir.path()).read()->map.isStoryFormat());

    // What the next open finds remembered is its map before any event runs.
    QVERIFY(memoryOf(dir.path()).write(hugoDetection()));
    store.openFolder(dir.path());
    QCOMPARE(store.fieldMap(), FieldMap::hugo());
    QCOMPARE(store.siteFields().generator, QStringLiteral("hugo"));
    QVERIFY(store.isLoading());
    QCOMPARE(store.count(), 0);
}

void TestStoryStore::staleRememberedMap_isCorrectedOnceAndEveryRowReadAgain_data()
{
    QTest::addColumn<bool>("storiesChanged");
    QTest::newRow("Hugo remembered for stories") << false;
    QTest::newRow("stories became a Hugo site") << true;
}

void TestStoryStore::staleRememberedMap_isCorrectedOnceAndEveryRowReadAgain()
{
    QFETCH(bool, storiesChanged);
    QTemporaryDir dir;
    const QStringList files{dir.filePath(QStringLiteral("a.md")), dir.filePath(QStringLiteral("b.md")), dir.filePath(QStringLiteral("c.md"))};
    // Story-format stories: unpublished and dated by publishedDateTime. Read as Hugo, they
    // would be published (no draft key) and undated (no date key).
    for (const QString &file : files)
        saveAtomically(file, story(QFileInfo(file).baseName().toUtf8(), "published: false\npublishedDateTime: 2024-01-02T03:04:05Z\n"));
    StoryStore store;
    if (storiesChanged) {
        openAndWait(store, dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(memoryOf(dir.path()).read(), Timeout);
        saveAtomically(dir.filePath(QStringLiteral("hugo.toml")), "title = 'News'\n");
        for (const QString &file : files)
            saveAtomically(file, "---\ntitle: H" + QFileInfo(file).baseName().toUtf8() + "\ndate: 2024-03-21\ndraft: true\ntags: [AI]\n---\n");
    } else {
        QVERIFY(memoryOf(dir.path()).write(hugoDetection()));
    }
    const FieldMap remembered = memoryOf(dir.path()).read()->map;
    const FieldDetector::Result detected = FieldDetector::detect(dir.path(), FieldDetector::sampleStories(dir.path()));
    QVERIFY(remembered != detected.map);

    QSignalSpy changed(&store, &StoryStore::fieldMapChanged);
    QSignalSpy reset(&store, &StoryStore::storiesReset);
    store.openFolder(dir.path());
    QCOMPARE(store.fieldMap(), remembered);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, Timeout);
    QCOMPARE(store.fieldMap(), detected.map);
    QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading(), Timeout);
    QTest::qWait(300);   // a second correction would come now
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reset.size(), 2);   // the open and the reload: rows of the old map went with it

    // Every row as the new map reads it, none left of the old one.
    QCOMPARE(store.count(), files.size());
    for (int row = 0; row < store.count(); ++row) {
        const StorySummary &summary = store.summary(row);
        QVERIFY2(summary.publishedDateTime.isValid(), qPrintable(summary.path));
        QCOMPARE(summary.published, StorySummary::Published::No);
        if (storiesChanged) {
            QVERIFY(summary.title.startsWith(QLatin1Char('H')));
            QCOMPARE(summary.topics, QStringList{QStringLiteral("AI")});
        }
    }
    QVERIFY(memoryOf(dir.path()).read() && *memoryOf(dir.path()).read() == detected);
}

void TestStoryStore::corruptRememberedFile_isIgnored()
{
    QTemporaryDir dir;
    saveAtomically(dir.filePath(QStringLiteral("hugo.toml")), "title = 'News'\n");
    saveAtomically(dir.filePath(QStringLiteral("a.md")), "---\ntitle: A\ndate: 2024-03-21\ndraft: true\n---\n");
    QVERIFY(Storydesk::TestFiles::write(memoryOf(dir.path()).filePath(), QByteArray("{\"format\": \x01\xfe[[")));
    const FieldDetector::Result detected = FieldDetector::detect(dir.path(), FieldDetector::sampleStories(dir.path()));

    StoryStore store;
    QSignalSpy changed(&store, &StoryStore::fieldMapChanged);
    QSignalSpy finished(&store, &StoryStore::loadFinished);
    store.openFolder(dir.path());
    QCOMPARE(store.fieldMap(), detected.map);   // detected at once, as a first open is
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
    QCOMPARE(store.summary(0).published, StorySummary::Published::No);
    QTRY_VERIFY_WITH_TIMEOUT(memoryOf(dir.path()).read(), Timeout);   // replaced by a good one
    QVERIFY(*memoryOf(dir.path()).read() == detected);
    QCOMPARE(changed.size(), 0);
}

void TestStoryStore::openingAnotherFolderDuringTheCheck_dropsItsResult()
{
    QTemporaryDir first;
    QTemporaryDir second;
    saveAtomically(first.filePath(QStringLiteral("a.md")), story("A"));
    // The second folder is a Hugo site: the first folder's result (the story format) would
    // change its map, were it applied.
    saveAtomically(second.filePath(QStringLiteral("hugo.toml")), "title = 'News'\n");
    saveAtomically(second.filePath(QStringLiteral("b.md")), "---\ntitle: B\ndate: 2024-03-21\ndraft: true\n---\n");
    const FieldMap secondMap = FieldDetector::detect(second.path(), FieldDetector::sampleStories(second.path())).map;
    QVERIFY(!secondMap.isStoryFormat());
    QVERIFY(memoryOf(first.path()).write(hugoDetection()));   // stale: a check would correct it

    StoryStore store;
    QSignalSpy changed(&store, &StoryStore::fieldMapChanged);
    Runner openSecond;
    openSecond.run = [&] { store.openFolder(second.path()); };
    connect(&store, &StoryStore::loadFinished, this, [&] {
        // The first folder's check started once its load finished (this slot is queued after
        // that). Once it has run (its file is corrected), its result waits in the event
        // queue, which does not run here: the second folder opens before that result is handled.
        const QDeadlineTimer deadline(Timeout);
        while (!deadline.hasExpired() && memoryOf(first.path()).read()->map == FieldMap::hugo())
            QThread::msleep(5);
        QVERIFY(memoryOf(first.path()).read()->map.isStoryFormat());
        QCoreApplication::postEvent(&openSecond, new QEvent(QEvent::User), Qt::HighEventPriority);
    }, Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    store.openFolder(first.path());
    QTRY_COMPARE_WITH_TIMEOUT(store.folder(), QDir::cleanPath(second.path()), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading(), Timeout);
    QTest::qWait(300);   // the first folder's result, applied, would reload now
    QCOMPARE(changed.size(), 0);
    QCOMPARE(store.folder(), QDir::cleanPath(second.path()));
    QCOMPARE(store.fieldMap(), secondMap);
    QCOMPARE(titles(store), QStringList{QStringLiteral("B")});
    QCOMPARE(store.summary(0).published, StorySummary::Published::No);
}

void TestStoryStore::withoutTheIndex_nothingIsRemembered()
{
    QTemporaryDir dir;
    saveAtomically(dir.filePath(QStringLiteral("a.md")), story("A"));
    StoryStore store;
    store.setIndexEnabled(false);
    openAndWait(store, dir.path());
    store.setIndexEnabled(true);
    store.setDetectionRemembered(false);
    openAndWait(store, dir.path());
    QTest::qWait(100);
    QVERIFY(!QFileInfo::exists(memoryOf(dir.path()).filePath()));
    QVERIFY(memoryOf(dir.path()).write(hugoDetection()));
    store.openFolder(dir.path());
    QVERIFY(store.fieldMap().isStoryFormat());   // not read either
}

QTEST_GUILESS_MAIN(TestStoryStore)
#include "tst_storystore.moc"
