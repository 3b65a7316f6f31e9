#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace Storydesk {

// Writes a resolved story over its conflict-marked file and marks it resolved in git
// (`git add -- file`), as the resolver's Save and a script would. Blocking: the app runs
// it on a worker thread.
class ConflictResolution
{
    Q_DECLARE_TR_FUNCTIONS(Storydesk::ConflictResolution)

public:
    struct Result
    {
        bool written = false;   // the file holds the resolved bytes
        bool staged = false;    // and git knows it is resolved
        QString error;          // for the user when either is false
        bool ok() const { return written && staged; }
    };

    // Refuses, writing nothing, when the file is no longer `conflictedBytes` (someone
    // changed it since the resolver read it) or when `resolvedBytes` still hold a marker
    // or a front matter that does not read.
    // Whether the repository holding `path` is in the middle of a rebase: there git's
    // "ours" is the upstream being rebased onto and "theirs" the editor's own commit, so the
    // resolver shows them the other way round.
    static bool isRebasing(const QString &path);

    static Result save(const QString &path, const QByteArray &conflictedBytes, const QByteArray &resolvedBytes,
                       const std::atomic_bool *cancel = nullptr);
};

} // namespace Storydesk
