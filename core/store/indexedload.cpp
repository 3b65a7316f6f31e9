#include "indexedload.h"

#include "storyindex.h"

#include <QFuture>
#include <QSet>
#include <QtConcurrent>

namespace Storydesk {

IndexedLoad IndexedLoad::read(const QString &root, const QByteArray &fieldsKey, int firstScreenRows, QThreadPool *pool,
                              const Prepare &prepare, const FirstScreenRead &firstScreenRead)
{
    IndexedLoad load;
    StoryIndex index(root, fieldsKey);
    load.opened = index.open();
    if (!load.opened)
        return load;
    QSet<QString> firstPaths;
    if (std::optional<QList<StorySummary>> newest = index.readNewest(firstScreenRows, prepare)) {
        load.firstScreen = std::move(*newest);
    } else {
        load.opened = index.open();   // unreadable: discarded, rebuilt from this load
    }
    if (!load.firstScreen.isEmpty()) {
        TopicIndex::Counts firstCounts;
        firstPaths.reserve(load.firstScreen.size());
        for (StorySummary &summary : load.firstScreen) {
            firstCounts.apply(summary, +1);
            firstPaths.insert(summary.path);
        }
        firstScreenRead(load.firstScreen, std::move(firstCounts));
    }
    // A first screen short of full was the whole index.
    if (load.opened && load.firstScreen.size() < firstScreenRows) {
        if (!load.firstScreen.isEmpty())
            load.rest.emplace();
        return load;
    }
    if (!load.opened)
        return load;
    // The first screen, already shown, is left out of the halves.
    struct Half
    {
        std::optional<QList<StorySummary>> rows;
        TopicIndex::Counts counts;
    };
    const auto readHalf = [&root, &fieldsKey, &firstPaths, &prepare](int part) {
        Half half;
        StoryIndex reader(root, fieldsKey);
        half.rows = reader.open() ? reader.readAll(part, 2, prepare) : std::nullopt;
        if (half.rows) {
            half.rows->removeIf([&firstPaths](const StorySummary &summary) { return firstPaths.contains(summary.path); });
            for (const StorySummary &summary : std::as_const(*half.rows))
                half.counts.apply(summary, +1);
        }
        return half;
    };
    // The second half on a parse thread (idle until the walk finds changed files).
    QFuture<Half> otherHalf = QtConcurrent::run(pool, readHalf, 1);
    Half first = readHalf(0);
    Half second = otherHalf.result();
    if (first.rows && second.rows) {
        load.rest = std::move(first.rows);
        load.rest->append(std::move(*second.rows));
        load.restCounts = std::move(first.counts);
        load.restCounts.add(second.counts);
    }
    if (!load.rest)
        load.opened = index.open(); // discarded as unreadable: rebuilt from this load
    return load;
}

QHash<QString, FileIdentity> IndexedLoad::identities() const
{
    // The walk verifies the first screen like the other rows. Should the rest not read, the
    // first screen's files count as unknown: parsed again, their rows are replaced and
    // written into the rebuilt index.
    QHash<QString, FileIdentity> known;
    if (!rest)
        return known;
    known.reserve(firstScreen.size() + rest->size());
    for (const StorySummary &summary : firstScreen)
        known.insert(summary.path, summary.identity);
    for (const StorySummary &summary : *rest)
        known.insert(summary.path, summary.identity);
    return known;
}

} // namespace Storydesk
