#pragma once

#include "facetselection.h"
#include "sitegitstates.h"
#include "storyfilter.h"

#include <QString>

#include <functional>

namespace Storydesk {

class StoryStore;

// Answers is:duplicate for a story path (DuplicateIndex::lookup()). It is called from the
// matching threads at once, so it must only read. Empty: no story is a duplicate.
using DuplicateLookup = std::function<bool(const QString &path)>;

// Whether row `row` of `store` is shown under a query and the facets chosen beside it: the
// one rule behind the table's rows and a desk's count, so a desk that says 12 shows 12.
// The facts a query may ask about that are not in the summary (unsaved edits, duplicates,
// the git state) are only looked up when it or the facets do. Only reads: safe from
// matchRowsInParallel().
bool storyRowMatches(const StoryStore &store, int row, const StoryFilter &query, const FacetSelection &facets,
                     const DuplicateLookup &isDuplicate, const GitStateLookup &gitState = {});

} // namespace Storydesk
