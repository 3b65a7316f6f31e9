#include "storyrowmatch.h"

#include "storystore.h"

namespace Storydesk {

bool storyRowMatches(const StoryStore &store, int row, const StoryFilter &query, const FacetSelection &facets,
                     const DuplicateLookup &isDuplicate, const GitStateLookup &gitState)
{
    const StorySummary &story = store.summary(row);
    const GitFileState git = gitState && facets.needsGitState() ? gitState(story.path) : GitFileState::Clean;
    if (!facets.matches(story, git))
        return false;
    if (!query.needsRowFacts())
        return query.matches(story);
    StoryFilter::RowFacts facts;
    facts.modified = store.isDirty(row);
    facts.duplicate = isDuplicate && isDuplicate(story.path);
    return query.matches(story, facts);
}

} // namespace Storydesk
