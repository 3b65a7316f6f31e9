#include "remembereddetection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Storydesk {

namespace {

// A few kilobytes in practice (the sampled keys dominate): anything far larger is not ours.
constexpr qint64 MaxFileBytes = 1 << 20;
const QLatin1String FormatName("storydesk-remembered-detection");

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

// Nullopt unless `value` is an array of strings (of non-empty ones with `nonEmpty`).
std::optional<QStringList> stringsOf(const QJsonValue &value, bool nonEmpty)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || (nonEmpty && item.toString().isEmpty()))
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

QJsonValue toJson(std::optional<bool> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

RememberedDetection::RememberedDetection(const QString &directory, const QString &folder, const QString &siteRoot)
    : m_directory(directory)
    , m_folder(canonicalOf(folder))
    , m_siteRoot(canonicalOf(siteRoot))
    , m_file(fileFor(directory, folder))
{
}

QString RememberedDetection::canonicalOf(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : canonical;
}

QString RememberedDetection::keyOf(const QString &folder)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalOf(folder).toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

QString RememberedDetection::fileFor(const QString &directory, const QString &folder)
{
    return directory + QLatin1Char('/') + keyOf(folder) + QStringLiteral(".fields.json");
}

std::optional<FieldDetector::Result> RememberedDetection::read() const
{
    QFile file(m_file);
    if (file.size() > MaxFileBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return fromBytes(file.readAll());
}

bool RememberedDetection::write(const FieldDetector::Result &detected) const
{
    if (!QDir().mkpath(m_directory))
        return false;
    const QByteArray bytes = toBytes(detected);
    QSaveFile file(m_file);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QByteArray RememberedDetection::toBytes(const FieldDetector::Result &detected) const
{
    QJsonObject map;
    QJsonObject reasons;
    for (int i = 0; i < FieldRoleCount; ++i) {
        const QString role = FieldMap::roleName(FieldMap::role(i));
        const FieldBinding &binding = detected.map.binding(FieldMap::role(i));
        map.insert(role, QJsonObject{{QStringLiteral("path"), toArray(binding.path.segments())},
                                     {QStringLiteral("negated"), binding.negated}});
        reasons.insert(role, detected.reasons[std::size_t(i)]);
    }
    const QJsonObject root{
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), Version},
        {QStringLiteral("folder"), m_folder},
        {QStringLiteral("siteRoot"), m_siteRoot},
        {QStringLiteral("map"), map},
        {QStringLiteral("publishedDefault"), toJson(detected.map.publishedDefault())},
        {QStringLiteral("storyFormat"), detected.storyFormat},
        {QStringLiteral("generator"), detected.generator},
        {QStringLiteral("configFile"), detected.configFile},
        {QStringLiteral("sampled"), detected.sampled},
        {QStringLiteral("keysInUse"), toArray(detected.keysInUse)},
        {QStringLiteral("reasons"), reasons},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<FieldDetector::Result> RememberedDetection::fromBytes(const QByteArray &bytes) const
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    // Another program's file, another version's, or another folder's (a hash collision, a
    // copied cache): none of them says anything about this folder.
    if (root.value(QStringLiteral("format")).toString() != FormatName || root.value(QStringLiteral("version")) != QJsonValue(Version)
        || root.value(QStringLiteral("folder")).toString() != m_folder || root.value(QStringLiteral("siteRoot")).toString() != m_siteRoot)
        return std::nullopt;

    FieldDetector::Result result;
    FieldMap map;
    const QJsonObject bindings = root.value(QStringLiteral("map")).toObject();
    const QJsonObject reasons = root.value(QStringLiteral("reasons")).toObject();
    // Every role, each well formed: a half-read map would be worse than detecting again.
    for (int i = 0; i < FieldRoleCount; ++i) {
        const QString role = FieldMap::roleName(FieldMap::role(i));
        const QJsonValue binding = bindings.value(role);
        const QJsonValue negated = binding.toObject().value(QStringLiteral("negated"));
        const std::optional<QStringList> path = stringsOf(binding.toObject().value(QStringLiteral("path")), true);
        const QJsonValue reason = reasons.value(role);
        if (!binding.isObject() || !negated.isBool() || !path || !reason.isString())
            return std::nullopt;
        map.bind(FieldMap::role(i), FieldBinding{YamlPath(*path), negated.toBool()});
        result.reasons[std::size_t(i)] = reason.toString();
    }
    const QJsonValue publishedDefault = root.value(QStringLiteral("publishedDefault"));
    if (publishedDefault.isBool())
        map.setPublishedDefault(publishedDefault.toBool());
    else if (!publishedDefault.isNull())
        return std::nullopt;
    result.map = map;

    const QJsonValue storyFormat = root.value(QStringLiteral("storyFormat"));
    const QJsonValue generator = root.value(QStringLiteral("generator"));
    const QJsonValue configFile = root.value(QStringLiteral("configFile"));
    const QJsonValue sampled = root.value(QStringLiteral("sampled"));
    const std::optional<QStringList> keysInUse = stringsOf(root.value(QStringLiteral("keysInUse")), false);
    if (!storyFormat.isBool() || !generator.isString() || !configFile.isString() || !sampled.isDouble() || sampled.toInt(-1) < 0
        || !keysInUse)
        return std::nullopt;
    result.storyFormat = storyFormat.toBool();
    if (result.storyFormat && !map.isStoryFormat())
        return std::nullopt;
    result.generator = generator.toString();
    result.configFile = configFile.toString();
    result.sampled = sampled.toInt();
    result.keysInUse = *keysInUse;
    return result;
}

} // namespace Storydesk
