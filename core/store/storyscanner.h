#pragma once

#include "fileidentity.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Storydesk {

// Finds the story files of a site folder: `.md` and `.markdown` files, and `.txt` files
// that start with a `---` fence (after an optional UTF-8 BOM). Skips what is never
// content: hidden files and folders, `node_modules`, `_site`, `public` and Hugo's
// `resources/_gen` (by name, at any depth). Symlinks are followed only inside the folder:
// a linked folder is walked once whatever path leads to it (no loops), and a linked file
// is listed under its link path only when its target is inside the folder and is not
// already listed under its own path.
// Markdown files without front matter are listed too: editors must see them (the summary
// reader shows them as rows with a warning).
class StoryScanner
{
public:
    // A story file or a subdirectory found in one directory.
    struct Entry
    {
        QString name;
        QString canonicalPath;
        bool isLink = false;   // links are taken only when their target is inside the root
        // A story file's, following a link, from the walk's one stat of it (invalid when
        // that failed): callers compare it with the index's instead of stat'ing again.
        FileIdentity identity;
    };
    // A story file found by a walk.
    struct Found
    {
        QString path;
        FileIdentity identity;
    };
    // One directory's entries, for a walk or for rescanning that directory alone.
    struct Listing
    {
        QString canonicalPath;
        QList<Entry> files;        // story files, in name order
        QList<Entry> directories;  // subdirectories to walk, in name order
    };

    explicit StoryScanner(const QString &root);

    QString root() const { return m_root; }

    // scan() stops early (returning what it found so far) once *cancelled is true.
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }
    // Lists every `.txt` file without opening it to look for the fence: for a caller that
    // knows most of them already (an index) and checks the others with startsWithFence().
    void setFenceCheckDeferred(bool deferred) { m_fenceCheckDeferred = deferred; }
    bool isFenceCheckDeferred() const { return m_fenceCheckDeferred; }
    static bool isTextFile(QStringView fileName) { return fileName.endsWith(QLatin1StringView(".txt"), Qt::CaseInsensitive); }

    // Canonical paths of directories not to walk again: lets a rescan of a new subfolder
    // skip folders the first scan already listed through another path.
    void setVisitedDirectories(const QSet<QString> &canonicalPaths) { m_visited = canonicalPaths; }
    QSet<QString> visitedDirectories() const { return m_visited; }

    using FilesFound = std::function<void(const QStringList &paths)>;
    // Walks `start` (the root when empty) and below, calling onFiles with the absolute paths
    // of the story files of each directory as soon as it is read, so parsing can begin while
    // the walk goes on. Real folders and files come first and linked ones last, so that a
    // story reachable both ways is listed under its real path.
    void scan(const FilesFound &onFiles, const QString &start = QString());
    // The same, with each file's identity (see Entry::identity).
    using FoundFiles = std::function<void(const QList<Found> &files)>;
    void scanWithIdentities(const FoundFiles &onFiles, const QString &start = QString());
    // The same, collecting every path.
    QStringList scan(const QString &start = QString());
    // The directories the last scan() walked, for watching: absolute path -> canonical path.
    QHash<QString, QString> walkedDirectories() const { return m_walked; }

    // The entries of one directory, not descending; `canonicalPath` of the directory itself
    // is computed when not given.
    Listing list(const QString &directory, const QString &canonicalPath = QString()) const;

    bool isInsideRoot(const QString &canonicalPath) const;

    // For tests: read directories as on a file system whose entries carry no type
    // (DT_UNKNOWN), so every entry is stat'ed to tell files, folders and links apart.
    void setEntryTypesIgnored(bool ignored) { m_entryTypesIgnored = ignored; }

    static bool isSkippedDirectory(QStringView name, QStringView parentName);
    static bool hasStoryExtension(QStringView fileName);
    static bool startsWithFence(const QString &path);

private:
    bool isListed(const QString &canonicalPath);
    bool isCancelled() const { return m_cancelled && m_cancelled->load(std::memory_order_relaxed); }

    QString m_root;
    QString m_canonicalRoot;
    const std::atomic_bool *m_cancelled = nullptr;
    bool m_fenceCheckDeferred = false;
    bool m_entryTypesIgnored = false;
    QSet<QString> m_visited;
    // The canonical paths of the real files listed, for telling whether a linked file is
    // one of them: hashed only once a link asks (most folders have none), since hashing
    // 100,000 paths was a tenth of a warm `storydesk-cli list`.
    QSet<QString> m_listed;
    QStringList m_listedUnhashed;
    QHash<QString, QString> m_walked;
};

} // namespace Storydesk
