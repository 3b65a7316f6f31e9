#include "storyscanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>

namespace Storydesk {

namespace {

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
    // No QDir::Hidden: dot files and dot folders are skipped, as static site generators do.
    QDirIterator it(directory, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        Entry entry{info.fileName(), QString(), info.isSymLink()};
        if (entry.isLink) {
            entry.canonicalPath = info.canonicalFilePath();
            if (!isInsideRoot(entry.canonicalPath))
                continue; // never follow a link out of the folder
        } else {
            entry.canonicalPath = joined(listing.canonicalPath, entry.name);
        }
        if (info.isDir()) {
            if (!isSkippedDirectory(entry.name, parentName))
                listing.directories.append(entry);
        } else if (info.isFile() && hasStoryExtension(entry.name)) {
            if (!isTextFile(entry.name) || m_fenceCheckDeferred || startsWithFence(entry.canonicalPath))
                listing.files.append(entry);
        }
    }
    const auto byName = [](const Entry &a, const Entry &b) { return a.name < b.name; };
    std::sort(listing.files.begin(), listing.files.end(), byName);
    std::sort(listing.directories.begin(), listing.directories.end(), byName);
    return listing;
}

void StoryScanner::scan(const FilesFound &onFiles, const QString &start)
{
    struct Pending { QString path; QString canonicalPath; };
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

        const Listing listing = list(directory.path, directory.canonicalPath);
        QStringList paths;
        paths.reserve(listing.files.size());
        for (const Entry &file : listing.files) {
            if (file.isLink) {
                linkedFiles.append({joined(directory.path, file.name), file.canonicalPath});
            } else {
                paths.append(joined(directory.path, file.name));
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

    QStringList links;
    for (const Pending &link : std::as_const(linkedFiles)) {
        if (isCancelled() || isListed(link.canonicalPath))
            continue;
        m_listed.insert(link.canonicalPath);
        links.append(link.path);
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
