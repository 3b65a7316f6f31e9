#include "storyscanner.h"

#include <QByteArrayView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

namespace Storydesk {

namespace {

// Directories listed ahead of the walk: enough to keep a second core busy, few enough that
// the listings held stay small.
constexpr qsizetype ListedAhead = 4;

QString joined(const QString &directory, const QString &name)
{
    // The root may be "/" itself.
    if (directory.endsWith(QLatin1Char('/')))
        return directory + name;
    return directory + QLatin1Char('/') + name;
}

} // namespace

StoryScanner::StoryScanner(const QString &root)
    : m_root(QDir::cleanPath(QDir(root).absolutePath()))
    , m_canonicalRoot(QFileInfo(m_root).canonicalFilePath())
{
}

bool StoryScanner::isSkippedDirectory(QStringView name, QStringView parentName)
{
    // Build output, dependencies and tool state: never stories, and often huge.
    static constexpr std::array skipped{QLatin1StringView("node_modules"), QLatin1StringView("_site"),
                                        QLatin1StringView("public")};
    if (name.startsWith(QLatin1Char('.')))
        return true;
    for (const QLatin1StringView s : skipped) {
        if (name == s)
            return true;
    }
    return name == QLatin1StringView("_gen") && parentName == QLatin1StringView("resources");
}

bool StoryScanner::hasStoryExtension(QStringView fileName)
{
    return fileName.endsWith(QLatin1StringView(".md"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1StringView(".markdown"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1StringView(".txt"), Qt::CaseInsensitive);
}

bool StoryScanner::startsWithFence(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = file.read(8);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    if (!head.startsWith("---"))
        return false;
    // `---` alone on its line (trailing spaces allowed), as StoryFile reads a fence.
    return head.size() == 3 || head.at(3) == '\n' || head.at(3) == '\r' || head.at(3) == ' ' || head.at(3) == '\t';
}

bool StoryScanner::isInsideRoot(const QString &canonicalPath) const
{
    if (m_canonicalRoot.isEmpty() || canonicalPath.isEmpty())
        return false;
    if (canonicalPath == m_canonicalRoot)
        return true;
    return canonicalPath.startsWith(m_canonicalRoot)
        && (m_canonicalRoot.endsWith(QLatin1Char('/')) || canonicalPath.at(m_canonicalRoot.size()) == QLatin1Char('/'));
}

StoryScanner::Listing StoryScanner::list(const QString &directory, const QString &canonicalPath) const
{
    Listing listing;
    listing.canonicalPath = canonicalPath.isEmpty() ? QFileInfo(directory).canonicalFilePath() : canonicalPath;
    const QString parentName = QFileInfo(directory).fileName();
    // readdir() as `find` does, not QDirIterator: the entry's type comes with its name, so
    // only story files and links are stat'ed, once, and that stat is the file's identity.
    // What is listed is what QDirIterator(Dirs | Files | NoDotAndDotDot) lists.
    DIR *dir = ::opendir(QFile::encodeName(directory).constData());
    if (!dir)
        return listing;
    const int fd = ::dirfd(dir);
    while (const dirent *entry = ::readdir(dir)) {
        const char *rawName = entry->d_name;
        // `.`, `..` and hidden entries: dot files and dot folders are skipped, as static
        // site generators do (no QDir::Hidden).
        if (rawName[0] == '.')
            continue;
        const QByteArrayView bytes(rawName);
        if (!bytes.isValidUtf8())
            continue; // QDirIterator skips names it cannot decode
        struct stat st {};
        int type = m_entryTypesIgnored ? int(DT_UNKNOWN) : int(entry->d_type);
        if (type == DT_UNKNOWN) {
            if (::fstatat(fd, rawName, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue; // gone meanwhile
            type = S_ISREG(st.st_mode) ? DT_REG : S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : DT_UNKNOWN;
        }
        if (type != DT_REG && type != DT_DIR && type != DT_LNK)
            continue; // fifos, sockets, devices: QDir::System entries
        // UTF-8 on Unix, as QFile::decodeName() decodes.
        Entry found{QString::fromUtf8(bytes), QString(), type == DT_LNK, FileIdentity()};
        if (type == DT_REG && !hasStoryExtension(found.name))
            continue;
        if (type != DT_DIR) {
            // Following a link (a dangling one is a QDir::System entry: skipped).
            if (::fstatat(fd, rawName, &st, 0) != 0) {
                if (found.isLink)
                    continue;
                st = {};
                st.st_size = -1;
            }
            if (found.isLink)
                type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
            if (type == DT_REG && st.st_size >= 0)
                found.identity = FileIdentity::of(st);
        }
        if (found.isLink) {
            found.canonicalPath = QFileInfo(joined(directory, found.name)).canonicalFilePath();
            if (!isInsideRoot(found.canonicalPath))
                continue; // never follow a link out of the folder
        } else {
            found.canonicalPath = joined(listing.canonicalPath, found.name);
        }
        if (type == DT_DIR) {
            if (!isSkippedDirectory(found.name, parentName))
                listing.directories.append(found);
        } else if (type == DT_REG && hasStoryExtension(found.name)) {
            if (!isTextFile(found.name) || m_fenceCheckDeferred || startsWithFence(found.canonicalPath))
                listing.files.append(found);
        }
    }
    ::closedir(dir);
    const auto byName = [](const Entry &a, const Entry &b) { return a.name < b.name; };
    std::sort(listing.files.begin(), listing.files.end(), byName);
    std::sort(listing.directories.begin(), listing.directories.end(), byName);
    return listing;
}

void StoryScanner::scan(const FilesFound &onFiles, const QString &start)
{
    scanWithIdentities([&onFiles](const QList<Found> &files) {
        QStringList paths;
        paths.reserve(files.size());
        for (const Found &file : files)
            paths.append(file.path);
        onFiles(paths);
    }, start);
}

void StoryScanner::scanWithIdentities(const FoundFiles &onFiles, const QString &start)
{
    struct Pending { QString path; QString canonicalPath; FileIdentity identity = {}; };
    m_walked.clear();
    const QString first = start.isEmpty() ? m_root : QDir::cleanPath(QDir(start).absolutePath());
    const QString firstCanonical = QFileInfo(first).canonicalFilePath();
    if (!isInsideRoot(firstCanonical) || m_visited.contains(firstCanonical))
        return;

    QList<Pending> stack{{first, firstCanonical}};
    // Links wait until every real folder and file is listed: a link to something listed
    // under its own path would be a second row for the same story.
    QList<Pending> linkedDirectories;
    QList<Pending> linkedFiles;
    // The next few directories of the walk are listed ahead on the thread pool (readdir and
    // a stat per story, no other state), so two cores share the system calls; the walk
    // itself, its order and what it skips stay on this thread.
    QHash<QString, QFuture<Listing>> ahead;
    const auto listAhead = [&] {
        for (qsizetype i = stack.size() - 1; i >= 0 && i >= stack.size() - ListedAhead; --i) {
            const Pending &next = stack.at(i);
            if (!ahead.contains(next.path) && !m_visited.contains(next.canonicalPath))
                ahead.insert(next.path, QtConcurrent::run([this, next] { return list(next.path, next.canonicalPath); }));
        }
    };
    while (!isCancelled()) {
        if (stack.isEmpty()) {
            if (linkedDirectories.isEmpty())
                break;
            stack.append(linkedDirectories.takeFirst());
        }
        const Pending directory = stack.takeLast();
        if (m_visited.contains(directory.canonicalPath))
            continue; // a loop, or a folder reached already through another path
        m_visited.insert(directory.canonicalPath);
        m_walked.insert(directory.path, directory.canonicalPath);

        listAhead();
        // A listing not started yet is run here (QFuture takes it back from the pool).
        const QFuture<Listing> listed = ahead.take(directory.path);
        const Listing listing = listed.isValid() ? listed.result() : list(directory.path, directory.canonicalPath);
        QList<Found> paths;
        paths.reserve(listing.files.size());
        // Reached by its own path (no link on the way): a file's path is its canonical one,
        // shared rather than built again.
        const bool canonical = directory.path == listing.canonicalPath;
        for (const Entry &file : listing.files) {
            if (file.isLink) {
                linkedFiles.append({joined(directory.path, file.name), file.canonicalPath, file.identity});
            } else {
                paths.append({canonical ? file.canonicalPath : joined(directory.path, file.name), file.identity});
                m_listedUnhashed.append(file.canonicalPath);
            }
        }
        if (!paths.isEmpty())
            onFiles(paths);
        // Pushed in reverse so the walk visits subdirectories in name order.
        for (auto it = listing.directories.crbegin(); it != listing.directories.crend(); ++it) {
            if (!it->isLink)
                stack.append({joined(directory.path, it->name), it->canonicalPath});
        }
        for (const Entry &sub : listing.directories) {
            if (sub.isLink)
                linkedDirectories.append({joined(directory.path, sub.name), sub.canonicalPath});
        }
    }
    // Listings begun for folders the walk then skipped (or a cancelled walk) use `this`. A
    // cancelled walk drops those not started yet: waiting would run them here.
    for (QFuture<Listing> &listing : ahead) {
        if (isCancelled())
            listing.cancel();
        listing.waitForFinished();
    }

    QList<Found> links;
    for (const Pending &link : std::as_const(linkedFiles)) {
        if (isCancelled() || isListed(link.canonicalPath))
            continue;
        m_listed.insert(link.canonicalPath);
        links.append({link.path, link.identity});
    }
    if (!links.isEmpty())
        onFiles(links);
}

bool StoryScanner::isListed(const QString &canonicalPath)
{
    if (!m_listedUnhashed.isEmpty()) {
        m_listed.reserve(m_listed.size() + m_listedUnhashed.size());
        for (const QString &path : std::as_const(m_listedUnhashed))
            m_listed.insert(path);
        m_listedUnhashed.clear();
    }
    return m_listed.contains(canonicalPath);
}

QStringList StoryScanner::scan(const QString &start)
{
    QStringList all;
    scan([&all](const QStringList &paths) { all.append(paths); }, start);
    return all;
}

} // namespace Storydesk
