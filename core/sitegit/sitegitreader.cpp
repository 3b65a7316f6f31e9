#include "sitegitreader.h"

#include "gitprocess.h"

#include <QDir>
#include <QFileInfo>

namespace Storydesk {

namespace {

GitProcess gitIn(const QString &directory, const std::atomic_bool *cancel)
{
    GitProcess git(directory);
    git.setCancelToken(cancel);
    return git;
}

// The NUL-separated fields of -z output, the empty last one dropped.
QList<QByteArray> nulFields(const QByteArray &out)
{
    QList<QByteArray> fields = out.split('\0');
    if (!fields.isEmpty() && fields.constLast().isEmpty())
        fields.removeLast();
    return fields;
}

// The path of a porcelain v2 entry: what follows its `fields` space-separated fields (a
// path may hold spaces itself).
QByteArray entryPath(const QByteArray &entry, int fields)
{
    qsizetype at = 0;
    for (int i = 0; i < fields && at >= 0; ++i) {
        at = entry.indexOf(' ', at);
        if (at >= 0)
            ++at;
    }
    return at < 0 ? QByteArray() : entry.mid(at);
}

} // namespace

QString SiteRepository::absolutePath(const QString &repositoryPath) const
{
    if (!repositoryPath.startsWith(prefix))
        return {};
    return folder + QLatin1Char('/') + QStringView(repositoryPath).mid(prefix.size());
}

SiteRepository SiteGitReader::locate(const QString &folder, const std::atomic_bool *cancel)
{
    SiteRepository site;
    site.folder = QDir::cleanPath(QDir(folder).absolutePath());
    if (folder.isEmpty() || !QFileInfo(site.folder).isDir())
        return site;
    const GitResult result = gitIn(site.folder, cancel).run({QStringLiteral("rev-parse"), QStringLiteral("--is-inside-work-tree"),
                                                             QStringLiteral("--show-prefix")});
    if (!result.ok())
        return site;   // not a repository, or no git: nothing to show, nothing to report
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'));
    if (lines.value(0) != QLatin1String("true"))
        return site;   // inside .git, or a bare repository
    site.prefix = lines.value(1);
    site.active = true;
    return site;
}

std::optional<GitStates> SiteGitReader::readStatus(const SiteRepository &site, const std::atomic_bool *cancel, QString *error)
{
    if (!site.active)
        return GitStates();
    // No optional locks: a status in the background must not take the index lock from a
    // commit the editor runs in a terminal at the same time. Every untracked file listed on
    // its own (not its folder), and only the site's folder.
    const GitResult result = gitIn(site.folder, cancel).run({QStringLiteral("--no-optional-locks"), QStringLiteral("status"),
                                                             QStringLiteral("--porcelain=v2"), QStringLiteral("-z"),
                                                             QStringLiteral("--untracked-files=all"), QStringLiteral("--"),
                                                             QStringLiteral(".")});
    if (!result.ok()) {
        if (error)
            *error = result.errorText();
        return std::nullopt;
    }
    return parseStatus(result.out, site);
}

GitStates SiteGitReader::parseStatus(const QByteArray &porcelain, const SiteRepository &site)
{
    GitStates states;
    const QList<QByteArray> entries = nulFields(porcelain);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QByteArray &entry = entries.at(i);
        if (entry.size() < 2 || entry.at(1) != ' ')
            continue;
        QByteArray path;
        GitFileState state = GitFileState::None;
        switch (entry.at(0)) {
        case '?':
            path = entry.mid(2);
            state = GitFileState::New;
            break;
        case '1': {
            // 1 XY sub mH mI mW hH hI path: added in the index (A.) or for later (.A, `add -N`)
            // is new; anything else is a change not committed yet.
            path = entryPath(entry, 8);
            const bool added = entry.size() > 3 && (entry.at(2) == 'A' || entry.at(3) == 'A');
            state = added ? GitFileState::New : GitFileState::Changed;
            break;
        }
        case '2':
            // 2 XY sub mH mI mW hH hI Xscore path, then the original path as the next field.
            path = entryPath(entry, 9);
            state = GitFileState::Changed;
            ++i;
            break;
        case 'u':
            // u XY sub m1 m2 m3 mW h1 h2 h3 path
            path = entryPath(entry, 10);
            state = GitFileState::Conflict;
            break;
        default:
            continue;   // headers and ignored files
        }
        const QString absolute = site.absolutePath(QString::fromUtf8(path));
        if (!path.isEmpty() && !absolute.isEmpty())
            states.insert(absolute, state);
    }
    return states;
}

std::optional<QStringList> SiteGitReader::changedSince(const SiteRepository &site, const QString &commit, const std::atomic_bool *cancel)
{
    if (!site.active || commit.isEmpty())
        return std::nullopt;
    const GitResult result = gitIn(site.folder, cancel).run({QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("-z"),
                                                             QStringLiteral("--no-renames"), commit, QStringLiteral("HEAD"),
                                                             QStringLiteral("--"), QStringLiteral(".")});
    if (!result.ok())
        return std::nullopt;
    QStringList paths;
    for (const QByteArray &path : nulFields(result.out)) {
        const QString absolute = site.absolutePath(QString::fromUtf8(path));
        if (!absolute.isEmpty())
            paths.append(absolute);
    }
    return paths;
}

QString SiteGitReader::head(const SiteRepository &site, const std::atomic_bool *cancel)
{
    if (!site.active)
        return {};
    const GitResult result = gitIn(site.folder, cancel).run({QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                                                             QStringLiteral("--quiet"), QStringLiteral("HEAD")});
    return result.ok() ? result.outLine() : QString();
}

LastCommit SiteGitReader::lastCommit(const QString &filePath, const std::atomic_bool *cancel)
{
    LastCommit last;
    const QFileInfo file(filePath);
    if (!file.dir().exists())
        return last;
    // Run where the file is, so a site inside a larger repository (or a submodule) asks
    // the repository that holds the file. The date as seconds: parsed exactly, shown
    // in the editor's own words.
    const GitResult result = gitIn(file.absolutePath(), cancel).run({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("-z"),
                                                                     QStringLiteral("--format=%H%x00%an%x00%ae%x00%at"),
                                                                     QStringLiteral("--"), file.fileName()});
    if (!result.ok())
        return last;
    const QList<QByteArray> fields = nulFields(result.out);
    if (fields.size() < 4)
        return last;
    last.commit = QString::fromUtf8(fields.at(0)).trimmed();
    last.author = QString::fromUtf8(fields.at(1));
    last.email = QString::fromUtf8(fields.at(2));
    last.time = QDateTime::fromSecsSinceEpoch(fields.at(3).trimmed().toLongLong(), Qt::UTC);
    return last;
}

} // namespace Storydesk
