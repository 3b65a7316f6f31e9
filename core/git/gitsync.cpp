#include "gitsync.h"

#include "gitrepository.h"
#include "gitstatus.h"

#include <QCoreApplication>

namespace Storydesk {

namespace {

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

GitSyncResult failure(GitSyncResult::Status status, const QString &message, const QString &gitOutput = QString())
{
    GitSyncResult result;
    result.status = status;
    result.message = message;
    result.gitOutput = gitOutput;
    return result;
}

GitSyncResult remoteFailure(const GitResult &run, const QString &remote)
{
    if (run.outcome == GitResult::Outcome::Cancelled)
        return failure(GitSyncResult::Status::Cancelled, GitSync::tr("Sync cancelled."));
    if (!run.started() || run.outcome == GitResult::Outcome::TimedOut)
        return failure(GitSyncResult::Status::Failed, run.errorText(), run.err);
    const GitSyncResult::Status status = GitSync::classify(run.err);
    switch (status) {
    case GitSyncResult::Status::Unreachable:
        return failure(status, GitSync::tr("The remote %1 cannot be reached: check the network and the remote's address.").arg(remote), run.err);
    case GitSyncResult::Status::AuthenticationFailed:
        return failure(status, GitSync::tr("The remote %1 refused your credentials: check your login, token or SSH key.").arg(remote), run.err);
    case GitSyncResult::Status::PushRejected:
        return failure(status, GitSync::tr("Someone pushed to %1 in the meantime: sync again to take their work in.").arg(remote), run.err);
    default:
        return failure(status, run.errorText(), run.err);
    }
}

QStringList unmergedSitePaths(const GitRepository &repository)
{
    return GitStatus::read(repository).pathsIn(GitFileState::Conflict);
}

QStringList changedBetween(const GitRepository &repository, const QString &from, const QString &to)
{
    if (from.isEmpty() || to.isEmpty() || from == to)
        return {};
    // --relative in the site folder: only the site's files, as site paths.
    const GitResult diff = repository.gitInSite().run({QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("-z"),
                                                        QStringLiteral("--no-renames"), QStringLiteral("--relative"), from, to});
    QStringList paths;
    if (!diff.ok())
        return paths;
    for (const QByteArray &path : diff.out.split('\0')) {
        if (!path.isEmpty())
            paths.append(QString::fromUtf8(path));
    }
    return paths;
}

// How `git pull` would integrate: the branch's own setting wins over pull.rebase. Empty
// for a merge, "true" for a rebase, "merges" for a rebase that keeps merges ("interactive"
// runs as a plain rebase here).
QString rebaseSetting(const GitRepository &repository, const QString &branch)
{
    std::optional<QString> value = repository.config(QStringLiteral("branch.%1.rebase").arg(branch));
    if (!value)
        value = repository.config(QStringLiteral("pull.rebase"));
    const QString v = value.value_or(QString()).trimmed().toLower();
    if (v == QLatin1String("merges") || v == QLatin1String("m"))
        return QStringLiteral("merges");
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on") || v == QLatin1String("1")
        || v == QLatin1String("interactive") || v == QLatin1String("i"))
        return QStringLiteral("true");
    return QString();
}

} // namespace

GitSyncResult::Status GitSync::classify(const QString &gitError)
{
    // Rejections first: their text also names the remote. "The remote moved on" is either
    // git's own check ([rejected] ... fetch first / non-fast-forward) or, when someone
    // pushed between our fetch and our push, the remote refusing to move a ref that is no
    // longer where we saw it. A hook or a protected branch ([remote rejected] for another
    // reason) is not something syncing again would fix.
    if (containsAny(gitError, {"[rejected]", "Updates were rejected", "non-fast-forward", "fetch first", "stale info", "but expected"}))
        return GitSyncResult::Status::PushRejected;
    if (containsAny(gitError, {"Authentication failed", "could not read Username", "could not read Password",
                               "terminal prompts disabled", "Permission denied", "HTTP Basic: Access denied",
                               "returned error: 401", "returned error: 403", "Host key verification failed"}))
        return GitSyncResult::Status::AuthenticationFailed;
    if (containsAny(gitError, {"does not appear to be a git repository", "Could not read from remote repository",
                               "Could not resolve host", "unable to access", "Connection refused", "Connection timed out",
                               "No route to host", "Network is unreachable", "Could not resolve hostname",
                               "repository not found", "unable to connect", "Operation timed out"}))
        return GitSyncResult::Status::Unreachable;
    return GitSyncResult::Status::Failed;
}

QString GitSync::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Fetch: return tr("Fetching");
    case Phase::Integrate: return tr("Integrating");
    case Phase::Push: return tr("Pushing");
    case Phase::Done: return tr("Done");
    }
    return QString();
}

bool GitSync::rebases(const GitRepository &repository, const QString &branch)
{
    return !rebaseSetting(repository, branch).isEmpty();
}

GitSyncResult GitSync::sync(const GitRepository &repository, const Progress &progress, const std::atomic_bool *cancel)
{
    auto report = [&](Phase phase) {
        if (progress)
            progress(phase);
    };
    auto cancelled = [&] { return cancel && cancel->load(); };

    if (!repository.isValid())
        return failure(GitSyncResult::Status::NotARepository, tr("The site folder is not in a git repository."));
    const GitRepository::Operation operation = repository.operationInProgress();
    if (operation != GitRepository::Operation::None) {
        GitSyncResult result = failure(GitSyncResult::Status::OperationInProgress,
                                       tr("The repository is in the middle of %1: resolve the conflicts and finish it first.")
                                           .arg(GitRepository::operationName(operation)));
        result.conflictPaths = unmergedSitePaths(repository);
        return result;
    }
    const QString branch = repository.currentBranch();
    if (branch.isEmpty())
        return failure(GitSyncResult::Status::DetachedHead,
                       tr("HEAD is detached (no branch is checked out): check out a branch to sync, e.g. `git switch main`."));
    const GitRepository::Upstream upstream = repository.upstream();
    if (!upstream.isValid())
        return failure(GitSyncResult::Status::NoUpstream,
                       tr("The branch %1 has no upstream: your commits stay on this machine. Set one with "
                          "`git push -u origin %1`.").arg(branch));

    const QString before = repository.head();
    GitProcess remoteGit = repository.git(cancel);

    // Fetch. A local upstream (remote ".") has nothing to fetch.
    if (upstream.remote != QLatin1String(".")) {
        report(Phase::Fetch);
        const GitResult fetched = remoteGit.run({QStringLiteral("fetch"), QStringLiteral("--quiet"), upstream.remote});
        if (!fetched.ok())
            return remoteFailure(fetched, upstream.remote);
    }
    if (cancelled())
        return failure(GitSyncResult::Status::Cancelled, tr("Sync cancelled."));

    // Integrate: local only, and never killed half way.
    report(Phase::Integrate);
    GitProcess git = repository.git();
    const QString upstreamRef = QStringLiteral("@{upstream}");
    const bool hasIncoming = git.run({QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"), upstreamRef, QStringLiteral("HEAD")}).exitCode != 0;
    if (hasIncoming) {
        // --autostash: saved but uncommitted stories are set aside and put back, as an
        // editor expects from Sync; git keeps them in the stash if putting back conflicts.
        const QString rebase = rebaseSetting(repository, branch);
        QStringList arguments = !rebase.isEmpty()
            ? QStringList{QStringLiteral("rebase"), QStringLiteral("--autostash"), upstreamRef}
            : QStringList{QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("--autostash"), upstreamRef};
        if (rebase == QLatin1String("merges"))
            arguments.insert(1, QStringLiteral("--rebase-merges"));
        const GitResult integrated = git.run(arguments);
        const QStringList conflicts = unmergedSitePaths(repository);
        if (!integrated.ok() || !conflicts.isEmpty()) {
            const bool stopped = repository.operationInProgress() != GitRepository::Operation::None;
            if (stopped || !conflicts.isEmpty()) {
                GitSyncResult result = failure(GitSyncResult::Status::Conflicts,
                                               conflicts.size() == 1
                                                   ? tr("1 story could not be merged automatically: resolve the conflicts, then "
                                                        "commit and sync again.")
                                                   : tr("%n stories could not be merged automatically: resolve the conflicts, "
                                                        "then commit and sync again.", nullptr, int(conflicts.size())),
                                               integrated.err);
                result.conflictPaths = conflicts;
                result.incomingPaths = changedBetween(repository, before, repository.head());
                return result;
            }
            const QString err = integrated.err + QString::fromUtf8(integrated.out);
            if (containsAny(err, {"would be overwritten", "untracked working tree files", "unstaged changes", "uncommitted changes"}))
                return failure(GitSyncResult::Status::LocalChanges,
                               tr("Your uncommitted changes are in the way of what came in: commit them first, then sync again."), err);
            return failure(GitSyncResult::Status::Failed, integrated.errorText(), integrated.err);
        }
    }
    GitSyncResult result;
    result.incomingPaths = changedBetween(repository, before, repository.head());

    // Push when there is something to push.
    if (upstream.remote != QLatin1String(".")) {
        const GitResult ahead = git.run({QStringLiteral("rev-list"), QStringLiteral("--count"), upstreamRef + QStringLiteral("..HEAD")});
        if (ahead.ok() && ahead.outLine().toInt() > 0) {
            if (cancelled()) {
                result.status = GitSyncResult::Status::Cancelled;
                result.message = tr("Sync cancelled before pushing: what came in is merged, your commits are not pushed yet.");
                return result;
            }
            report(Phase::Push);
            const GitResult pushed = remoteGit.run({QStringLiteral("push"), QStringLiteral("--quiet"), upstream.remote,
                                                    QStringLiteral("HEAD:") + upstream.mergeRef});
            if (!pushed.ok()) {
                GitSyncResult failed = remoteFailure(pushed, upstream.remote);
                failed.incomingPaths = result.incomingPaths;
                return failed;
            }
            result.pushed = true;
        }
    }
    report(Phase::Done);
    result.status = GitSyncResult::Status::Synced;
    result.message = result.incomingPaths.isEmpty()
        ? (result.pushed ? tr("Synced: your commits are pushed.") : tr("Synced: up to date."))
        : result.incomingPaths.size() == 1 ? tr("Synced: 1 story changed.")
                                           : tr("Synced: %n stories changed.", nullptr, int(result.incomingPaths.size()));
    return result;
}

} // namespace Storydesk
