#pragma once

#include "gitfilestate.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Storydesk {

// Where a site folder sits in a git work tree.
struct SiteRepository
{
    bool active = false;   // inside a work tree, and git runs
    QString folder;        // the site folder, absolute and clean (as the store lists paths)
    QString prefix;        // the folder relative to the work tree's top, "" or ending in '/'

    // The absolute path of a path git reports (relative to the top of the work tree), or
    // empty when it lies outside the site folder.
    QString absolutePath(const QString &repositoryPath) const;
};

// Who last committed a file, and when.
struct LastCommit
{
    QString author;
    QString email;
    QDateTime time;    // the author date, UTC
    QString commit;    // the full hash; empty when the file was never committed

    bool isCommitted() const { return !commit.isEmpty(); }
};

// The few git questions the app and the CLI ask about a site folder, each one run of the
// `git` tool, synchronous (the app calls them from worker threads), stopped early when the
// cancel token turns true. A folder outside any work tree, or a machine without git, is an
// inactive SiteRepository and no error.
class SiteGitReader
{
public:
    static SiteRepository locate(const QString &folder, const std::atomic_bool *cancel = nullptr);
    // One `git status` of the whole folder: new, changed and conflicted files (nullopt when
    // git failed, with its message in `error`). Incoming is not git's to say: see
    // changedSince().
    static std::optional<GitStates> readStatus(const SiteRepository &site, const std::atomic_bool *cancel = nullptr,
                                               QString *error = nullptr);
    // The files of the folder that differ between `commit` and HEAD, absolute: what a sync
    // that started at `commit` brought in.
    static std::optional<QStringList> changedSince(const SiteRepository &site, const QString &commit,
                                                   const std::atomic_bool *cancel = nullptr);
    // The commit HEAD names now, empty when there is none yet.
    static QString head(const SiteRepository &site, const std::atomic_bool *cancel = nullptr);
    // The last commit that touched `filePath`; not committed when it never was (or git failed).
    static LastCommit lastCommit(const QString &filePath, const std::atomic_bool *cancel = nullptr);

    // The states `git status --porcelain=v2 -z` output gives the folder's files.
    static GitStates parseStatus(const QByteArray &porcelain, const SiteRepository &site);
};

} // namespace Storydesk
