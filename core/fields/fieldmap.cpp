#include "fieldmap.h"

namespace Storydesk {

namespace {

constexpr std::array<QLatin1StringView, FieldRoleCount> RoleNames{
    QLatin1StringView("title"), QLatin1StringView("excerpt"), QLatin1StringView("date"),
    QLatin1StringView("published"), QLatin1StringView("topics"), QLatin1StringView("category"),
    QLatin1StringView("type"), QLatin1StringView("provider"), QLatin1StringView("domain"),
    QLatin1StringView("quality"), QLatin1StringView("heat"), QLatin1StringView("link"),
    QLatin1StringView("image"), QLatin1StringView("related")};

FieldBinding key(const char *dotted, bool negated = false)
{
    return FieldBinding{YamlPath(QString::fromLatin1(dotted).split(QLatin1Char('.'))), negated};
}

} // namespace

FieldMap::FieldMap() = default;

FieldMap FieldMap::storyFormat()
{
    FieldMap map;
    map.bind(FieldRole::Title, key("title"));
    map.bind(FieldRole::Excerpt, key("excerpt"));
    map.bind(FieldRole::Date, key("publishedDateTime"));
    map.bind(FieldRole::Published, key("published"));
    map.bind(FieldRole::Topics, key("topics"));
    map.bind(FieldRole::Category, key("category"));
    map.bind(FieldRole::Type, key("type"));
    map.bind(FieldRole::ProviderName, key("provider.name"));
    map.bind(FieldRole::ProviderDomain, key("provider.domain"));
    map.bind(FieldRole::Quality, key("quality"));
    map.bind(FieldRole::Heat, key("heat"));
    map.bind(FieldRole::Link, key("webUrl"));
    map.bind(FieldRole::Image, key("images.0.url"));
    map.bind(FieldRole::Related, key("related"));
    return map;
}

FieldMap FieldMap::hugo()
{
    FieldMap map;
    map.bind(FieldRole::Title, key("title"));
    map.bind(FieldRole::Excerpt, key("summary"));
    map.bind(FieldRole::Date, key("date"));
    map.bind(FieldRole::Published, key("draft", true));
    map.setPublishedDefault(true); // Hugo builds a page without `draft` as published
    map.bind(FieldRole::Topics, key("tags"));
    map.bind(FieldRole::Type, key("type"));
    map.bind(FieldRole::Image, key("images.0"));
    return map;
}

FieldMap FieldMap::jekyll()
{
    FieldMap map;
    map.bind(FieldRole::Title, key("title"));
    map.bind(FieldRole::Excerpt, key("excerpt"));
    map.bind(FieldRole::Date, key("date"));
    map.bind(FieldRole::Published, key("published"));
    map.setPublishedDefault(true); // Jekyll renders a post without `published` as published
    map.bind(FieldRole::Topics, key("tags"));
    map.bind(FieldRole::Category, key("category"));
    map.bind(FieldRole::Image, key("image"));
    return map;
}

void FieldMap::bind(FieldRole role, FieldBinding binding)
{
    // Only a published key can mean its opposite.
    if (role != FieldRole::Published)
        binding.negated = false;
    m_bindings[index(role)] = std::move(binding);
}

std::optional<FieldRole> FieldMap::roleAt(const YamlPath &path) const
{
    if (path.isRoot())
        return std::nullopt;
    for (int i = 0; i < FieldRoleCount; ++i) {
        if (m_bindings[i].path == path)
            return role(i);
    }
    return std::nullopt;
}

std::pair<YamlPath, YamlValue> FieldMap::publishedValue(bool published) const
{
    const FieldBinding &b = binding(FieldRole::Published);
    return {b.path, YamlValue::boolean(b.negated ? !published : published)};
}

const YamlValue *FieldMap::valueIn(const YamlValue &frontMatter, FieldRole role) const
{
    return isBound(role) ? frontMatter.at(path(role)) : nullptr;
}

std::optional<bool> FieldMap::publishedIn(const YamlValue &frontMatter) const
{
    const YamlValue *value = valueIn(frontMatter, FieldRole::Published);
    if (!value || value->isNull())
        return m_publishedDefault;
    const std::optional<bool> flag = value->toBool();
    return flag ? std::optional<bool>(isPublishedBy(*flag)) : std::nullopt;
}

bool FieldMap::isStoryFormat() const
{
    static const FieldMap story = storyFormat();
    return *this == story;
}

QByteArray FieldMap::fingerprint() const
{
    // Readable, so a cache key can be told apart by eye; every part is delimited so no two
    // maps produce the same bytes.
    QByteArray bytes = "fields1";
    for (int i = 0; i < FieldRoleCount; ++i) {
        bytes += ';';
        bytes += QByteArrayView(RoleNames[i].data(), RoleNames[i].size());
        bytes += '=';
        if (m_bindings[i].negated)
            bytes += '!';
        for (const QString &segment : m_bindings[i].path.segments()) {
            // Percent-encoding keeps '.', ';' and '=' inside a key from colliding with the delimiters.
            bytes += segment.toUtf8().toPercentEncoding({}, ".;=!");
            bytes += '.';
        }
    }
    bytes += ";default=";
    bytes += m_publishedDefault ? (*m_publishedDefault ? "true" : "false") : "missing";
    return bytes;
}

QLatin1StringView FieldMap::roleName(FieldRole role)
{
    return RoleNames[index(role)];
}

std::optional<FieldRole> FieldMap::roleFromName(QStringView name)
{
    for (int i = 0; i < FieldRoleCount; ++i) {
        if (name.compare(RoleNames[i], Qt::CaseInsensitive) == 0)
            return role(i);
    }
    return std::nullopt;
}

} // namespace Storydesk
