#include "fileidentity.h"

#include <QFile>

#include <sys/stat.h>

namespace Storydesk {

FileIdentity FileIdentity::of(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return of(st);
}

FileIdentity FileIdentity::of(const struct stat &status)
{
    return FileIdentity{qint64(status.st_size), qint64(status.st_mtim.tv_sec) * 1000000000LL + qint64(status.st_mtim.tv_nsec),
                        quint64(status.st_ino)};
}

} // namespace Storydesk
