#pragma once

#include "fileidentity.h"
#include "pathindex.h"
#include "storyscanner.h"
#include "storysummary.h"
#include "topicindex.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThreadPool;

namespace Storydesk {

class StoryIndex;
class StringPool;

// What a reopened folder's index holds, read for StoryStore's load while the walk lists the
// folder: the newest first screen on its own (shown before anything else), then the other
// rows, read in two halves on two threads, from the folder's SummarySnapshot when it has
// one, else from the index. All of it on reading threads: the walk starts at once. With a
// snapshot, the rows' paths and file identities are known before any row is read, so the
// walk checks each file as it finds it; from the index, once the rows are read. One object
// a load, used from the thread that started it.
class IndexedLoad
{
public:
    using Prepare = std::function<void(StorySummary *summary)>;
    using FirstScreenRead = std::function<void(const QList<StorySummary> &rows, TopicIndex::Counts &&counts)>;

    // The index of `root` kept under `fieldsKey`. Rows from the index get `prepare`; those
    // from the snapshot share `strings`, the pool `prepare` interns in. `pool` reads.
    IndexedLoad(const QString &root, const QByteArray &fieldsKey, QThreadPool *pool, StringPool *strings, Prepare prepare);
    ~IndexedLoad();   // waits for the rows being read
    Q_DISABLE_COPY_MOVE(IndexedLoad)

    // Opens the index and starts reading it in the background: up to `firstScreenRows` newest
    // rows, handed to `firstScreenRead` (from a reading thread), then the rest.
    // An unreadable index is discarded and opened empty, to be rebuilt by the load.
    // Without `useSnapshot`, the index alone is read.
    void start(int firstScreenRows, bool useSnapshot, const FirstScreenRead &firstScreenRead);
    // Whether verify() can tell yet: once a snapshot's keys are read, else once takeRows()
    // returned.
    bool rowsKnown() const { return m_rowsKnown.load(std::memory_order_acquire); }
    // Whether takeRows() would return without waiting.
    bool rowsRead() const;

    struct Rows
    {
        bool opened = false;                      // an index is there (or was made) to write into
        bool fromSnapshot = false;
        // Set when a snapshot, already trusted for check(), turned out damaged: the rows
        // checked against it cannot be trusted, and the folder must be opened again.
        bool snapshotFailed = false;
        // Every row, the first screen's (shown already) first; nullopt: not readable.
        std::optional<QList<StorySummary>> rows;
        qsizetype firstScreen = 0;                // how many rows the first screen has
        TopicIndex::Counts counts;                // of the rows after it
        PathIndex rowByPath;                      // of `rows`
    };
    // Waits for the rest and hands it over (once).
    Rows takeRows();

    // What the walk found, checked against the rows (the walk's identities: no second stat).
    struct Verdict
    {
        qsizetype stories = 0;             // of the files found: a text file without a front
                                           // matter fence is none (looked at only when new or changed)
        QStringList changed;               // new or changed: to be read
        QList<StorySummary> current;       // changed since the snapshot but not since the index
    };
    Verdict verify(const QList<StoryScanner::Found> &files);
    // The rows the walk did not find as stories: deleted since, or no longer stories.
    QStringList unchecked() const;
    // Whether a row of the first screen (shown before anything was verified) changed or went.
    bool firstScreenChanged() const;

private:
    // `path` found as `identity` on disk: Unchanged when a row has it so (the row is kept),
    // Changed when a row has it otherwise, New without a row.
    enum class Check { Unchanged, Changed, New };
    Check check(const QString &path, const FileIdentity &identity);
    void keep(const QString &path);   // a changed file is still a story: its row is replaced
    // Of the `changed` files (their identity on disk in `onDisk`), those the index holds as
    // they are now: returned, and taken out of `changed`.
    QList<StorySummary> takeFromIndex(QStringList *changed, const QHash<QString, FileIdentity> &onDisk);
    // What a reading thread hands over.
    struct Read
    {
        bool opened = true;
        QList<StorySummary> firstScreen;          // read from the index there (and shown)
        std::optional<QList<StorySummary>> rows;  // as Rows::rows
        QList<QString> paths;                     // of a snapshot's rows
        TopicIndex::Counts counts;
    };
    // The rows from the snapshot `file`, on a reading thread; nullopt when it has none to
    // offer (before rowsKnown(): the index is read instead).
    std::optional<Read> readSnapshot(const QString &file, int firstScreenRows, const FirstScreenRead &firstScreenRead);
    // The rest from the index, on a reading thread (after its first screen, if `firstScreen`
    // is empty).
    Read readIndex(int firstScreenRows, const FirstScreenRead &firstScreenRead) const;
    void listRows(const QList<StorySummary> &rows);
    int rowOf(const QString &path) const;

    QString m_root;
    QByteArray m_fieldsKey;
    QThreadPool *m_pool;
    StringPool *m_strings;
    Prepare m_prepare;
    std::unique_ptr<StoryIndex> m_index;          // opened by start(), on this thread
    QFuture<Read> m_reading;
    bool m_opened = false;
    // What a reading thread sets before rowsKnown(), for this thread to read after it.
    std::atomic_bool m_rowsKnown = false;
    bool m_fromSnapshot = false;
    QList<StorySummary> m_firstScreen;            // as shown
    // The rows as StoryStore lists them (first screen, then the rest): by path, and each
    // with the identity it was read with, and whether the walk found it.
    PathIndex m_rowByPath;
    QList<FileIdentity> m_identities;
    std::vector<char> m_checked;
    bool m_firstScreenKept = false;               // a first screen's row changed on disk
    QList<QString> m_paths;                       // for unchecked(); filled with the rows
};

} // namespace Storydesk
