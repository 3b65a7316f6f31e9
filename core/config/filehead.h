#pragma once

#include <QByteArray>
#include <QString>

#include <sys/stat.h>

namespace Storydesk {

// The first bytes of a file, and what a stat of it said before they were read. A story's
// summary needs only its head, and reading it through QFileInfo and QFile cost ten system
// calls a file (stat, access, three fstats, two reads...): on a virtual machine, where a
// system call is dear, a fifth of a cold list's CPU. This costs four: stat, open, one read
// of the size the stat gave, close.
class FileHead
{
public:
    enum class Kind {
        File,        // a regular file: its head was read
        Folder,      // never opened
        NotAFile,    // a named pipe, a device or a socket: never opened (a pipe waits for a writer)
        Unreadable,  // the stat, the open or a read failed: `error` says why
    };

    // Reads at most `limit` bytes of the file at `path` (following links, as opening does).
    static FileHead read(const QString &path, qint64 limit);

    Kind kind() const { return m_kind; }
    // The stat taken before reading: a file changed in between has content newer than its
    // stat, so the next comparison of stats reads it again (never the reverse). Zeroed
    // when the stat failed (see isStated()).
    const struct stat &status() const { return m_status; }
    bool isStated() const { return m_stated; }
    const QByteArray &bytes() const { return m_bytes; }
    // Whether the file holds more than `limit` bytes.
    bool isTruncated() const { return m_truncated; }
    // errno of the call that failed, for Unreadable.
    int error() const { return m_error; }
    QString errorString() const;

private:
    bool readFrom(int fd, qint64 limit);

    Kind m_kind = Kind::Unreadable;
    struct stat m_status {};
    bool m_stated = false;
    QByteArray m_bytes;
    bool m_truncated = false;
    int m_error = 0;
};

} // namespace Storydesk
