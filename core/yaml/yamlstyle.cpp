#include "yamlstyle.h"

#include "storyschema.h"

namespace Storydesk {

namespace {

QByteArray spaces(int n)
{
    return QByteArray(qMax(0, n), ' ');
}

QByteArray doubleQuoted(const QString &text)
{
    QByteArray out("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        switch (u) {
        case '"': out.append("\\\""); continue;
        case '\\': out.append("\\\\"); continue;
        case '\n': out.append("\\n"); continue;
        case '\r': out.append("\\r"); continue;
        case '\t': out.append("\\t"); continue;
        default: break;
        }
        if (u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xFEFF) {
            out.append("\\u").append(QByteArray::number(int(u), 16).rightJustified(4, '0'));
            continue;
        }
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            out.append(text.mid(i, 2).toUtf8());
            ++i;
            continue;
        }
        out.append(QString(text.at(i)).toUtf8());
    }
    out.append('"');
    return out;
}

bool hasLineBreakOrControl(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 || c.unicode() == 0x2028
            || c.unicode() == 0x2029 || c.unicode() == 0xFEFF)
            return true;
    }
    return false;
}

} // namespace

YamlValue::Quoting YamlStyle::quotingFor(const QString &key) const
{
    if (const auto it = quoting.constFind(key); it != quoting.cend())
        return *it;
    // The shape of PRODUCT.md's story: texts and URLs double-quoted, names and words plain.
    using namespace StorySchema;
    static const QStringList quotedByDefault{Title, Excerpt, OriginalUrl, WebUrl, AmpWebUrl, CdnAmpWebUrl, Url, Secured};
    return quotedByDefault.contains(key) ? YamlValue::Quoting::Double : YamlValue::Quoting::Plain;
}

bool YamlStyle::isPlainSafe(QStringView text, bool inFlow)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace() || hasLineBreakOrControl(text))
        return false;
    if (plainMeaning(text) != PlainMeaning::String)
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    const QChar first = text.front();
    if (indicators.contains(first)) {
        // `-`, `?` and `:` may start a plain scalar when followed by a non-space ("-5x" is fine), but
        // quoting costs nothing and avoids surprising site generators.
        return false;
    }
    if (text.contains(u": ") || text.contains(u" #") || text.endsWith(u':') || text.contains(u"\t"))
        return false;
    if (text == u"<<")
        return false;
    if (inFlow) {
        for (const QChar c : text) {
            if (c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}')
                return false;
        }
    }
    return true;
}

QByteArray YamlStyle::renderScalar(const YamlValue &value, YamlValue::Quoting quoting, bool inFlow)
{
    if (value.isNull())
        return {};
    const QString &text = value.text();
    if (value.scalarKind() == YamlValue::ScalarKind::Plain) {
        // Plain values (numbers, booleans, timestamps) are written as they are, provided they
        // stay one plain scalar; otherwise they are quoted and lose nothing but their type.
        if (!text.isEmpty() && !hasLineBreakOrControl(text) && (plainMeaning(text) != PlainMeaning::String || isPlainSafe(text, inFlow)))
            return text.toUtf8();
        return doubleQuoted(text);
    }
    switch (quoting) {
    case YamlValue::Quoting::Single:
        if (!hasLineBreakOrControl(text)) {
            QString escaped = text;
            escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
            return "'" + escaped.toUtf8() + "'";
        }
        return doubleQuoted(text);
    case YamlValue::Quoting::Plain:
        // Where the file writes this key plain, a date stays a plain date as in the file's
        // other stories (`publishedDateTime: 2020-09-30T06:05:00Z`), read as a date by site generators.
        if (plainMeaning(text) == PlainMeaning::Timestamp && !text.contains(QLatin1Char('#')))
            return text.toUtf8();
        Q_FALLTHROUGH();
    case YamlValue::Quoting::None:
    case YamlValue::Quoting::Literal:
    case YamlValue::Quoting::Folded:
        if (isPlainSafe(text, inFlow))
            return text.toUtf8();
        return doubleQuoted(text);
    case YamlValue::Quoting::Double:
        break;
    }
    return doubleQuoted(text);
}

QByteArray YamlStyle::renderKey(const QString &key)
{
    return isPlainSafe(key) ? key.toUtf8() : doubleQuoted(key);
}

bool YamlStyle::isBlock(const YamlValue &value)
{
    return (value.isSequence() && !value.items().isEmpty()) || (value.isMap() && !value.entries().isEmpty());
}

QByteArray YamlStyle::renderInline(const YamlValue &value, const QString &key) const
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        return {};
    case YamlValue::Type::Scalar: {
        const YamlValue::Quoting q = value.quoting() != YamlValue::Quoting::None && value.quoting() != YamlValue::Quoting::Plain
                                         ? value.quoting()
                                         : quotingFor(key);
        return renderScalar(value, q);
    }
    case YamlValue::Type::Sequence: {
        QByteArray out("[");
        const QString itemKey = key + QStringLiteral("[]");
        for (qsizetype i = 0; i < value.items().size(); ++i) {
            if (i > 0)
                out.append(", ");
            const YamlValue &item = value.items().at(i);
            out.append(item.isScalar() ? renderScalar(item, quotingFor(itemKey), true) : renderInline(item, itemKey));
        }
        return out + "]";
    }
    case YamlValue::Type::Map: {
        QByteArray out("{");
        for (qsizetype i = 0; i < value.entries().size(); ++i) {
            if (i > 0)
                out.append(", ");
            const auto &[k, v] = value.entries().at(i);
            out.append(renderKey(k)).append(": ");
            out.append(v.isScalar() ? renderScalar(v, quotingFor(k), true) : renderInline(v, k));
        }
        return out + "}";
    }
    }
    return {};
}

QByteArray YamlStyle::renderEntry(const QString &key, const YamlValue &value, int column) const
{
    QByteArray out = spaces(column) + renderKey(key) + ":";
    if (isBlock(value)) {
        out.append(lineEnding);
        out.append(renderBlock(value, column + (value.isSequence() ? seqIndent : mapIndent), key));
        return out;
    }
    const QByteArray inlineText = renderInline(value, key);
    if (!inlineText.isEmpty())
        out.append(' ').append(inlineText);
    return out + lineEnding;
}

QByteArray YamlStyle::renderItem(const YamlValue &item, int column, const QString &listKey) const
{
    QByteArray out = spaces(column) + "-";
    if (item.isMap() && isBlock(item)) {
        // `- first: x` then the other keys aligned under `first`.
        const int keyColumn = column + itemIndent;
        QByteArray block = renderBlock(item, keyColumn, listKey);
        out.append(spaces(itemIndent - 1));
        out.append(block.mid(keyColumn));
        return out;
    }
    if (item.isSequence() && isBlock(item)) {
        QByteArray block = renderBlock(item, column + itemIndent, listKey);
        out.append(spaces(itemIndent - 1));
        out.append(block.mid(column + itemIndent));
        return out;
    }
    const QByteArray inlineText = item.isScalar() ? renderScalar(item, item.quoting() == YamlValue::Quoting::Double || item.quoting() == YamlValue::Quoting::Single ? item.quoting() : quotingFor(listKey + QStringLiteral("[]")))
                                                  : renderInline(item, listKey + QStringLiteral("[]"));
    if (!inlineText.isEmpty())
        out.append(' ').append(inlineText);
    return out + lineEnding;
}

QByteArray YamlStyle::renderBlock(const YamlValue &value, int column, const QString &key) const
{
    QByteArray out;
    if (value.isSequence()) {
        for (const YamlValue &item : value.items())
            out.append(renderItem(item, column, key));
    } else if (value.isMap()) {
        for (const auto &[k, v] : value.entries())
            out.append(renderEntry(k, v, column));
    }
    return out;
}

} // namespace Storydesk
