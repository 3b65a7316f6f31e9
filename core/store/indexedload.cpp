#include "indexedload.h"

#include "heappolicy.h"
#include "storyindex.h"
#include "summarysnapshot.h"

#include <QSet>
#include <QtConcurrent>

namespace Storydesk {

IndexedLoad::IndexedLoad(const QString &root, const QByteArray &fieldsKey, QThreadPool *pool, StringPool *strings, Prepare prepare)
    : m_root(root)
    , m_fieldsKey(fieldsKey)
    , m_pool(pool)
    , m_strings(strings)
    , m_prepare(std::move(prepare))
{
}

IndexedLoad::~IndexedLoad()
{
    if (m_reading.isValid())
        m_reading.waitForFinished();   // it reads the snapshot this object holds
}

void IndexedLoad::start(int firstScreenRows, bool useSnapshot, const FirstScreenRead &firstScreenRead)
{
    m_index = std::make_unique<StoryIndex>(m_root, m_fieldsKey);
    m_opened = m_index->open();
    if (!m_opened)
        return;
    const QString snapshot = useSnapshot ? SummarySnapshot::fileFor(m_index->file()) : QString();
    m_reading = QtConcurrent::run(m_pool, [this, snapshot, firstScreenRows, firstScreenRead] {
        if (!snapshot.isEmpty()) {
            if (std::optional<Read> read = readSnapshot(snapshot, firstScreenRows, firstScreenRead))
                return std::move(*read);
        }
        return readIndex(firstScreenRows, firstScreenRead);
    });
}

bool IndexedLoad::rowsRead() const
{
    return !m_reading.isValid() || m_reading.isFinished();
}

namespace {

void showFirstScreen(const QList<StorySummary> &rows, const IndexedLoad::FirstScreenRead &firstScreenRead)
{
    if (rows.isEmpty())
        return;
    TopicIndex::Counts counts;
    for (const StorySummary &summary : rows)
        counts.apply(summary, +1);
    firstScreenRead(rows, std::move(counts));
}

} // namespace

std::optional<IndexedLoad::Read> IndexedLoad::readSnapshot(const QString &file, int firstScreenRows, const FirstScreenRead &firstScreenRead)
{
    SummarySnapshot snapshot;
    if (!snapshot.open(file, m_root, m_strings) || snapshot.rowCount() <= firstScreenRows)
        return std::nullopt;
    // Written newest first, as the table opens: its first rows are the first screen.
    std::optional<QList<StorySummary>> head = snapshot.read(0, 1);
    if (!head || head->size() < firstScreenRows) {
        SummarySnapshot::remove(file);
        return std::nullopt;
    }
    m_fromSnapshot = true;
    m_firstScreen = head->first(firstScreenRows);
    showFirstScreen(m_firstScreen, firstScreenRead);
    // The rows by path before any other is read: the walk checks what it finds at once.
    const QList<SummarySnapshot::RowKey> &keys = snapshot.keys();
    m_rowByPath.reserve(keys.size());
    m_identities.reserve(keys.size());
    for (const SummarySnapshot::RowKey &key : keys) {
        m_rowByPath.insert(key.pathHash, int(m_identities.size()));
        m_identities.append(key.identity);
    }
    m_checked.assign(size_t(keys.size()), false);
    m_rowsKnown.store(true, std::memory_order_release);

    Read read;
    // One list, which the store takes over whole: the first block, then the others read into
    // their places in two halves, on two threads, each listing the paths of its rows.
    read.rows.emplace();
    read.rows->reserve(snapshot.rowCount());
    HeapPolicy::adviseHugePages(read.rows->data(), size_t(snapshot.rowCount()) * sizeof(StorySummary));
    read.rows->resize(snapshot.rowCount());
    read.paths.resize(snapshot.rowCount());
    StorySummary *rows = read.rows->data();
    QString *paths = read.paths.data();
    // The paths the walk compares what it finds with (rowOf()), listed as rows are read.
    const auto listPaths = [rows, paths](qsizetype first, qsizetype end) {
        for (qsizetype row = first; row < end; ++row)
            paths[row] = rows[row].path;
    };
    std::move(head->begin(), head->end(), rows);
    listPaths(0, head->size());
    head.reset();
    const auto readBlocks = [&](int from, int to) {
        const qsizetype first = snapshot.firstRowOf(from);
        if (!snapshot.readInto(from, to, rows + first))
            return false;
        listPaths(first, snapshot.firstRowOf(to));
        return true;
    };
    const int blocks = snapshot.blockCount();
    const int middle = 1 + (blocks - 1) / 2;
    QFuture<bool> second = QtConcurrent::run(m_pool, readBlocks, middle, blocks);
    const bool firstRead = readBlocks(1, middle);
    read.counts = snapshot.takeCounts();   // of every row: the first screen's come off
    for (const StorySummary &summary : std::as_const(m_firstScreen))
        read.counts.apply(summary, -1);
    if (!second.result() || !firstRead)
        read.rows.reset();
    return read;
}

IndexedLoad::Read IndexedLoad::readIndex(int firstScreenRows, const FirstScreenRead &firstScreenRead) const
{
    // Its own connection: one a thread.
    Read read;
    StoryIndex index(m_root, m_fieldsKey);
    read.opened = index.open();
    if (!read.opened)
        return read;
    if (std::optional<QList<StorySummary>> newest = index.readNewest(firstScreenRows, m_prepare)) {
        read.firstScreen = std::move(*newest);
        showFirstScreen(read.firstScreen, firstScreenRead);
    } else {
        read.opened = index.open();   // unreadable: discarded, rebuilt from this load
        return read;
    }
    // A first screen short of full was the whole index.
    if (read.firstScreen.size() < firstScreenRows) {
        read.rows = read.firstScreen;
        return read;
    }
    // The first screen, already shown, is left out of the halves.
    QSet<QString> firstPaths;
    firstPaths.reserve(read.firstScreen.size());
    for (const StorySummary &summary : std::as_const(read.firstScreen))
        firstPaths.insert(summary.path);
    const auto readHalf = [&](int part) {
        Read half;
        StoryIndex reader(m_root, m_fieldsKey);
        half.rows = reader.open() ? reader.readAll(part, 2, m_prepare) : std::nullopt;
        if (half.rows) {
            half.rows->removeIf([&firstPaths](const StorySummary &summary) { return firstPaths.contains(summary.path); });
            for (const StorySummary &summary : std::as_const(*half.rows))
                half.counts.apply(summary, +1);
        }
        return half;
    };
    QFuture<Read> otherHalf = QtConcurrent::run(m_pool, readHalf, 1);
    Read first = readHalf(0);
    Read second = otherHalf.result();
    if (!first.rows || !second.rows) {
        read.opened = index.open(); // discarded as unreadable: rebuilt from this load
        return read;
    }
    read.rows.emplace();
    read.rows->reserve(read.firstScreen.size() + first.rows->size() + second.rows->size());
    read.rows->append(read.firstScreen);
    read.rows->append(std::move(*first.rows));
    read.rows->append(std::move(*second.rows));
    read.counts = std::move(first.counts);
    read.counts.add(second.counts);
    return read;
}

IndexedLoad::Rows IndexedLoad::takeRows()
{
    Rows rows;
    rows.opened = m_opened;
    if (!m_reading.isValid()) {
        m_rowsKnown.store(true, std::memory_order_release);
        return rows;
    }
    Read read = m_reading.takeResult();   // after which m_fromSnapshot is known
    rows.fromSnapshot = m_fromSnapshot;
    if (m_fromSnapshot) {
        // Each row read is the one its key (which the walk trusted) stands for, or none is.
        if (!read.rows || read.rows->size() != m_identities.size()) {
            rows.snapshotFailed = true;
            SummarySnapshot::remove(SummarySnapshot::fileFor(m_index->file()));
            return rows;
        }
        m_paths = std::move(read.paths);   // from now on, a path found is also compared with its row's (rowOf())
    } else {
        rows.opened = read.opened;
        m_firstScreen = std::move(read.firstScreen);
        if (read.rows)
            listRows(*read.rows);
    }
    m_rowsKnown.store(true, std::memory_order_release);
    rows.rows = std::move(read.rows);
    rows.firstScreen = m_firstScreen.size();
    rows.counts = std::move(read.counts);
    if (rows.rows)
        rows.rowByPath = m_rowByPath;
    return rows;
}

void IndexedLoad::listRows(const QList<StorySummary> &rows)
{
    // The walk verifies the first screen like the other rows. Should the rest not read, no
    // row is known: every file is parsed again, and its row replaced and written into the
    // rebuilt index.
    m_rowByPath.reserve(rows.size());
    m_identities.reserve(rows.size());
    m_paths.reserve(rows.size());
    for (const StorySummary &summary : rows) {
        m_rowByPath.insert(PathIndex::hashOf(summary.path, m_root), int(m_identities.size()));
        m_identities.append(summary.identity);
        m_paths.append(summary.path);
    }
    m_checked.assign(size_t(rows.size()), false);
}

int IndexedLoad::rowOf(const QString &path) const
{
    // Before a snapshot's rows are read, their hashes and identities are all there is: a
    // file taken for another's row must also have that row's identity (its inode among it).
    return m_rowByPath.find(PathIndex::hashOf(path, m_root),
                            [this, &path](int row) { return m_paths.isEmpty() || m_paths.at(row) == path; });
}

IndexedLoad::Verdict IndexedLoad::verify(const QList<StoryScanner::Found> &files)
{
    Verdict verdict;
    QHash<QString, FileIdentity> onDisk;   // of the changed files
    for (const auto &[path, identity] : files) {
        const Check found = check(path, identity);
        if (found != Check::Unchanged) {
            if (StoryScanner::isTextFile(path) && !StoryScanner::startsWithFence(path))
                continue;
            if (found == Check::Changed)
                keep(path);
            verdict.changed.append(path);
            onDisk.insert(path, identity);
        }
        ++verdict.stories;
    }
    // Changed since the snapshot, but maybe not since the index: no need to read those.
    verdict.current = takeFromIndex(&verdict.changed, onDisk);
    return verdict;
}

IndexedLoad::Check IndexedLoad::check(const QString &path, const FileIdentity &identity)
{
    const int row = rowOf(path);
    if (row < 0)
        return Check::New;
    if (m_identities.at(row) != identity)
        return Check::Changed;
    m_checked[size_t(row)] = true;
    return Check::Unchanged;
}

void IndexedLoad::keep(const QString &path)
{
    if (const int row = rowOf(path); row >= 0) {
        m_checked[size_t(row)] = true;
        m_firstScreenKept = m_firstScreenKept || row < m_firstScreen.size();
    }
}

bool IndexedLoad::firstScreenChanged() const
{
    if (m_firstScreenKept)
        return true;
    for (qsizetype row = 0; row < m_firstScreen.size() && row < qsizetype(m_checked.size()); ++row) {
        if (!m_checked[size_t(row)])
            return true;
    }
    return false;
}

QStringList IndexedLoad::unchecked() const
{
    QStringList paths;
    for (qsizetype row = 0; row < m_paths.size(); ++row) {
        if (!m_checked[size_t(row)])
            paths.append(m_paths.at(row));
    }
    return paths;
}

QList<StorySummary> IndexedLoad::takeFromIndex(QStringList *changed, const QHash<QString, FileIdentity> &onDisk)
{
    if (!m_fromSnapshot || changed->isEmpty() || !m_index || !m_index->isOpen())
        return {};
    QList<StorySummary> current;
    QSet<QString> taken;
    for (StorySummary &row : m_index->readPaths(*changed, m_prepare).value_or(QList<StorySummary>())) {
        if (row.identity != onDisk.value(row.path))
            continue;
        taken.insert(row.path);
        current.append(std::move(row));
    }
    if (!taken.isEmpty())
        changed->removeIf([&taken](const QString &path) { return taken.contains(path); });
    return current;
}

} // namespace Storydesk
