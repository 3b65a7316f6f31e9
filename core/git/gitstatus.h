#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Storydesk {

class GitRepository;

// Where a story stands in git. The order is the precedence when several apply: a story
// that came in with the last sync and was then edited is `Changed`.
enum class GitFileState {
    Clean,      // committed, nothing to say
    Incoming,   // changed by the last sync
    New,        // untracked, or added but not committed
    Changed,    // modified (saved, not committed)
    Deleted,    // gone from the work tree or staged for removal
    Conflict,   // unmerged
};

// The git state of every story of a site folder from one
// `git status --porcelain=v2 -z --untracked-files=all` scoped to the folder, plus the
// paths the last sync brought in. Paths are relative to the site folder, '/'-separated;
// a path not listed is Clean.
class GitStatus
{
public:
    // One git status; `ok` (when given) is false when git failed or was cancelled.
    static GitStatus read(const GitRepository &repository, const std::atomic_bool *cancel = nullptr, bool *ok = nullptr);
    // Parses porcelain v2 -z output; paths outside `sitePrefix` (the site folder relative
    // to the work tree root, "news/" or empty) are left out.
    static GitStatus parse(const QByteArray &porcelain, const QString &sitePrefix = QString());

    GitFileState state(const QString &sitePath) const;
    // Every path with a state other than Clean or Incoming, sorted.
    QStringList changedPaths() const;
    QStringList pathsIn(GitFileState state) const;
    const QHash<QString, GitFileState> &states() const { return m_states; }
    qsizetype count(GitFileState state) const;

    // The paths the last sync changed (GitSyncResult::incomingPaths): they read Incoming
    // unless they have a state of their own.
    void setIncoming(const QStringList &sitePaths);
    const QSet<QString> &incoming() const { return m_incoming; }

    // "new", "changed", "incoming", "conflict", "deleted", "clean": the query terms' words.
    static QString stateName(GitFileState state);

private:
    QHash<QString, GitFileState> m_states;
    QSet<QString> m_incoming;
};

} // namespace Storydesk
