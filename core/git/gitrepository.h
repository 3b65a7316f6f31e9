#pragma once

#include "gitprocess.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Storydesk {

// The git work tree a site folder lives in (the site may be a subfolder of it): its
// root, the site's place in it, config, branch, upstream and any merge or rebase in
// progress. A folder outside any work tree, or a machine without git, gives an invalid
// repository without errors: the app then shows nothing of git.
class GitRepository
{
public:
    enum class Operation { None, Merge, Rebase, CherryPick, Revert };

    // Who last committed a story, for the preview ("Ana Ruiz, 2 hours ago").
    struct LastCommit
    {
        QString author;
        QDateTime time;   // UTC
        bool isValid() const { return time.isValid(); }
    };

    GitRepository() = default;
    // One `git rev-parse` in siteFolder.
    static GitRepository open(const QString &siteFolder);

    bool isValid() const { return !m_workTree.isEmpty(); }
    QString siteFolder() const { return m_siteFolder; }   // absolute, as opened
    QString workTree() const { return m_workTree; }       // absolute root of the work tree
    QString gitDir() const { return m_gitDir; }
    // The site folder relative to the work tree, with a trailing '/' ("news/"); empty at the root.
    QString sitePrefix() const { return m_sitePrefix; }

    // A runner in the work tree; `cancel` may be null.
    GitProcess git(const std::atomic_bool *cancel = nullptr) const;
    // A runner in the site folder, for commands whose paths are relative to it.
    GitProcess gitInSite(const std::atomic_bool *cancel = nullptr) const;

    // Paths: site paths are relative to the site folder ('/' separators), repository paths
    // relative to the work tree root, as git prints them.
    QString toRepositoryPath(const QString &sitePath) const { return m_sitePrefix + sitePath; }
    // Empty when the repository path lies outside the site folder.
    QString toSitePath(const QString &repositoryPath) const;

    // `git config --get key`; nullopt when unset.
    std::optional<QString> config(const QString &key) const;
    // user.name and user.email both set (what a commit needs).
    bool hasIdentity() const;

    // The current branch's short name; empty when HEAD is detached.
    QString currentBranch() const;
    bool isDetached() const;
    // The commit HEAD points at; empty on an unborn branch.
    QString head() const;
    // The current branch's upstream: remote name ("origin", or "." for a local branch),
    // the branch there ("refs/heads/main") and the short name ("origin/main"). Empty when none.
    struct Upstream
    {
        QString remote;
        QString mergeRef;
        QString shortName;
        bool isValid() const { return !shortName.isEmpty(); }
    };
    Upstream upstream() const;
    // A merge, rebase, cherry-pick or revert stopped half way (looked up through
    // `git rev-parse --git-path`, so worktrees and odd layouts work).
    Operation operationInProgress() const;
    static QString operationName(Operation operation);

    LastCommit lastCommit(const QString &sitePath) const;
    // The bytes of many files at one revision in one `git cat-file --batch`; nullopt for a
    // path the revision does not have.
    QList<std::optional<QByteArray>> readFiles(const QString &revision, const QStringList &sitePaths) const;

private:
    QString m_siteFolder;
    QString m_workTree;
    QString m_gitDir;
    QString m_sitePrefix;
};

} // namespace Storydesk
