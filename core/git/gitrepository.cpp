#include "gitrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Storydesk {

GitRepository GitRepository::open(const QString &siteFolder)
{
    GitRepository repository;
    const QString folder = QFileInfo(siteFolder).absoluteFilePath();
    if (!QFileInfo(folder).isDir())
        return repository;
    // Outside a work tree this fails quietly: "not a repository" is an ordinary answer.
    const GitResult result = GitProcess(folder).run({QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel"),
                                                     QStringLiteral("--absolute-git-dir"), QStringLiteral("--show-prefix")});
    if (!result.ok())
        return repository;
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'));
    if (lines.size() < 3 || lines.at(0).isEmpty())
        return repository;
    repository.m_siteFolder = QDir::cleanPath(folder);
    repository.m_workTree = lines.at(0);
    repository.m_gitDir = lines.at(1);
    repository.m_sitePrefix = lines.at(2);
    return repository;
}

GitProcess GitRepository::git(const std::atomic_bool *cancel) const
{
    GitProcess process(m_workTree);
    process.setCancelToken(cancel);
    return process;
}

GitProcess GitRepository::gitInSite(const std::atomic_bool *cancel) const
{
    GitProcess process(m_siteFolder);
    process.setCancelToken(cancel);
    return process;
}

QString GitRepository::toSitePath(const QString &repositoryPath) const
{
    if (!repositoryPath.startsWith(m_sitePrefix))
        return QString();
    return repositoryPath.mid(m_sitePrefix.size());
}

std::optional<QString> GitRepository::config(const QString &key) const
{
    const GitResult result = git().run({QStringLiteral("config"), QStringLiteral("--get"), key});
    if (!result.ok())
        return std::nullopt;
    return result.outLine();
}

bool GitRepository::hasIdentity() const
{
    const auto name = config(QStringLiteral("user.name"));
    const auto email = config(QStringLiteral("user.email"));
    return name && !name->trimmed().isEmpty() && email && !email->trimmed().isEmpty();
}

QString GitRepository::currentBranch() const
{
    const GitResult result = git().run({QStringLiteral("symbolic-ref"), QStringLiteral("-q"), QStringLiteral("--short"), QStringLiteral("HEAD")});
    return result.ok() ? result.outLine() : QString();
}

bool GitRepository::isDetached() const
{
    return isValid() && currentBranch().isEmpty();
}

QString GitRepository::head() const
{
    const GitResult result = git().run({QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"), QStringLiteral("HEAD^{commit}")});
    return result.ok() ? result.outLine() : QString();
}

GitRepository::Upstream GitRepository::upstream() const
{
    Upstream upstream;
    const QString branch = currentBranch();
    if (branch.isEmpty())
        return upstream;
    const GitResult result = git().run({QStringLiteral("for-each-ref"),
                                        QStringLiteral("--format=%(upstream:short)%00%(upstream:remotename)%00%(upstream:remoteref)"),
                                        QStringLiteral("refs/heads/") + branch});
    if (!result.ok())
        return upstream;
    const QList<QByteArray> parts = result.out.trimmed().split('\0');
    if (parts.size() < 3 || parts.at(0).isEmpty())
        return upstream;
    upstream.shortName = QString::fromUtf8(parts.at(0));
    upstream.remote = QString::fromUtf8(parts.at(1));
    upstream.mergeRef = QString::fromUtf8(parts.at(2));
    return upstream;
}

GitRepository::Operation GitRepository::operationInProgress() const
{
    if (!isValid())
        return Operation::None;
    const QStringList names = {QStringLiteral("rebase-merge"), QStringLiteral("rebase-apply"), QStringLiteral("MERGE_HEAD"),
                               QStringLiteral("CHERRY_PICK_HEAD"), QStringLiteral("REVERT_HEAD")};
    QStringList arguments = {QStringLiteral("rev-parse")};
    for (const QString &name : names)
        arguments << QStringLiteral("--git-path") << name;
    const GitResult result = git().run(arguments);
    if (!result.ok())
        return Operation::None;
    const QStringList paths = QString::fromUtf8(result.out).split(QLatin1Char('\n'));
    const QDir root(m_workTree);
    auto exists = [&](int i) { return i < paths.size() && !paths.at(i).isEmpty() && QFileInfo::exists(root.absoluteFilePath(paths.at(i))); };
    if (exists(0) || exists(1))
        return Operation::Rebase;
    if (exists(2))
        return Operation::Merge;
    if (exists(3))
        return Operation::CherryPick;
    if (exists(4))
        return Operation::Revert;
    return Operation::None;
}

QString GitRepository::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Merge: return QCoreApplication::translate("Storydesk::GitRepository", "a merge");
    case Operation::Rebase: return QCoreApplication::translate("Storydesk::GitRepository", "a rebase");
    case Operation::CherryPick: return QCoreApplication::translate("Storydesk::GitRepository", "a cherry-pick");
    case Operation::Revert: return QCoreApplication::translate("Storydesk::GitRepository", "a revert");
    case Operation::None: break;
    }
    return QString();
}

GitRepository::LastCommit GitRepository::lastCommit(const QString &sitePath) const
{
    LastCommit commit;
    const GitResult result = git().run({QStringLiteral("--literal-pathspecs"), QStringLiteral("log"), QStringLiteral("-1"),
                                        QStringLiteral("--format=%an%x00%at"), QStringLiteral("--"), toRepositoryPath(sitePath)});
    if (!result.ok())
        return commit;
    const QList<QByteArray> parts = result.out.trimmed().split('\0');
    if (parts.size() != 2)
        return commit;
    bool ok = false;
    const qint64 seconds = parts.at(1).toLongLong(&ok);
    if (!ok)
        return commit;
    commit.author = QString::fromUtf8(parts.at(0));
    commit.time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return commit;
}

QList<std::optional<QByteArray>> GitRepository::readFiles(const QString &revision, const QStringList &sitePaths) const
{
    QList<std::optional<QByteArray>> files;
    if (sitePaths.isEmpty())
        return files;
    QByteArray request;
    for (const QString &path : sitePaths)
        request += revision.toUtf8() + ':' + toRepositoryPath(path).toUtf8() + '\n';
    const GitResult result = git().run({QStringLiteral("cat-file"), QStringLiteral("--batch")}, request);
    const QByteArray &out = result.out;
    qsizetype pos = 0;
    for (qsizetype i = 0; i < sitePaths.size(); ++i) {
        const qsizetype eol = out.indexOf('\n', pos);
        if (!result.ok() || eol < 0) {
            files.append(std::nullopt);
            continue;
        }
        const QList<QByteArray> header = out.mid(pos, eol - pos).split(' ');
        pos = eol + 1;
        // "<oid> blob <size>" then the bytes and a newline; anything else ("missing") has no body.
        if (header.size() == 3) {
            const qsizetype size = header.at(2).toLongLong();
            if (header.at(1) == "blob")
                files.append(out.mid(pos, size));
            else
                files.append(std::nullopt);
            pos += size + 1;
        } else {
            files.append(std::nullopt);
        }
    }
    return files;
}

} // namespace Storydesk
