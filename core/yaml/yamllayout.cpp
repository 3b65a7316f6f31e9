#include "yamllayout.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>

namespace Storydesk {

namespace {

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

YamlLayout::YamlLayout(const QByteArray &text, const YAML::Node &root)
    : m_text(text)
    , m_root(root)
{
}

qsizetype YamlLayout::lineStartOf(qsizetype pos) const
{
    if (pos <= 0)
        return 0;
    const qsizetype nl = m_text.lastIndexOf('\n', qMin(pos, m_text.size()) - 1);
    return nl < 0 ? 0 : nl + 1;
}

qsizetype YamlLayout::nextLineStart(qsizetype pos) const
{
    const qsizetype nl = m_text.indexOf('\n', pos);
    return nl < 0 ? m_text.size() : nl + 1;
}

qsizetype YamlLayout::lineContentEnd(qsizetype lineStart) const
{
    qsizetype e = m_text.indexOf('\n', lineStart);
    if (e < 0)
        e = m_text.size();
    if (e > lineStart && m_text.at(e - 1) == '\r')
        --e;
    return e;
}

bool YamlLayout::isBlankOrComment(qsizetype lineStart) const
{
    qsizetype p = lineStart;
    while (p < m_text.size() && isSpace(m_text.at(p)))
        ++p;
    return p >= m_text.size() || isLineBreak(m_text.at(p)) || m_text.at(p) == '#';
}

qsizetype YamlLayout::trimTrailing(qsizetype end, qsizetype floor, bool keepComments) const
{
    qsizetype p = end;
    while (p > floor) {
        const qsizetype ls = lineStartOf(p - 1);
        if (ls < floor || !isBlankOrComment(ls))
            break;
        qsizetype q = ls;
        while (q < m_text.size() && isSpace(m_text.at(q)))
            ++q;
        const bool comment = q < m_text.size() && m_text.at(q) == '#';
        if (comment && keepComments)
            break;
        p = ls;
    }
    return p;
}

qsizetype YamlLayout::nodePos(const YAML::Node &node) const
{
    return qsizetype(node.Mark().pos);
}

YamlValue::Quoting YamlLayout::quotingOf(const YAML::Node &scalar) const
{
    const qsizetype pos = nodePos(scalar);
    if (pos < 0 || pos >= m_text.size())
        return YamlValue::Quoting::Plain;
    switch (m_text.at(pos)) {
    case '"': return YamlValue::Quoting::Double;
    case '\'': return YamlValue::Quoting::Single;
    case '|': return YamlValue::Quoting::Literal;
    case '>': return YamlValue::Quoting::Folded;
    default: return YamlValue::Quoting::Plain;
    }
}

qsizetype YamlLayout::scalarEnd(qsizetype start, qsizetype limit) const
{
    const char quote = m_text.at(start);
    for (qsizetype i = start + 1; i < limit; ++i) {
        const char c = m_text.at(i);
        if (quote == '"' && c == '\\') {
            ++i;
            continue;
        }
        if (c == quote) {
            if (quote == '\'' && i + 1 < limit && m_text.at(i + 1) == '\'') {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    return limit;
}

qsizetype YamlLayout::flowEnd(qsizetype start, qsizetype limit) const
{
    int depth = 0;
    for (qsizetype i = start; i < limit; ++i) {
        const char c = m_text.at(i);
        if (c == '"' || c == '\'') {
            i = scalarEnd(i, limit) - 1;
            continue;
        }
        if (c == '#' && i > 0 && (isSpace(m_text.at(i - 1)) || isLineBreak(m_text.at(i - 1)))) {
            i = nextLineStart(i) - 1;
            continue;
        }
        if (c == '[' || c == '{')
            ++depth;
        else if ((c == ']' || c == '}') && --depth == 0)
            return i + 1;
    }
    return limit;
}

qsizetype YamlLayout::plainEnd(qsizetype start, qsizetype limit) const
{
    // A plain scalar may continue on more-indented lines: it ends on the last content
    // line before `limit`, before a ` #` comment and trailing spaces.
    qsizetype lastLine = lineStartOf(start);
    for (qsizetype ls = nextLineStart(start); ls < limit; ls = nextLineStart(ls)) {
        if (!isBlankOrComment(ls))
            lastLine = ls;
        else
            break;
    }
    const qsizetype from = lastLine == lineStartOf(start) ? start : lastLine;
    qsizetype e = qMin(lineContentEnd(lastLine), limit);
    for (qsizetype i = from; i < e; ++i) {
        if (m_text.at(i) == '#' && i > from && isSpace(m_text.at(i - 1))) {
            e = i;
            break;
        }
    }
    while (e > from && isSpace(m_text.at(e - 1)))
        --e;
    return e;
}

std::pair<qsizetype, qsizetype> YamlLayout::inlineValueRange(const YAML::Node &value, qsizetype from, qsizetype limit) const
{
    qsizetype p = from;
    while (p < limit && isSpace(m_text.at(p)))
        ++p;
    qsizetype pos = p;
    const qsizetype mark = nodePos(value);
    if (value.Type() != YAML::NodeType::Null && mark >= from && mark < limit)
        pos = mark;   // also finds a value written on the line after its key
    if (pos >= limit || isLineBreak(m_text.at(pos)) || m_text.at(pos) == '#')
        return {from, from};
    switch (m_text.at(pos)) {
    case '"':
    case '\'':
        return {pos, scalarEnd(pos, limit)};
    case '[':
    case '{':
        return {pos, flowEnd(pos, limit)};
    case '|':
    case '>': {
        // A block scalar runs to the end of its last line within the entry.
        qsizetype end = limit;
        if (end > pos && m_text.at(end - 1) == '\n')
            --end;
        if (end > pos && m_text.at(end - 1) == '\r')
            --end;
        return {pos, end};
    }
    default:
        return {pos, plainEnd(pos, limit)};
    }
}

bool YamlLayout::startsOnLaterLine(const YAML::Node &value, qsizetype from, qsizetype limit) const
{
    if (value.Type() == YAML::NodeType::Null || value.Type() == YAML::NodeType::Scalar)
        return false;
    const qsizetype mark = nodePos(value);
    return mark >= nextLineStart(from) && mark < limit;
}

QList<YamlLayout::Site> YamlLayout::entrySites(const YAML::Node &map, qsizetype regionEnd, QString *error) const
{
    QList<Site> sites;
    sites.reserve(qsizetype(map.size()));
    for (const auto &kv : map) {
        Site s;
        s.start = nodePos(kv.first);
        if (s.start < 0 || s.start >= m_text.size() || (!sites.isEmpty() && s.start <= sites.last().start)) {
            if (error)
                *error = QCoreApplication::translate("Storydesk::YamlLayout", "a key at an unexpected place (complex or aliased keys are not supported)");
            return {};
        }
        s.lineStart = lineStartOf(s.start);
        for (qsizetype i = s.lineStart; i < s.start; ++i) {
            if (!isSpace(m_text.at(i))) {
                s.lineStart = s.start;
                break;
            }
        }
        s.column = columnOf(s.start);
        qsizetype colon = s.start;
        const char first = m_text.at(s.start);
        if (first == '"' || first == '\'')
            colon = scalarEnd(s.start, regionEnd);
        if (first == '?') {
            if (error)
                *error = QCoreApplication::translate("Storydesk::YamlLayout", "explicit `? key` entries are not supported by the writer");
            return {};
        }
        while (colon < regionEnd) {
            const char c = m_text.at(colon);
            if (c == ':' && (colon + 1 >= m_text.size() || isSpace(m_text.at(colon + 1)) || isLineBreak(m_text.at(colon + 1))))
                break;
            if (isLineBreak(c)) {
                colon = regionEnd;
                break;
            }
            ++colon;
        }
        if (colon >= regionEnd) {
            if (error)
                *error = QCoreApplication::translate("Storydesk::YamlLayout", "cannot find the ':' after a key");
            return {};
        }
        s.valueFrom = colon + 1;
        sites.append(s);
    }
    qsizetype i = 0;
    for (const auto &kv : map) {
        Site &s = sites[i];
        s.end = i + 1 < sites.size() ? sites.at(i + 1).lineStart : regionEnd;
        const bool blockScalar = kv.second.IsScalar()
                                 && (quotingOf(kv.second) == YamlValue::Quoting::Literal || quotingOf(kv.second) == YamlValue::Quoting::Folded);
        s.contentEnd = trimTrailing(s.end, qMin(nextLineStart(s.start), s.end), blockScalar);
        ++i;
    }
    return sites;
}

QList<YamlLayout::Site> YamlLayout::itemSites(const YAML::Node &list, qsizetype regionEnd, QString *error) const
{
    QList<Site> sites;
    const qsizetype first = nodePos(list);
    if (first < 0 || first >= m_text.size() || m_text.at(first) != '-') {
        if (error)
            *error = QCoreApplication::translate("Storydesk::YamlLayout", "a list laid out in a way the writer does not handle");
        return {};
    }
    const int dashColumn = columnOf(first);
    QList<qsizetype> dashes{first};
    for (qsizetype ls = nextLineStart(first); ls < regionEnd; ls = nextLineStart(ls)) {
        if (isBlankOrComment(ls))
            continue;
        qsizetype p = ls;
        while (p < regionEnd && m_text.at(p) == ' ')
            ++p;
        const int indent = int(p - ls);
        if (indent < dashColumn)
            break;
        if (indent == dashColumn && m_text.at(p) == '-'
            && (p + 1 >= m_text.size() || isSpace(m_text.at(p + 1)) || isLineBreak(m_text.at(p + 1))))
            dashes.append(p);
    }
    if (dashes.size() != qsizetype(list.size())) {
        if (error)
            *error = QCoreApplication::translate("Storydesk::YamlLayout", "a list laid out in a way the writer does not handle");
        return {};
    }
    qsizetype i = 0;
    for (const YAML::Node &item : list) {
        Site s;
        s.start = dashes.at(i);
        s.lineStart = lineStartOf(s.start);
        for (qsizetype k = s.lineStart; k < s.start; ++k) {
            if (!isSpace(m_text.at(k))) {
                s.lineStart = s.start;
                break;
            }
        }
        s.column = dashColumn;
        s.valueFrom = s.start + 1;
        s.end = i + 1 < dashes.size() ? lineStartOf(dashes.at(i + 1)) : regionEnd;
        const bool blockScalar = item.IsScalar()
                                 && (quotingOf(item) == YamlValue::Quoting::Literal || quotingOf(item) == YamlValue::Quoting::Folded);
        s.contentEnd = trimTrailing(s.end, qMin(nextLineStart(s.start), s.end), blockScalar);
        sites.append(s);
        ++i;
    }
    return sites;
}

std::optional<YamlLayout::Location> YamlLayout::locate(const YamlPath &path) const
{
    Location loc;
    loc.node = m_root;
    loc.regionEnd = m_text.size();
    for (qsizetype depth = 0; depth < path.size(); ++depth) {
        const QString &segment = path.segments().at(depth);
        const YAML::Node node = loc.node.get();
        if (!loc.insideFlow && (node.IsMap() || node.IsSequence()) && node.Style() == YAML::EmitterStyle::Flow) {
            loc.insideFlow = true;
            loc.flowPath = YamlPath(path.segments().mid(0, depth));
        }
        qsizetype index = -1;
        YamlNode child;
        if (node.IsMap()) {
            const std::string key = segment.toStdString();
            qsizetype i = 0;
            for (const auto &kv : node) {
                if (kv.first.IsScalar() && kv.first.Scalar() == key) {
                    index = i;
                    child = kv.second;
                    break;
                }
                ++i;
            }
        } else if (node.IsSequence()) {
            index = YamlPath::indexOf(segment);
            if (index >= qsizetype(node.size()))
                index = -1;
            if (index >= 0)
                child = YAML::Node(node[std::size_t(index)]);
        }
        if (index < 0)
            return std::nullopt;
        if (!loc.insideFlow) {
            QString error;
            const QList<Site> sites = node.IsMap() ? entrySites(node, loc.regionEnd, &error) : itemSites(node, loc.regionEnd, &error);
            if (sites.isEmpty()) {
                loc.insideFlow = true;   // fall back to rewriting the nearest enclosing value whole
                loc.flowPath = YamlPath(path.segments().mid(0, depth));
            } else {
                loc.site = sites.at(index);
                loc.hasSite = true;
                loc.regionEnd = loc.site.contentEnd;
            }
        }
        loc.node = child;
    }
    return loc;
}

} // namespace Storydesk
