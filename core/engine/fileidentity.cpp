#include "fileidentity.h"

#include <QFile>

#include <sys/stat.h>

namespace Storydesk {

FileIdentity FileIdentity::of(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    FileIdentity id;
    id.size = qint64(st.st_size);
    id.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000LL + qint64(st.st_mtim.tv_nsec);
    id.inode = quint64(st.st_ino);
    return id;
}

} // namespace Storydesk
