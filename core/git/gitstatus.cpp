#include "gitstatus.h"

#include "gitrepository.h"

#include <algorithm>

namespace Storydesk {

namespace {

// The fields before the path in porcelain v2 records: type, XY, sub, modes, hashes...
constexpr int OrdinaryFields = 8;   // 1 XY sub mH mI mW hH hI path
constexpr int RenamedFields = 9;    // 2 XY sub mH mI mW hH hI Xscore path NUL origPath
constexpr int UnmergedFields = 10;  // u XY sub m1 m2 m3 mW h1 h2 h3 path

// The path after `fields` space-separated fields; paths may themselves hold spaces.
QByteArray pathAfter(const QByteArray &record, int fields)
{
    qsizetype pos = 0;
    for (int i = 0; i < fields; ++i) {
        pos = record.indexOf(' ', pos);
        if (pos < 0)
            return QByteArray();
        ++pos;
    }
    return record.mid(pos);
}

GitFileState stateOf(char x, char y)
{
    if (x == 'D' || y == 'D')
        return GitFileState::Deleted;
    if (x == 'A' || x == 'R' || x == 'C')
        return GitFileState::New;
    return GitFileState::Changed;
}

} // namespace

GitStatus GitStatus::read(const GitRepository &repository, const std::atomic_bool *cancel, bool *ok)
{
    // Run in the site folder with "." so git looks only at the site; it still prints paths
    // from the work tree root. No optional locks: a background refresh must never hold
    // index.lock while the editor runs git in a terminal.
    const GitResult result = repository.gitInSite(cancel).run({QStringLiteral("--no-optional-locks"), QStringLiteral("status"),
                                                               QStringLiteral("--porcelain=v2"), QStringLiteral("-z"),
                                                               QStringLiteral("--untracked-files=all"), QStringLiteral("--"),
                                                               QStringLiteral(".")});
    if (ok)
        *ok = result.ok();
    if (!result.ok())
        return GitStatus();
    return parse(result.out, repository.sitePrefix());
}

GitStatus GitStatus::parse(const QByteArray &porcelain, const QString &sitePrefix)
{
    GitStatus status;
    const QByteArray prefix = sitePrefix.toUtf8();
    auto add = [&](const QByteArray &repositoryPath, GitFileState state) {
        if (repositoryPath.isEmpty() || !repositoryPath.startsWith(prefix))
            return;
        const QString path = QString::fromUtf8(repositoryPath.mid(prefix.size()));
        GitFileState &slot = status.m_states[path];
        slot = std::max(slot, state);
    };

    const QList<QByteArray> records = porcelain.split('\0');
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QByteArray &record = records.at(i);
        if (record.size() < 2)
            continue;
        switch (record.at(0)) {
        case '1':
            if (record.size() > 4)
                add(pathAfter(record, OrdinaryFields), stateOf(record.at(2), record.at(3)));
            break;
        case '2': {
            // A rename or copy: the original path follows as the next NUL-terminated field.
            const QByteArray original = i + 1 < records.size() ? records.at(i + 1) : QByteArray();
            ++i;
            if (record.size() <= 4)
                break;
            const char x = record.at(2);
            const char y = record.at(3);
            add(pathAfter(record, RenamedFields), y == 'D' ? GitFileState::Deleted : GitFileState::New);
            if (x == 'R')
                add(original, GitFileState::Deleted);
            break;
        }
        case 'u':
            add(pathAfter(record, UnmergedFields), GitFileState::Conflict);
            break;
        case '?':
            add(record.mid(2), GitFileState::New);
            break;
        default:   // '!' ignored files, '#' headers
            break;
        }
    }
    return status;
}

GitFileState GitStatus::state(const QString &sitePath) const
{
    const auto it = m_states.constFind(sitePath);
    if (it != m_states.cend())
        return *it;
    return m_incoming.contains(sitePath) ? GitFileState::Incoming : GitFileState::Clean;
}

QStringList GitStatus::changedPaths() const
{
    QStringList paths = m_states.keys();
    std::sort(paths.begin(), paths.end());
    return paths;
}

QStringList GitStatus::pathsIn(GitFileState state) const
{
    QStringList paths;
    if (state == GitFileState::Incoming) {
        for (const QString &path : m_incoming) {
            if (!m_states.contains(path))
                paths.append(path);
        }
    } else {
        for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
            if (it.value() == state)
                paths.append(it.key());
        }
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

qsizetype GitStatus::count(GitFileState state) const
{
    if (state == GitFileState::Incoming)
        return pathsIn(state).size();
    return std::count(m_states.cbegin(), m_states.cend(), state);
}

void GitStatus::setIncoming(const QStringList &sitePaths)
{
    m_incoming = QSet<QString>(sitePaths.cbegin(), sitePaths.cend());
}

QString GitStatus::stateName(GitFileState state)
{
    switch (state) {
    case GitFileState::Clean: return QStringLiteral("clean");
    case GitFileState::Incoming: return QStringLiteral("incoming");
    case GitFileState::New: return QStringLiteral("new");
    case GitFileState::Changed: return QStringLiteral("changed");
    case GitFileState::Deleted: return QStringLiteral("deleted");
    case GitFileState::Conflict: return QStringLiteral("conflict");
    }
    return QString();
}

} // namespace Storydesk
