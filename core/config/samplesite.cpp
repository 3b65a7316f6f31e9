#include "samplesite.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Storydesk {

QString SampleSite::defaultCopyLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample-site");
}

bool SampleSite::ensureCopy(const QString &source, const QString &target, QString *error)
{
    if (QFileInfo::exists(target))
        return true;

    // Copy into a sibling folder first and rename it into place, so an interrupted first
    // run never leaves a half-copied sample that later runs would mistake for complete.
    const QString staging = target + QStringLiteral(".partial");
    QDir(staging).removeRecursively();
    const QDir sourceDir(source);
    QDirIterator it(source, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = staging + QLatin1Char('/') + sourceDir.relativeFilePath(from);
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(from, to)) {
            if (error)
                *error = QCoreApplication::translate("Storydesk::SampleSite", "cannot copy %1 to %2").arg(from, to);
            QDir(staging).removeRecursively();
            return false;
        }
        // Files copied out of resources are read-only; the copy is the editor's to change.
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    if (!QDir().rename(staging, target)) {
        if (error)
            *error = QCoreApplication::translate("Storydesk::SampleSite", "cannot move %1 to %2").arg(staging, target);
        return false;
    }
    return true;
}

} // namespace Storydesk
