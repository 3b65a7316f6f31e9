#include "siteimageresolver.h"

#include "yamlguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace Storydesk {

namespace {

// Configuration files are small; a larger one is not read at all.
constexpr qint64 MaxConfigBytes = 1024 * 1024;

// Hugo reads its configuration keys case-insensitively (`baseURL`, `baseurl`).
bool isKey(const QString &key, QLatin1StringView wanted)
{
    return key.compare(wanted, Qt::CaseInsensitive) == 0;
}

// The top-level string values of a YAML map, by key, for the few keys a site config needs.
std::optional<QString> yamlValue(const QByteArray &text, QLatin1StringView wanted)
{
    if (YamlGuard::check(text))
        return std::nullopt;
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (!root.IsMap())
            return std::nullopt;
        for (const auto &entry : root) {
            if (entry.first.IsScalar() && entry.second.IsScalar()
                && isKey(QString::fromStdString(entry.first.Scalar()), wanted))
                return QString::fromStdString(entry.second.Scalar());
        }
    } catch (const std::exception &) {
        // Broken YAML: the folder is simply not treated as a site.
    }
    return std::nullopt;
}

// `baseURL = "https://example.org/"` among TOML's top-level keys (before any [table]).
// Enough TOML for the one key: basic and literal strings on one line.
std::optional<QString> tomlValue(const QByteArray &text, QLatin1StringView wanted)
{
    for (const QByteArray &rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.startsWith(QLatin1Char('[')))
            return std::nullopt; // top-level keys come before the first table
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0 || !isKey(line.first(equals).trimmed(), wanted))
            continue;
        const QString value = line.sliced(equals + 1).trimmed();
        if (value.size() < 2 || (value.front() != u'"' && value.front() != u'\''))
            return std::nullopt;
        const qsizetype close = value.indexOf(value.front(), 1);
        if (close < 0)
            return std::nullopt;
        return value.sliced(1, close - 1);
    }
    return std::nullopt;
}

std::optional<QString> jsonValue(const QByteArray &text, QLatin1StringView wanted)
{
    const QJsonObject object = QJsonDocument::fromJson(text).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isKey(it.key(), wanted) && it.value().isString())
            return it.value().toString();
    }
    return std::nullopt;
}

std::optional<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxConfigBytes)
        return std::nullopt;
    return file.readAll();
}

// A path segment as the file system would see it, or nullopt when it could name
// something other than one entry of its directory.
std::optional<QString> safeSegment(const QString &encoded)
{
    const QString segment = QUrl::fromPercentEncoding(encoded.toUtf8());
    if (segment.isEmpty() || segment.startsWith(QLatin1Char('.')))
        return std::nullopt; // `.`, `..` and hidden files such as `.git`
    for (const QChar c : segment) {
        if (c == u'/' || c == u'\\' || c == u':' || c.unicode() < 0x20)
            return std::nullopt; // encoded separators, drive letters, NUL and controls
    }
    return segment;
}

} // namespace

SiteImageResolver::SiteImageResolver(const QString &folder, const QUrl &baseUrl, Generator generator)
    : m_folder(QFileInfo(folder).canonicalFilePath())
    , m_baseUrl(baseUrl)
    , m_generator(generator)
{
    m_basePath = baseUrl.path(QUrl::FullyEncoded);
    while (m_basePath.endsWith(QLatin1Char('/')))
        m_basePath.chop(1);
    if (m_folder.isEmpty())
        m_generator = Generator::None;
}

QUrl SiteImageResolver::baseUrlFromConfig(const QString &fileName, const QByteArray &text)
{
    const QString name = QFileInfo(fileName).fileName();
    std::optional<QString> url;
    if (name.startsWith(QLatin1Char('_'))) {
        // Jekyll: `url` is scheme and host, `baseurl` the subpath the site lives under.
        url = yamlValue(text, QLatin1StringView("url"));
        const QString subpath = yamlValue(text, QLatin1StringView("baseurl")).value_or(QString());
        if (!subpath.isEmpty()) {
            QString joined = url.value_or(QString());
            while (joined.endsWith(QLatin1Char('/')))
                joined.chop(1);
            url = joined % (subpath.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) % subpath;
        }
    } else if (name.endsWith(QLatin1StringView(".toml"))) {
        url = tomlValue(text, QLatin1StringView("baseurl"));
    } else if (name.endsWith(QLatin1StringView(".json"))) {
        url = jsonValue(text, QLatin1StringView("baseurl"));
    } else {
        url = yamlValue(text, QLatin1StringView("baseurl"));
    }
    if (!url || url->isEmpty())
        return QUrl();
    const QUrl parsed(*url, QUrl::StrictMode);
    const bool absolute = parsed.scheme() == u"http" || parsed.scheme() == u"https";
    if (!parsed.isValid() || (!absolute && !parsed.scheme().isEmpty()))
        return QUrl();
    return parsed;
}

SiteImageResolver SiteImageResolver::forFolder(const QString &folder)
{
    const QDir dir(folder);
    for (const char *name : {"_config.yml", "_config.yaml"}) {
        const QString path = dir.filePath(QLatin1StringView(name));
        if (const std::optional<QByteArray> text = readSmallFile(path))
            return SiteImageResolver(folder, baseUrlFromConfig(path, *text), Generator::Jekyll);
    }
    for (const char *stem : {"hugo", "config", "config/_default/hugo", "config/_default/config"}) {
        for (const char *extension : {".toml", ".yaml", ".yml", ".json"}) {
            const QString path = dir.filePath(QLatin1StringView(stem) % QLatin1StringView(extension));
            if (const std::optional<QByteArray> text = readSmallFile(path))
                return SiteImageResolver(folder, baseUrlFromConfig(path, *text), Generator::Hugo);
        }
    }
    return SiteImageResolver();
}

SiteImageResolver::Mapping SiteImageResolver::map(const QUrl &url) const
{
    if (!isSite() || !url.isValid())
        return {};
    const bool rootRelative = url.scheme().isEmpty() && url.host().isEmpty()
        && url.path().startsWith(QLatin1Char('/'));
    if (!rootRelative) {
        const bool web = url.scheme() == u"http" || url.scheme() == u"https";
        // Sites are often reachable over both schemes: the host and port decide.
        if (!web || m_baseUrl.host().isEmpty() || url.host() != m_baseUrl.host() || url.port() != m_baseUrl.port())
            return {};
    }

    QString path = url.path(QUrl::FullyEncoded);
    if (path.startsWith(m_basePath % QLatin1Char('/')))
        path = path.sliced(m_basePath.size());
    else if (!rootRelative)
        return {}; // the same host, but outside the site's subpath
    const QString shown = url.path();

    QStringList segments;
    for (const QString &encoded : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const std::optional<QString> segment = safeSegment(encoded);
        if (!segment)
            return {Mapping::Kind::Refused, QString(), QCoreApplication::translate("Storydesk::SiteImageResolver", "%1 leaves the site folder").arg(shown)};
        segments.append(*segment);
    }
    if (segments.isEmpty())
        return {Mapping::Kind::Missing, QString(), QCoreApplication::translate("Storydesk::SiteImageResolver", "%1 is not a file").arg(shown)};
    return mapRelative(segments, shown);
}

SiteImageResolver::Mapping SiteImageResolver::mapRelative(const QStringList &segments, const QString &shown) const
{
    const QString relative = segments.join(QLatin1Char('/'));
    // Hugo publishes static/ at the site root; Jekyll copies the folder itself.
    QStringList candidates;
    if (m_generator == Generator::Hugo)
        candidates.append(QStringLiteral("static/") % relative);
    candidates.append(relative);

    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(m_folder % QLatin1Char('/') % candidate);
        if (!info.exists())
            continue;
        // A symlink (of the file or of any folder on the way) must land inside the folder.
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty() || !canonical.startsWith(m_folder % QLatin1Char('/')))
            return {Mapping::Kind::Refused, QString(), QCoreApplication::translate("Storydesk::SiteImageResolver", "%1 leaves the site folder").arg(shown)};
        if (!QFileInfo(canonical).isFile())
            return {Mapping::Kind::Missing, QString(), QCoreApplication::translate("Storydesk::SiteImageResolver", "%1 is not a file").arg(shown)};
        return {Mapping::Kind::File, canonical, QString()};
    }
    return {Mapping::Kind::Missing, QString(), QCoreApplication::translate("Storydesk::SiteImageResolver", "%1 is not in the site folder").arg(shown)};
}

} // namespace Storydesk
