#include "builtinsourcehighlighter.h"

#include "sourcecolors.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

namespace Storydesk {

namespace {

// A YAML line's state: what it leaves open for the next line (low two bits), and for a
// block scalar the indentation of the line that started it, plus one (the other bits).
enum YamlOpen { YamlNothing = 0, YamlBlockScalar = 1, YamlDoubleQuoted = 2, YamlSingleQuoted = 3 };
// A Markdown line's state: an open fenced code block, and the length of its fence.
enum MarkdownOpen { MarkdownNothing = 0, MarkdownBacktickFence = 1, MarkdownTildeFence = 2 };
constexpr int KindBits = 2;
constexpr int MaxIndent = 4096;

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

qsizetype skipBlanks(const QString &text, qsizetype pos)
{
    while (pos < text.size() && isBlank(text.at(pos)))
        ++pos;
    return pos;
}

// The position after the quote closing a scalar whose text starts at `from`, or -1 when
// the line ends first. Double quotes escape with a backslash, single quotes by doubling.
qsizetype endOfQuoted(const QString &text, qsizetype from, QChar quote)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote == QLatin1Char('"') && c == QLatin1Char('\\')) {
            ++i;
        } else if (c == quote) {
            if (quote == QLatin1Char('\'') && i + 1 < text.size() && text.at(i + 1) == quote)
                ++i;
            else
                return i + 1;
        }
    }
    return -1;
}

// Whether a `#` at `pos` starts a comment: at the line's start or after a blank.
bool startsComment(const QString &text, qsizetype pos)
{
    return text.at(pos) == QLatin1Char('#') && (pos == 0 || isBlank(text.at(pos - 1)));
}

// Whether a `:` at `pos` separates a key from its value.
bool isKeyColon(const QString &text, qsizetype pos)
{
    return text.at(pos) == QLatin1Char(':') && (pos + 1 == text.size() || isBlank(text.at(pos + 1)));
}

struct Key
{
    qsizetype end = -1;     // after the key's text (quotes included)
    qsizetype colon = -1;
};

// The key of a `key: value` line starting at `pos`, if there is one.
Key keyAt(const QString &text, qsizetype pos)
{
    const QChar first = text.at(pos);
    if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
        const qsizetype end = endOfQuoted(text, pos + 1, first);
        if (end < 0)
            return {};
        const qsizetype colon = skipBlanks(text, end);
        return colon < text.size() && isKeyColon(text, colon) ? Key{end, colon} : Key{};
    }
    static const QString notPlainStart = QStringLiteral("[]{}&*!|>%@`#,");
    if (notPlainStart.contains(first))
        return {};
    for (qsizetype i = pos; i < text.size(); ++i) {
        if (isKeyColon(text, i)) {
            qsizetype end = i;
            while (end > pos && isBlank(text.at(end - 1)))
                --end;
            return {end, i};
        }
        if (startsComment(text, i))
            break;
    }
    return {};
}

enum class ScalarKind { Text, Number, Constant };

ScalarKind kindOf(QStringView scalar)
{
    static const QRegularExpression number(QStringLiteral(
        R"(^(?:[-+]?(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][-+]?\d+)?|0x[0-9a-fA-F_]+|0o[0-7_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$)"));
    // Dates and timestamps read as values, not text (publishedDateTime).
    static const QRegularExpression date(QStringLiteral(R"(^\d{4}-\d\d?-\d\d?(?:[Tt ]\d\d?:\d\d:\d\d(?:\.\d*)?\s*(?:Z|[-+]\d\d?(?::?\d\d)?)?)?$)"));
    static const QRegularExpression constant(QStringLiteral(
        R"(^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$)"));
    if (constant.match(scalar).hasMatch())
        return ScalarKind::Constant;
    if (number.match(scalar).hasMatch() || date.match(scalar).hasMatch())
        return ScalarKind::Number;
    return ScalarKind::Text;
}

} // namespace

BuiltinSourceHighlighter::BuiltinSourceHighlighter(QTextDocument *document)
    : SourceHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void BuiltinSourceHighlighter::setPalette(const QPalette &palette)
{
    const SourceColors colors = SourceColors::fromPalette(palette);
    Formats formats;
    formats.key.setForeground(colors.key);
    formats.string.setForeground(colors.string);
    formats.number.setForeground(colors.number);
    formats.constant.setForeground(colors.number);
    formats.constant.setFontWeight(QFont::DemiBold);
    formats.comment.setForeground(colors.comment);
    formats.comment.setFontItalic(true);
    formats.marker.setForeground(colors.marker);
    formats.marker.setFontWeight(QFont::Bold);
    formats.anchor.setForeground(colors.link);
    formats.heading.setForeground(colors.key);
    formats.heading.setFontWeight(QFont::Bold);
    formats.emphasis.setFontItalic(true);
    formats.strong.setFontWeight(QFont::Bold);
    formats.code.setForeground(colors.string);
    formats.code.setBackground(colors.codeBackground);
    formats.link.setForeground(colors.link);
    formats.link.setFontUnderline(true);
    formats.quote.setForeground(colors.comment);
    formats.quote.setFontItalic(true);
    m_formats = formats;
    rehighlight();
}

void BuiltinSourceHighlighter::format(qsizetype begin, qsizetype end, const QTextCharFormat &format)
{
    if (end > begin)
        setFormat(int(begin), int(end - begin), format);
}

int BuiltinSourceHighlighter::highlightLine(Language language, const QString &text, int state, bool sectionStart)
{
    if (sectionStart)
        state = 0;
    return language == Language::Yaml ? highlightYaml(text, state) : highlightMarkdown(text, state);
}

void BuiltinSourceHighlighter::highlightFence(const QString &text)
{
    format(0, text.size(), m_formats.marker);
}

// ---------------------------------------------------------------------------------------
// YAML

int BuiltinSourceHighlighter::highlightYaml(const QString &text, int state)
{
    const int open = state & ((1 << KindBits) - 1);
    const qsizetype indent = skipBlanks(text, 0);
    if (open == YamlBlockScalar) {
        // The scalar goes on while lines are blank or indented deeper than its key.
        const qsizetype keyIndent = (state >> KindBits) - 1;
        if (indent == text.size() || indent > keyIndent) {
            format(0, text.size(), m_formats.string);
            return state;
        }
    } else if (open == YamlDoubleQuoted || open == YamlSingleQuoted) {
        const qsizetype end = endOfQuoted(text, 0, open == YamlDoubleQuoted ? QLatin1Char('"') : QLatin1Char('\''));
        if (end < 0) {
            format(0, text.size(), m_formats.string);
            return state;
        }
        format(0, end, m_formats.string);
        highlightYamlTail(text, end);
        return YamlNothing;
    }

    qsizetype pos = indent;
    if (pos == text.size())
        return YamlNothing;
    if (text.at(pos) == QLatin1Char('#')) {
        format(pos, text.size(), m_formats.comment);
        return YamlNothing;
    }
    // List items, possibly nested on one line (`- - a`).
    while (pos < text.size() && text.at(pos) == QLatin1Char('-') && (pos + 1 == text.size() || isBlank(text.at(pos + 1)))) {
        format(pos, pos + 1, m_formats.marker);
        pos = skipBlanks(text, pos + 1);
    }
    if (pos == text.size())
        return YamlNothing;
    const Key key = keyAt(text, pos);
    if (key.colon >= 0) {
        format(pos, key.end, m_formats.key);
        pos = key.colon + 1;
    }
    return highlightYamlValue(text, pos, indent);
}

int BuiltinSourceHighlighter::highlightYamlValue(const QString &text, qsizetype pos, qsizetype indent)
{
    pos = skipBlanks(text, pos);
    // Node properties first: `&anchor`, `!tag`.
    while (pos < text.size() && (text.at(pos) == QLatin1Char('&') || text.at(pos) == QLatin1Char('!'))) {
        qsizetype end = pos;
        while (end < text.size() && !isBlank(text.at(end)))
            ++end;
        format(pos, end, m_formats.anchor);
        pos = skipBlanks(text, end);
    }
    if (pos >= text.size())
        return YamlNothing;
    const QChar c = text.at(pos);
    if (c == QLatin1Char('#')) {
        format(pos, text.size(), m_formats.comment);
        return YamlNothing;
    }
    if (c == QLatin1Char('*')) {
        qsizetype end = pos;
        while (end < text.size() && !isBlank(text.at(end)))
            ++end;
        format(pos, end, m_formats.anchor);
        highlightYamlTail(text, end);
        return YamlNothing;
    }
    if (c == QLatin1Char('|') || c == QLatin1Char('>')) {
        qsizetype end = pos;
        while (end < text.size() && !isBlank(text.at(end)))
            ++end;
        format(pos, end, m_formats.marker);
        highlightYamlTail(text, end);
        return YamlBlockScalar | int(qMin(indent + 1, qsizetype(MaxIndent))) << KindBits;
    }
    if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
        const qsizetype end = endOfQuoted(text, pos + 1, c);
        if (end < 0) {
            format(pos, text.size(), m_formats.string);
            return c == QLatin1Char('"') ? YamlDoubleQuoted : YamlSingleQuoted;
        }
        format(pos, end, m_formats.string);
        highlightYamlTail(text, end);
        return YamlNothing;
    }
    if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
        highlightYamlFlow(text, pos);
        return YamlNothing;
    }
    // A plain scalar runs to a comment or the end of the line.
    qsizetype end = pos;
    while (end < text.size() && !startsComment(text, end))
        ++end;
    qsizetype valueEnd = end;
    while (valueEnd > pos && isBlank(text.at(valueEnd - 1)))
        --valueEnd;
    highlightYamlScalar(text, pos, valueEnd);
    highlightYamlTail(text, end);
    return YamlNothing;
}

void BuiltinSourceHighlighter::highlightYamlFlow(const QString &text, qsizetype pos)
{
    static const QString indicators = QStringLiteral("[]{},");
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (isBlank(c)) {
            ++pos;
        } else if (indicators.contains(c) || c == QLatin1Char(':')) {
            format(pos, pos + 1, m_formats.marker);
            ++pos;
        } else if (startsComment(text, pos)) {
            format(pos, text.size(), m_formats.comment);
            return;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype end = endOfQuoted(text, pos + 1, c);
            format(pos, end < 0 ? text.size() : end, m_formats.string);
            if (end < 0)
                return;
            pos = end;
        } else {
            qsizetype end = pos;
            while (end < text.size() && !indicators.contains(text.at(end)) && !isKeyColon(text, end) && !startsComment(text, end))
                ++end;
            qsizetype valueEnd = end;
            while (valueEnd > pos && isBlank(text.at(valueEnd - 1)))
                --valueEnd;
            if (end < text.size() && isKeyColon(text, end))
                format(pos, valueEnd, m_formats.key);
            else
                highlightYamlScalar(text, pos, valueEnd);
            pos = end;
        }
    }
}

void BuiltinSourceHighlighter::highlightYamlScalar(const QString &text, qsizetype begin, qsizetype end)
{
    switch (kindOf(QStringView(text).sliced(begin, end - begin))) {
    case ScalarKind::Number: format(begin, end, m_formats.number); break;
    case ScalarKind::Constant: format(begin, end, m_formats.constant); break;
    case ScalarKind::Text: break;   // plain text reads as text
    }
}

void BuiltinSourceHighlighter::highlightYamlTail(const QString &text, qsizetype pos)
{
    pos = skipBlanks(text, pos);
    if (pos < text.size() && text.at(pos) == QLatin1Char('#'))
        format(pos, text.size(), m_formats.comment);
}

// ---------------------------------------------------------------------------------------
// Markdown

int BuiltinSourceHighlighter::highlightMarkdown(const QString &text, int state)
{
    static const QRegularExpression fence(QStringLiteral(R"(^ {0,3}(`{3,}(?!.*`)|~{3,}))"));
    static const QRegularExpression heading(QStringLiteral(R"(^ {0,3}#{1,6}(?:\s|$))"));
    static const QRegularExpression rule(QStringLiteral(R"(^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$)"));
    static const QRegularExpression quote(QStringLiteral(R"(^ {0,3}>)"));
    static const QRegularExpression listMarker(QStringLiteral(R"(^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))"));

    const int open = state & ((1 << KindBits) - 1);
    if (open != MarkdownNothing) {
        // Inside fenced code: a fence of the same kind, at least as long, closes it.
        const QChar fenceChar = open == MarkdownBacktickFence ? QLatin1Char('`') : QLatin1Char('~');
        const qsizetype length = state >> KindBits;
        format(0, text.size(), m_formats.code);
        const QString trimmed = text.trimmed();
        const bool closes = skipBlanks(text, 0) <= 3 && trimmed.size() >= length
            && std::all_of(trimmed.cbegin(), trimmed.cend(), [fenceChar](QChar c) { return c == fenceChar; });
        return closes ? MarkdownNothing : state;
    }
    if (const QRegularExpressionMatch match = fence.match(text); match.hasMatch()) {
        format(0, text.size(), m_formats.code);
        const QString marks = match.captured(1);
        const int kind = marks.startsWith(QLatin1Char('`')) ? MarkdownBacktickFence : MarkdownTildeFence;
        return kind | int(qMin(marks.size(), qsizetype(MaxIndent))) << KindBits;
    }
    if (heading.match(text).hasMatch()) {
        format(0, text.size(), m_formats.heading);
        return MarkdownNothing;
    }
    if (rule.match(text).hasMatch()) {
        format(0, text.size(), m_formats.marker);
        return MarkdownNothing;
    }
    if (quote.match(text).hasMatch())
        format(0, text.size(), m_formats.quote);
    else if (const QRegularExpressionMatch match = listMarker.match(text); match.hasMatch())
        format(skipBlanks(text, 0), match.capturedEnd(), m_formats.marker);
    highlightMarkdownInline(text);
    return MarkdownNothing;
}

void BuiltinSourceHighlighter::highlightMarkdownInline(const QString &text)
{
    static const QRegularExpression strong(QStringLiteral(R"((\*\*|__)(?=\S)(.+?)(?<=\S)\1)"));
    static const QRegularExpression emphasis(QStringLiteral(R"((?<![*\w])\*(?=[^\s*])([^*]*?[^\s*])?\*(?!\*)|(?<![_\w])_(?=[^\s_])([^_]*?[^\s_])?_(?![_\w]))"));
    static const QRegularExpression link(QStringLiteral(R"(!?\[[^\]]*\](?:\([^)\s]*(?:\s+"[^"]*")?\)|\[[^\]]*\])|<https?://[^>\s]+>|\bhttps?://[^\s<>()]+)"));
    static const QRegularExpression code(QStringLiteral(R"((`+)(?!`).*?(?<!`)\1(?!`))"));

    for (const QRegularExpression *expression : {&emphasis, &strong}) {
        const QTextCharFormat &style = expression == &strong ? m_formats.strong : m_formats.emphasis;
        for (auto it = expression->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            // Keep what a format set before (a quote's colour) and add the weight or slant.
            for (qsizetype i = match.capturedStart(); i < match.capturedEnd(); ++i) {
                QTextCharFormat merged = QSyntaxHighlighter::format(int(i));
                merged.merge(style);
                setFormat(int(i), 1, merged);
            }
        }
    }
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        format(match.capturedStart(), match.capturedEnd(), m_formats.link);
    }
    // Last: nothing is emphasis or a link inside a code span.
    for (auto it = code.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        format(match.capturedStart(), match.capturedEnd(), m_formats.code);
    }
}

} // namespace Storydesk
