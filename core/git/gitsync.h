#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Storydesk {

class GitRepository;

// What a sync did, or why it stopped, classified so the app and the CLI can say what to do.
struct GitSyncResult
{
    enum class Status {
        Synced,                // fetched, integrated and (when ahead) pushed
        NoUpstream,            // the branch has no upstream: commits stay local
        NotARepository,
        DetachedHead,
        OperationInProgress,   // a merge or rebase was already under way
        LocalChanges,          // uncommitted changes git would not move out of the way
        Unreachable,           // the remote could not be reached (network, missing path)
        AuthenticationFailed,
        PushRejected,          // the remote moved on between fetch and push: sync again
        Conflicts,             // integrating left conflicts: conflictPaths lists them
        Cancelled,
        Failed,                // anything else: message holds git's words
    };

    Status status = Status::Failed;
    QString message;            // for the user
    QString gitOutput;          // git's stderr of the failing step, for details
    QStringList incomingPaths;  // site paths changed between the HEAD before and after
    QStringList conflictPaths;  // site paths left unmerged
    bool pushed = false;

    bool ok() const { return status == Status::Synced; }
};

// Fetch, integrate as the repository is configured (branch.<name>.rebase, then
// pull.rebase; a merge otherwise), then push when there is an upstream and something to
// push. Blocking: the app runs it on a worker thread. Cancel is honoured while talking to
// the remote and between phases, never in the middle of a merge or rebase.
class GitSync
{
    Q_DECLARE_TR_FUNCTIONS(Storydesk::GitSync)

public:
    enum class Phase { Fetch, Integrate, Push, Done };
    using Progress = std::function<void(Phase)>;

    static GitSyncResult sync(const GitRepository &repository, const Progress &progress = {},
                              const std::atomic_bool *cancel = nullptr);

    // The failure class of a fetch or push from git's (C locale) stderr: Unreachable,
    // AuthenticationFailed, PushRejected or Failed.
    static GitSyncResult::Status classify(const QString &gitError);
    static QString phaseName(Phase phase);
    // How integration is configured for `branch`: true for a rebase.
    static bool rebases(const GitRepository &repository, const QString &branch);
};

} // namespace Storydesk
