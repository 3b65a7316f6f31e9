#pragma once

#include "yamlvalue.h"

#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace Storydesk {

// Reading the fields of a story (or of a related entry, which has the same shape) from
// its front-matter map for display, and the one way the UI writes dates. Missing, mistyped
// and out-of-range values read as "nothing", never as a made-up value.
namespace StoryFields {

// The value at `key`; null when `map` is not a map or has no such key.
const YamlValue *field(const YamlValue &map, QLatin1StringView key);
// The text of the scalar at `key`; empty when it is missing or not a scalar.
QString text(const YamlValue &map, QLatin1StringView key);
// A 0–100 score (quality, heat); nullopt when missing, not a number or out of range.
std::optional<int> score(const YamlValue &map, QLatin1StringView key);
// publishedDateTime in UTC; invalid when missing or unreadable.
QDateTime publishedDateTime(const YamlValue &map);
// provider.name, or provider.domain for a provider without a name.
QString providerName(const YamlValue &map);
// The items of the list at `key`; empty when it is missing or not a list.
QList<YamlValue> items(const YamlValue &map, QLatin1StringView key);

// A date and time as the editor reads it: in local time, in the locale's short format.
QString formatDateTime(const QDateTime &dateTime);

} // namespace StoryFields
} // namespace Storydesk
