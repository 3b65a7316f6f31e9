#include "storyrowmatch.h"

#include "storystore.h"

namespace Storydesk {

bool storyRowMatches(const StoryStore &store, int row, const StoryFilter &query, const FacetSelection &facets,
                     const DuplicateLookup &isDuplicate, const GitStateLookup &gitState)
{
    const StorySummary &story = store.summary(row);
    const bool needsGit = gitState && (facets.needsGitState() || query.needsGitState());
    const GitFileState git = needsGit ? gitState(story.path) : GitFileState::Clean;
    if (!facets.matches(story, git))
        return false;
    if (!query.needsRowFacts())
        return query.matches(story);
    StoryFilter::RowFacts facts;
    facts.modified = store.isDirty(row);
    facts.duplicate = isDuplicate && isDuplicate(story.path);
    facts.git = git;
    return query.matches(story, facts);
}

} // namespace Storydesk
