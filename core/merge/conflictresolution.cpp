#include "conflictresolution.h"

#include "conflictedstory.h"
#include "gitprocess.h"
#include "gitrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Storydesk {

namespace {

} // namespace

bool ConflictResolution::isRebasing(const QString &path)
{
    if (!GitProcess::isInstalled())
        return false;
    const GitRepository repository = GitRepository::open(QFileInfo(path).absolutePath());
    return repository.isValid() && repository.operationInProgress() == GitRepository::Operation::Rebase;
}

ConflictResolution::Result ConflictResolution::save(const QString &path, const QByteArray &conflictedBytes,
                                                    const QByteArray &resolvedBytes, const std::atomic_bool *cancel)
{
    Result result;
    const QString problem = ConflictedStory::problemWith(resolvedBytes);
    if (!problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    QFile current(path);
    if (!current.open(QIODevice::ReadOnly) || current.readAll() != conflictedBytes) {
        result.error = tr("%1 changed on disk since the resolver read it: nothing was written.").arg(QFileInfo(path).fileName());
        return result;
    }
    current.close();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(resolvedBytes) != resolvedBytes.size() || !file.commit()) {
        result.error = tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    result.written = true;

    const QFileInfo info(path);
    GitProcess git(info.absolutePath());
    git.setCancelToken(cancel);
    const GitResult added = git.run({QStringLiteral("add"), QStringLiteral("--"), info.fileName()});
    if (!added.ok()) {
        result.error = tr("%1 is resolved but git could not mark it so: %2").arg(info.fileName(), added.errorText());
        return result;
    }
    result.staged = true;
    return result;
}

} // namespace Storydesk
