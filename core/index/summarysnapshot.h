#pragma once

#include "storysummary.h"
#include "topicindex.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace Storydesk {

class StringPool;

// Every summary of a loaded folder in one binary file beside its index (StoryIndex), so a
// big folder reopens by reading one file from start to end: no SQL a row, no search key
// folded again, each repeated string stored once. A cache of a cache: every row keeps the
// identity of the file it was read from, and the load verifies each one against the disk
// as it does the index's rows, so a snapshot older than the index costs only the rows
// changed since (StoryStore takes those from the index).
//
// Written whole under another name and then renamed: a reader sees a complete snapshot or
// none. A file it cannot make sense of (another format or build, cut short, damaged) reads
// as no snapshot, never as wrong rows or a crash.
class SummarySnapshot
{
public:
    // Bumped whenever the layout changes.
    static constexpr quint32 FormatVersion = 1;
    // Rows are read in blocks of this many, so that threads can share a snapshot.
    static constexpr int BlockRows = 2048;
    // The first block holds this many, a first screen (StoryStore::FirstScreenRows): what a
    // reopen shows before anything else is read.
    static constexpr int FirstBlockRows = 256;

    // Whether `a` comes before `b` in a snapshot: the newest first, then the undated, each by
    // path. The table opens in this order, and the index's first screen is its first rows.
    static bool writtenBefore(const StorySummary &a, const StorySummary &b);
    // The snapshot kept beside the index file `indexFile`.
    static QString fileFor(const QString &indexFile);
    // Writes `rows`, whose paths are under `folder`, replacing any snapshot at `file`. False,
    // and nothing replaced, when it cannot be written or `cancelled` turns true meanwhile.
    static bool write(const QString &file, const QString &folder, const QList<StorySummary> &rows,
                      const std::atomic_bool *cancelled = nullptr);
    // True when no snapshot remains at `file`.
    static bool remove(const QString &file);

    // Reads the table of contents of the snapshot at `file` for `folder`; false when there
    // is no usable one. Its repeated strings are interned in `pool` (if any), as StoryStore
    // interns those of rows read from files or from the index.
    bool open(const QString &file, const QString &folder, StringPool *pool = nullptr);
    qsizetype rowCount() const { return m_rowCount; }
    // Each row's path (its PathIndex hash) and file identity, in the order of the rows: known
    // from open(), before any row is read.
    struct RowKey
    {
        quint64 pathHash = 0;
        FileIdentity identity;
    };
    const QList<RowKey> &keys() const { return m_keys; }
    // The facets of all its rows, counted when it was written (once: later calls give none).
    TopicIndex::Counts takeCounts();
    int blockCount() const { return int(m_blocks.size()); }
    // The row that block `block` starts with (rowCount() for blockCount()).
    qsizetype firstRowOf(int block) const;
    // Reads the rows of blocks [from, to) into `out` in the order written, with absolute
    // paths: firstRowOf(to) - firstRowOf(from) rows, default-constructed, that it assigns.
    // False when they cannot be read or a row is not the one its key stands for (its path's
    // hash and its identity, which a load may have trusted already). Several threads may read
    // blocks of one snapshot at once, each into rows of its own.
    bool readInto(int from, int to, StorySummary *out) const;
    // The same into a list of their own; nullopt when they cannot be read.
    std::optional<QList<StorySummary>> read(int from, int to) const;

private:
    struct Block
    {
        qint64 offset = 0;
        qint64 rows = 0;
        qint64 firstRow = 0;
    };

    QString m_file;
    FileIdentity m_opened;   // the file open() read: read() reads no other put in its place
    QString m_folder;
    QString m_prefix;   // the folder and a slash
    QList<QString> m_strings;       // by id - 1; id 0 is the null string
    QList<QByteArray> m_bytes;
    QList<Block> m_blocks;
    QByteArray m_trailer;           // the table of contents, until takeCounts()
    qsizetype m_countsAt = 0;       // where the counts are in it
    QList<RowKey> m_keys;
    qint64 m_rowsEnd = 0;           // where the last block ends
    qsizetype m_rowCount = 0;
};

} // namespace Storydesk
