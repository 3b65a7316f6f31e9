#pragma once

#include "fileidentity.h"
#include "storysummary.h"
#include "topicindex.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QThreadPool;

namespace Storydesk {

// What a reopened folder's index holds, read for StoryStore's load: the newest first screen
// on its own (shown before anything else), then the other rows in two halves, each read,
// prepared and counted for the facets on a thread of its own.
class IndexedLoad
{
public:
    bool opened = false;                      // an index is there (or was made) to write into
    QList<StorySummary> firstScreen;
    std::optional<QList<StorySummary>> rest;  // nullopt when the index could not be read
    TopicIndex::Counts restCounts;

    using Prepare = std::function<void(StorySummary *summary)>;
    using FirstScreenRead = std::function<void(const QList<StorySummary> &rows, TopicIndex::Counts &&counts)>;
    // Reads the index of `root` kept under `fieldsKey`: up to `firstScreenRows` newest rows
    // first, handed to `firstScreenRead` at once, then the rest (the second half on `pool`).
    // An unreadable index is discarded and opened empty, to be rebuilt by the load.
    static IndexedLoad read(const QString &root, const QByteArray &fieldsKey, int firstScreenRows, QThreadPool *pool,
                            const Prepare &prepare, const FirstScreenRead &firstScreenRead);

    // Each row's file identity as the index saw it, for the walk to verify.
    QHash<QString, FileIdentity> identities() const;
};

} // namespace Storydesk
