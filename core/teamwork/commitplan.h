#pragma once

#include "gitcommit.h"
#include "gitrepository.h"
#include "gitstatus.h"
#include "storychanges.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Storydesk {

// What File ▸ Commit… and `storydesk-cli commit` offer to commit: the site's saved,
// uncommitted stories (from one `git status`), what each changes field by field against
// HEAD's version, the message generated for any choice of them, and why a commit would be
// refused before git is asked. Blocking: the app reads it on a worker thread.
class CommitPlan
{
    Q_DECLARE_TR_FUNCTIONS(Storydesk::CommitPlan)

public:
    struct Story
    {
        QString path;   // relative to the site folder
        GitFileState state = GitFileState::Changed;
        StoryChanges changes;
    };

    enum class Refusal {
        None,
        NotARepository,        // no git, or the folder is not in a work tree
        NoIdentity,            // user.name or user.email missing
        OperationInProgress,   // a merge or rebase is under way
        NothingToCommit,       // no story has a saved change
        Failed,                // git status failed (or was cancelled)
    };

    // Every changed story of the site, or only those of `sitePaths` when given.
    static CommitPlan read(const QString &siteFolder, const QStringList &sitePaths = {}, const std::atomic_bool *cancel = nullptr);
    // The same in a repository already opened (the CLI opens it first to say why it cannot).
    static CommitPlan read(const GitRepository &repository, const QStringList &sitePaths = {}, const std::atomic_bool *cancel = nullptr);

    const GitRepository &repository() const { return m_repository; }
    const QList<Story> &stories() const { return m_stories; }
    QStringList paths() const;
    const Story *story(const QString &path) const;

    Refusal refusal() const { return m_refusal; }
    // The refusal in the editor's words, with what to do about it; empty for None.
    QString refusalText() const;

    // The generated message for committing `paths` (those of the plan), as
    // StoryChanges::commitMessage writes it; a plain count when it has nothing to say.
    QString message(const QStringList &paths) const;

    // Commits exactly `paths` with `message` (GitCommit): nothing else is staged.
    GitCommitResult commit(const QStringList &paths, const QString &message) const;

private:
    GitRepository m_repository;
    QList<Story> m_stories;
    Refusal m_refusal = Refusal::NotARepository;
    QString m_operation;   // the operation in progress, for the refusal text
};

} // namespace Storydesk
