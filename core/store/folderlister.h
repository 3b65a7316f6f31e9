#pragma once

#include "fieldmap.h"
#include "storyindex.h"
#include "storysummary.h"

#include <QString>

#include <functional>

namespace Storydesk {

// Lists the stories of one folder in path order (StoryIndex::pathLess()) without holding
// them all: a story whose file is unchanged since the index saw it comes from the index,
// the others are read (on every core, a window at a time) and handed to an IndexWriter;
// indexed files that are gone are forgotten. How `storydesk-cli` reads a folder; the app's
// table loads through StoryStore. Finds the same files as StoryScanner.
class FolderLister
{
public:
    explicit FolderLister(const QString &folder);

    // With the index (the default) unchanged files are not read; off, every file is read
    // and no index is read or written.
    void setIndexEnabled(bool enabled) { m_indexEnabled = enabled; }
    // What the summaries of rows from the index hold beyond what every summary does (all by
    // default; filters on free text need the search key): a file read is read whole.
    void setRowParts(StoryIndex::RowParts parts) { m_rowParts = parts; }
    // The site's field map the stories are read with; its index is the map's (StoryIndex).
    void setFieldMap(const FieldMap &map) { m_map = map; }

    using Visitor = std::function<void(const StorySummary &summary)>;
    // Visits every story once, in path order, and returns once the index is written.
    void run(const Visitor &visit);

private:
    QString m_folder;
    bool m_indexEnabled = true;
    StoryIndex::RowParts m_rowParts = StoryIndex::allRowParts();
    FieldMap m_map = FieldMap::storyFormat();
};

} // namespace Storydesk
