#include "linemerge.h"

#include "gitprocess.h"

#include <QFile>
#include <QTemporaryDir>

namespace Storydesk {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

} // namespace

LineMerge::Result LineMerge::merge(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs,
                                   const QString &oursLabel, const QString &baseLabel, const QString &theirsLabel,
                                   int markerSize)
{
    Result result;
    QTemporaryDir dir;
    const QString oursPath = dir.filePath(QStringLiteral("ours"));
    const QString basePath = dir.filePath(QStringLiteral("base"));
    const QString theirsPath = dir.filePath(QStringLiteral("theirs"));
    if (!dir.isValid() || !writeFile(oursPath, ours) || !writeFile(basePath, base) || !writeFile(theirsPath, theirs)) {
        result.error = QStringLiteral("cannot write temporary files for git merge-file");
        return result;
    }
    GitProcess git(dir.path());
    git.setTimeout(60000);
    const GitResult run = git.run({QStringLiteral("merge-file"), QStringLiteral("-p"),
                                   QStringLiteral("--marker-size=%1").arg(markerSize),
                                   QStringLiteral("-L"), oursLabel, QStringLiteral("-L"), baseLabel,
                                   QStringLiteral("-L"), theirsLabel, oursPath, basePath, theirsPath});
    // git merge-file exits with the number of conflicts (at most 127), negative on error.
    if (!run.finished() || run.exitCode < 0 || run.exitCode > 127) {
        result.error = run.errorText();
        return result;
    }
    result.ok = true;
    result.bytes = run.out;
    result.conflicts = run.exitCode;
    return result;
}

} // namespace Storydesk
