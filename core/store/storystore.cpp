#include "storystore.h"

#include "folderrescan.h"
#include "heappolicy.h"
#include "indexedload.h"
#include "readahead.h"
#include "searchkey.h"
#include "storyindex.h"
#include "storyscanner.h"
#include "summaryreader.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace std::chrono_literals;

namespace Storydesk {

namespace {

// Batches reach the UI thread every BatchInterval or every BatchSize stories, whichever
// comes first: often enough for the table to fill visibly, rarely enough that inserting
// rows does not slow the load down.
constexpr qsizetype BatchSize = 512;
constexpr auto BatchInterval = 50ms;
// Files per parse task: small enough for the first rows to come quickly and the cores to
// share the work evenly, large enough that queueing costs nothing next to parsing.
constexpr qsizetype ParseChunk = 32;
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

// One opened folder's load: filled by the scan thread and the parse pool, drained by the
// UI thread. Once cancelled (another folder opened, cancelLoad(), the store destroyed)
// its workers stop early and nothing it holds is delivered any more.
struct StoryStore::LoadJob
{
    std::atomic_bool cancelled{false};
    QMutex mutex;
    QList<StorySummary> pending;
    QHash<QString, QString> directories; // walked (path -> canonical), set when the scan ends
    int found = 0;
    bool scanFinished = false;
    bool notifyPosted = false;
    // With an index: its rows (delivered once, first), the files found unchanged, and the
    // indexed files the scan did not find.
    bool useIndex = false;
    bool indexOpened = false;
    QList<StorySummary> firstScreen;    // the newest indexed rows, delivered on their own
    TopicIndex::Counts firstScreenCounts;
    QList<StorySummary> indexed;
    TopicIndex::Counts indexedCounts;   // their facets, counted by the reading threads
    int verified = 0;
    QStringList removed;
    bool memoryReleased = false;   // after the first rescan that follows the load
    FieldMap map;          // the site's field map every story is read with
    QByteArray indexKey;   // and the index it is kept in (StoryIndex)
};

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
    connect(this, &StoryStore::storiesAdded, &m_folderFields, &FolderFields::startCheck);
    connect(this, &StoryStore::loadFinished, &m_folderFields, &FolderFields::startCheck);
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
    m_parsePool.clear(); // queued parse tasks of this job need not even start
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
    auto previous = std::make_shared<std::pair<QList<Row>, QHash<QString, int>>>(std::move(m_rows), std::move(m_rowByPath));
    m_rows = {};
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
    m_job = std::make_shared<LoadJob>();
    m_job->useIndex = m_indexEnabled;
    m_job->map = fieldMap();
    m_job->indexKey = indexKey();
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

    const std::shared_ptr<LoadJob> job = m_job;
    const QString root = m_folder;
    m_scanPool.start([this, job, root] {
        QHash<QString, FileIdentity> known;   // the index's rows go out first, then the walk verifies them
        if (job->useIndex) {
            IndexedLoad load = IndexedLoad::read(
                root, job->indexKey, FirstScreenRows, &m_parsePool, [this](StorySummary *summary) { prepare(summary); },
                [this, &job](const QList<StorySummary> &firstScreen, TopicIndex::Counts &&counts) {
                    {
                        const QMutexLocker locker(&job->mutex);
                        job->firstScreen = firstScreen;
                        job->firstScreenCounts = std::move(counts);
                    }
                    postResults(job);
                });
            known = load.identities();
            const bool more = load.rest && !load.rest->isEmpty();
            {
                const QMutexLocker locker(&job->mutex);
                job->indexOpened = load.opened;
                if (load.rest) {
                    job->indexed = std::move(*load.rest);
                    job->indexedCounts = std::move(load.restCounts);
                }
            }
            if (more)
                postResults(job); // the rows show while the walk starts
        }
        QSet<QString> seen;
        seen.reserve(known.size());
        StoryScanner scanner(root);
        scanner.setCancelFlag(&job->cancelled);
        scanner.scanWithIdentities([this, &job, &known, &seen](const QList<StoryScanner::Found> &paths) {
            QStringList changed;
            for (const auto &[path, identity] : paths) {   // the walk's identity: no second stat
                if (known.isEmpty()) {
                    changed.append(path);
                    continue;
                }
                const auto it = known.constFind(path);
                if (it == known.cend()) {
                    changed.append(path);
                    continue;
                }
                seen.insert(path);
                if (*it != identity)
                    changed.append(path);
            }
            {
                const QMutexLocker locker(&job->mutex);
                job->found += int(paths.size());
                job->verified += int(paths.size() - changed.size());
            }
            startParsing(job, changed);
        });
        QStringList removed;
        if (!job->cancelled) {
            for (auto it = known.cbegin(); it != known.cend(); ++it) {
                if (!seen.contains(it.key()))
                    removed.append(it.key());
            }
        }
        {
            const QMutexLocker locker(&job->mutex);
            job->scanFinished = true;
            job->directories = scanner.walkedDirectories();
            job->removed = std::move(removed);
        }
        postResults(job);
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

void StoryStore::startParsing(const std::shared_ptr<LoadJob> &job, const QStringList &paths)
{
    for (qsizetype from = 0; from < paths.size(); from += ParseChunk) {
        const QStringList chunk = paths.mid(from, ParseChunk);
        m_parsePool.start([this, job, chunk] {
            QList<StorySummary> read;
            read.reserve(chunk.size());
            for (const QString &path : chunk)
                ReadAhead::hint(path, SummaryReader::readLimit());   // a cold disk fetches the chunk at once
            for (const QString &path : chunk) {
                if (job->cancelled)
                    return;
                read.append(SummaryReader::read(path, job->map));
                prepare(&read.last());
            }
            {
                const QMutexLocker locker(&job->mutex);
                job->pending.append(std::move(read));
            }
            postResults(job);
        });
    }
}

void StoryStore::postResults(const std::shared_ptr<LoadJob> &job)
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

void StoryStore::resultsPending(const std::shared_ptr<LoadJob> &job)
{
    if (job != m_job || !m_loading)
        return; // a cancelled load's results never arrive
    qsizetype pending = 0;
    bool complete = false;
    {
        const QMutexLocker locker(&job->mutex);
        job->notifyPosted = false;
        pending = job->pending.size() + job->firstScreen.size() + job->indexed.size();
        complete = job->scanFinished && m_delivered + job->verified + job->pending.size() >= job->found;
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
    QList<StorySummary> firstScreen;
    TopicIndex::Counts firstScreenCounts;
    QList<StorySummary> indexed;
    TopicIndex::Counts indexedCounts;
    QStringList removed;
    QHash<QString, QString> directories;
    bool scanFinished = false;
    int found = 0;
    int verified = 0;
    {
        const QMutexLocker locker(&m_job->mutex);
        batch.swap(m_job->pending);
        firstScreen.swap(m_job->firstScreen);
        std::swap(firstScreenCounts, m_job->firstScreenCounts);
        indexed.swap(m_job->indexed);
        std::swap(indexedCounts, m_job->indexedCounts);
        removed.swap(m_job->removed);
        directories.swap(m_job->directories);
        scanFinished = m_job->scanFinished;
        found = m_job->found;
        verified = m_job->verified;
        m_indexActive = m_job->indexOpened;
    }
    m_sinceDelivery.restart();
    // The first screen in a batch of its own, even when the rest came with it.
    if (!firstScreen.isEmpty())
        appendIndexed(std::move(firstScreen), firstScreenCounts);
    if (!indexed.isEmpty())
        appendIndexed(std::move(indexed), indexedCounts);
    m_delivered += int(batch.size());
    if (scanFinished && m_rows.capacity() < found)
        m_rows.reserve(found); // once, when the final count is known
    if (m_indexActive) {
        m_indexUpdates.append(batch);
        m_indexRemovals.append(removed);
    }
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
    flushIndex();
    updatePollTimer();
    HeapPolicy::releaseFreedMemory();
    // Directories are watched only from the end of the walk: what changed between a file
    // being listed and its directory being watched (a story deleted before it was parsed,
    // a broken "cannot read" row until then) would wait for the next rescan. One comparison of
    // every directory with the disk now closes that gap; it also handles the directory
    // events that came in during the load.
    rescanAll();
    Q_EMIT loadFinished();
}

int StoryStore::indexOf(const QString &path) const
{
    if (m_rowByPathStale) {
        // Rebuilt lazily after removals: removing many rows then costs one pass, not one each.
        m_rowByPath.clear();
        m_rowByPath.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowByPath.insert(m_rows.at(row).summary.path, row);
        m_rowByPathStale = false;
    }
    return m_rowByPath.value(path, -1);
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
        if (row >= 0)
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
            m_rowByPath.insert(story.path, int(m_rows.size()));
        m_rows.append(Row{std::move(story), false, false});
    }
    Q_EMIT storiesAdded(first, last);
    m_topics.publish();
}

void StoryStore::appendIndexed(QList<StorySummary> &&stories, const TopicIndex::Counts &counts)
{
    // The index's rows come first (its first screen, then the rest), with unique paths (its
    // primary key, and the rest leaves the first screen out): none of appendStories()'s
    // lookups are needed, and the path lookup is built lazily, after the rows have painted.
    // Nothing else adds rows before them: the walk starts once they are read.
    const int first = int(m_rows.size());
    const int last = first + int(stories.size()) - 1;
    Q_EMIT storiesAboutToBeAdded(first, last);
    m_rows.reserve(m_rows.size() + stories.size());
    for (StorySummary &story : stories)
        m_rows.append(Row{std::move(story), false, false});
    m_topics.addCounts(counts);
    m_rowByPathStale = true;
    Q_EMIT storiesAdded(first, last);
    m_topics.publish();
}

void StoryStore::replaceStory(int row, StorySummary &&summary)
{
    Row &r = m_rows[row];
    m_topics.remove(r.summary);
    m_topics.add(summary);
    r.summary = std::move(summary);
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
            m_topics.remove(m_rows.at(row).summary);
        m_rows.remove(first, last - first + 1);
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
    Row &r = m_rows[row];
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
        m_rows[row].conflict = false;
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
    edited.path = m_rows.at(row).summary.path;
    edited.identity = m_rows.at(row).summary.identity;
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
    for (const Row &row : std::as_const(m_rows))
        known.files.append({row.summary.path, row.summary.identity});
    known.directories = m_directories;

    m_rescanRunning = true;
    const std::shared_ptr<LoadJob> job = m_job;
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
        if (isUnder(m_rows.at(row).summary.path, directory)) {
            rows.append(row);
            if (m_indexActive)
                m_indexRemovals.append(m_rows.at(row).summary.path);
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
        } else if (m_rows.at(row).dirty) {
            // Unsaved edits and a change on disk: the editor decides, nothing is replaced.
            if (!m_rows.at(row).conflict) {
                m_rows[row].conflict = true;
                Q_EMIT storyChanged(row);
                Q_EMIT conflictDetected(summary.path);
            }
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
        for (const Row &row : std::as_const(m_rows)) {
            if (row.dirty && !watchedFiles.contains(row.summary.path) && QFileInfo::exists(row.summary.path))
                m_watcher->addPath(row.summary.path);
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
