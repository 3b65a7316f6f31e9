#include "folderlister.h"

#include "indexwriter.h"
#include "readahead.h"
#include "storyindex.h"
#include "storyscanner.h"
#include "summaryreader.h"

#include <QDir>
#include <QFuture>
#include <QList>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

namespace Storydesk {

namespace {

// A window ends after this many stories, or this many to read: stories to read are read on
// every core while the previous window is visited, and at most a window is held.
constexpr qsizetype WindowStories = 2048;
constexpr qsizetype WindowReads = 256;

struct DiskFile
{
    QString path;
    FileIdentity identity;
};

struct Slot
{
    QString path;
    StorySummary summary;
    bool read = false;   // to be read from disk (else it came from the index)
};

// The index's rows in path order, read on a thread of their own (an SQLite connection is
// used by the thread that opened it) while the walk goes on, a bounded number at a time.
class IndexRows
{
public:
    // Batches of this many rows, at most MaxBatches waiting: what the walk's time lets the
    // reader get ahead by, without holding a folder's rows.
    static constexpr qsizetype BatchRows = 256;
    static constexpr qsizetype MaxBatches = 128;

    // On the reading thread.
    void opened(bool ok)
    {
        const QMutexLocker locker(&m_mutex);
        m_opened = ok;
        m_state = ok ? State::Open : State::Done;
        m_changed.wakeAll();
    }
    // False once the consumer stopped wanting rows. Frees what the listing gave back, also
    // while it waits for room (so that is never more than a window or two).
    bool push(QList<StorySummary> &&batch)
    {
        QMutexLocker locker(&m_mutex);
        for (;;) {
            if (!m_spent.isEmpty()) {
                QList<QList<Slot>> spent;
                spent.swap(m_spent);
                locker.unlock();
                spent.clear();
                locker.relock();
            } else if (m_abandoned) {
                return false;
            } else if (m_batches.size() < MaxBatches) {
                break;
            } else {
                m_changed.wait(&m_mutex);
            }
        }
        m_batches.append(std::move(batch));
        m_changed.wakeAll();
        return true;
    }
    void finish()
    {
        QList<QList<Slot>> spent;
        const QMutexLocker locker(&m_mutex);
        m_state = State::Done;
        spent.swap(m_spent);
        m_changed.wakeAll();
    }

    // On the listing's thread.
    bool waitOpened()
    {
        QMutexLocker locker(&m_mutex);
        while (m_state == State::Opening)
            m_changed.wait(&m_mutex);
        return m_opened;
    }
    // The next batch; empty once every row came.
    QList<StorySummary> take()
    {
        QMutexLocker locker(&m_mutex);
        while (m_batches.isEmpty() && m_state != State::Done)
            m_changed.wait(&m_mutex);
        if (m_batches.isEmpty())
            return {};
        QList<StorySummary> batch = m_batches.takeFirst();
        m_changed.wakeAll();
        return batch;
    }
    // Rows the listing is done with go back to the reading thread to be freed: freed here,
    // each free of an index row would take the reader's heap lock while it allocates the
    // next rows (a tenth of a warm list's CPU went to waiting on that lock). The reader is
    // woken for them even when the queue is full: it frees them at once. Once it is done,
    // they are freed by the caller.
    void giveBack(QList<Slot> &&spent)
    {
        const QMutexLocker locker(&m_mutex);
        if (m_state != State::Done && !m_abandoned) {
            m_spent.append(std::move(spent));
            m_changed.wakeAll();
        }
    }
    void abandon()
    {
        const QMutexLocker locker(&m_mutex);
        m_abandoned = true;
        m_changed.wakeAll();
    }

private:
    enum class State { Opening, Open, Done };
    QMutex m_mutex;
    QWaitCondition m_changed;
    QList<QList<StorySummary>> m_batches;
    QList<QList<Slot>> m_spent;
    State m_state = State::Opening;
    bool m_opened = false;
    bool m_abandoned = false;
};

} // namespace

FolderLister::FolderLister(const QString &folder)
    : m_folder(QDir::cleanPath(QDir(folder).absolutePath()))
{
}

void FolderLister::run(const Visitor &visit)
{
    // The index is read (SQLite, and a summary built for each row) on a thread of its own
    // while this one walks the folder: on two cores the walk costs no time of its own.
    IndexRows rows;
    std::unique_ptr<QThread> reader;
    if (m_indexEnabled) {
        reader.reset(QThread::create([this, &rows] {
            StoryIndex index(m_folder, StoryIndex::fieldsKeyOf(m_map));
            const bool opened = index.open();
            rows.opened(opened);
            if (opened) {
                QList<StorySummary> batch;
                batch.reserve(IndexRows::BatchRows);   // not grown (and moved) row by row
                bool wanted = true;
                index.readInPathOrder(
                    [&](const QString &, const FileIdentity &, const std::function<StorySummary()> &summary) {
                        if (!wanted)
                            return;
                        batch.append(summary());
                        if (batch.size() >= IndexRows::BatchRows) {
                            wanted = rows.push(std::exchange(batch, {}));
                            batch.reserve(IndexRows::BatchRows);
                        }
                    },
                    m_rowParts);
                if (wanted && !batch.isEmpty())
                    rows.push(std::move(batch));
            }
            rows.finish();
        }));
        reader->start();
    }

    // What is on disk, with the identity of each file from the walk's one stat of it, as
    // `find` does.
    QList<DiskFile> files;
    StoryScanner scanner(m_folder);
    // A `.txt` file is a story only when it starts with a fence: one the index knows,
    // unchanged, still does, so only the others are opened to look (in toRead() below).
    scanner.setFenceCheckDeferred(m_indexEnabled);
    scanner.scanWithIdentities([&files](const QList<StoryScanner::Found> &found) {
        for (const StoryScanner::Found &file : found)
            files.append({file.path, file.identity});
    });
    // QString's order (UTF-16 code units) is the index's unless a path holds a character of
    // U+D800 and above: only then does sorting need the slower comparison.
    const bool plain = std::all_of(files.cbegin(), files.cend(), [](const DiskFile &file) {
        return std::all_of(file.path.cbegin(), file.path.cend(), [](QChar c) { return c.unicode() < 0xd800; });
    });
    // The walk's order is often the index's already (folders of files without subfolders).
    const auto plainLess = [](const DiskFile &a, const DiskFile &b) { return a.path < b.path; };
    const auto pathLess = [](const DiskFile &a, const DiskFile &b) { return StoryIndex::pathLess(a.path, b.path); };
    if (plain && !std::is_sorted(files.cbegin(), files.cend(), plainLess))
        std::sort(files.begin(), files.end(), plainLess);
    else if (!plain && !std::is_sorted(files.cbegin(), files.cend(), pathLess))
        std::sort(files.begin(), files.end(), pathLess);

    const bool indexed = reader && rows.waitOpened();
    std::unique_ptr<IndexWriter> writer;
    if (indexed)
        writer = std::make_unique<IndexWriter>(m_folder, StoryIndex::fieldsKeyOf(m_map));

    QList<Slot> window;
    qsizetype reads = 0;
    QList<Slot> previous;
    QFuture<void> previousReads;
    const auto visitPrevious = [&] {
        previousReads.waitForFinished();
        for (const Slot &slot : std::as_const(previous)) {
            if (slot.read && writer)
                writer->add(slot.summary);
            visit(slot.summary);
        }
        if (reader)
            rows.giveBack(std::exchange(previous, {}));
        else
            previous.clear();
    };
    const auto endWindow = [&] {
        visitPrevious();
        previous = std::move(window);
        window = {};
        window.reserve(WindowStories);
        reads = 0;
        previousReads = QtConcurrent::map(previous, [this](Slot &slot) {
            if (slot.read)
                slot.summary = m_map.isStoryFormat() ? SummaryReader::read(slot.path) : SummaryReader::read(slot.path, m_map);
        });
    };
    const auto toRead = [&](const QString &path) {
        if (scanner.isFenceCheckDeferred() && StoryScanner::isTextFile(path) && !StoryScanner::startsWithFence(path))
            return false; // not a story (any more)
        ReadAhead::hint(path, SummaryReader::readLimit());   // fetched while the window before is read
        window.append({path, {}, true});
        if (++reads >= WindowReads || window.size() >= WindowStories)
            endWindow();
        return true;
    };
    const auto fromIndex = [&](StorySummary &&summary) {
        window.append({QString(), std::move(summary), false});
        if (window.size() >= WindowStories)
            endWindow();
    };

    qsizetype next = 0;
    if (indexed) {
        // A merge of two lists in the same order: the disk's and the index's.
        for (QList<StorySummary> batch = rows.take(); !batch.isEmpty(); batch = rows.take()) {
            for (StorySummary &row : batch) {
                const QString &path = row.path;
                while (next < files.size() && StoryIndex::pathLess(files.at(next).path, path))
                    toRead(files.at(next++).path);
                if (next < files.size() && files.at(next).path == path) {
                    const DiskFile &file = files.at(next++);
                    if (file.identity.isValid() && file.identity == row.identity)
                        fromIndex(std::move(row));
                    else if (!toRead(file.path))
                        writer->remove(path);
                } else {
                    writer->remove(path); // gone from the disk
                }
            }
        }
    }
    if (reader) {
        rows.abandon();
        reader->wait();
    }
    while (next < files.size())
        toRead(files.at(next++).path);
    endWindow();
    visitPrevious();
    if (writer)
        writer->finish();
}

} // namespace Storydesk
