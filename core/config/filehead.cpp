#include "filehead.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace Storydesk {

FileHead FileHead::read(const QString &path, qint64 limit)
{
    FileHead head;
    const QByteArray local = QFile::encodeName(path);
    if (::stat(local.constData(), &head.m_status) != 0) {
        head.m_error = errno;
        head.m_status = {};
        return head;
    }
    head.m_stated = true;
    if (S_ISDIR(head.m_status.st_mode)) {
        head.m_kind = Kind::Folder;
        return head;
    }
    if (!S_ISREG(head.m_status.st_mode)) {
        head.m_kind = Kind::NotAFile;
        return head;
    }
    // Non-blocking: a file swapped for a named pipe since the stat does not wait for a writer.
    const int fd = ::open(local.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        head.m_error = errno;
        return head;
    }
    if (head.readFrom(fd, limit))
        head.m_kind = Kind::File;
    ::close(fd);
    return head;
}

bool FileHead::readFrom(int fd, qint64 limit)
{
    const qint64 expected = qint64(m_status.st_size);
    // The size the stat gave, so that one read takes it all. A file the stat says is empty
    // may still hold something (one being written, a file of /proc): it is read in chunks.
    constexpr qint64 Chunk = 16 * 1024;
    m_bytes.resize(qMin(expected > 0 ? expected : Chunk, limit));
    qint64 got = 0;
    for (;;) {
        if (got == m_bytes.size()) {
            if (got >= limit) {
                char more = 0;
                const ssize_t n = ::read(fd, &more, 1);
                m_truncated = n > 0;
                break;
            }
            // All the stat promised: the end, without another read to see it. A file that
            // grew since has a stat older than it, and is read again when next compared.
            if (got == expected && expected > 0)
                break;
            m_bytes.resize(qMin(qMax(got * 2, Chunk), limit));
        }
        const ssize_t n = ::read(fd, m_bytes.data() + got, size_t(m_bytes.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            m_error = errno;
            m_bytes.clear();
            return false;
        }
        if (n == 0)
            break;
        got += n;
    }
    m_bytes.truncate(got);
    return true;
}

QString FileHead::errorString() const
{
    return QString::fromLocal8Bit(std::strerror(m_error));
}

} // namespace Storydesk
