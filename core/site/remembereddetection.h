#pragma once

#include "fielddetector.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Storydesk {

// A folder's last field detection, kept in a small versioned file of its own (next to the
// folder's index, in the user's cache) so that a reopened folder knows its field map, and
// so which index to read, without sampling its stories first. It is a cache: a file of
// another version, of another folder or site root, or broken in any way reads as nothing.
class RememberedDetection
{
public:
    // Bumped whenever the file's fields or their meaning change.
    static constexpr int Version = 1;

    // `directory`: where the files are kept; `folder` (absolute): the folder opened, whose
    // stories were sampled; `siteRoot`: the site whose configuration was read.
    RememberedDetection(const QString &directory, const QString &folder, const QString &siteRoot);

    // The file of `folder` in `directory` (whether it exists or not).
    static QString fileFor(const QString &directory, const QString &folder);
    // How a folder's cache files are named (as its index is, StoryIndex::fileFor): a hash of
    // its canonical path, so a folder opened through a link finds the same files.
    static QString keyOf(const QString &folder);
    // `path` canonical, or clean and absolute when it does not exist.
    static QString canonicalOf(const QString &path);
    QString filePath() const { return m_file; }

    // The detection remembered for this folder and site root, if any and readable.
    std::optional<FieldDetector::Result> read() const;
    // Keeps `detected` (atomically, through QSaveFile); false when it cannot be written.
    bool write(const FieldDetector::Result &detected) const;

    // The file's bytes, and back (nullopt for anything but this folder's file of this version).
    QByteArray toBytes(const FieldDetector::Result &detected) const;
    std::optional<FieldDetector::Result> fromBytes(const QByteArray &bytes) const;

private:
    QString m_directory;
    QString m_folder;
    QString m_siteRoot;
    QString m_file;
};

} // namespace Storydesk
