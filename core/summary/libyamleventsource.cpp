#include "libyamleventsource.h"

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <yaml.h>

#include <array>
#include <string>
#include <vector>

namespace Storydesk {

// The fast path takes only what front matter is made of, a subset checked construct by
// construct against the source text: block maps; block lists; one-line flow lists of simple
// scalars; plain, quoted and block scalars without tags, anchors, tabs or blank lines inside
// them. Anything else, however valid, goes to yaml-cpp. An allow-list, because fuzzing kept
// finding corners the two parsers read apart (tags, anchors, explicit keys, folding of blank
// lines): such corners cost real front matter nothing when declined, but each one missed is
// a story the list shows otherwise than an edit reads it.
namespace {

// libyaml counts marks in characters (a CRLF as two), yaml-cpp in bytes of the UTF-8 input.
// Events arrive in document order, so one cursor walking forward converts them all in a
// single pass over the text; in ASCII text the two counts are one.
class OffsetCursor
{
public:
    OffsetCursor(QByteArrayView yaml, bool ascii) : m_yaml(yaml), m_ascii(ascii) {}

    qsizetype byteOffset(size_t characterIndex)
    {
        if (m_ascii)
            return qsizetype(qMin(characterIndex, size_t(m_yaml.size())));
        if (characterIndex < m_characters)
            m_characters = 0, m_byte = 0; // a mark behind the last one: count again
        // In locals: a char read may alias the members, which would be reloaded each byte.
        const char *text = m_yaml.data();
        const qsizetype size = m_yaml.size();
        qsizetype byte = m_byte;
        size_t characters = m_characters;
        while (characters < characterIndex && byte < size) {
            ++byte;
            while (byte < size && (uchar(text[byte]) & 0xC0) == 0x80)
                ++byte; // continuation bytes belong to the character just passed
            ++characters;
        }
        m_byte = byte;
        m_characters = characters;
        return byte;
    }

private:
    QByteArrayView m_yaml;
    bool m_ascii = false;
    size_t m_characters = 0;
    qsizetype m_byte = 0;
};

bool isSpaceOrBreak(char c)
{
    return c == ' ' || c == '\r' || c == '\n';
}

// What yaml-cpp reads as null: an untagged plain scalar spelled so (IsNullString).
bool isNullString(const char *value, size_t length)
{
    const std::string_view text(value, length);
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// Whether the whole text stays within the subset's characters and lines, seen without
// parsing: no tab (the two allow it in different places), no control character, no line
// break but LF and CRLF (libyaml also knows a CR alone, NEL, LS and PS), no byte-order mark,
// no directive or document marker, and no `?` where a key may start (`? key`, `{?f: x}`).
// `ascii`: whether every byte is below 0x80. Every byte of every story passes here, so the
// bytes that need no thought (most of them) cost one look-up.
bool staysInSubset(QByteArrayView yaml, bool *ascii)
{
    enum : uchar { Plain, Space, KeyOpener, Other };
    static constexpr auto classes = [] {
        std::array<uchar, 256> table{};
        for (int c = 0; c < 256; ++c)
            table[size_t(c)] = c > ' ' && c < 0x7F && c != '?' && c != '-' && c != '[' && c != '{' && c != ',' ? Plain : Other;
        table[' '] = Space;
        table['-'] = table['['] = table['{'] = table[','] = KeyOpener;
        return table;
    }();
    *ascii = true;
    bool lineStart = true;
    bool keyCanStart = true; // at a line's start, or after `-`, `[`, `{` or `,` (spaces aside)
    const qsizetype size = yaml.size();
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = uchar(yaml.at(i));
        const uchar kind = classes[c];
        if (!lineStart) {
            if (kind == Plain) {
                keyCanStart = false;
                continue;
            }
            if (kind == Space)
                continue;
            if (kind == KeyOpener) {
                keyCanStart = true;
                continue;
            }
        }
        if (c == '\n') {
            lineStart = keyCanStart = true;
            continue;
        }
        if (c == '\r') {
            if (i + 1 >= size || yaml.at(i + 1) != '\n')
                return false;
            continue;
        }
        if (c < 0x20 || c == 0x7F)
            return false;
        if (c >= 0x80) {
            *ascii = false;
            const QByteArrayView rest = yaml.sliced(i);
            if (rest.startsWith("\xC2\x85") || rest.startsWith("\xE2\x80\xA8") || rest.startsWith("\xE2\x80\xA9")
                || rest.startsWith("\xEF\xBB\xBF"))
                return false;
        }
        if (lineStart && (c == '%' || yaml.sliced(i).startsWith("---") || yaml.sliced(i).startsWith("...")))
            return false;
        if (c == '?' && keyCanStart)
            return false;
        lineStart = false;
        if (c != ' ')
            keyCanStart = kind == KeyOpener;
    }
    return true;
}

// Whether a plain scalar inside `[...]` is a word both scanners end at the same place: no
// indicator (`?` and `:` are read apart there), no quote, not starting with `-`.
bool isSimpleFlowWord(QByteArrayView source)
{
    if (source.isEmpty() || source.front() == '-')
        return false;
    for (const char c : source) {
        if (QByteArrayView("?:#,[]{}'\"!&*|>%@`\\\n").contains(c))
            return false;
    }
    return true;
}

// Whether a double-quoted scalar, quotes included, uses only the escapes the two decode
// alike: `\\ \" \/ \n \t \r` and `\uXXXX` outside surrogates; no escaped line break.
bool hasSimpleEscapes(QByteArrayView source)
{
    for (qsizetype i = 1; i + 1 < source.size(); ++i) {
        if (source.at(i) != '\\')
            continue;
        const char escaped = source.at(i + 1);
        if (escaped == 'u') {
            if (i + 5 >= source.size())
                return false;
            bool ok = false;
            const uint code = QByteArrayView(source.data() + i + 2, 4).toUInt(&ok, 16);
            if (!ok || (code >= 0xD800 && code <= 0xDFFF))
                return false;
            i += 5;
            continue;
        }
        if (!QByteArrayView("\\\"/ntr").contains(escaped))
            return false;
        ++i;
    }
    return true;
}

// Whether any line between the first and the last of `source` holds nothing but spaces:
// the two fold such lines apart inside quoted and plain scalars.
bool hasBlankLineInside(QByteArrayView source)
{
    qsizetype lineBegin = source.indexOf('\n');
    while (lineBegin >= 0) {
        ++lineBegin;
        const qsizetype lineEnd = source.indexOf('\n', lineBegin);
        if (lineEnd < 0)
            return false; // the last line holds the scalar's end
        bool blank = true;
        for (qsizetype at = lineBegin; at < lineEnd && blank; ++at)
            blank = source.at(at) == ' ' || source.at(at) == '\r';
        if (blank)
            return true;
        lineBegin = lineEnd;
    }
    return false;
}

// Whether a block scalar, header to last line, is one both read alike: the header `|`, `|-`,
// `>` or `>-` alone on its line; then lines that all start at one indentation (deeper ones
// only in a literal), a first line that is text, and no line of spaces alone.
bool isSimpleBlockScalar(QByteArrayView source, bool literal)
{
    qsizetype at = 1;
    if (at < source.size() && source.at(at) == '-')
        ++at;
    while (at < source.size() && source.at(at) == ' ')
        ++at;
    if (at < source.size() && source.at(at) == '\r')
        ++at;
    if (at >= source.size() || source.at(at) != '\n')
        return false;
    int indent = -1;
    for (qsizetype lineBegin = at + 1; lineBegin < source.size();) {
        qsizetype lineEnd = source.indexOf('\n', lineBegin);
        if (lineEnd < 0)
            lineEnd = source.size();
        const QByteArrayView line = source.sliced(lineBegin, lineEnd - lineBegin);
        int spaces = 0;
        while (spaces < line.size() && line.at(spaces) == ' ')
            ++spaces;
        const bool empty = line.isEmpty() || line == "\r";
        if (!empty) {
            if (spaces == line.size() || line.at(spaces) == '\r')
                return false; // spaces alone
            if (indent < 0)
                indent = spaces;
            else if (spaces < indent || (spaces > indent && !literal))
                return false;
        } else if (indent < 0) {
            return false; // a blank first line: indentation is guessed differently
        }
        lineBegin = lineEnd + 1;
    }
    return indent > 0;
}

class Driver
{
public:
    Driver(QByteArrayView yaml, bool ascii, YAML::EventHandler &handler) : m_yaml(yaml), m_cursor(yaml, ascii), m_handler(handler) {}

    // One event of libyaml's as yaml-cpp would send it; false where it leaves the subset.
    bool send(const yaml_event_t &event, bool *documentDone)
    {
        const YAML::Mark mark = markOf(event.start_mark);
        // Front matter is a block map; a document that is a lone scalar or a list is read by
        // rules (how far a plain scalar at column 0 runs) the two do not share.
        if (m_expectingRoot && event.type != YAML_DOCUMENT_END_EVENT) {
            m_expectingRoot = false;
            if (event.type != YAML_MAPPING_START_EVENT || event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE)
                return false;
        }
        if (isNodeStart(event.type) && !nodeMayStartHere(event, mark.pos))
            return false;
        switch (event.type) {
        case YAML_NO_EVENT:
        case YAML_STREAM_START_EVENT:
            return true;
        case YAML_STREAM_END_EVENT:
            *documentDone = true; // no document at all: yaml-cpp sends nothing either
            return true;
        case YAML_DOCUMENT_START_EVENT:
            if (!event.data.document_start.implicit)
                return false;
            m_expectingRoot = true;
            m_handler.OnDocumentStart(mark);
            return true;
        case YAML_DOCUMENT_END_EVENT:
            // libyaml ends a document at a node less indented than its root and stops; yaml-cpp
            // reads on and refuses it. Only spaces and comments may follow the document.
            if (!event.data.document_end.implicit || nextTokenMark(markOf(event.end_mark)).pos < m_yaml.size())
                return false;
            m_handler.OnDocumentEnd();
            *documentDone = true;
            return true;
        case YAML_ALIAS_EVENT:
            return false;
        case YAML_SCALAR_EVENT:
            return sendScalar(event, mark);
        case YAML_SEQUENCE_START_EVENT: {
            const bool flow = event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
            m_containers.push_back(Container{false, true, flow, mark.line});
            m_handler.OnSequenceStart(mark, "?", YAML::NullAnchor, flow ? YAML::EmitterStyle::Flow : YAML::EmitterStyle::Block);
            return true;
        }
        case YAML_SEQUENCE_END_EVENT:
            // A flow list runs on one line: across lines the two ask for indentation apart.
            if (m_containers.back().isFlow && int(event.end_mark.line) != m_containers.back().line)
                return false;
            m_containers.pop_back();
            m_handler.OnSequenceEnd();
            nodeDone();
            return true;
        case YAML_MAPPING_START_EVENT:
            if (event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE)
                return false;
            m_containers.push_back(Container{true, true, false, mark.line});
            m_handler.OnMapStart(mark, "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
            return true;
        case YAML_MAPPING_END_EVENT:
            m_containers.pop_back();
            m_handler.OnMapEnd();
            nodeDone();
            return true;
        }
        return false;
    }

private:
    static bool isNodeStart(yaml_event_type_t type)
    {
        return type == YAML_SCALAR_EVENT || type == YAML_ALIAS_EVENT || type == YAML_MAPPING_START_EVENT
            || type == YAML_SEQUENCE_START_EVENT;
    }

    // Where a node may stand in the subset: no tag or anchor; only scalars inside `[...]` and
    // as keys; a list item on its dash's line (below it, after a comment line or not, the two
    // indent it apart).
    bool nodeMayStartHere(const yaml_event_t &event, qsizetype offset) const
    {
        const yaml_char_t *tag = nullptr;
        const yaml_char_t *anchor = nullptr;
        if (event.type == YAML_SCALAR_EVENT)
            tag = event.data.scalar.tag, anchor = event.data.scalar.anchor;
        else if (event.type == YAML_SEQUENCE_START_EVENT)
            tag = event.data.sequence_start.tag, anchor = event.data.sequence_start.anchor;
        else if (event.type == YAML_MAPPING_START_EVENT)
            tag = event.data.mapping_start.tag, anchor = event.data.mapping_start.anchor;
        if (tag || anchor)
            return false;
        if (m_containers.empty())
            return true;
        const Container &parent = m_containers.back();
        if (event.type != YAML_SCALAR_EVENT && (parent.isFlow || (parent.isMap && parent.expectingKey)))
            return false;
        return parent.isMap || parent.isFlow || isOnItsDashLine(offset);
    }

    bool sendScalar(const yaml_event_t &event, const YAML::Mark &mark)
    {
        const auto &scalar = event.data.scalar;
        const char *value = reinterpret_cast<const char *>(scalar.value);
        const bool plain = scalar.style == YAML_PLAIN_SCALAR_STYLE || scalar.style == YAML_ANY_SCALAR_STYLE;
        if (plain && scalar.length == 0) {
            // An empty value after its `:` or `-`: libyaml marks it where the indicator ends,
            // yaml-cpp where the next token starts. Inside `[...]`, or with no indicator at
            // all, the two split it apart.
            if (inFlow() || !indicatorPrecedes(mark.pos))
                return false;
            m_handler.OnNull(nextTokenMark(mark), YAML::NullAnchor);
            nodeDone();
            return true;
        }
        const QByteArrayView source = m_yaml.sliced(mark.pos, markOf(event.end_mark).pos - mark.pos);
        if (!isSimpleScalar(scalar.style, source))
            return false;
        if (plain && isNullString(value, scalar.length))
            m_handler.OnNull(mark, YAML::NullAnchor);
        else // yaml-cpp's non-specific tags: "?" for a plain scalar, "!" for any other
            m_handler.OnScalar(mark, plain ? "?" : "!", YAML::NullAnchor, std::string(value, scalar.length));
        nodeDone();
        return true;
    }

    bool isSimpleScalar(yaml_scalar_style_t style, QByteArrayView source) const
    {
        switch (style) {
        case YAML_ANY_SCALAR_STYLE:
        case YAML_PLAIN_SCALAR_STYLE:
            if (inFlow())
                return isSimpleFlowWord(source);
            return !QByteArrayView("-?:").contains(source.front()) && !hasBlankLineInside(source);
        // Inside `[...]` a quoted scalar over lines makes its list run over lines, which the
        // list's end declines.
        case YAML_SINGLE_QUOTED_SCALAR_STYLE:
            return !hasBlankLineInside(source);
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
            return !hasBlankLineInside(source) && hasSimpleEscapes(source);
        case YAML_LITERAL_SCALAR_STYLE:
        case YAML_FOLDED_SCALAR_STYLE:
            return isSimpleBlockScalar(source, style == YAML_LITERAL_SCALAR_STYLE);
        }
        return false;
    }

    YAML::Mark markOf(const yaml_mark_t &mark)
    {
        YAML::Mark converted;
        converted.pos = int(m_cursor.byteOffset(mark.index));
        converted.line = int(mark.line);
        converted.column = int(mark.column);
        return converted;
    }

    // Whether what precedes the node at `offset` on its line is dashes and spaces, ending in
    // a dash: `- x`, `- - x`, but not an item on a line below its dash.
    bool isOnItsDashLine(qsizetype offset) const
    {
        qsizetype at = qMin(offset, m_yaml.size());
        while (at > 0 && m_yaml.at(at - 1) == ' ')
            --at;
        if (at == 0 || m_yaml.at(at - 1) != '-')
            return false;
        for (; at > 0 && m_yaml.at(at - 1) != '\n'; --at) {
            if (m_yaml.at(at - 1) != ' ' && m_yaml.at(at - 1) != '-')
                return false;
        }
        return true;
    }

    bool inFlow() const { return !m_containers.empty() && m_containers.back().isFlow; }

    // A node has been sent: in a map, keys and values take turns.
    void nodeDone()
    {
        if (!m_containers.empty() && m_containers.back().isMap)
            m_containers.back().expectingKey = !m_containers.back().expectingKey;
    }

    // Whether the indicator an empty node needs stands right before `offset` (spaces aside):
    // a `:` before a map's value, a `-` before a list's item. A missing key needs none.
    bool indicatorPrecedes(qsizetype offset) const
    {
        if (m_containers.empty() || (m_containers.back().isMap && m_containers.back().expectingKey))
            return true;
        qsizetype at = qMin(offset, m_yaml.size());
        while (at > 0 && isSpaceOrBreak(m_yaml.at(at - 1)))
            --at;
        return at > 0 && m_yaml.at(at - 1) == (m_containers.back().isMap ? ':' : '-');
    }

    // Past spaces, line breaks and comments from `mark`: where the scanner finds its next token.
    YAML::Mark nextTokenMark(YAML::Mark mark) const
    {
        qsizetype at = mark.pos;
        bool lineStart = false;
        while (at < m_yaml.size()) {
            const char c = m_yaml.at(at);
            if (c == ' ' || c == '\r') {
                ++at;
                ++mark.column;
            } else if (c == '\n') {
                ++at;
                ++mark.line;
                mark.column = 0;
                lineStart = true;
            } else if (c == '#' && (lineStart || at == mark.pos || m_yaml.at(at - 1) == ' ')) {
                while (at < m_yaml.size() && m_yaml.at(at) != '\n' && m_yaml.at(at) != '\r')
                    ++at; // a comment's length in characters does not matter: a break follows
            } else {
                break;
            }
        }
        mark.pos = int(at);
        return mark;
    }

    QByteArrayView m_yaml;
    OffsetCursor m_cursor;
    YAML::EventHandler &m_handler;
    bool m_expectingRoot = false;
    struct Container
    {
        bool isMap = false;
        bool expectingKey = true;
        bool isFlow = false;
        int line = 0;
    };
    std::vector<Container> m_containers;
};

} // namespace

bool LibYamlEventSource::parse(QByteArrayView yaml, YAML::EventHandler &handler)
{
    // Front matter ends with a line break; without one, the two end a block scalar's last
    // line apart. A UTF-16 byte-order mark would switch libyaml to another encoding.
    bool ascii = false;
    if ((!yaml.isEmpty() && !yaml.endsWith('\n')) || yaml.startsWith("\xFE\xFF") || yaml.startsWith("\xFF\xFE")
        || !staysInSubset(yaml, &ascii))
        return false;
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return false;
    static const unsigned char nothing[] = "";
    yaml_parser_set_input_string(&parser, yaml.isEmpty() ? nothing : reinterpret_cast<const unsigned char *>(yaml.data()), size_t(yaml.size()));
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    Driver driver(yaml, ascii, handler);
    bool agreed = true;
    bool documentDone = false;
    while (agreed && !documentDone) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            agreed = false;
            break;
        }
        agreed = driver.send(event, &documentDone);
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    return agreed;
}

} // namespace Storydesk
