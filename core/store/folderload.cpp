#include "folderload.h"

#include "indexedload.h"
#include "readahead.h"
#include "storyscanner.h"
#include "summaryreader.h"

#include <QMutexLocker>
#include <QThreadPool>

namespace Storydesk {

namespace {

// Files per parse task: small enough for the first rows to come quickly and the cores to
// share the work evenly, large enough that queueing costs nothing next to parsing.
constexpr qsizetype ParseChunk = 32;

} // namespace

FolderLoad::FolderLoad(const QString &root, const FieldMap &map, const QByteArray &indexKey, bool useIndex, bool useSnapshot)
    : root(root)
    , map(map)
    , indexKey(indexKey)
    , useIndex(useIndex)
    , useSnapshot(useSnapshot)
{
}

void FolderLoad::run(int firstScreenRows, QThreadPool *parsePool, StringPool *strings, const Prepare &prepare, const Notify &notify)
{
    // The index's rows are read while the walk lists the folder; the walk's files are checked
    // against them as soon as they are known (the first screen goes out before either).
    IndexedLoad load(root, indexKey, parsePool, strings, prepare);
    bool rowsTaken = !useIndex;
    if (useIndex) {
        load.start(firstScreenRows, useSnapshot, [this, &notify](const QList<StorySummary> &rows, TopicIndex::Counts &&counts) {
            {
                const QMutexLocker locker(&mutex);
                firstScreen = rows;
                firstScreenCounts = std::move(counts);
            }
            notify();
        });
    }
    const auto takeRows = [&] {
        IndexedLoad::Rows rows = load.takeRows();
        rowsTaken = true;
        {
            const QMutexLocker locker(&mutex);
            indexRead = true;
            indexOpened = rows.opened;
            fromSnapshot = rows.fromSnapshot;
            reopen = rows.snapshotFailed;
            if (rows.rows) {
                indexed = std::move(*rows.rows);
                indexedListed = rows.firstScreen;
                indexedCounts = std::move(rows.counts);
                rowByPath = std::move(rows.rowByPath);
            }
        }
        notify();   // the rows, and any parsed meanwhile that waited for them
        return !rows.snapshotFailed;
    };
    const auto check = [&](const QList<StoryScanner::Found> &files) {
        IndexedLoad::Verdict verdict = load.verify(files);
        {
            const QMutexLocker locker(&mutex);
            found += int(verdict.stories);
            verified += int(verdict.stories - verdict.changed.size() - verdict.current.size());
            sinceSnapshot += int(verdict.changed.size() + verdict.current.size());
            refreshed.append(verdict.current);
        }
        if (!verdict.current.isEmpty())
            notify();
        parse(verdict.changed, parsePool, prepare, notify);
    };
    QList<StoryScanner::Found> unchecked;   // found before the index's rows were known
    StoryScanner scanner(root);
    scanner.setCancelFlag(&cancelled);
    scanner.setFenceCheckDeferred(true);   // IndexedLoad::verify() looks at new and changed files
    scanner.scanWithIdentities([&](const QList<StoryScanner::Found> &files) {
        if (!rowsTaken && load.rowsRead() && !takeRows())
            cancelled = true;   // a damaged snapshot: the folder is opened again
        if (!load.rowsKnown() && !rowsTaken) {
            unchecked.append(files);
            return;
        }
        if (!unchecked.isEmpty())
            check(std::exchange(unchecked, {}));
        check(files);
    });
    if ((!rowsTaken && !takeRows()) || cancelled)
        return;
    if (!unchecked.isEmpty())
        check(std::exchange(unchecked, {}));
    QStringList gone = load.unchecked();
    {
        const QMutexLocker locker(&mutex);
        scanFinished = true;
        directories = scanner.walkedDirectories();
        sinceSnapshot += int(gone.size());
        firstScreenChanged = load.firstScreenChanged();
        removed = std::move(gone);
    }
    notify();
}

void FolderLoad::parse(const QStringList &paths, QThreadPool *pool, const Prepare &prepare, const Notify &notify)
{
    for (qsizetype from = 0; from < paths.size(); from += ParseChunk) {
        pool->start([self = shared_from_this(), chunk = paths.mid(from, ParseChunk), prepare, notify] {
            if (self->cancelled)
                return;
            QList<StorySummary> read;
            read.reserve(chunk.size());
            for (const QString &path : chunk)
                ReadAhead::hint(path, SummaryReader::readLimit());   // a cold disk fetches the chunk at once
            for (const QString &path : chunk) {
                if (self->cancelled)
                    return;
                read.append(SummaryReader::read(path, self->map));
                prepare(&read.last());
            }
            {
                const QMutexLocker locker(&self->mutex);
                self->pending.append(std::move(read));
            }
            notify();
        });
    }
}

} // namespace Storydesk
