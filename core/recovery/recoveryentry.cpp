#include "recoveryentry.h"

#include "summaryreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Storydesk {

namespace {

const QLatin1String Format("storydesk-recovery");
constexpr int Version = 1;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

std::optional<QByteArray> fileBytes(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

QString RecoveryEntry::path() const
{
    return QDir::cleanPath(folder + QLatin1Char('/') + relativePath);
}

QString RecoveryEntry::title() const
{
    const QString title = SummaryReader::fromBytes(path(), text).title;
    return title.isEmpty() ? QFileInfo(relativePath).fileName() : title;
}

StoryChanges RecoveryEntry::changes() const
{
    return StoryChanges::between(bytesRead, text);
}

bool RecoveryEntry::unchangedOnDisk() const
{
    return fileBytes(path()) == bytesRead;
}

bool RecoveryEntry::savedOnDisk() const
{
    return fileBytes(path()) == text;
}

QByteArray RecoveryEntry::toBytes() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), Format);
    o.insert(QStringLiteral("version"), Version);
    o.insert(QStringLiteral("folder"), folder);
    o.insert(QStringLiteral("path"), relativePath);
    o.insert(QStringLiteral("size"), identity.size);
    o.insert(QStringLiteral("mtimeNs"), QString::number(identity.mtimeNs));
    o.insert(QStringLiteral("inode"), QString::number(identity.inode));
    o.insert(QStringLiteral("readSha256"), sha256(bytesRead));
    o.insert(QStringLiteral("read"), QString::fromLatin1(bytesRead.toBase64()));
    o.insert(QStringLiteral("textSha256"), sha256(text));
    o.insert(QStringLiteral("text"), QString::fromLatin1(text.toBase64()));
    o.insert(QStringLiteral("written"), written.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<RecoveryEntry> RecoveryEntry::fromBytes(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("damaged or cut off (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject o = json.object();
    if (o.value(QStringLiteral("format")).toString() != Format)
        return fail(QStringLiteral("not a Storydesk recovery entry"));
    if (o.value(QStringLiteral("version")).toInt() != Version)
        return fail(QStringLiteral("written by another version of Storydesk (format %1)").arg(o.value(QStringLiteral("version")).toInt()));

    RecoveryEntry entry;
    entry.folder = o.value(QStringLiteral("folder")).toString();
    entry.relativePath = o.value(QStringLiteral("path")).toString();
    const QString cleanRelative = QDir::cleanPath(entry.relativePath);
    if (entry.folder.isEmpty() || cleanRelative.isEmpty() || QDir::isAbsolutePath(cleanRelative) || cleanRelative == QLatin1String("..")
        || cleanRelative.startsWith(QLatin1String("../")))
        return fail(QStringLiteral("names no story inside a folder"));
    bool sizeOk = o.value(QStringLiteral("size")).isDouble();
    bool mtimeOk = false;
    bool inodeOk = false;
    entry.identity.size = o.value(QStringLiteral("size")).toInteger(-1);
    entry.identity.mtimeNs = o.value(QStringLiteral("mtimeNs")).toString().toLongLong(&mtimeOk);
    entry.identity.inode = o.value(QStringLiteral("inode")).toString().toULongLong(&inodeOk);
    if (!sizeOk || !mtimeOk || !inodeOk)
        return fail(QStringLiteral("the identity of the file read is missing"));
    entry.bytesRead = QByteArray::fromBase64(o.value(QStringLiteral("read")).toString().toLatin1());
    entry.text = QByteArray::fromBase64(o.value(QStringLiteral("text")).toString().toLatin1());
    if (sha256(entry.bytesRead) != o.value(QStringLiteral("readSha256")).toString()
        || sha256(entry.text) != o.value(QStringLiteral("textSha256")).toString())
        return fail(QStringLiteral("damaged (a checksum does not match)"));
    entry.written = QDateTime::fromString(o.value(QStringLiteral("written")).toString(), Qt::ISODateWithMs);
    return entry;
}

} // namespace Storydesk
