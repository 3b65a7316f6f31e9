#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <array>
#include <functional>
#include <optional>

namespace Storydesk {

// Where a story stands in the site's git repository, as the Git column, the Git facet and
// the `git:` query terms name it. Ordered as the column sorts: nothing to say first.
enum class GitFileState : quint8 {
    None,      // committed and unchanged (or not in a repository)
    New,       // untracked, or added and never committed
    Changed,   // saved but not committed
    Incoming,  // changed by the last sync, unchanged here since
    Conflict,  // unmerged: the last merge or rebase left it in conflict
};
inline constexpr int GitFileStateCount = 5;

// The states of a site folder's files by absolute path (as the store lists them); a path not
// listed is GitFileState::None.
using GitStates = QHash<QString, GitFileState>;

// Answers the git state of a story path. Called from the matching threads at once, so it
// must only read. Empty: every story is GitFileState::None.
using GitStateLookup = std::function<GitFileState(const QString &path)>;

// The states that say something, in the order the column, the facet and the README list them.
inline constexpr std::array<GitFileState, 4> GitFileStates = {GitFileState::New, GitFileState::Changed,
                                                               GitFileState::Incoming, GitFileState::Conflict};

// The id of a state in queries (`git:changed`) and in desks.yaml's git facet.
inline QString gitFileStateId(GitFileState state)
{
    switch (state) {
    case GitFileState::None: return QStringLiteral("none");
    case GitFileState::New: return QStringLiteral("new");
    case GitFileState::Changed: return QStringLiteral("changed");
    case GitFileState::Incoming: return QStringLiteral("incoming");
    case GitFileState::Conflict: return QStringLiteral("conflict");
    }
    return {};
}

// The state an id names, ignoring case; nullopt for anything else.
inline std::optional<GitFileState> gitFileStateFromId(QStringView id)
{
    for (int i = 0; i < GitFileStateCount; ++i) {
        if (id.compare(gitFileStateId(GitFileState(i)), Qt::CaseInsensitive) == 0)
            return GitFileState(i);
    }
    return std::nullopt;
}

} // namespace Storydesk
