#include "libyamleventsource.h"

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <yaml.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace Storydesk {

namespace {

// libyaml counts marks in characters (a CRLF as two), yaml-cpp in bytes of the UTF-8 input.
// Events arrive in document order, so one cursor walking forward converts them all in a
// single pass over the text.
class OffsetCursor
{
public:
    explicit OffsetCursor(QByteArrayView yaml) : m_yaml(yaml) {}

    qsizetype byteOffset(size_t characterIndex)
    {
        if (characterIndex < m_characters)
            m_characters = 0, m_byte = 0; // a mark behind the last one: count again
        while (m_characters < characterIndex && m_byte < m_yaml.size()) {
            ++m_byte;
            while (m_byte < m_yaml.size() && (uchar(m_yaml.at(m_byte)) & 0xC0) == 0x80)
                ++m_byte; // continuation bytes belong to the character just passed
            ++m_characters;
        }
        return m_byte;
    }

private:
    QByteArrayView m_yaml;
    size_t m_characters = 0;
    qsizetype m_byte = 0;
};

// A tag both parsers spell the same: none, a local `!name` or a `!!name` of YAML's own, names
// made of letters, digits and dashes. yaml-cpp refuses or splits others that libyaml takes
// whole (`!!binary!x`), and reads a bare `!` by where it stands, so those are left to it.
bool isPlainTag(const yaml_char_t *tag)
{
    if (!tag)
        return true;
    std::string_view text(reinterpret_cast<const char *>(tag));
    if (text == "!")
        return false;
    constexpr std::string_view core("tag:yaml.org,2002:");
    if (text.substr(0, core.size()) == core)
        text.remove_prefix(core.size());
    else if (!text.empty() && text.front() == '!')
        text.remove_prefix(1);
    else
        return false;
    for (const char c : text) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

// What yaml-cpp reads as null: an untagged plain scalar spelled so (IsNullString).
bool isNullString(const char *value, size_t length)
{
    const std::string_view text(value, length);
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// Whether `yaml` holds what the two parsers are known to read apart, seen without parsing:
// line breaks libyaml knows and yaml-cpp reads otherwise (a CR alone, YAML 1.1's NEL, LS and
// PS), a byte-order mark (libyaml also takes one inside a document), and the explicit key
// indicator `?` (empty keys and values around it are marked apart). Text that merely looks
// so (a `?` opening a line of a block scalar) only costs the fast path.
bool hasWhatTheyReadApart(QByteArrayView yaml)
{
    bool keyCanStart = true; // at a line's start, or after `-`, `[`, `{` or `,` (spaces aside)
    for (qsizetype i = 0; i < yaml.size(); ++i) {
        const uchar c = uchar(yaml.at(i));
        if (c == '\n') {
            keyCanStart = true;
            continue;
        }
        // `? key`, and `?f` where a key may start (libyaml reads an indicator in `{?f: x}`).
        if (c == '?' && keyCanStart)
            return true;
        if (c >= 0x80 || c == '\r') {
            const QByteArrayView rest = yaml.sliced(i);
            if ((c == '\r' && !rest.startsWith("\r\n")) || rest.startsWith("\xC2\x85") || rest.startsWith("\xE2\x80\xA8")
                || rest.startsWith("\xE2\x80\xA9") || rest.startsWith("\xEF\xBB\xBF"))
                return true;
        }
        if (c != ' ' && c != '\t' && c != '\r')
            keyCanStart = c == '-' || c == '[' || c == '{' || c == ',';
    }
    return false;
}

class Driver
{
public:
    Driver(QByteArrayView yaml, YAML::EventHandler &handler) : m_yaml(yaml), m_cursor(yaml), m_handler(handler) {}

    // One event of libyaml's as yaml-cpp would send it; false where they could disagree.
    bool send(const yaml_event_t &event, bool *documentDone)
    {
        const YAML::Mark mark = markOf(event.start_mark);
        // Front matter is a map; a document that is a lone scalar or a list is read by
        // rules (how far a plain scalar at column 0 runs) the two do not share.
        if (m_expectingRoot && event.type != YAML_DOCUMENT_END_EVENT) {
            m_expectingRoot = false;
            if (event.type != YAML_MAPPING_START_EVENT)
                return false;
        }
        if (event.type == YAML_DOCUMENT_START_EVENT)
            m_expectingRoot = true;
        // A list item whose node starts on a line after its `-` (`-` then `  |`): the two
        // indent such items by rules of their own. Left to yaml-cpp.
        if ((event.type == YAML_SCALAR_EVENT || event.type == YAML_ALIAS_EVENT || event.type == YAML_MAPPING_START_EVENT
             || event.type == YAML_SEQUENCE_START_EVENT)
            && !m_containers.empty() && !m_containers.back().isMap && !m_containers.back().isFlow && startsBelowItsDash(mark.pos))
            return false;
        // A list or a map as a key (`? [a, b]`, `? k: v`): the two mark empty values inside
        // such keys apart, and no story has them.
        if ((event.type == YAML_MAPPING_START_EVENT || event.type == YAML_SEQUENCE_START_EVENT) && !m_containers.empty()
            && m_containers.back().isMap && m_containers.back().expectingKey)
            return false;
        switch (event.type) {
        case YAML_NO_EVENT:
        case YAML_STREAM_START_EVENT:
            return true;
        case YAML_STREAM_END_EVENT:
            *documentDone = true; // no document at all: yaml-cpp sends nothing either
            return true;
        case YAML_DOCUMENT_START_EVENT:
            // Directives (%YAML, %TAG) are read differently by the two: left to yaml-cpp.
            if (event.data.document_start.version_directive
                || event.data.document_start.tag_directives.start != event.data.document_start.tag_directives.end)
                return false;
            m_handler.OnDocumentStart(mark);
            return true;
        case YAML_DOCUMENT_END_EVENT: {
            // yaml-cpp looks one token past the document's end, and throws if that token is
            // bad; libyaml does not look. Text after the end is left to yaml-cpp.
            const YAML::Mark end = nextTokenMark(markOf(event.end_mark));
            if (end.pos < m_yaml.size())
                return false;
            m_handler.OnDocumentEnd();
            *documentDone = true;
            return true;
        }
        case YAML_ALIAS_EVENT: {
            // yaml-cpp refuses an alias to an anchor not yet seen; libyaml leaves that to
            // its loader. Let yaml-cpp say it.
            const char *name = reinterpret_cast<const char *>(event.data.alias.anchor);
            const auto it = m_anchors.find(name);
            if (it == m_anchors.end() || !nameEndsAlike(mark.pos, name))
                return false;
            m_handler.OnAlias(mark, it->second);
            nodeDone();
            return true;
        }
        case YAML_SCALAR_EVENT: {
            const auto &scalar = event.data.scalar;
            if (!isPlainTag(scalar.tag) || (scalar.tag && !tagIsWrittenPlainly(mark.pos)))
                return false;
            // Blank lines before a closing quote yaml-cpp folds otherwise than libyaml
            // (`"x\n\n\n"` is "x\n" to one, "x\n\n" to the other; `"\n\n "` is "" or "\n").
            if ((scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE)
                && blankLinesBefore(markOf(event.end_mark).pos - 1) >= 2)
                return false;
            const YAML::anchor_t anchor = registerAnchor(mark, scalar.anchor);
            const char *value = reinterpret_cast<const char *>(scalar.value);
            const bool plain = scalar.style == YAML_PLAIN_SCALAR_STYLE || scalar.style == YAML_ANY_SCALAR_STYLE;
            // An empty node inside `[...]` or `{...}`: the two split `{&a :b}` and the like
            // apart (`:` may start a plain scalar there to yaml-cpp). Left to yaml-cpp.
            if (plain && scalar.length == 0 && inFlow())
                return false;
            if (plain && scalar.length == 0 && !scalar.tag && !scalar.anchor) {
                // An empty value after its `:` or `-`: libyaml marks it where the indicator
                // ends, yaml-cpp where the next token starts. A value with no `:` at all
                // (`? key` alone) yaml-cpp marks at its key: left to yaml-cpp.
                if (!indicatorPrecedes(mark.pos))
                    return false;
                m_handler.OnNull(nextTokenMark(mark), anchor);
                nodeDone();
                return true;
            }
            // yaml-cpp's scanner stops at a `?` inside a plain scalar in a flow collection
            // (`[Why?]`) and refuses the text.
            if (plain && inFlow() && std::string_view(value, scalar.length).find('?') != std::string_view::npos)
                return false;
            // yaml-cpp's non-specific tags: "?" for a plain scalar, "!" for a quoted one.
            const std::string tag = scalar.tag ? std::string(reinterpret_cast<const char *>(scalar.tag)) : std::string(plain ? "?" : "!");
            if (plain && tag == "?" && isNullString(value, scalar.length))
                m_handler.OnNull(mark, anchor);
            else
                m_handler.OnScalar(mark, tag, anchor, std::string(value, scalar.length));
            nodeDone();
            return true;
        }
        case YAML_SEQUENCE_START_EVENT: {
            const auto &sequence = event.data.sequence_start;
            if (!isPlainTag(sequence.tag) || (sequence.tag && !tagIsWrittenPlainly(mark.pos)))
                return false;
            const YAML::anchor_t anchor = registerAnchor(mark, sequence.anchor);
            m_containers.push_back(Container{false, true, sequence.style == YAML_FLOW_SEQUENCE_STYLE});
            m_handler.OnSequenceStart(mark, tagOf(sequence.tag), anchor,
                                      sequence.style == YAML_FLOW_SEQUENCE_STYLE ? YAML::EmitterStyle::Flow : YAML::EmitterStyle::Block);
            return true;
        }
        case YAML_SEQUENCE_END_EVENT:
            m_containers.pop_back();
            m_handler.OnSequenceEnd();
            nodeDone();
            return true;
        case YAML_MAPPING_START_EVENT: {
            const auto &mapping = event.data.mapping_start;
            if (!isPlainTag(mapping.tag) || (mapping.tag && !tagIsWrittenPlainly(mark.pos)))
                return false;
            const YAML::anchor_t anchor = registerAnchor(mark, mapping.anchor);
            m_containers.push_back(Container{true, true, mapping.style == YAML_FLOW_MAPPING_STYLE});
            m_handler.OnMapStart(mark, tagOf(mapping.tag), anchor,
                                 mapping.style == YAML_FLOW_MAPPING_STYLE ? YAML::EmitterStyle::Flow : YAML::EmitterStyle::Block);
            return true;
        }
        case YAML_MAPPING_END_EVENT:
            m_containers.pop_back();
            m_handler.OnMapEnd();
            nodeDone();
            return true;
        }
        return false;
    }

    // An event was sent, but the two parsers could still disagree on it.
    bool declined() const { return m_declined; }

private:
    YAML::Mark markOf(const yaml_mark_t &mark)
    {
        YAML::Mark converted;
        converted.pos = int(m_cursor.byteOffset(mark.index));
        converted.line = int(mark.line);
        converted.column = int(mark.column);
        return converted;
    }

    // libyaml decodes `%xx` escapes in a tag, yaml-cpp keeps them: the tag as written, from
    // the node's first property on, must be letters, digits, `-` and `!` only.
    bool tagIsWrittenPlainly(qsizetype nodeStart) const
    {
        qsizetype at = nodeStart;
        while (at < m_yaml.size() && m_yaml.at(at) != '!' && m_yaml.at(at) != '\n')
            ++at;
        if (at >= m_yaml.size() || m_yaml.at(at) != '!')
            return false;
        for (; at < m_yaml.size(); ++at) {
            const char c = m_yaml.at(at);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ']' || c == '}')
                return true;
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '!'))
                return false;
        }
        return true;
    }

    // The line breaks between `offset` and the last character before it that is no space.
    int blankLinesBefore(qsizetype offset) const
    {
        int breaks = 0;
        for (qsizetype at = qMin(offset, m_yaml.size()) - 1; at >= 0; --at) {
            const char c = m_yaml.at(at);
            if (c == '\n')
                ++breaks;
            else if (c != ' ' && c != '\t' && c != '\r')
                break;
        }
        return breaks;
    }

    // Whether the node at `offset` follows its `-` only after a line break.
    bool startsBelowItsDash(qsizetype offset) const
    {
        bool lineBreak = false;
        for (qsizetype at = qMin(offset, m_yaml.size()) - 1; at >= 0; --at) {
            const char c = m_yaml.at(at);
            if (c == '\n')
                lineBreak = true;
            else if (c != ' ' && c != '\t' && c != '\r')
                return lineBreak && c == '-';
        }
        return false;
    }

    bool inFlow() const { return !m_containers.empty() && m_containers.back().isFlow; }

    // A node has been sent: in a map, keys and values take turns.
    void nodeDone()
    {
        if (!m_containers.empty() && m_containers.back().isMap)
            m_containers.back().expectingKey = !m_containers.back().expectingKey;
    }

    // Whether the indicator an empty node needs stands right before `offset` (spaces aside):
    // a `:` before a map's value, a `-` before a sequence's item. A missing key needs none.
    bool indicatorPrecedes(qsizetype offset) const
    {
        if (m_containers.empty() || (m_containers.back().isMap && m_containers.back().expectingKey))
            return true;
        qsizetype at = qMin(offset, m_yaml.size());
        while (at > 0 && QByteArrayView(" \t\r\n").contains(m_yaml.at(at - 1)))
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
            if (c == ' ' || c == '\t' || c == '\r') {
                ++at;
                ++mark.column;
            } else if (c == '\n') {
                ++at;
                ++mark.line;
                mark.column = 0;
                lineStart = true;
            } else if (c == '#' && (lineStart || at == mark.pos || m_yaml.at(at - 1) == ' ' || m_yaml.at(at - 1) == '\t')) {
                while (at < m_yaml.size() && m_yaml.at(at) != '\n' && m_yaml.at(at) != '\r')
                    ++at; // a comment's length in characters does not matter: a break follows
            } else {
                break;
            }
        }
        mark.pos = int(at);
        return mark;
    }

    static std::string tagOf(const yaml_char_t *tag)
    {
        return tag ? std::string(reinterpret_cast<const char *>(tag)) : std::string("?");
    }

    // yaml-cpp numbers anchors in the order they are defined; a name defined again gets a
    // new number, and later aliases refer to the newest.
    YAML::anchor_t registerAnchor(const YAML::Mark &mark, const yaml_char_t *name)
    {
        if (!name || !*name)
            return YAML::NullAnchor;
        const std::string anchorName(reinterpret_cast<const char *>(name));
        const qsizetype lineEnd = m_yaml.indexOf('\n', mark.pos);
        const qsizetype at = QByteArrayView(m_yaml.data(), lineEnd < 0 ? m_yaml.size() : lineEnd).indexOf('&' + anchorName, mark.pos);
        if (at < 0 || !nameEndsAlike(at, anchorName))
            m_declined = true;
        const YAML::anchor_t anchor = ++m_lastAnchor;
        m_anchors[anchorName] = anchor;
        m_handler.OnAnchor(mark, anchorName);
        return anchor;
    }

    // libyaml ends an anchor's or alias's name at the first character that is not a letter,
    // digit, `-` or `_`; yaml-cpp only at a space, a break or a flow indicator. They read the
    // same name only when what follows it is one of those. `at` is the `&` or `*`.
    bool nameEndsAlike(qsizetype at, std::string_view name) const
    {
        const qsizetype end = at + 1 + qsizetype(name.size());
        return end >= m_yaml.size() || QByteArrayView(" \t\r\n,[]{}").contains(m_yaml.at(end));
    }

    QByteArrayView m_yaml;
    OffsetCursor m_cursor;
    YAML::EventHandler &m_handler;
    std::unordered_map<std::string, YAML::anchor_t> m_anchors;
    YAML::anchor_t m_lastAnchor = YAML::NullAnchor;
    bool m_declined = false;
    bool m_expectingRoot = false;
    struct Container
    {
        bool isMap = false;
        bool expectingKey = true;
        bool isFlow = false;
    };
    std::vector<Container> m_containers;
};

} // namespace

bool LibYamlEventSource::parse(QByteArrayView yaml, YAML::EventHandler &handler)
{
    // A UTF-16 byte-order mark would switch libyaml to another encoding; such front matter,
    // and what the two read apart, are left to yaml-cpp.
    if (yaml.startsWith("\xFE\xFF") || yaml.startsWith("\xFF\xFE") || hasWhatTheyReadApart(yaml))
        return false;
    // Front matter ends with a line break; without one, the two end a block scalar's last
    // line of spaces apart.
    if (!yaml.isEmpty() && !yaml.endsWith('\n'))
        return false;
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return false;
    static const unsigned char nothing[] = "";
    yaml_parser_set_input_string(&parser, yaml.isEmpty() ? nothing : reinterpret_cast<const unsigned char *>(yaml.data()), size_t(yaml.size()));
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    Driver driver(yaml, handler);
    bool agreed = true;
    bool documentDone = false;
    while (agreed && !documentDone) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            agreed = false;
            break;
        }
        agreed = driver.send(event, &documentDone) && !driver.declined();
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    return agreed;
}

} // namespace Storydesk
