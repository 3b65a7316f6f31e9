#pragma once

#include "fileidentity.h"
#include "storychanges.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Storydesk {

// One story's unsaved state in the recovery journal: which story of which folder, the bytes
// its edits started from and what the file looked like then, and its text after the edits.
// Stored as one small JSON file whose checksums tell a damaged or cut-off entry from a good one.
class RecoveryEntry
{
public:
    QString folder;         // the site folder, as the app opened it
    QString relativePath;   // the story, relative to the folder
    FileIdentity identity;  // the file when it was read: size, mtime, inode...
    QByteArray bytesRead;   // ...and its bytes (their SHA-256 is stored too)
    QByteArray text;        // the story after the edits
    QDateTime written;

    QString path() const;   // the story's absolute path
    QString title() const;  // the title in `text`, or the file name
    // What the edits changed, field by field, relative to what was read.
    StoryChanges changes() const;
    // Whether the story on disk still holds `bytesRead` (nothing changed it since).
    bool unchangedOnDisk() const;
    // Whether the story on disk already holds `text` (it was saved before the removal of
    // its entry reached the disk): nothing to recover.
    bool savedOnDisk() const;

    QByteArray toBytes() const;
    // Nullopt with `error` set when `bytes` is not a whole, intact entry.
    static std::optional<RecoveryEntry> fromBytes(const QByteArray &bytes, QString *error);
};

} // namespace Storydesk
