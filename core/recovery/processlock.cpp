#include "processlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Storydesk {

ProcessLock::ProcessLock(const QString &file)
    : m_file(file)
{
}

ProcessLock::~ProcessLock()
{
    unlock();
}

bool ProcessLock::tryLock()
{
    if (m_fd >= 0)
        return true;
    const QByteArray name = QFile::encodeName(m_file);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    // The file must still be the one locked: a holder unlocking removes it, and another
    // process may have locked the new one in its place meanwhile.
    struct stat locked;
    struct stat named;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0 || ::fstat(fd, &locked) != 0 || ::stat(name.constData(), &named) != 0
        || locked.st_ino != named.st_ino || locked.st_dev != named.st_dev) {
        ::close(fd);
        return false;
    }
    // What QLockFile writes: its process id, application and host.
    const QByteArray contents = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
        + QCoreApplication::applicationName().toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, contents.constData(), size_t(contents.size()), 0) != contents.size()) {
        ::close(fd);
        return false;
    }
    m_fd = fd;
    return true;
}

void ProcessLock::unlock()
{
    if (m_fd < 0)
        return;
    // Removed while still held: no other process takes a lock on a file about to go.
    ::unlink(QFile::encodeName(m_file).constData());
    ::close(m_fd);
    m_fd = -1;
}

} // namespace Storydesk
