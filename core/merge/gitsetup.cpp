#include "gitsetup.h"

#include "gitprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Storydesk {

namespace {

const QString DriverName = QStringLiteral("Storydesk: stories merged key by key");

// `text` quoted for the POSIX shell git runs the driver line with.
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Sets a local config value unless it already has it; what changed goes to `changes`.
bool setConfig(const GitProcess &git, const QString &name, const QString &value, GitSetup::Result &result)
{
    const GitResult current = git.run({QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("--get"), name});
    if (current.ok() && current.outLine() == value)
        return true;
    const GitResult set = git.run({QStringLiteral("config"), QStringLiteral("--local"), name, value});
    if (!set.ok()) {
        result.error = set.errorText();
        return false;
    }
    result.changes.append(QStringLiteral("set %1 = %2 in the repository's local config").arg(name, value));
    return true;
}

} // namespace

QStringList GitSetup::attributeLines(const QString &sitePrefix)
{
    QStringList lines;
    for (const char *extension : {"md", "markdown", "txt"}) {
        const QString pattern = sitePrefix.isEmpty() ? QStringLiteral("*.%1").arg(QLatin1String(extension))
                                                     : QStringLiteral("%1/**/*.%2").arg(sitePrefix, QLatin1String(extension));
        lines.append(pattern + QStringLiteral(" merge=storydesk"));
    }
    return lines;
}

QString GitSetup::driverCommand(const QString &cliPath)
{
    return shellQuoted(cliPath) + QStringLiteral(" merge-file --marker-size %L --path %P -L ours -L base -L theirs %O %A %B");
}

GitSetup::Result GitSetup::run(const QString &siteFolder, const QString &cliPath, Attributes where)
{
    Result result;
    GitProcess git(siteFolder);
    git.setTimeout(30000);
    const GitResult top = git.run({QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")});
    if (!top.ok()) {
        result.error = top.started() ? QStringLiteral("not inside a git work tree") : top.errorText();
        return result;
    }
    const QString topLevel = top.outLine();
    QString prefix = QDir(QFileInfo(topLevel).canonicalFilePath()).relativeFilePath(QFileInfo(siteFolder).canonicalFilePath());
    if (prefix == QLatin1String("."))
        prefix.clear();

    const QString sharedPath = QDir(topLevel).filePath(QStringLiteral(".gitattributes"));
    QString attributesPath = sharedPath;
    if (where == Attributes::Local) {
        GitProcess repository(topLevel);
        const GitResult local = repository.run({QStringLiteral("rev-parse"), QStringLiteral("--git-path"), QStringLiteral("info/attributes")});
        if (!local.ok()) {
            result.error = local.errorText();
            return result;
        }
        attributesPath = QDir(topLevel).absoluteFilePath(local.outLine());
    }
    // The missing lines appended, in the file's own line ends; the rest of it untouched.
    // Lines the shared file already has are not repeated in the local one.
    QByteArray attributes;
    QList<QByteArray> present;
    for (const QString &path : {sharedPath, attributesPath}) {
        QByteArray contents;
        if (QFile file(path); file.exists()) {
            if (!file.open(QIODevice::ReadOnly)) {
                result.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
                return result;
            }
            contents = file.readAll();
        }
        for (const QByteArray &line : contents.split('\n'))
            present.append(line.trimmed());
        if (path == attributesPath)
            attributes = contents;
    }
    const QByteArray lineEnding = attributes.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    QByteArray added;
    for (const QString &line : attributeLines(prefix)) {
        if (present.contains(line.toUtf8()))
            continue;
        added += line.toUtf8() + lineEnding;
        result.changes.append(QStringLiteral("added '%1' to %2").arg(line, QDir::toNativeSeparators(attributesPath)));
    }
    if (!added.isEmpty()) {
        if (!attributes.isEmpty() && !attributes.endsWith('\n'))
            attributes += lineEnding;
        attributes += added;
        QDir().mkpath(QFileInfo(attributesPath).absolutePath());
        QSaveFile file(attributesPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(attributes) != attributes.size() || !file.commit()) {
            result.error = QStringLiteral("cannot write %1: %2").arg(attributesPath, file.errorString());
            return result;
        }
    }

    GitProcess repository(topLevel);
    repository.setTimeout(30000);
    if (!setConfig(repository, QStringLiteral("merge.storydesk.name"), DriverName, result)
        || !setConfig(repository, QStringLiteral("merge.storydesk.driver"), driverCommand(cliPath), result))
        return result;
    result.ok = true;
    return result;
}

} // namespace Storydesk
