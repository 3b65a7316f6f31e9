#pragma once

#include "fieldmap.h"
#include "storyeditor.h"
#include "storystore.h"
#include "yamlvalue.h"

#include <algorithm>
#include <optional>

// The form's reading and writing of a story's fields under the keys of its site's field map
// (Hugo's `draft` for published, `tags` for topics), kept apart from the form's widgets.

namespace Storydesk::MappedFields {

// The site's map of the store being edited; the story format without one.
inline const FieldMap &fieldMapOf(const StoryEditor *editor)
{
    static const FieldMap storyFormat = FieldMap::storyFormat();
    return editor->store() ? editor->store()->fieldMap() : storyFormat;
}

// The value at a role's key (none when the role is bound to nothing), and its text.
inline const YamlValue *valueAt(const YamlValue &frontMatter, const YamlPath &path)
{
    return path.isRoot() ? nullptr : frontMatter.at(path);
}

inline QString textAt(const YamlValue &frontMatter, const YamlPath &path)
{
    const YamlValue *value = valueAt(frontMatter, path);
    return value && value->isScalar() ? value->text() : QString();
}

// A 0–100 score at a role's key; nullopt when missing, not a number or out of range.
inline std::optional<int> scoreAt(const YamlValue &frontMatter, const YamlPath &path)
{
    const YamlValue *value = valueAt(frontMatter, path);
    const std::optional<qint64> number = value && value->isScalar() ? value->toInt() : std::nullopt;
    return number && *number >= 0 && *number <= 100 ? std::optional<int>(int(*number)) : std::nullopt;
}

// Whether the site counts the story as published: its key read through the map (Hugo's
// `draft` says the opposite), the map's default when the key is missing.
inline bool isPublished(const YamlValue &frontMatter, const FieldMap &map)
{
    const YamlValue *value = valueAt(frontMatter, map.path(FieldRole::Published));
    if (!value)
        return map.publishedDefault().value_or(false);
    const std::optional<bool> flag = value->isScalar() ? value->toBool() : std::nullopt;
    return flag && map.isPublishedBy(*flag);
}

inline void setAt(YamlValue &frontMatter, const YamlPath &path, const YamlValue &value)
{
    if (YamlValue *slot = path.isRoot() ? nullptr : frontMatter.at(path, true))
        *slot = value;
}

// A story's topics as written: a list, or (in hand-written files) one bare topic.
inline QList<YamlValue> topicItems(const std::optional<YamlValue> &topics)
{
    if (!topics)
        return {};
    if (topics->isSequence())
        return topics->items();
    if (topics->isScalar() && !topics->text().trimmed().isEmpty())
        return {*topics};
    return {};
}

// Topics are one vocabulary whatever their case: "ai" is the topic AI.
inline bool isTopic(const YamlValue &item, const QString &topic)
{
    return item.isScalar() && item.text().trimmed().compare(topic, Qt::CaseInsensitive) == 0;
}

inline bool hasTopic(const QList<YamlValue> &items, const QString &topic)
{
    return std::any_of(items.cbegin(), items.cend(), [&topic](const YamlValue &item) { return isTopic(item, topic); });
}

} // namespace Storydesk::MappedFields
