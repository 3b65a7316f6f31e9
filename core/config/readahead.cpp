#include "readahead.h"

#include <QFile>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Storydesk {

void ReadAhead::hint(const QString &path, qint64 bytes)
{
#if defined(Q_OS_LINUX)
    if (bytes <= 0)
        return;
    const QByteArray local = QFile::encodeName(path);
    // Non-blocking: a file swapped for a named pipe since the walk does not wait for a writer.
    const int fd = ::open(local.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | O_NOFOLLOW);
    if (fd < 0)
        return;
    ::posix_fadvise(fd, 0, off_t(bytes), POSIX_FADV_WILLNEED);
    ::close(fd);
#else
    Q_UNUSED(path);
    Q_UNUSED(bytes);
#endif
}

} // namespace Storydesk
