#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Storydesk {

class GitRepository;

// What a commit did, or why it was refused.
struct GitCommitResult
{
    enum class Status {
        Committed,
        NothingToCommit,       // none of the paths has a change
        NotARepository,
        NoIdentity,            // user.name or user.email missing
        OperationInProgress,   // a merge or rebase is under way
        Failed,                // git refused (a hook, a lock...): message holds git's words
    };

    Status status = Status::Failed;
    QString message;          // for the user when not Committed
    QString commit;           // the new commit's id
    QStringList paths;        // the site paths committed

    bool ok() const { return status == Status::Committed; }
};

// Commits exactly the given stories of a site and nothing else: untracked ones are added
// first, other staged or modified files stay as they were.
class GitCommit
{
    Q_DECLARE_TR_FUNCTIONS(Storydesk::GitCommit)

public:
    // Paths relative to the site folder; those without a change are left out.
    static GitCommitResult commit(const GitRepository &repository, const QStringList &sitePaths, const QString &message);
};

} // namespace Storydesk
