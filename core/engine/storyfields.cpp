#include "storyfields.h"

#include "storyschema.h"

#include <QLocale>

namespace Storydesk::StoryFields {

const YamlValue *field(const YamlValue &map, QLatin1StringView key)
{
    return map.isMap() ? map.find(QString(key)) : nullptr;
}

QString text(const YamlValue &map, QLatin1StringView key)
{
    const YamlValue *value = field(map, key);
    return value && value->isScalar() ? value->text() : QString();
}

std::optional<int> score(const YamlValue &map, QLatin1StringView key)
{
    const YamlValue *value = field(map, key);
    const std::optional<qint64> n = value ? value->toInt() : std::nullopt;
    if (!n || *n < 0 || *n > 100)
        return std::nullopt;
    return int(*n);
}

QDateTime publishedDateTime(const YamlValue &map)
{
    return StorySchema::parseTimestamp(text(map, StorySchema::PublishedDateTime));
}

QString providerName(const YamlValue &map)
{
    const YamlValue *provider = field(map, StorySchema::Provider);
    if (!provider)
        return {};
    const QString name = text(*provider, StorySchema::Name);
    return name.isEmpty() ? text(*provider, StorySchema::Domain) : name;
}

QList<YamlValue> items(const YamlValue &map, QLatin1StringView key)
{
    const YamlValue *value = field(map, key);
    return value && value->isSequence() ? value->items() : QList<YamlValue>();
}

QString formatDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace Storydesk::StoryFields
