#pragma once

#include <QString>
#include <QtGlobal>

struct stat;

namespace Storydesk {

// What a file looked like on disk when it was read: enough to notice that someone else
// (a git pull, another editor) changed it since, without reading it again.
struct FileIdentity
{
    qint64 size = -1;
    qint64 mtimeNs = 0;   // modification time, nanoseconds since the epoch
    quint64 inode = 0;

    bool isValid() const { return size >= 0; }
    friend bool operator==(const FileIdentity &, const FileIdentity &) = default;

    // Stats `path` (following symlinks, as reading does). Invalid when the file is gone.
    static FileIdentity of(const QString &path);
    // What a stat of the file said.
    static FileIdentity of(const struct stat &status);
};

} // namespace Storydesk
