#include "clicommand.h"
#include "clicontext.h"
#include "gitsetup.h"
#include "storymerge.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace Storydesk::CliCommands {

namespace {

std::optional<QByteArray> readFile(const QString &path, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << path << ": cannot read the file: " << file.errorString() << "\n";
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

int mergeFile(const CliContext &cli, const QStringList &args)
{
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    StoryMerge::Options options;
    QStringList labels;
    QStringList files;
    bool toStdout = false;
    QString shownName;   // --path: the story's path in the repository (git's %P), for messages
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("-L")) {
            if (++i == args.size() || labels.size() == 3)
                return cli.usageError(QStringLiteral("merge-file takes at most three -L LABEL"));
            labels.append(args.at(i));
        } else if (a == QLatin1String("--marker-size") || a.startsWith(QLatin1String("--marker-size="))) {
            QString value;
            if (a.contains(QLatin1Char('=')))
                value = a.section(QLatin1Char('='), 1);
            else if (++i < args.size())
                value = args.at(i);
            bool ok = false;
            options.markerSize = value.toInt(&ok);
            if (!ok || options.markerSize < 1 || options.markerSize > 1000)
                return cli.usageError(QStringLiteral("--marker-size takes a number"));
        } else if (a == QLatin1String("--path")) {
            if (++i == args.size())
                return cli.usageError(QStringLiteral("--path takes the story's path"));
            shownName = args.at(i);
        } else if (a == QLatin1String("-p") || a == QLatin1String("--stdout")) {
            toStdout = true;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            return cli.usageError(QStringLiteral("merge-file: unknown option %1").arg(a));
        } else {
            files.append(a);
        }
    }
    if (files.size() != 3)
        return cli.usageError(QStringLiteral("merge-file takes BASE OURS THEIRS"));
    // Labels in git's order: the current version (ours), the base, the other (theirs).
    options.oursLabel = labels.value(0, files.at(1));
    options.baseLabel = labels.value(1, files.at(0));
    options.theirsLabel = labels.value(2, files.at(2));

    if (shownName.isEmpty())
        shownName = files.at(1);

    const std::optional<QByteArray> base = readFile(files.at(0), err);
    const std::optional<QByteArray> ours = readFile(files.at(1), err);
    const std::optional<QByteArray> theirs = readFile(files.at(2), err);
    if (!base || !ours || !theirs)
        return CliContext::UsageError;

    const StoryMerge::Result result = StoryMerge::merge(*base, *ours, *theirs, options);
    if (!result.ok) {
        err << shownName << ": cannot merge: " << result.error << "\n";
        return CliContext::UsageError;
    }
    if (toStdout) {
        out.flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(result.bytes) != result.bytes.size()) {
            err << "cannot write the result\n";
            return CliContext::UsageError;
        }
    } else if (result.bytes != *ours) {
        QSaveFile file(files.at(1));
        if (!file.open(QIODevice::WriteOnly) || file.write(result.bytes) != result.bytes.size() || !file.commit()) {
            err << files.at(1) << ": cannot write the result: " << file.errorString() << "\n";
            return CliContext::UsageError;
        }
    }
    if (result.lineMerged)
        err << shownName << ": the front matter of a version does not parse: merged line by line\n";
    for (const QString &key : result.conflictKeys)
        err << shownName << ": " << key << " was changed on both sides: conflict left in the file\n";
    if (result.conflicts > 0) {
        err << shownName << ": " << result.conflicts << (result.conflicts == 1 ? " conflict" : " conflicts") << " left\n";
        return CliContext::DataProblem;
    }
    return CliContext::Success;
}

int gitSetup(const CliContext &cli, const QStringList &args)
{
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return cli.usageError(QStringLiteral("git-setup takes FOLDER"));
    if (!QFileInfo(args.first()).isDir()) {
        err << args.first() << ": no such folder\n";
        return CliContext::UsageError;
    }
    const GitSetup::Result result = GitSetup::run(args.first(), QCoreApplication::applicationFilePath());
    if (!result.ok) {
        err << args.first() << ": " << result.error << "\n";
        return CliContext::DataProblem;
    }
    if (result.changes.isEmpty())
        out << "the storydesk merge driver is already set up: nothing changed\n";
    for (const QString &change : result.changes)
        out << change << "\n";
    return CliContext::Success;
}

} // namespace Storydesk::CliCommands
