#include "yamlguard.h"

#include <QCoreApplication>
#include <QList>

#include <array>
#include <cstring>

namespace Storydesk::YamlGuard {

namespace {

bool isMarker(char c)
{
    static constexpr auto markers = [] {
        std::array<bool, 256> table{};
        for (const char m : {'#', '"', '\'', '[', '{', ']', '}', '-', ':'})
            table[uchar(m)] = true;
        return table;
    }();
    return markers[uchar(c)];
}

// Where the quote open at `from` ends on `line` (the line's size if it does not): the next
// `quote`, unless, inside double quotes, an odd run of backslashes escapes it.
qsizetype quoteEnd(QByteArrayView line, qsizetype from, char quote)
{
    for (qsizetype at = from; at < line.size(); ++at) {
        const void *hit = std::memchr(line.data() + at, quote, size_t(line.size() - at));
        if (!hit)
            break;
        at = static_cast<const char *>(hit) - line.data();
        qsizetype backslashes = 0;
        while (quote == '"' && at - backslashes > from && line[at - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return at;
    }
    return line.size();
}

} // namespace

std::optional<Refusal> check(QByteArrayView text)
{
    if (text.size() > MaxFrontMatterBytes) {
        return Refusal{0, QCoreApplication::translate("Storydesk::YamlGuard", "the front matter is %1 MB, more than the %2 MB a story may have")
                                 .arg(double(text.size()) / (1024 * 1024), 0, 'f', 1)
                                 .arg(MaxFrontMatterBytes / (1024 * 1024))};
    }
    // A conservative over-estimate of nesting: open indentation levels, plus `- ` and
    // `key: ` markers that open a level on the same line, plus open flow brackets. Quoted
    // text is skipped so brackets inside strings do not count.
    QList<int> indents;
    int flow = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype eol = text.indexOf('\n', pos);
        if (eol < 0)
            eol = text.size();
        const QByteArrayView l = text.sliced(pos, eol - pos);
        int indent = 0;
        while (indent < l.size() && (l[indent] == ' ' || l[indent] == '\t'))
            ++indent;
        const bool content = indent < l.size() && l[indent] != '#' && l[indent] != '\r';
        if (content && flow == 0) {
            while (!indents.isEmpty() && indents.last() >= indent)
                indents.removeLast();
            indents.append(indent);
        }
        int inlineLevels = 0;
        char quote = 0;
        for (qsizetype i = indent; i < l.size(); ++i) {
            const char c = l[i];
            if (quote) {
                // Straight to the quote's end on this line: titles and excerpts are quoted,
                // and most of a story's front matter is inside them.
                i = quoteEnd(l, i, quote);
                if (i >= l.size())
                    break;
                quote = 0;
                continue;
            }
            // Only these change the nesting or the quoting; the depth is checked at the
            // line's first character and after each of them (every story passes here).
            if (i != indent && !isMarker(c))
                continue;
            if (c == '#' && (i == 0 || l[i - 1] == ' ' || l[i - 1] == '\t'))
                break;
            if ((c == '"' || c == '\'') && (i == indent || l[i - 1] == ' ' || l[i - 1] == '[' || l[i - 1] == '{' || l[i - 1] == ','))
                quote = c;
            else if (c == '[' || c == '{')
                ++flow;
            else if (c == ']' || c == '}')
                flow = qMax(0, flow - 1);
            else if (c == '-' && (i + 1 == l.size() || l[i + 1] == ' '))
                ++inlineLevels;
            else if (c == ':' && (i + 1 == l.size() || l[i + 1] == ' '))
                ++inlineLevels;
            const int depth = int(indents.size()) + inlineLevels + flow;
            if (depth > MaxNesting) {
                return Refusal{pos + i, QCoreApplication::translate("Storydesk::YamlGuard", "the front matter nests more than %1 levels deep").arg(MaxNesting)};
            }
        }
        pos = eol + 1;
    }
    return std::nullopt;
}

QString tooManyValuesMessage()
{
    return QCoreApplication::translate("Storydesk::YamlGuard", "the front matter expands to too many values (aliases referencing aliases?)");
}

QString nestsTooDeeplyMessage()
{
    return QCoreApplication::translate("Storydesk::YamlGuard", "the front matter nests too deeply once its aliases are followed (more than %1 levels)")
        .arg(MaxExpandedNesting);
}

} // namespace Storydesk::YamlGuard
