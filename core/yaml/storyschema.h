#pragma once

#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace Storydesk {

// The story format of PRODUCT.md: key names, their schema order, and the rules a scalar
// value must follow. Shared by the typed view, the fast summary reader and the writer so
// that every part of the app agrees on what a valid story is.
namespace StorySchema {

inline constexpr QLatin1StringView Category{"category"};
inline constexpr QLatin1StringView Title{"title"};
inline constexpr QLatin1StringView Excerpt{"excerpt"};
inline constexpr QLatin1StringView PublishedDateTime{"publishedDateTime"};
inline constexpr QLatin1StringView OriginalUrl{"originalUrl"};
inline constexpr QLatin1StringView WebUrl{"webUrl"};
inline constexpr QLatin1StringView AmpWebUrl{"ampWebUrl"};
inline constexpr QLatin1StringView CdnAmpWebUrl{"cdnAmpWebUrl"};
inline constexpr QLatin1StringView Type{"type"};
inline constexpr QLatin1StringView Quality{"quality"};
inline constexpr QLatin1StringView Heat{"heat"};
inline constexpr QLatin1StringView Published{"published"};
inline constexpr QLatin1StringView Provider{"provider"};
inline constexpr QLatin1StringView Topics{"topics"};
inline constexpr QLatin1StringView Images{"images"};
inline constexpr QLatin1StringView Related{"related"};
inline constexpr QLatin1StringView Secured{"secured"};
// Inside provider, images and related entries.
inline constexpr QLatin1StringView Name{"name"};
inline constexpr QLatin1StringView Domain{"domain"};
inline constexpr QLatin1StringView Url{"url"};
inline constexpr QLatin1StringView Width{"width"};
inline constexpr QLatin1StringView Height{"height"};
inline constexpr QLatin1StringView IsCached{"isCached"};

// Position of a top-level key in the order of PRODUCT.md; -1 for keys outside the schema.
int topLevelOrder(QStringView key);
// Position of a key inside nested maps (related entries, provider, images); -1 if unknown.
int nestedOrder(QStringView key);

// What a boolean is in a story, the one rule the reader, the filter, `check` and the
// writers follow: YAML 1.2's core schema, `true`/`false` (also `True`, `TRUE`, `False`,
// `FALSE`), written plain. Every YAML reader agrees on those; YAML 1.1's yes/no/on/off/y/n
// are booleans to some (Jekyll's Ruby, yaml-cpp) and text to others, and a quoted "false"
// is a string that Jekyll treats as true, so neither is a boolean here.
std::optional<bool> parseBool(QStringView scalar);
// How a YAML 1.1 reader (yaml-cpp, Ruby's Psych) reads a plain scalar: the rule above plus
// yes/no/on/off/y/n in any case. Only for predicting what a parser makes of text (quoting a
// string so that it stays one, comparing what two texts parse to) and for the words typed
// in a filter (`published:no`), never for a story's values.
std::optional<bool> parseYaml11Bool(QStringView scalar);
// An integer scalar (decimal, optional sign); nullopt for anything else.
std::optional<qint64> parseInt(QStringView scalar);
// Timestamps as they appear in real files: `2020-09-30T06:05:00Z`, `2024-03-21 4:00:00 +0000`,
// `2013-08-06`, fractional seconds, offsets `+02:00`; returned in UTC. Invalid when unparsable.
QDateTime parseTimestamp(QStringView scalar);

// Validation messages for the typed fields; nullopt when the value is fine.
std::optional<QString> checkScore(QLatin1StringView key, QStringView scalar, qint16 *value);
// `quoted`: the scalar was written in quotes, so it is text even when it reads "true".
std::optional<QString> checkPublished(QStringView scalar, bool quoted, bool *value);

// A top-level key written twice: YAML forbids it and readers disagree on which value wins.
QString duplicateKeyMessage(QStringView key, int firstLine);
std::optional<QString> checkTimestamp(QStringView scalar, QDateTime *value);

} // namespace StorySchema
} // namespace Storydesk
