#pragma once

#include "yamlpath.h"
#include "yamlguard.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace YAML {
class Node;
}

namespace Storydesk {

// A YAML value as the engine reasons about it: ordered maps (key order is the file's),
// and scalars that remember whether they must read back as a string or are written as
// plain text (numbers, booleans, timestamps, or text copied verbatim from a file).
// Edits are expressed as YamlValues; the writer renders them in the file's own style.
class YamlValue
{
public:
    enum class Type { Null, Scalar, Sequence, Map };
    // How a scalar is meant: String always reads back as text (the writer quotes it when
    // YAML would read it as something else); Plain is written as it is (true, 69, 2020-09-30T06:05:00Z).
    enum class ScalarKind { String, Plain };
    // How a scalar was written in the file, so an edit can keep the file's quoting.
    enum class Quoting { None, Plain, Single, Double, Literal, Folded };

    using Entry = std::pair<QString, YamlValue>;

    YamlValue() = default;
    static YamlValue null() { return {}; }
    static YamlValue string(const QString &text, Quoting quoting = Quoting::None);
    static YamlValue plain(const QString &text);
    static YamlValue boolean(bool value) { return plain(value ? QStringLiteral("true") : QStringLiteral("false")); }
    static YamlValue integer(qint64 value) { return plain(QString::number(value)); }
    static YamlValue sequence(QList<YamlValue> items = {});
    static YamlValue stringList(const QStringList &items);
    static YamlValue map(QList<Entry> entries = {});

    // Converts a parsed node; nullopt with `error` set when the tree is larger than
    // `nodeBudget` nodes or deeper than YamlGuard::MaxExpandedNesting (aliases referencing
    // aliases can expand without bound).
    static std::optional<YamlValue> fromNode(const YAML::Node &node, QString *error = nullptr,
                                             int nodeBudget = YamlGuard::MaxExpandedValues);
    // Reads JSON text (objects keep their key order); nullopt when `json` is not JSON.
    static std::optional<YamlValue> fromJson(const QByteArray &json);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isScalar() const { return m_type == Type::Scalar; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isMap() const { return m_type == Type::Map; }

    const QString &text() const { return m_text; }
    ScalarKind scalarKind() const { return m_kind; }
    Quoting quoting() const { return m_quoting; }
    void setQuoting(Quoting q) { m_quoting = q; }

    const QList<YamlValue> &items() const { return m_items; }
    QList<YamlValue> &items() { return m_items; }
    const QList<Entry> &entries() const { return m_entries; }
    QList<Entry> &entries() { return m_entries; }

    // Map access: the first entry with `key` (files may repeat keys; the first one wins,
    // as in yaml-cpp and most site generators).
    const YamlValue *find(QStringView key) const;
    YamlValue *find(QStringView key);
    qsizetype indexOf(QStringView key) const;
    void insert(const QString &key, const YamlValue &value);   // replaces or appends

    // The value at `path` below this one, or nullptr. With `create`, missing map keys,
    // a list position just past the end and null values on the way are made, so an edit's
    // expected document can be built before the text is touched.
    const YamlValue *at(const YamlPath &path) const;
    YamlValue *at(const YamlPath &path, bool create);

    // Scalars as JSON-like typed values for display and comparisons. toBool() follows the
    // story's rule (StorySchema::parseBool): a plain true or false, nothing else.
    std::optional<bool> toBool() const;
    std::optional<qint64> toInt() const;

    // Equality of meaning: a scalar compares by its resolved type and text (so `"69"` and
    // `69` differ, `'a'` and `a` are equal), maps compare key by key ignoring order.
    bool sameAs(const YamlValue &other) const;

    // JSON for `storydesk-cli get`: maps become objects in file order, numbers and booleans typed.
    QByteArray toJson() const;

private:
    Type m_type = Type::Null;
    ScalarKind m_kind = ScalarKind::String;
    Quoting m_quoting = Quoting::None;
    QString m_text;
    QList<YamlValue> m_items;
    QList<Entry> m_entries;
};

// What a plain scalar's text means to a YAML reader (yaml-cpp and site generators, YAML 1.1
// booleans included): used to decide when a string must be quoted.
enum class PlainMeaning { Null, Bool, Int, Float, Timestamp, String };
PlainMeaning plainMeaning(QStringView text);

} // namespace Storydesk
