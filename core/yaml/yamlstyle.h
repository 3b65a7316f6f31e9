#pragma once

#include "yamlvalue.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Storydesk {

// How a front matter is written: line endings, indentation of nested maps and of list
// items, and how each key's values are quoted. Detected from the file, so that new values
// look like the ones a careful human would have typed into that file.
struct YamlStyle
{
    QByteArray lineEnding = "\n";
    int mapIndent = 2;   // nested map keys, relative to their parent key
    int seqIndent = 2;   // list dashes, relative to their parent key (0: `key:\n- item`)
    int itemIndent = 2;  // keys of a map inside a list item, relative to the dash
    // Quoting of scalar values, by key name ("topics[]" for items of the topics list).
    QHash<QString, YamlValue::Quoting> quoting;

    YamlValue::Quoting quotingFor(const QString &key) const;

    // Renders a scalar in the requested quoting, falling back to double quotes when
    // YAML would read the text as something else (or it cannot be written that way).
    static QByteArray renderScalar(const YamlValue &value, YamlValue::Quoting quoting, bool inFlow = false);
    static QByteArray renderKey(const QString &key);
    // A value on one line: scalars, and collections in flow style (`[a, b]`, `{a: 1}`).
    QByteArray renderInline(const YamlValue &value, const QString &key) const;
    // The lines of a block collection whose items start at `column`, each line ended.
    QByteArray renderBlock(const YamlValue &value, int column, const QString &key) const;
    // One `key: value` map entry starting at `column` (its value on following lines when it is a block).
    QByteArray renderEntry(const QString &key, const YamlValue &value, int column) const;
    // One `- item` list item starting at `column`.
    QByteArray renderItem(const YamlValue &item, int column, const QString &listKey) const;

    // Whether `value` is written as a block (a non-empty collection) rather than inline.
    static bool isBlock(const YamlValue &value);
    // Whether text may be written as a plain scalar and read back as the same string.
    static bool isPlainSafe(QStringView text, bool inFlow = false);
};

} // namespace Storydesk
