#pragma once

#include "fileidentity.h"
#include "frontmatterdocument.h"

#include <QByteArray>
#include <QString>

namespace Storydesk {

// One story file opened for editing: its front matter engine plus what the file looked
// like when it was read, so that a save never overwrites what someone else wrote since.
class StoryDocument
{
public:
    enum class SaveResult {
        Saved,
        Unchanged,       // nothing to write: the file is not even touched
        ChangedOnDisk,   // the file is no longer what was read: nothing written
        NotEditable,     // the front matter does not parse: such a file is never written
        Failed,          // the write failed (read-only, disk full, folder gone): nothing changed on disk
    };

    // Reads `path`; nullopt with `error` set when it cannot be read.
    static std::optional<StoryDocument> load(const QString &path, QString *error = nullptr);
    // The document as it was read earlier (by a run of the app that died): `bytes` read from
    // `path` when it looked like `identity`. A save checks the disk against these, so a file
    // changed since is a conflict, as for a document loaded then.
    static StoryDocument restored(const QString &path, const QByteArray &bytes, const FileIdentity &identity);

    const QString &path() const { return m_path; }
    FrontMatterDocument &frontMatter() { return m_doc; }
    const FrontMatterDocument &frontMatter() const { return m_doc; }
    const FileIdentity &identity() const { return m_identity; }
    // The bytes read (or last saved): what "modified" and the on-disk check compare with.
    const QByteArray &bytesRead() const { return m_bytes; }
    bool isModified() const { return m_doc.toBytes() != m_bytes; }

    // Whether the file on disk is still exactly what was read (identity and content).
    bool isUnchangedOnDisk() const;

    // Writes the edited bytes atomically (QSaveFile), keeping the file's permissions.
    SaveResult save(QString *error = nullptr);

private:
    QString m_path;
    QByteArray m_bytes;      // the bytes read (or last saved)
    FileIdentity m_identity;
    FrontMatterDocument m_doc;
};

} // namespace Storydesk
