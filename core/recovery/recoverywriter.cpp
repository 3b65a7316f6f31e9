#include "recoverywriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace Storydesk {

namespace {

// A rename is durable only once the folder holding it is synced too.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

RecoveryWriter::RecoveryWriter(QObject *parent)
    : QObject(parent)
{
}

void RecoveryWriter::write(const QString &file, const QByteArray &bytes)
{
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder)) {
        Q_EMIT failed(file, QStringLiteral("cannot create %1").arg(folder));
        return;
    }
    QSaveFile out(file);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly)) {
        Q_EMIT failed(file, out.errorString());
        return;
    }
    // As StoryDocument::save: Qt 6.4's commit() would not report a failed final flush.
    errno = 0;
    if (out.write(bytes) != bytes.size() || !out.flush() || ::fdatasync(out.handle()) != 0) {
        const int code = errno;
        const QString why = code != 0 ? QString::fromLocal8Bit(std::strerror(code)) : out.errorString();
        out.cancelWriting();
        Q_EMIT failed(file, why);
        return;
    }
    if (!out.commit()) {
        Q_EMIT failed(file, out.errorString());
        return;
    }
    syncFolder(folder);
    Q_EMIT written(file);
}

void RecoveryWriter::remove(const QString &file)
{
    if (QFile::exists(file) && !QFile::remove(file)) {
        Q_EMIT failed(file, QStringLiteral("cannot remove %1").arg(file));
        return;
    }
    syncFolder(QFileInfo(file).absolutePath());
    Q_EMIT removed(file);
}

} // namespace Storydesk
