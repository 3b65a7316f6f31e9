#include "cligit.h"

#include "clicontext.h"
#include "commitplan.h"
#include "conflictmarkers.h"
#include "gitcommit.h"
#include "gitrepository.h"
#include "gitstatus.h"
#include "gitsync.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

// commit and sync: the app's File ▸ Commit… and File ▸ Sync for scripts.

namespace Storydesk {

namespace {

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// The line of the first conflict block, 1 when there is none (a story deleted on one side
// and changed on the other has no markers).
int firstConflictLine(const QString &path)
{
    const std::optional<QByteArray> bytes = readFile(path);
    const Problems blocks = bytes ? ConflictMarkers::find(*bytes) : Problems();
    return blocks.isEmpty() ? 1 : blocks.constFirst().line;
}

// A path as the user typed it (relative to the current directory, or absolute) as a path
// relative to the site folder; empty when it lies outside.
QString sitePathOf(const QString &typed, const QString &siteFolder)
{
    const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(typed));
    const QString relative = QDir(siteFolder).relativeFilePath(absolute);
    if (relative.isEmpty() || relative == QLatin1String(".") || relative.startsWith(QLatin1String("../")) || relative == QLatin1String(".."))
        return QString();
    return relative;
}

GitRepository openRepository(const CliContext &cli, const QString &folder)
{
    if (!QFileInfo(folder).isDir()) {
        cli.err() << folder << ": not a folder\n";
        return GitRepository();
    }
    if (!GitProcess::isInstalled()) {
        cli.err() << "git is not installed (no `git` program on PATH)\n";
        return GitRepository();
    }
    GitRepository repository = GitRepository::open(folder);
    if (!repository.isValid())
        cli.err() << folder << ": not in a git repository\n";
    return repository;
}

} // namespace

namespace CliCommands {

int commit(const CliContext &cli, const QStringList &args)
{
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    QString folder;
    QString message;
    bool hasMessage = false;
    QStringList typedPaths;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("-m") || a == QLatin1String("--message")) {
            if (i + 1 >= args.size())
                return cli.usageError(QStringLiteral("%1 takes a MESSAGE").arg(a));
            message = args.at(++i);
            hasMessage = true;
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            return cli.usageError(QStringLiteral("unknown option %1").arg(a));
        } else if (folder.isEmpty()) {
            folder = a;
        } else {
            typedPaths.append(a);
        }
    }
    if (folder.isEmpty())
        return cli.usageError(QStringLiteral("commit takes FOLDER [-m MESSAGE] [PATH...]"));
    if (hasMessage && message.trimmed().isEmpty())
        return cli.usageError(QStringLiteral("the commit message is empty"));

    const GitRepository repository = openRepository(cli, folder);
    if (!repository.isValid())
        return CliContext::DataProblem;
    const QDir root(repository.siteFolder());

    // Typed paths are named to git as they are (a clean one is "nothing to commit"); the
    // plan says what the changed stories among them change, as File ▸ Commit… does.
    QStringList paths;
    for (const QString &typed : std::as_const(typedPaths)) {
        const QString path = sitePathOf(typed, repository.siteFolder());
        if (path.isEmpty()) {
            err << typed << ": not inside " << folder << "\n";
            return CliContext::DataProblem;
        }
        paths.append(path);
    }
    const CommitPlan plan = CommitPlan::read(repository, paths);
    if (plan.refusal() == CommitPlan::Refusal::Failed) {
        err << "commit refused: " << plan.refusalText() << "\n";
        return CliContext::DataProblem;
    }
    if (typedPaths.isEmpty())
        paths = plan.paths();   // every story of the site with a change; other files never
    if (!hasMessage)
        message = plan.message(plan.paths());

    const GitCommitResult result = plan.commit(paths, message);
    if (result.status == GitCommitResult::Status::NothingToCommit) {
        err << "nothing to commit: " << result.message << "\n";
        return CliContext::Success;
    }
    if (!result.ok()) {
        err << "commit refused: " << result.message << "\n";
        return CliContext::DataProblem;
    }
    for (const CommitPlan::Story &story : plan.stories()) {
        if (result.paths.contains(story.path))
            out << CliContext::shownPath(folder, root, root.absoluteFilePath(story.path)) << ": " << story.changes.summary() << "\n";
    }
    if (!hasMessage)
        out << "\n" << message;
    err << "committed " << result.commit.left(12) << " (" << result.paths.size() << (result.paths.size() == 1 ? " story)\n" : " stories)\n");
    return CliContext::Success;
}

int sync(const CliContext &cli, const QStringList &args)
{
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return cli.usageError(QStringLiteral("sync takes FOLDER"));
    const QString folder = args.first();
    const GitRepository repository = openRepository(cli, folder);
    if (!repository.isValid())
        return CliContext::DataProblem;
    const QDir root(repository.siteFolder());

    const GitSyncResult result = GitSync::sync(repository);
    switch (result.status) {
    case GitSyncResult::Status::Synced:
        for (const QString &path : result.incomingPaths)
            out << CliContext::shownPath(folder, root, root.absoluteFilePath(path)) << ": incoming\n";
        err << result.message << "\n";
        return CliContext::Success;
    case GitSyncResult::Status::NoUpstream:
        // Not an error for a pipeline: the commits are made, there is just nowhere to send them.
        err << result.message << "\n";
        return CliContext::Success;
    case GitSyncResult::Status::Conflicts:
    case GitSyncResult::Status::OperationInProgress:
        for (const QString &path : result.conflictPaths) {
            const QString file = root.absoluteFilePath(path);
            out << CliContext::shownPath(folder, root, file) << ":" << firstConflictLine(file) << ": unresolved merge conflict\n";
        }
        err << result.message << "\n";
        return CliContext::DataProblem;
    default:
        err << "sync failed: " << result.message << "\n";
        if (!result.gitOutput.trimmed().isEmpty())
            err << result.gitOutput.trimmed() << "\n";
        return CliContext::DataProblem;
    }
}

} // namespace CliCommands

} // namespace Storydesk
