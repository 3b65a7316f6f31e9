#include "yamlvalue.h"

#include "storyschema.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>

namespace Storydesk {

namespace {

YamlValue::Quoting quotingOf(const YAML::Node &node)
{
    return node.Tag() == "!" ? YamlValue::Quoting::Double : YamlValue::Quoting::Plain;
}

struct Limits
{
    int budget;           // values still allowed
    int depth = 0;        // of the node being converted
    bool tooDeep = false;
};

bool convert(const YAML::Node &node, YamlValue *out, Limits *limits)
{
    if (--limits->budget < 0)
        return false;
    // The text's nesting is checked before parsing; aliases can still nest anchors in
    // anchors without bound, and this recursion must not run off the stack.
    if (limits->depth >= YamlGuard::MaxExpandedNesting) {
        limits->tooDeep = true;
        return false;
    }
    ++limits->depth;
    const auto leave = qScopeGuard([limits] { --limits->depth; });
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        *out = YamlValue::null();
        return true;
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        // "!" is the non-specific tag yaml-cpp gives quoted and block scalars: they are strings.
        if (node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str")
            *out = YamlValue::string(text, quotingOf(node));
        else
            *out = YamlValue::plain(text);
        return true;
    }
    case YAML::NodeType::Sequence: {
        QList<YamlValue> items;
        items.reserve(qsizetype(node.size()));
        for (const YAML::Node &child : node) {
            YamlValue v;
            if (!convert(child, &v, limits))
                return false;
            items.append(std::move(v));
        }
        *out = YamlValue::sequence(std::move(items));
        return true;
    }
    case YAML::NodeType::Map: {
        QList<YamlValue::Entry> entries;
        for (const auto &kv : node) {
            YamlValue key;
            if (!convert(kv.first, &key, limits))
                return false;
            YamlValue v;
            if (!convert(kv.second, &v, limits))
                return false;
            // Complex keys are not part of any story format; they are kept as their text.
            entries.append({key.isScalar() ? key.text() : QString::fromUtf8(key.toJson()), std::move(v)});
        }
        *out = YamlValue::map(std::move(entries));
        return true;
    }
    }
    return false;
}

// Escapes what JSON requires and copies everything else in runs, keeping surrogate pairs whole.
void appendJsonString(QByteArray &out, const QString &s)
{
    out.append('"');
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) { out.append(QStringView(s).sliced(runStart, end - runStart).toUtf8()); };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        const char *esc = nullptr;
        switch (u) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default: break;
        }
        if (!esc && u >= 0x20)
            continue;
        flush(i);
        if (esc)
            out.append(esc);
        else
            out.append("\\u00").append(QByteArray::number(int(u), 16).rightJustified(2, '0'));
        runStart = i + 1;
    }
    flush(s.size());
    out.append('"');
}

void appendJson(QByteArray &out, const YamlValue &v)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        out.append("null");
        return;
    case YamlValue::Type::Scalar:
        if (v.scalarKind() == YamlValue::ScalarKind::Plain) {
            switch (plainMeaning(v.text())) {
            case PlainMeaning::Null: out.append("null"); return;
            case PlainMeaning::Bool: out.append(*StorySchema::parseYaml11Bool(v.text()) ? "true" : "false"); return;
            case PlainMeaning::Int:
                if (const auto i = v.toInt()) {
                    out.append(QByteArray::number(*i));
                    return;
                }
                break;
            case PlainMeaning::Float: {
                bool ok = false;
                const double d = v.text().toDouble(&ok);
                if (ok && qIsFinite(d)) {
                    out.append(QByteArray::number(d, 'g', 17));
                    return;
                }
                break;
            }
            default: break;
            }
        }
        appendJsonString(out, v.text());
        return;
    case YamlValue::Type::Sequence: {
        out.append('[');
        bool first = true;
        for (const YamlValue &item : v.items()) {
            if (!first)
                out.append(',');
            first = false;
            appendJson(out, item);
        }
        out.append(']');
        return;
    }
    case YamlValue::Type::Map: {
        out.append('{');
        bool first = true;
        for (const auto &[key, value] : v.entries()) {
            if (!first)
                out.append(',');
            first = false;
            appendJsonString(out, key);
            out.append(':');
            appendJson(out, value);
        }
        out.append('}');
        return;
    }
    }
}

} // namespace

YamlValue YamlValue::string(const QString &text, Quoting quoting)
{
    YamlValue v;
    v.m_type = Type::Scalar;
    v.m_kind = ScalarKind::String;
    v.m_quoting = quoting;
    v.m_text = text;
    return v;
}

YamlValue YamlValue::plain(const QString &text)
{
    YamlValue v;
    v.m_type = Type::Scalar;
    v.m_kind = ScalarKind::Plain;
    v.m_quoting = Quoting::Plain;
    v.m_text = text;
    return v;
}

YamlValue YamlValue::sequence(QList<YamlValue> items)
{
    YamlValue v;
    v.m_type = Type::Sequence;
    v.m_items = std::move(items);
    return v;
}

YamlValue YamlValue::stringList(const QStringList &items)
{
    QList<YamlValue> values;
    values.reserve(items.size());
    for (const QString &s : items)
        values.append(string(s));
    return sequence(std::move(values));
}

YamlValue YamlValue::map(QList<Entry> entries)
{
    YamlValue v;
    v.m_type = Type::Map;
    v.m_entries = std::move(entries);
    return v;
}

std::optional<YamlValue> YamlValue::fromNode(const YAML::Node &node, QString *error, int nodeBudget)
{
    YamlValue v;
    Limits limits{nodeBudget};
    if (!convert(node, &v, &limits)) {
        if (error) {
            *error = limits.tooDeep ? YamlGuard::nestsTooDeeplyMessage() : YamlGuard::tooManyValuesMessage();
        }
        return std::nullopt;
    }
    return v;
}

std::optional<YamlValue> YamlValue::fromJson(const QByteArray &json)
{
    // QJsonDocument decides what is JSON (it wants an array or object, hence the wrapper);
    // yaml-cpp then reads it because JSON is YAML and yaml-cpp keeps object key order.
    QJsonParseError parseError;
    QJsonDocument::fromJson(QByteArray("[" + json + "]"), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::nullopt;
    try {
        const YAML::Node node = YAML::Load(json.toStdString());
        std::optional<YamlValue> value = fromNode(node);
        // JSON quotes every string; that says nothing about how the file should quote it.
        std::function<void(YamlValue &)> forget = [&forget](YamlValue &v) {
            if (v.isScalar() && v.scalarKind() == ScalarKind::String)
                v.setQuoting(Quoting::None);
            for (YamlValue &item : v.items())
                forget(item);
            for (Entry &e : v.entries())
                forget(e.second);
        };
        if (value)
            forget(*value);
        return value;
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
}

const YamlValue *YamlValue::find(QStringView key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &m_entries.at(i).second;
}

YamlValue *YamlValue::find(QStringView key)
{
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &m_entries[i].second;
}

qsizetype YamlValue::indexOf(QStringView key) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).first == key)
            return i;
    }
    return -1;
}

void YamlValue::insert(const QString &key, const YamlValue &value)
{
    if (YamlValue *existing = find(key))
        *existing = value;
    else
        m_entries.append({key, value});
}

const YamlValue *YamlValue::at(const YamlPath &path) const
{
    return const_cast<YamlValue *>(this)->at(path, false);
}

YamlValue *YamlValue::at(const YamlPath &path, bool create)
{
    YamlValue *v = this;
    for (const QString &segment : path.segments()) {
        if (v->isNull() && create)
            *v = YamlPath::indexOf(segment) == 0 ? YamlValue::sequence() : YamlValue::map();
        if (v->isMap()) {
            YamlValue *child = v->find(segment);
            if (!child) {
                if (!create)
                    return nullptr;
                v->m_entries.append({segment, YamlValue()});
                child = &v->m_entries.last().second;
            }
            v = child;
        } else if (v->isSequence()) {
            const qsizetype i = YamlPath::indexOf(segment);
            if (i < 0 || i > v->m_items.size() || (i == v->m_items.size() && !create))
                return nullptr;
            if (i == v->m_items.size())
                v->m_items.append(YamlValue());
            v = &v->m_items[i];
        } else {
            return nullptr;
        }
    }
    return v;
}

std::optional<bool> YamlValue::toBool() const
{
    if (!isScalar() || m_kind != ScalarKind::Plain)
        return std::nullopt;
    return StorySchema::parseBool(m_text);
}

std::optional<qint64> YamlValue::toInt() const
{
    if (!isScalar() || m_kind != ScalarKind::Plain)
        return std::nullopt;
    return StorySchema::parseInt(m_text);
}

bool YamlValue::sameAs(const YamlValue &other) const
{
    if (m_type != other.m_type) {
        // An empty plain scalar and null are the same value to a YAML reader.
        const auto isNullish = [](const YamlValue &v) {
            return v.isNull() || (v.isScalar() && v.m_kind == ScalarKind::Plain && plainMeaning(v.m_text) == PlainMeaning::Null);
        };
        return isNullish(*this) && isNullish(other);
    }
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Scalar: {
        // A date written plain reads back as the same text a quoted one holds (yaml-cpp has
        // no timestamp type), so a date-valued string and a plain date are the same value.
        const auto meaning = [](const YamlValue &v) {
            const PlainMeaning m = plainMeaning(v.m_text);
            return v.m_kind == ScalarKind::String && m != PlainMeaning::Timestamp ? PlainMeaning::String : m;
        };
        const PlainMeaning a = meaning(*this);
        const PlainMeaning b = meaning(other);
        if (a != b)
            return false;
        switch (a) {
        case PlainMeaning::Null: return true;
        case PlainMeaning::Bool: return StorySchema::parseYaml11Bool(m_text) == StorySchema::parseYaml11Bool(other.m_text);
        case PlainMeaning::Int: return toInt() == other.toInt();
        default: return m_text == other.m_text;
        }
    }
    case Type::Sequence:
        return std::equal(m_items.cbegin(), m_items.cend(), other.m_items.cbegin(), other.m_items.cend(),
                          [](const YamlValue &x, const YamlValue &y) { return x.sameAs(y); });
    case Type::Map: {
        if (m_entries.size() != other.m_entries.size())
            return false;
        // Keys may repeat in real files: the n-th `key` here pairs with the n-th `key` there.
        const auto nth = [](const QList<Entry> &entries, const QString &key, qsizetype n) -> const YamlValue * {
            for (const auto &[k, v] : entries) {
                if (k == key && n-- == 0)
                    return &v;
            }
            return nullptr;
        };
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            const QString &key = m_entries.at(i).first;
            qsizetype occurrence = 0;
            for (qsizetype j = 0; j < i; ++j)
                occurrence += m_entries.at(j).first == key ? 1 : 0;
            const YamlValue *o = nth(other.m_entries, key, occurrence);
            if (!o || !o->sameAs(m_entries.at(i).second))
                return false;
        }
        return true;
    }
    }
    return false;
}

QByteArray YamlValue::toJson() const
{
    QByteArray out;
    appendJson(out, *this);
    return out;
}

PlainMeaning plainMeaning(QStringView text)
{
    if (text.isEmpty() || text == u"~" || text.compare(u"null", Qt::CaseInsensitive) == 0)
        return PlainMeaning::Null;
    if (StorySchema::parseYaml11Bool(text))
        return PlainMeaning::Bool;
    static const QRegularExpression intRe(QStringLiteral(R"(^[-+]?(?:[0-9][0-9_]*|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+)$)"));
    if (intRe.match(text).hasMatch())
        return PlainMeaning::Int;
    static const QRegularExpression floatRe(QStringLiteral(
        R"(^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$)"));
    if (floatRe.match(text).hasMatch())
        return PlainMeaning::Float;
    if (text.size() >= 8 && text.at(0).isDigit() && StorySchema::parseTimestamp(text).isValid())
        return PlainMeaning::Timestamp;
    return PlainMeaning::String;
}

} // namespace Storydesk
