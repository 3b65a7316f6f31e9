#include "gitcommit.h"

#include "gitrepository.h"
#include "gitstatus.h"

#include <QCoreApplication>

namespace Storydesk {

namespace {

// Paths go to git through stdin, NUL-separated: no length limit for a thousand stories, and
// --literal-pathspecs keeps a '*' or ':' in a file name from being read as a pattern.
QByteArray pathspecInput(const QStringList &repositoryPaths)
{
    QByteArray input;
    for (const QString &path : repositoryPaths)
        input += path.toUtf8() + '\0';
    return input;
}

} // namespace

GitCommitResult GitCommit::commit(const GitRepository &repository, const QStringList &sitePaths, const QString &message)
{
    GitCommitResult result;
    if (!repository.isValid()) {
        result.status = GitCommitResult::Status::NotARepository;
        result.message = tr("The site folder is not in a git repository.");
        return result;
    }
    const GitRepository::Operation operation = repository.operationInProgress();
    if (operation != GitRepository::Operation::None) {
        result.status = GitCommitResult::Status::OperationInProgress;
        result.message = tr("The repository is in the middle of %1: finish or abort it first (resolve the conflicts, "
                            "then `git merge --continue` or `git rebase --continue`).")
                             .arg(GitRepository::operationName(operation));
        return result;
    }
    if (!repository.hasIdentity()) {
        result.status = GitCommitResult::Status::NoIdentity;
        result.message = tr("git does not know who you are: set your name and email with\n"
                            "  git config --global user.name \"Your Name\"\n"
                            "  git config --global user.email \"you@example.com\"");
        return result;
    }

    const GitStatus status = GitStatus::read(repository);
    QStringList changed;
    QStringList untracked;
    QStringList paths = sitePaths;
    paths.removeDuplicates();
    for (const QString &path : std::as_const(paths)) {
        const GitFileState state = status.state(path);
        if (state == GitFileState::Clean || state == GitFileState::Incoming)
            continue;
        if (state == GitFileState::Conflict) {
            result.status = GitCommitResult::Status::OperationInProgress;
            result.message = tr("%1 has an unresolved conflict: resolve it first.").arg(path);
            return result;
        }
        changed.append(repository.toRepositoryPath(path));
        if (status.isUntracked(path))
            untracked.append(repository.toRepositoryPath(path));
    }
    if (changed.isEmpty()) {
        result.status = GitCommitResult::Status::NothingToCommit;
        result.message = tr("Nothing to commit: the stories have no saved changes.");
        return result;
    }

    GitProcess git = repository.git();
    const QStringList literal = {QStringLiteral("--literal-pathspecs")};
    if (!untracked.isEmpty()) {
        // `commit --only` takes only tracked paths: new stories enter the index first.
        const GitResult added = git.run(literal + QStringList{QStringLiteral("add"), QStringLiteral("--pathspec-from-file=-"),
                                                             QStringLiteral("--pathspec-file-nul")},
                                        pathspecInput(untracked));
        if (!added.ok()) {
            result.message = added.errorText();
            return result;
        }
    }
    const GitResult committed = git.run(literal + QStringList{QStringLiteral("commit"), QStringLiteral("--quiet"),
                                                             QStringLiteral("--only"), QStringLiteral("--no-edit"),
                                                             QStringLiteral("-m"), message,
                                                             QStringLiteral("--pathspec-from-file=-"), QStringLiteral("--pathspec-file-nul")},
                                        pathspecInput(changed));
    if (!committed.ok()) {
        if (!untracked.isEmpty()) {
            // Leave the index as it was: the stories this call added go back to untracked
            // (ones the editor had added before stay added).
            git.run(literal + QStringList{QStringLiteral("rm"), QStringLiteral("--cached"), QStringLiteral("--quiet"),
                                          QStringLiteral("--pathspec-from-file=-"), QStringLiteral("--pathspec-file-nul")},
                    pathspecInput(untracked));
        }
        result.message = committed.errorText();
        return result;
    }
    result.status = GitCommitResult::Status::Committed;
    result.commit = repository.head();
    for (const QString &path : changed)
        result.paths.append(repository.toSitePath(path));
    return result;
}

} // namespace Storydesk
