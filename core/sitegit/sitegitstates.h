#pragma once

#include "gitstatus.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <array>
#include <functional>
#include <optional>

namespace Storydesk {

// The app's view of GitStatus: states by absolute path, as the store lists stories (a path
// not listed is GitFileState::Clean), and the states the Git column, the Git facet and the
// `git:` terms name, by the words GitStatus::stateName() gives them.
using GitStates = QHash<QString, GitFileState>;

// Answers the git state of a story path. Called from the matching threads at once, so it
// must only read. Empty: every story is Clean.
using GitStateLookup = std::function<GitFileState(const QString &path)>;

inline constexpr int GitFileStateCount = int(GitFileState::Conflict) + 1;

// The states the Git facet lists, in its order. (Deleted files are no rows.)
inline constexpr std::array<GitFileState, 4> GitFileStates = {GitFileState::New, GitFileState::Changed, GitFileState::Incoming,
                                                               GitFileState::Conflict};

inline QString gitFileStateId(GitFileState state)
{
    return GitStatus::stateName(state);
}

// The state a word names ("changed"), ignoring case; nullopt for anything else.
inline std::optional<GitFileState> gitFileStateFromId(QStringView id)
{
    for (int i = 0; i < GitFileStateCount; ++i) {
        if (id.compare(GitStatus::stateName(GitFileState(i)), Qt::CaseInsensitive) == 0)
            return GitFileState(i);
    }
    return std::nullopt;
}

} // namespace Storydesk
