#include "folderrescan.h"

#include "storyscanner.h"
#include "summaryreader.h"

#include <QFileInfo>

namespace Storydesk {

FolderRescan::FolderRescan(const QString &root, const std::atomic_bool *cancelled, const FieldMap &map)
    : m_root(root)
    , m_cancelled(cancelled)
    , m_map(map)
{
}

QString FolderRescan::parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

std::optional<FolderRescan::Changes> FolderRescan::run(const QSet<QString> &directories, const Known &known) const
{
    QHash<QString, QHash<QString, FileIdentity>> knownByDirectory;
    for (const auto &[path, identity] : known.files) {
        const QString directory = parentOf(path);
        if (directories.contains(directory))
            knownByDirectory[directory].insert(path, identity);
    }
    QHash<QString, QSet<QString>> knownSubdirectories;   // directory -> its subdirectories
    QSet<QString> walked;
    for (auto it = known.directories.cbegin(); it != known.directories.cend(); ++it) {
        const QString parent = parentOf(it.key());
        if (directories.contains(parent))
            knownSubdirectories[parent].insert(it.key());
        walked.insert(it.value());
    }

    Changes changes;
    StoryScanner scanner(m_root);
    scanner.setCancelFlag(m_cancelled);
    for (const QString &directory : directories) {
        if (m_cancelled && *m_cancelled)
            return std::nullopt;
        if (!QFileInfo(directory).isDir()) {
            changes.removedDirectories.append(directory);
            continue;
        }
        const StoryScanner::Listing listing = scanner.list(directory);
        const QHash<QString, FileIdentity> knownFiles = knownByDirectory.value(directory);
        QSet<QString> present;
        for (const StoryScanner::Entry &file : listing.files) {
            const QString path = directory + QLatin1Char('/') + file.name;
            present.insert(path);
            const auto it = knownFiles.constFind(path);
            if (it != knownFiles.cend() && *it == file.identity)
                continue;
            changes.read.append(SummaryReader::read(path, m_map));
            if (file.isLink)
                changes.linkTargets.insert(path, file.canonicalPath);
        }
        for (auto it = knownFiles.cbegin(); it != knownFiles.cend(); ++it) {
            if (!present.contains(it.key()))
                changes.removedFiles.append(it.key());
        }
        const QSet<QString> knownSubs = knownSubdirectories.value(directory);
        QSet<QString> presentSubs;
        for (const StoryScanner::Entry &sub : listing.directories) {
            const QString path = directory + QLatin1Char('/') + sub.name;
            presentSubs.insert(path);
            if (knownSubs.contains(path) || walked.contains(sub.canonicalPath))
                continue;
            // A new folder (or one moved in): everything below it is new.
            scanner.setVisitedDirectories(walked);
            const QStringList found = scanner.scan(path);
            for (const QString &file : found)
                changes.read.append(SummaryReader::read(file, m_map));
            changes.newDirectories.insert(scanner.walkedDirectories());
            walked = scanner.visitedDirectories();
        }
        for (const QString &sub : knownSubs) {
            if (!presentSubs.contains(sub))
                changes.removedDirectories.append(sub);
        }
    }
    return changes;
}

} // namespace Storydesk
