#pragma once

#include "fieldmap.h"
#include "fileidentity.h"
#include "storysummary.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <utility>

namespace Storydesk {

// Compares some directories of an open folder with the disk, off the UI thread, for the
// store's live folder: what is new or changed there, what is gone, what appeared. Knows
// no rows: StoryStore hands it what it knew and applies what it finds.
class FolderRescan
{
public:
    // What the store knew when the rescan began.
    struct Known
    {
        QList<std::pair<QString, FileIdentity>> files;   // every listed story
        QHash<QString, QString> directories;             // every watched directory -> canonical path
    };
    // How the rescanned directories differ from what was known.
    struct Changes
    {
        QList<StorySummary> read;             // new or changed on disk, read again
        QHash<QString, QString> linkTargets;  // read files that are links -> their canonical target
        QStringList removedFiles;
        QStringList removedDirectories;
        QHash<QString, QString> newDirectories;  // walked whole: everything below them is new
    };

    // Stops early once *cancelled is true (another folder opened, the store destroyed).
    // Stories are read with `map`, the site's field map.
    FolderRescan(const QString &root, const std::atomic_bool *cancelled, const FieldMap &map = FieldMap::storyFormat());

    // Lists each of `directories` (absolute paths among known.directories) and reads the
    // stories whose identity changed. Nothing when cancelled midway.
    std::optional<Changes> run(const QSet<QString> &directories, const Known &known) const;

    // The directory holding `path` ("/" for a file at the top).
    static QString parentOf(const QString &path);

private:
    QString m_root;
    const std::atomic_bool *m_cancelled;
    FieldMap m_map;
};

} // namespace Storydesk
