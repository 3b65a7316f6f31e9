#pragma once

#include "storyindex.h"
#include "storyscanner.h"
#include "storystore.h"
#include "summarydescription.h"
#include "summaryreader.h"

#include <QSignalSpy>
#include <QStringList>

#include <algorithm>

// Every story of a folder as its files, a StoryStore and its index hold it, one description
// a story (TestSummaries::describe()), sorted by path: what a reopened folder shows once
// verified must be what the files say.
namespace Storydesk::StoredSummaries {

inline QStringList described(QList<StorySummary> rows)
{
    std::sort(rows.begin(), rows.end(), [](const StorySummary &a, const StorySummary &b) { return a.path < b.path; });
    QStringList out;
    for (const StorySummary &s : std::as_const(rows))
        out.append(TestSummaries::describe(s));
    return out;
}

// Every story on disk, read afresh.
inline QStringList onDisk(const QString &folder)
{
    QList<StorySummary> rows;
    for (const QString &path : StoryScanner(folder).scan())
        rows.append(SummaryReader::read(path));
    return described(rows);
}

inline QStringList inStore(const StoryStore &store)
{
    QList<StorySummary> rows;
    for (int row = 0; row < store.count(); ++row)
        rows.append(store.summary(row));
    return described(rows);
}

inline QStringList inIndex(const QString &folder)
{
    StoryIndex index(folder);
    if (!index.open())
        return {};
    return described(index.readAll().value_or(QList<StorySummary>()));
}

// Opens `folder` and waits until it is verified and its index (and snapshot) written.
inline bool openAndWait(StoryStore &store, const QString &folder)
{
    QSignalSpy finished(&store, &StoryStore::loadFinished);
    store.openFolder(folder);
    if (store.isLoading() && !finished.wait(60000))
        return false;
    store.waitForIndex();
    return true;
}

} // namespace Storydesk::StoredSummaries
