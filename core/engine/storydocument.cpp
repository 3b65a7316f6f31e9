#include "storydocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace Storydesk {

namespace {

bool readAll(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    // Only regular files: a pipe would block open() until a writer comes, a device never ends.
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        if (error) {
            *error = info.isDir() ? QCoreApplication::translate("Storydesk::StoryDocument", "%1 is a folder, not a story file").arg(path)
                                  : QCoreApplication::translate("Storydesk::StoryDocument", "%1 is not a regular file (a pipe or a device), not a story file").arg(path);
        }
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Storydesk::StoryDocument", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = QCoreApplication::translate("Storydesk::StoryDocument", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

std::optional<StoryDocument> StoryDocument::load(const QString &path, QString *error)
{
    StoryDocument doc;
    doc.m_path = path;
    // Identity before content: if the file changes while it is read, the next check sees it.
    doc.m_identity = FileIdentity::of(path);
    if (!readAll(path, &doc.m_bytes, error))
        return std::nullopt;
    doc.m_doc = FrontMatterDocument::fromBytes(doc.m_bytes);
    return doc;
}

StoryDocument StoryDocument::restored(const QString &path, const QByteArray &bytes, const FileIdentity &identity)
{
    StoryDocument doc;
    doc.m_path = path;
    doc.m_identity = identity;
    doc.m_bytes = bytes;
    doc.m_doc = FrontMatterDocument::fromBytes(bytes);
    return doc;
}

bool StoryDocument::isUnchangedOnDisk() const
{
    if (FileIdentity::of(m_path) != m_identity)
        return false;
    // Same size and timestamp can still hide a change (coarse timestamps, a restored
    // mtime): compare the content too. Story files are small.
    QByteArray current;
    return readAll(m_path, &current, nullptr) && current == m_bytes;
}

StoryDocument::SaveResult StoryDocument::save(QString *error)
{
    const auto fail = [error](SaveResult result, const QString &why) {
        if (error)
            *error = why;
        return result;
    };
    if (!m_doc.isEditable())
        return fail(SaveResult::NotEditable, QCoreApplication::translate("Storydesk::StoryDocument", "%1: the front matter does not parse, so the file is not written").arg(m_path));
    const QByteArray bytes = m_doc.toBytes();
    if (bytes == m_bytes)
        return SaveResult::Unchanged;
    // A folder deleted or moved away is not a change someone made to this story: the save
    // fails (the edits are kept) rather than offering to reload a file that is gone.
    if (!QFileInfo(QFileInfo(m_path).path()).isDir())
        return fail(SaveResult::Failed, QCoreApplication::translate("Storydesk::StoryDocument", "cannot save %1: its folder no longer exists").arg(m_path));
    if (!isUnchangedOnDisk())
        return fail(SaveResult::ChangedOnDisk, QCoreApplication::translate("Storydesk::StoryDocument", "%1 was changed on disk since it was read; nothing was written").arg(m_path));

    const QFileDevice::Permissions permissions = QFile::permissions(m_path);
    // QSaveFile would happily replace a read-only file (it renames over it): respect the
    // file's own write bits, also when running as root. WriteUser is what access(W_OK)
    // says for this user, which is always yes for root; a file with no write bit at all
    // is read-only for everyone, root included.
    const bool writable = (permissions & QFileDevice::WriteUser)
        && (permissions & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    if (!writable)
        return fail(SaveResult::Failed, QCoreApplication::translate("Storydesk::StoryDocument", "cannot save %1: the file is read-only").arg(m_path));
    struct stat ownership {};
    ::stat(QFile::encodeName(m_path).constData(), &ownership);
    QSaveFile file(m_path);
    file.setDirectWriteFallback(false);   // never fall back to writing in place: atomic or nothing
    if (!file.open(QIODevice::WriteOnly))
        return fail(SaveResult::Failed, QCoreApplication::translate("Storydesk::StoryDocument", "cannot save %1: %2").arg(m_path, file.errorString()));
    // Qt 6.4's QSaveFile::commit() ignores an error of its final flush and renames the
    // short temporary file over the story: a full disk or a file-size limit met while the
    // buffered bytes go out would truncate the story. So flush and sync here, where an
    // error (ENOSPC, EFBIG, EIO) can still cancel the save and leave the original alone.
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fdatasync(file.handle()) != 0) {
        // After a short write Qt reports "Unknown error"; the system's reason is in errno.
        const int code = errno;
        const QString why = code != 0 ? QString::fromLocal8Bit(std::strerror(code)) : file.errorString();
        file.cancelWriting();
        return fail(SaveResult::Failed, QCoreApplication::translate("Storydesk::StoryDocument", "cannot save %1: %2").arg(m_path, why));
    }
    file.setPermissions(permissions);
    if (!file.commit())
        return fail(SaveResult::Failed, QCoreApplication::translate("Storydesk::StoryDocument", "cannot save %1: %2").arg(m_path, file.errorString()));

    // The new file belongs to whoever saved it; in a shared site folder give it back to
    // its owner and group (possible when saving as root or as a member of the group).
    if (ownership.st_uid != ::geteuid() || ownership.st_gid != ::getegid())
        (void)!::chown(QFile::encodeName(m_path).constData(), ownership.st_uid, ownership.st_gid);

    m_bytes = bytes;
    m_identity = FileIdentity::of(m_path);
    m_doc = FrontMatterDocument::fromBytes(m_bytes);
    return SaveResult::Saved;
}

} // namespace Storydesk
