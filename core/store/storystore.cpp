#include "storystore.h"

#include "folderload.h"
#include "folderrescan.h"
#include "heappolicy.h"
#include "indexedload.h"
#include "readahead.h"
#include "searchkey.h"
#include "storyindex.h"
#include "storyscanner.h"
#include "summaryreader.h"
#include "summarysnapshot.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>

using namespace std::chrono_literals;

namespace Storydesk {

// A snapshot's first block is read on its own: the first screen must fit in it.
static_assert(StoryStore::FirstScreenRows <= SummarySnapshot::FirstBlockRows);

namespace {

// Batches reach the UI thread every BatchInterval or every BatchSize stories, whichever
// comes first: often enough for the table to fill visibly, rarely enough that inserting
// rows does not slow the load down.
constexpr qsizetype BatchSize = 512;
constexpr auto BatchInterval = 50ms;
constexpr auto DefaultRescanDelay = 200ms;
constexpr auto DefaultPollInterval = 5s;
// No sweep by default: it stats every file (about a third of a second of one core for
// 100,000 stories), and an idle window must use no CPU. The window calls rescanAll() when
// the editor comes back to it instead, which is when a write made elsewhere matters.
constexpr auto DefaultSweepInterval = 0s;

bool isUnder(const QString &path, const QString &directory)
{
    return path.size() > directory.size() && path.startsWith(directory) && path.at(directory.size()) == QLatin1Char('/');
}

} // namespace

// What a background rescan of some directories found, for the folder opened as `generation`.
struct StoryStore::Rescan : FolderRescan::Changes
{
    quint64 generation = 0;
};

StoryStore::StoryStore(QObject *parent)
    : QObject(parent)
    , m_topics(this)
    , m_pollInterval(DefaultPollInterval)
    , m_sweepInterval(DefaultSweepInterval)
{
    HeapPolicy::applyOnce();
    m_parsePool.setMaxThreadCount(QThread::idealThreadCount());
    // A cancelled walk may still be finishing its current directory when the next starts.
    m_scanPool.setMaxThreadCount(2);
    m_indexPool.setMaxThreadCount(1);
    m_deliveryTimer.setSingleShot(true);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &StoryStore::deliver);
    m_rescanTimer.setSingleShot(true);
    m_rescanTimer.setInterval(DefaultRescanDelay);
    connect(&m_rescanTimer, &QTimer::timeout, this, &StoryStore::startRescan);
    connect(&m_pollTimer, &QTimer::timeout, this, &StoryStore::rescanAll);
    connect(&m_folderFields, &FolderFields::mapChanged, this, [this](quint64 generation) {
        if (generation != m_generation)
            return;
        openFolder(m_folder);   // every row again, as setFieldMap() does: none of the old map's stays
        Q_EMIT fieldMapChanged();
    });
}

StoryStore::~StoryStore()
{
    stopCurrentFolder();
    // Workers post to this object: they must be done before it goes.
    m_scanPool.waitForDone();
    m_parsePool.waitForDone();
    flushIndex();
    m_indexPool.waitForDone();
}

void StoryStore::waitForIndex()
{
    m_indexPool.waitForDone();
}

void StoryStore::flushIndex()
{
    if (!m_indexActive || (m_indexUpdates.isEmpty() && m_indexRemovals.isEmpty())) {
        m_indexUpdates.clear();
        m_indexRemovals.clear();
        return;
    }
    // Its own connection, on the index thread: the UI thread never waits for SQLite.
    m_indexPool.start([folder = m_folder, key = indexKey(), updates = std::move(m_indexUpdates), removals = std::move(m_indexRemovals)] {
        StoryIndex index(folder, key);
        if (index.open())
            index.update(updates, removals);
    });
    m_indexUpdates = {};
    m_indexRemovals = {};
}

void StoryStore::stopCurrentFolder()
{
    flushIndex();
    m_indexActive = false;
    m_folderFields.cancel();
    if (m_job)
        m_job->cancelled = true;
    // Not m_parsePool.clear(): the index's rows are read there too, and a task cleared before
    // it started leaves its future unfinished for good (the load would wait forever). Queued
    // parse tasks of a cancelled load return at once.
    m_deliveryTimer.stop();
    m_rescanTimer.stop();
    m_pollTimer.stop();
    delete m_watcher;
    m_watcher = nullptr;
    m_directories.clear();
    m_changedDirectories.clear();
    m_watching = false;
    m_rescanRunning = false;
    m_polling = m_pollingForced;
}

void StoryStore::openFolder(const QString &path)
{
    stopCurrentFolder();
    ++m_generation;

    Q_EMIT storiesAboutToBeReset();
    // Freeing 100,000 summaries takes a while: a worker does it, so the new folder's first
    // rows do not wait for the old folder's to be gone.
    auto previous = std::make_shared<std::pair<QList<StorySummary>, PathIndex>>(std::move(m_rows), std::move(m_rowByPath));
    m_rows = {};
    m_states = {};
    m_rowByPath = {};
    // The global pool, not the scan pool: the new walk must not queue behind it.
    QThreadPool::globalInstance()->start([previous] {
        previous->first = {};
        previous->second = {};
    });
    m_rowByPathStale = false;
    m_topics.clear();
    m_strings.clear();
    Q_EMIT storiesReset();
    m_topics.publish();

    const QString folder = QDir::cleanPath(QDir(path).absolutePath());
    if (folder != m_folder && !m_folder.isEmpty())
        m_fieldMapOverride.reset();
    m_folder = folder;
    m_folderFields.open({m_folder, detectionMemory(), m_fieldsOverrideFile, m_fieldMapOverride}, m_generation);
    m_job = std::make_shared<FolderLoad>(m_folder, fieldMap(), indexKey(), m_indexEnabled,
                                         m_snapshotUsed && !std::exchange(m_snapshotRefused, false));
    m_loading = true;
    m_delivered = 0;
    m_sinceDelivery.start();
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &StoryStore::directoryChanged);
    // Only files with unsaved edits are watched one by one: a conflict must not wait for an
    // unrelated directory event (an in-place write does not touch the directory).
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this,
            [this](const QString &file) { directoryChanged(FolderRescan::parentOf(file)); });
    Q_EMIT loadStarted(m_folder);

    m_scanPool.start([this, job = m_job] {
        job->run(FirstScreenRows, &m_parsePool, &m_strings, [this](StorySummary *summary) { prepare(summary); },
                 [this, job] { postResults(job); });
    });
}

void StoryStore::setFieldMap(const FieldMap &map)
{
    m_fieldMapOverride = map;
    if (m_folder.isEmpty())
        return;
    openFolder(m_folder);
    Q_EMIT fieldMapChanged();
}

void StoryStore::cancelLoad()
{
    if (!m_loading)
        return;
    stopCurrentFolder();
    m_loading = false;
    Q_EMIT loadCancelled();
}

void StoryStore::postResults(const std::shared_ptr<FolderLoad> &job)
{
    {
        // One notification in flight is enough: the UI thread takes all that is pending.
        const QMutexLocker locker(&job->mutex);
        if (job->notifyPosted)
            return;
        job->notifyPosted = true;
    }
    QMetaObject::invokeMethod(this, [this, job] { resultsPending(job); }, Qt::QueuedConnection);
}

void StoryStore::resultsPending(const std::shared_ptr<FolderLoad> &job)
{
    if (job != m_job || !m_loading)
        return; // a cancelled load's results never arrive
    qsizetype pending = 0;
    bool complete = false;
    {
        const QMutexLocker locker(&job->mutex);
        job->notifyPosted = false;
        pending = job->pending.size() + job->firstScreen.size() + job->indexed.size() + job->refreshed.size();
        complete = job->scanFinished && m_delivered + job->verified + job->pending.size() + job->refreshed.size() >= job->found;
    }
    const auto sinceLast = std::chrono::milliseconds(m_sinceDelivery.elapsed());
    // The first batch goes out at once, so the first rows show while the rest loads.
    if (complete || (m_delivered == 0 && pending > 0) || pending >= BatchSize || sinceLast >= BatchInterval)
        deliver();
    else if (!m_deliveryTimer.isActive())
        m_deliveryTimer.start(BatchInterval - sinceLast);
}

void StoryStore::deliver()
{
    m_deliveryTimer.stop();
    if (!m_job || !m_loading)
        return;
    QList<StorySummary> batch;
    QList<StorySummary> refreshed;   // already in the index
    QList<StorySummary> firstScreen;
    TopicIndex::Counts firstScreenCounts;
    QList<StorySummary> indexed;
    qsizetype indexedListed = 0;
    TopicIndex::Counts indexedCounts;
    PathIndex rowByPath;
    bool reopen = false;
    QStringList removed;
    QHash<QString, QString> directories;
    bool scanFinished = false;
    int found = 0;
    int verified = 0;
    {
        const QMutexLocker locker(&m_job->mutex);
        // Read again or new: after the index's rows, which they replace or join.
        if (!m_job->useIndex || m_job->indexRead) {
            batch.swap(m_job->pending);
            refreshed.swap(m_job->refreshed);
        }
        firstScreen.swap(m_job->firstScreen);
        std::swap(firstScreenCounts, m_job->firstScreenCounts);
        indexed.swap(m_job->indexed);
        indexedListed = m_job->indexedListed;
        std::swap(indexedCounts, m_job->indexedCounts);
        rowByPath = std::exchange(m_job->rowByPath, {});
        reopen = m_job->reopen;
        removed.swap(m_job->removed);
        directories.swap(m_job->directories);
        scanFinished = m_job->scanFinished;
        found = m_job->found;
        verified = m_job->verified;
        m_indexActive = m_job->indexOpened;
    }
    m_sinceDelivery.restart();
    if (reopen) {
        // A damaged snapshot: what was checked against it is not trusted. Opened again, the
        // folder reads its index (the snapshot is gone).
        QMetaObject::invokeMethod(this, [this, generation = m_generation] {
            if (generation != m_generation)
                return;
            m_snapshotRefused = true;   // even should the damaged one still be there
            openFolder(m_folder);
        }, Qt::QueuedConnection);
        return;
    }
    // The first screen in a batch of its own, even when the rest came with it.
    if (!firstScreen.isEmpty())
        appendIndexed(std::move(firstScreen), 0, std::move(firstScreenCounts));
    const bool whole = !indexed.isEmpty() && appendIndexed(std::move(indexed), indexedListed, std::move(indexedCounts));
    if (whole && rowByPath.size() == m_rows.size()) {
        m_rowByPath = std::move(rowByPath);   // read with the rows, in their order
        m_rowByPathStale = false;
    }
    m_delivered += int(batch.size());
    if (scanFinished && m_rows.capacity() < found) {
        m_rows.reserve(found); // once, when the final count is known
        m_states.reserve(found);
    }
    if (m_indexActive) {
        m_indexUpdates.append(batch);
        m_indexRemovals.append(removed);
    }
    m_delivered += int(refreshed.size());
    batch.append(std::move(refreshed));
    if (!batch.isEmpty())
        appendStories(std::move(batch)); // replaces the indexed rows of changed files
    if (!removed.isEmpty()) {
        QList<int> rows;
        for (const QString &path : std::as_const(removed)) {
            if (const int row = indexOf(path); row >= 0)
                rows.append(row);
        }
        removeRows(rows);
    }
    if (!directories.isEmpty())
        watchDirectories(directories);
    Q_EMIT loadProgress(m_delivered + verified, found);
    if (scanFinished && m_delivered + verified >= found)
        finishLoad();
}

void StoryStore::finishLoad()
{
    m_loading = false;
    m_watching = true;
    updatePollTimer();
    // The window sorts and shows the whole table first: what follows runs in the background
    // and would take the cores from it.
    const quint64 generation = m_generation;
    Q_EMIT loadFinished();
    if (generation != m_generation)
        return;   // a slot opened a folder
    flushIndex();
    saveSnapshot();
    HeapPolicy::releaseFreedMemory();
    // Directories are watched only from the end of the walk: what changed between a file
    // being listed and its directory being watched (a story deleted before it was parsed,
    // a broken "cannot read" row until then) would wait for the next rescan. One comparison of
    // every directory with the disk now closes that gap; it also handles the directory
    // events that came in during the load.
    rescanAll();
    // A remembered field map is checked once every row is in, not while they are read.
    m_folderFields.startCheck();
}

void StoryStore::saveSnapshot()
{
    if (!m_indexActive || !m_snapshotUsed)
        return;
    const QString file = SummarySnapshot::fileFor(StoryIndex::fileFor(m_folder, indexKey()));
    if (m_rows.size() <= FirstScreenRows) {
        // A folder that fits its first screen is read without one: none is kept (an old one,
        // of more stories, would show them first).
        m_indexPool.start([file] { SummarySnapshot::remove(file); });
        return;
    }
    // Not after a load that found few of the snapshot's rows out of date and none among its
    // first screen (which shows before anything is verified): the index gives those at the
    // next open, for less than writing every row again.
    if (m_job->fromSnapshot && !m_job->firstScreenChanged && qsizetype(m_job->sinceSnapshot) * 100 < m_rows.size()
        && !newerThanFirstScreen())
        return;
    QList<StorySummary> rows = m_rows;   // shared, not copied, unless a row is left out
    for (qsizetype row = m_states.size() - 1; row >= 0; --row) {
        if (m_states.at(row).dirty || m_states.at(row).conflict)   // an unsaved edit is not what its file says
            rows.remove(row);
    }
    m_indexPool.start([job = m_job, file, folder = m_folder, rows = std::move(rows)] {
        SummarySnapshot::write(file, folder, rows, &job->cancelled);
    });
}

bool StoryStore::newerThanFirstScreen() const
{
    // The first screen's rows come first, in the snapshot's order: a row after them that
    // comes before the last of them (a new story, or one redated) belongs among them.
    const StorySummary &last = m_rows.at(FirstScreenRows - 1);
    return std::any_of(m_rows.cbegin() + FirstScreenRows, m_rows.cend(),
                       [&last](const StorySummary &row) { return SummarySnapshot::writtenBefore(row, last); });
}

int StoryStore::indexOf(const QString &path) const
{
    if (m_rowByPathStale) {
        // Rebuilt lazily after removals: removing many rows then costs one pass, not one each.
        m_rowByPath.clear();
        m_rowByPath.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowByPath.insert(PathIndex::hashOf(m_rows.at(row).path, m_folder), row);
        m_rowByPathStale = false;
    }
    return m_rowByPath.find(PathIndex::hashOf(path, m_folder), [this, &path](int row) { return m_rows.at(row).path == path; });
}

void StoryStore::prepare(StorySummary *summary)
{
    summary->category = m_strings.intern(summary->category);
    summary->type = m_strings.intern(summary->type);
    summary->providerName = m_strings.intern(summary->providerName);
    summary->providerDomain = m_strings.intern(summary->providerDomain);
    summary->providerLogoUrl = m_strings.intern(summary->providerLogoUrl);
    m_strings.intern(summary->topics);
    summary->fieldKeys = m_strings.intern(summary->fieldKeys);
}

void StoryStore::appendStories(QList<StorySummary> &&stories)
{
    // A story already listed (a rescan racing a reload) is updated, never listed twice.
    QList<StorySummary> fresh;
    fresh.reserve(stories.size());
    QSet<QString> seen;
    for (StorySummary &story : stories) {
        const int row = indexOf(story.path);
        if (row >= 0 && m_states.at(row).dirty)
            markConflict(row);   // unsaved edits: the editor decides, nothing is replaced
        else if (row >= 0)
            replaceStory(row, std::move(story));
        else if (!seen.contains(story.path)) {
            seen.insert(story.path);
            fresh.append(std::move(story));
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    const int last = first + int(fresh.size()) - 1;
    Q_EMIT storiesAboutToBeAdded(first, last);
    for (StorySummary &story : fresh) {
        m_topics.add(story);
        if (!m_rowByPathStale)
            m_rowByPath.insert(PathIndex::hashOf(story.path, m_folder), int(m_rows.size()));
        m_rows.append(std::move(story));
        m_states.append(RowState());
    }
    Q_EMIT storiesAdded(first, last);
    m_topics.publish();
}

bool StoryStore::appendIndexed(QList<StorySummary> &&rows, qsizetype listed, TopicIndex::Counts &&counts)
{
    // The index's rows come first (its first screen, then all of them), with unique paths
    // (its primary key): none of appendStories()'s lookups are needed. Nothing else adds rows
    // before them: the walk's own go out once the index's are in. Unless a reload did since
    // the first screen: then the others join as any new rows do.
    bool shown = listed == m_rows.size() && listed <= rows.size();
    for (qsizetype row = 0; shown && row < listed; ++row)
        shown = rows.at(row).path == m_rows.at(row).path;
    if (!shown) {
        rows.remove(0, qMin(listed, rows.size()));
        appendStories(std::move(rows));
        return false;
    }
    const int first = int(m_rows.size());
    const int last = int(rows.size()) - 1;
    if (last >= first) {
        Q_EMIT storiesAboutToBeAdded(first, last);
        // The list read becomes the store's (no 100,000 rows moved on this thread); the rows
        // shown already, edited since maybe, take their places in it.
        for (qsizetype row = 0; row < listed; ++row)
            rows[row] = std::move(m_rows[row]);
        m_rows.swap(rows);
        m_states.resize(m_rows.size());
    }
    m_topics.addCounts(std::move(counts));
    m_rowByPathStale = true;
    if (last >= first)
        Q_EMIT storiesAdded(first, last);
    m_topics.publish();
    return true;
}

void StoryStore::markConflict(int row)
{
    if (m_states.at(row).conflict)
        return;
    m_states[row].conflict = true;
    Q_EMIT storyChanged(row);
    Q_EMIT conflictDetected(m_rows.at(row).path);
}

void StoryStore::replaceStory(int row, StorySummary &&summary)
{
    m_topics.remove(m_rows.at(row));
    m_topics.add(summary);
    m_rows[row] = std::move(summary);
    Q_EMIT storyChanged(row);
    m_topics.publish();
}

void StoryStore::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the bottom up, in contiguous ranges, so the rows still to remove keep their numbers.
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1)
            first = rows.at(++i);
        ++i;
        Q_EMIT storiesAboutToBeRemoved(first, last);
        for (int row = first; row <= last; ++row)
            m_topics.remove(m_rows.at(row));
        m_rows.remove(first, last - first + 1);
        m_states.remove(first, last - first + 1);
        m_rowByPathStale = true;
        Q_EMIT storiesRemoved(first, last);
    }
    m_topics.publish();
}

void StoryStore::setDirty(const QString &path, bool dirty)
{
    const int row = indexOf(path);
    if (row < 0)
        return;
    RowState &r = m_states[row];
    if (r.dirty == dirty && (dirty || !r.conflict))
        return;
    r.dirty = dirty;
    if (!dirty)
        r.conflict = false;
    if (m_watcher && !m_polling) {
        if (dirty && !m_watcher->files().contains(path))
            m_watcher->addPath(path);
        else if (!dirty && m_watcher->files().contains(path))
            m_watcher->removePath(path);
    }
    Q_EMIT storyChanged(row);
}

bool StoryStore::reloadStory(const QString &path)
{
    const int row = indexOf(path);
    if (!QFileInfo(path).isFile()) {
        if (row >= 0) {
            removeRows({row});
            m_indexRemovals.append(path);
            flushIndex();
        }
        return false;
    }
    if (row < 0 && (!isUnder(path, m_folder) || !StoryScanner::hasStoryExtension(path)))
        return false;
    StorySummary summary = SummaryReader::read(path, fieldMap());
    prepare(&summary);
    if (m_indexActive) {
        m_indexUpdates.append(summary);
        flushIndex();
    }
    if (row >= 0) {
        m_states[row].conflict = false;
        replaceStory(row, std::move(summary));
    } else {
        appendStories({std::move(summary)});
    }
    return true;
}

void StoryStore::updateSummary(const QString &path, const StorySummary &summary)
{
    const int row = indexOf(path);
    if (row < 0)
        return;
    StorySummary edited = summary;
    edited.path = m_rows.at(row).path;
    edited.identity = m_rows.at(row).identity;
    edited.searchKey = SearchKey::of(edited);
    prepare(&edited);
    replaceStory(row, std::move(edited));
}

void StoryStore::setPollingForced(bool forced)
{
    m_pollingForced = forced;
    if (forced)
        startPolling();
}

void StoryStore::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollInterval = interval;
    updatePollTimer();
}

void StoryStore::setSweepInterval(std::chrono::milliseconds interval)
{
    m_sweepInterval = interval;
    updatePollTimer();
}

void StoryStore::updatePollTimer()
{
    if (!m_watching || (!m_polling && m_sweepInterval <= 0ms)) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.start(m_polling ? m_pollInterval : m_sweepInterval);
}

void StoryStore::setRescanDelay(std::chrono::milliseconds delay)
{
    m_rescanTimer.setInterval(delay);
}

void StoryStore::startPolling()
{
    m_polling = true;
    if (m_watcher) {
        // Polling covers every directory: the watches that did take are not needed.
        const QStringList watched = m_watcher->directories() + m_watcher->files();
        if (!watched.isEmpty())
            m_watcher->removePaths(watched);
    }
    updatePollTimer();
}

void StoryStore::watchDirectories(const QHash<QString, QString> &directories)
{
    m_directories.insert(directories);
    if (m_polling || !m_watcher)
        return;
    const QStringList failed = m_watcher->addPaths(directories.keys());
    if (!failed.isEmpty()) {
        qWarning("Storydesk: cannot watch %lld directories (the system's limit on watches is reached?): "
                 "checking the folder for changes every %lld ms instead",
                 qlonglong(failed.size()), qlonglong(m_pollInterval.count()));
        startPolling();
    }
}

void StoryStore::directoryChanged(const QString &directory)
{
    if (!m_directories.contains(directory))
        return;
    m_changedDirectories.insert(directory);
    // Not restarted on every event: a long burst still gets rescanned every delay.
    if (m_watching && !m_rescanRunning && !m_rescanTimer.isActive())
        m_rescanTimer.start();
}

void StoryStore::rescanAll()
{
    for (auto it = m_directories.cbegin(); it != m_directories.cend(); ++it)
        m_changedDirectories.insert(it.key());
    if (m_watching && !m_rescanRunning)
        startRescan();
}

void StoryStore::startRescan()
{
    if (m_rescanRunning || !m_watching || m_changedDirectories.isEmpty())
        return;
    QSet<QString> directories;
    directories.swap(m_changedDirectories);

    // What is known, for the worker to compare the disk with. Copying the paths only bumps
    // reference counts; the worker does the grouping by directory.
    FolderRescan::Known known;
    known.files.reserve(m_rows.size());
    for (const StorySummary &row : std::as_const(m_rows))
        known.files.append({row.path, row.identity});
    known.directories = m_directories;

    m_rescanRunning = true;
    const std::shared_ptr<FolderLoad> job = m_job;
    const quint64 generation = m_generation;
    const QString root = m_folder;
    m_scanPool.start([this, job, generation, root, directories, known] {
        std::optional<FolderRescan::Changes> changes = FolderRescan(root, &job->cancelled, job->map).run(directories, known);
        if (!changes)
            return;
        Rescan rescan;
        static_cast<FolderRescan::Changes &>(rescan) = std::move(*changes);
        rescan.generation = generation;
        QMetaObject::invokeMethod(this, [this, rescan] { applyRescan(rescan); }, Qt::QueuedConnection);
    });
}

void StoryStore::removeDirectory(const QString &directory)
{
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isUnder(m_rows.at(row).path, directory)) {
            rows.append(row);
            if (m_indexActive)
                m_indexRemovals.append(m_rows.at(row).path);
        }
    }
    if (!rows.isEmpty())
        removeRows(rows);
    QStringList gone;
    for (auto it = m_directories.begin(); it != m_directories.end();) {
        if (it.key() == directory || isUnder(it.key(), directory)) {
            gone.append(it.key());
            it = m_directories.erase(it);
        } else {
            ++it;
        }
    }
    // A folder moved away keeps its inotify watch under the old name: drop it.
    const QStringList watched = m_watcher ? m_watcher->directories() : QStringList();
    for (const QString &path : std::as_const(gone)) {
        if (watched.contains(path))
            m_watcher->removePath(path);
    }
}

void StoryStore::applyRescan(const Rescan &rescan)
{
    if (rescan.generation != m_generation || !m_watching)
        return; // from a folder that is no longer open
    m_rescanRunning = false;

    for (const QString &directory : rescan.removedDirectories)
        removeDirectory(directory);
    QList<int> removed;
    for (const QString &path : rescan.removedFiles) {
        if (const int row = indexOf(path); row >= 0)
            removed.append(row);
        if (m_indexActive)
            m_indexRemovals.append(path);
    }
    if (!removed.isEmpty())
        removeRows(removed);

    QList<StorySummary> added;
    for (StorySummary summary : rescan.read) {
        // A new link to a story already listed under its own path would be a second row.
        const auto link = rescan.linkTargets.constFind(summary.path);
        if (link != rescan.linkTargets.cend() && indexOf(*link) >= 0)
            continue;
        prepare(&summary);
        // The index holds the disk's version, even of a story with unsaved edits.
        if (m_indexActive)
            m_indexUpdates.append(summary);
        const int row = indexOf(summary.path);
        if (row < 0) {
            added.append(std::move(summary));
        } else if (m_states.at(row).dirty) {
            markConflict(row);   // unsaved edits and a change on disk: the editor decides
        } else {
            replaceStory(row, std::move(summary));
        }
    }
    if (!added.isEmpty())
        appendStories(std::move(added));
    if (!rescan.newDirectories.isEmpty())
        watchDirectories(rescan.newDirectories);
    // Atomic saves replace the file, and the watch on a replaced file is gone: renew those
    // of the stories that still hold unsaved edits.
    if (m_watcher && !m_polling) {
        const QStringList watchedFiles = m_watcher->files();
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            const QString &path = m_rows.at(row).path;
            if (m_states.at(row).dirty && !watchedFiles.contains(path) && QFileInfo::exists(path))
                m_watcher->addPath(path);
        }
    }
    flushIndex();
    if (!m_changedDirectories.isEmpty())
        m_rescanTimer.start();
    if (m_job && !m_job->memoryReleased) {
        m_job->memoryReleased = true;
        HeapPolicy::releaseFreedMemory();
    }
}

} // namespace Storydesk
