#pragma once

#include "fieldmap.h"
#include "pathindex.h"
#include "storysummary.h"
#include "topicindex.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace Storydesk {

class StringPool;

// One opened folder's load, for StoryStore: the index's rows first (IndexedLoad), while a
// walk of the folder verifies them and every core parses what changed. Filled by the scan
// thread and the parse pool, drained by the UI thread, all under `mutex`. Once cancelled
// (another folder opened, the load cancelled, the store destroyed) its workers stop early
// and nothing it holds is delivered any more.
class FolderLoad : public std::enable_shared_from_this<FolderLoad>
{
public:
    using Prepare = std::function<void(StorySummary *summary)>;
    using Notify = std::function<void()>;

    FolderLoad(const QString &root, const FieldMap &map, const QByteArray &indexKey, bool useIndex, bool useSnapshot);

    // Loads the folder on the calling thread (the store's scan thread), with up to
    // `firstScreenRows` newest indexed rows out first. `parsePool` reads, `strings` and
    // `prepare` intern as the store does; `notify`, from any thread, says results wait.
    void run(int firstScreenRows, QThreadPool *parsePool, StringPool *strings, const Prepare &prepare, const Notify &notify);

    const QString root;
    const FieldMap map;          // the site's field map every story is read with
    const QByteArray indexKey;   // and the index it is kept in (StoryIndex)
    const bool useIndex;
    const bool useSnapshot;   // the index's rows from its snapshot, when there is one

    std::atomic_bool cancelled{false};
    QMutex mutex;
    QList<StorySummary> pending;           // read from files
    QHash<QString, QString> directories;   // walked (path -> canonical), set when the scan ends
    int found = 0;
    bool scanFinished = false;
    bool notifyPosted = false;
    // With an index: its rows (delivered once, first), the files found unchanged, and the
    // indexed files the scan did not find.
    bool indexRead = false;     // the index's rows are in `indexed`: parsed rows may follow them
    bool indexOpened = false;
    QList<StorySummary> firstScreen;    // the newest indexed rows, delivered on their own
    TopicIndex::Counts firstScreenCounts;
    QList<StorySummary> indexed;        // every indexed row, the first screen's first
    qsizetype indexedListed = 0;        // of which the first screen
    TopicIndex::Counts indexedCounts;   // the facets of the others, counted by the reading threads
    PathIndex rowByPath;                // of the indexed rows, as listed
    bool reopen = false;                // the snapshot turned out damaged: the folder is opened again
    int verified = 0;
    QStringList removed;
    // With a snapshot (IndexedLoad): rows it had out of date but the index had right, and how
    // many it did not have right (rewritten at the end when that is many).
    bool fromSnapshot = false;
    QList<StorySummary> refreshed;
    int sinceSnapshot = 0;
    bool firstScreenChanged = false;
    bool memoryReleased = false;   // after the first rescan that follows the load

private:
    void parse(const QStringList &paths, QThreadPool *pool, const Prepare &prepare, const Notify &notify);
};

} // namespace Storydesk
