#include "frontmatterdocument.h"

#include "storyschema.h"
#include "yamlguard.h"
#include "yamllayout.h"

#include <yaml-cpp/yaml.h>

#include <climits>
#include <functional>

namespace Storydesk {

namespace {

constexpr int FirstFrontMatterLine = 2;   // the line after the opening fence

struct Parsed
{
    YamlNode root;
    YamlValue value;
    std::optional<Problem> problem;
};

// A problem at byte `offset` of the front matter `text`, in file lines and in columns
// counted in characters, as editors count them (yaml-cpp's marks count bytes).
Problem problemAt(const QByteArray &text, qsizetype offset, const QString &message)
{
    const QByteArrayView before = QByteArrayView(text).first(qBound(qsizetype(0), offset, text.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    Problem p;
    p.severity = Problem::Severity::Error;
    p.line = int(before.count('\n')) + FirstFrontMatterLine;
    p.column = 1;
    for (qsizetype i = lineStart; i < before.size(); ++i) {
        if ((quint8(before.at(i)) & 0xC0) != 0x80)   // UTF-8 lead bytes only
            ++p.column;
    }
    p.message = message;
    return p;
}

Parsed parseText(const QByteArray &text)
{
    Parsed parsed;
    if (const auto refusal = YamlGuard::check(text)) {
        parsed.problem = problemAt(text, refusal->offset, refusal->message);
        return parsed;
    }
    try {
        parsed.root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        parsed.problem = problemAt(text, e.mark.is_null() ? 0 : e.mark.pos, QString::fromStdString(e.msg));
        return parsed;
    } catch (const std::exception &e) {
        parsed.problem = problemAt(text, 0, QString::fromLocal8Bit(e.what()));
        return parsed;
    }
    if (!parsed.root->IsMap() && !parsed.root->IsNull()) {
        parsed.problem = problemAt(text, 0, QStringLiteral("the front matter is not a map of keys and values"));
        return parsed;
    }
    QString error;
    std::optional<YamlValue> value = YamlValue::fromNode(parsed.root.get(), &error);
    if (!value) {
        parsed.problem = problemAt(text, 0, error);
        return parsed;
    }
    parsed.value = std::move(*value);
    if (parsed.value.isNull())
        parsed.value = YamlValue::map();
    return parsed;
}

// The key a path's last map segment names: style (quoting, item shape) is per key name.
QString styleKey(const YamlPath &path)
{
    for (qsizetype i = path.size() - 1; i >= 0; --i) {
        if (YamlPath::indexOf(path.segments().at(i)) < 0)
            return path.segments().at(i);
    }
    return {};
}

// Pure operations on a YamlValue tree: the document an edit must read back as.
YamlValue *walk(YamlValue &root, const YamlPath &path, bool create)
{
    YamlValue *v = &root;
    for (const QString &segment : path.segments()) {
        if (v->isNull() && create)
            *v = YamlPath::indexOf(segment) == 0 ? YamlValue::sequence() : YamlValue::map();
        if (v->isMap()) {
            YamlValue *child = v->find(segment);
            if (!child) {
                if (!create)
                    return nullptr;
                v->entries().append({segment, YamlValue()});
                child = &v->entries().last().second;
            }
            v = child;
        } else if (v->isSequence()) {
            const qsizetype i = YamlPath::indexOf(segment);
            if (i < 0 || i > v->items().size() || (i == v->items().size() && !create))
                return nullptr;
            if (i == v->items().size())
                v->items().append(YamlValue());
            v = &v->items()[i];
        } else {
            return nullptr;
        }
    }
    return v;
}

enum class OpKind { Keep, Delete, Insert, Modify };
struct ListOp
{
    OpKind kind;
    qsizetype oldIndex;   // the old item (Keep, Delete, Modify) or the insertion point (Insert)
    qsizetype newIndex;
};

// The shortest edit turning `a` into `b`, with a deletion next to an insertion merged
// into a modification so that a changed item is edited in place, not re-written.
QList<ListOp> diffLists(const QList<YamlValue> &a, const QList<YamlValue> &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i).sameAs(b.at(j)) ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QList<ListOp> raw;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i).sameAs(b.at(j))) {
            raw.append({OpKind::Keep, i++, j++});
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            raw.append({OpKind::Insert, i, j++});
        } else {
            raw.append({OpKind::Delete, i++, -1});
        }
    }
    QList<ListOp> ops;
    for (qsizetype k = 0; k < raw.size();) {
        if (raw.at(k).kind == OpKind::Keep) {
            ops.append(raw.at(k++));
            continue;
        }
        QList<ListOp> deletes;
        QList<ListOp> inserts;
        while (k < raw.size() && raw.at(k).kind != OpKind::Keep) {
            (raw.at(k).kind == OpKind::Delete ? deletes : inserts).append(raw.at(k));
            ++k;
        }
        const qsizetype paired = qMin(deletes.size(), inserts.size());
        for (qsizetype p = 0; p < paired; ++p)
            ops.append({OpKind::Modify, deletes.at(p).oldIndex, inserts.at(p).newIndex});
        for (qsizetype p = paired; p < deletes.size(); ++p)
            ops.append(deletes.at(p));
        const qsizetype insertAt = deletes.isEmpty() ? (inserts.isEmpty() ? 0 : inserts.first().oldIndex) : deletes.last().oldIndex + 1;
        for (qsizetype p = paired; p < inserts.size(); ++p)
            ops.append({OpKind::Insert, insertAt, inserts.at(p).newIndex});
    }
    return ops;
}

} // namespace

// The text edits behind the public operations. Each step splices the text and re-parses
// it, so every step locates what it changes in the document as it is now.
class FrontMatterDocument::Editor
{
public:
    Editor(FrontMatterDocument &doc, const YamlValue &expected)
        : m_doc(doc)
        , m_expected(expected)
    {
    }

    bool set(const YamlPath &path, const YamlValue &value);
    bool remove(const YamlPath &path);
    bool insertItem(const YamlPath &list, qsizetype index, YamlValue item);
    bool moveItem(const YamlPath &list, qsizetype from, qsizetype to);

    QString error;

private:
    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }
    bool splice(qsizetype begin, qsizetype end, const QByteArray &with);
    YamlLayout layout() const { return YamlLayout(m_doc.m_text, m_doc.m_root); }
    bool insertEntry(const YamlPath &map, const QString &key, const YamlValue &value, const QString &afterKey);
    bool replaceValue(const YamlPath &path, const YamlLayout::Location &loc, const YamlValue &value);
    bool replaceWhole(const YamlPath &containerPath);
    bool diffList(const YamlPath &path, const QList<YamlValue> &oldItems, const QList<YamlValue> &newItems);
    QByteArray renderFlow(const YAML::Node &old, const YamlValue &value, const QString &key) const;
    QByteArray flowItemText(const YAML::Node &item) const;
    YamlValue withQuoting(YamlValue value, YamlValue::Quoting quoting) const;

    FrontMatterDocument &m_doc;
    const YamlValue &m_expected;
};

bool FrontMatterDocument::Editor::splice(qsizetype begin, qsizetype end, const QByteArray &with)
{
    QByteArray &text = m_doc.m_text;
    text.replace(begin, end - begin, with);
    const Parsed parsed = parseText(text);
    if (parsed.problem)
        return fail(QStringLiteral("the edit would not parse: %1").arg(parsed.problem->message));
    m_doc.m_root = parsed.root;
    m_doc.m_value = parsed.value;
    return true;
}

YamlValue FrontMatterDocument::Editor::withQuoting(YamlValue value, YamlValue::Quoting quoting) const
{
    if (value.isScalar() && value.quoting() == YamlValue::Quoting::None)
        value.setQuoting(quoting);
    return value;
}

bool FrontMatterDocument::Editor::set(const YamlPath &path, const YamlValue &value)
{
    const YamlLayout lay = layout();
    const std::optional<YamlLayout::Location> loc = lay.locate(path);
    if (!loc) {
        const YamlPath parentPath = path.parent();
        const std::optional<YamlLayout::Location> parent = lay.locate(parentPath);
        const qsizetype index = YamlPath::indexOf(path.last());
        if (!parent) {
            // Build the missing parent around the value: provider.name on a story without provider.
            const YamlValue wrapped = index == 0 ? YamlValue::sequence({value}) : YamlValue::map({{path.last(), value}});
            return set(parentPath, wrapped);
        }
        if (parent->insideFlow)
            return replaceWhole(parent->flowPath);
        const YAML::Node &node = parent->node;
        if (node.IsMap() && node.Style() == YAML::EmitterStyle::Flow)
            return replaceWhole(parentPath);
        if (node.IsMap() || (node.IsNull() && parentPath.isRoot()))
            return insertEntry(parentPath, path.last(), value, {});
        if (node.IsSequence() && index == qsizetype(node.size()))
            return insertItem(parentPath, index, value);
        if (node.IsNull()) {
            const YamlValue wrapped = index == 0 ? YamlValue::sequence({value}) : YamlValue::map({{path.last(), value}});
            return set(parentPath, wrapped);
        }
        return fail(QStringLiteral("cannot set %1: %2 is not a map or a list").arg(path.toString(), parentPath.toString()));
    }
    if (loc->insideFlow)
        return replaceWhole(loc->flowPath);

    QString convertError;
    const std::optional<YamlValue> old = YamlValue::fromNode(loc->node, &convertError);
    if (!old)
        return fail(convertError);
    if (old->sameAs(value))
        return true;
    const YAML::Node &node = loc->node;
    const bool block = node.Style() != YAML::EmitterStyle::Flow;
    if (node.IsMap() && block && value.isMap() && !value.entries().isEmpty()) {
        for (qsizetype i = old->entries().size() - 1; i >= 0; --i) {
            const QString &key = old->entries().at(i).first;
            if (!value.find(key) && !remove(path.child(key)))
                return false;
        }
        QString previous;
        for (const auto &[key, v] : value.entries()) {
            const bool exists = YamlLayout(m_doc.m_text, m_doc.m_root).locate(path.child(key)).has_value();
            if (!(exists ? set(path.child(key), v) : insertEntry(path, key, v, previous)))
                return false;
            previous = key;
        }
        return true;
    }
    if (node.IsSequence() && block && value.isSequence() && !value.items().isEmpty())
        return diffList(path, old->items(), value.items());
    return replaceValue(path, *loc, value);
}

bool FrontMatterDocument::Editor::replaceWhole(const YamlPath &containerPath)
{
    const YamlValue *target = walk(const_cast<YamlValue &>(m_expected), containerPath, false);
    if (!target)
        return fail(QStringLiteral("cannot edit %1").arg(containerPath.toString()));
    if (containerPath.isRoot())
        return fail(QStringLiteral("the front matter is written in a layout the writer does not handle"));
    const std::optional<YamlLayout::Location> loc = layout().locate(containerPath);
    if (!loc || loc->insideFlow || !loc->hasSite)
        return fail(QStringLiteral("cannot edit %1").arg(containerPath.toString()));
    return replaceValue(containerPath, *loc, *target);
}

QByteArray FrontMatterDocument::Editor::flowItemText(const YAML::Node &item) const
{
    const QByteArray &text = m_doc.m_text;
    const qsizetype pos = qsizetype(item.Mark().pos);
    if (pos < 0 || pos >= text.size())
        return {};
    const YamlLayout lay = layout();
    const char c = text.at(pos);
    if (c == '"' || c == '\'' || c == '[' || c == '{')
        return text.mid(pos, lay.inlineValueRange(item, pos, text.size()).second - pos);
    qsizetype e = pos;
    while (e < text.size() && !QByteArrayView(",]}\r\n").contains(text.at(e)))
        ++e;
    while (e > pos && (text.at(e - 1) == ' ' || text.at(e - 1) == '\t'))
        --e;
    return text.mid(pos, e - pos);
}

QByteArray FrontMatterDocument::Editor::renderFlow(const YAML::Node &old, const YamlValue &value, const QString &key) const
{
    // Unchanged items keep their exact text; new ones take the quoting of their siblings.
    const YamlStyle &style = m_doc.m_style;
    if (!value.isSequence() || !old.IsSequence())
        return style.renderInline(value, key);
    const YamlLayout lay = layout();
    QList<std::pair<YamlValue, QByteArray>> pool;
    YamlValue::Quoting siblingQuoting = YamlValue::Quoting::None;
    for (const YAML::Node &item : old) {
        if (const std::optional<YamlValue> v = YamlValue::fromNode(item))
            pool.append({*v, flowItemText(item)});
        if (item.IsScalar() && siblingQuoting == YamlValue::Quoting::None)
            siblingQuoting = lay.quotingOf(item);
    }
    QByteArray separator(", ");
    if (old.size() >= 2) {
        const qsizetype a = qsizetype(old[0].Mark().pos);
        const qsizetype b = qsizetype(old[1].Mark().pos);
        const QByteArray between = m_doc.m_text.mid(a, b - a);
        const qsizetype comma = between.lastIndexOf(',');
        if (comma >= 0 && !between.mid(comma).contains('\n'))
            separator = between.mid(comma, b - a - comma);
    }
    QByteArray out("[");
    for (qsizetype i = 0; i < value.items().size(); ++i) {
        if (i > 0)
            out.append(separator);
        const YamlValue &item = value.items().at(i);
        qsizetype found = -1;
        for (qsizetype p = 0; p < pool.size(); ++p) {
            if (pool.at(p).first.sameAs(item) && !pool.at(p).second.isEmpty()) {
                found = p;
                break;
            }
        }
        if (found >= 0) {
            out.append(pool.takeAt(found).second);
        } else if (item.isScalar()) {
            const YamlValue::Quoting q = item.quoting() != YamlValue::Quoting::None ? item.quoting()
                                         : siblingQuoting != YamlValue::Quoting::None ? siblingQuoting
                                                                                      : style.quotingFor(key + QStringLiteral("[]"));
            out.append(YamlStyle::renderScalar(item, q, true));
        } else {
            out.append(style.renderInline(item, key + QStringLiteral("[]")));
        }
    }
    return out + "]";
}

bool FrontMatterDocument::Editor::replaceValue(const YamlPath &path, const YamlLayout::Location &loc, const YamlValue &value)
{
    if (!loc.hasSite)
        return fail(QStringLiteral("cannot replace the whole front matter this way"));
    const YamlLayout lay = layout();
    const YamlStyle &style = m_doc.m_style;
    const QByteArray &text = m_doc.m_text;
    const YamlLayout::Site &site = loc.site;
    const YAML::Node &old = loc.node;
    const QString key = styleKey(path);
    const bool isItem = YamlPath::indexOf(path.last()) >= 0;
    const bool oldFlow = (old.IsSequence() || old.IsMap()) && old.Style() == YAML::EmitterStyle::Flow;
    const bool newBlock = YamlStyle::isBlock(value) && !(oldFlow && (value.isSequence() || value.isMap()));

    if (isItem && newBlock) {
        if (site.lineStart != site.start || site.contentEnd <= site.lineStart)
            return fail(QStringLiteral("cannot rewrite %1: the list is laid out in a way the writer does not handle").arg(path.toString()));
        return splice(site.lineStart, site.contentEnd, style.renderItem(value, site.column, key));
    }

    if (newBlock) {
        const int column = site.column + (value.isSequence() ? style.seqIndent : style.mapIndent);
        const QByteArray block = style.renderBlock(value, column, key);
        if (lay.startsOnLaterLine(old, site.valueFrom, site.contentEnd))
            return splice(lay.nextLineStart(site.valueFrom), site.contentEnd, block);
        // An inline value (or none) becomes a block: empty the key line, the block follows it.
        const auto [from, to] = lay.inlineValueRange(old, site.valueFrom, site.contentEnd);
        Q_UNUSED(from)
        const qsizetype lineEnd = lay.nextLineStart(to);
        QByteArray rest = text.mid(to, lineEnd - to);
        if (!rest.endsWith('\n'))
            rest.append(style.lineEnding);
        return splice(site.valueFrom, lineEnd, rest + block);
    }

    QByteArray inlineText;
    if (oldFlow && (value.isSequence() || value.isMap())) {
        inlineText = renderFlow(old, value, key);
    } else if (value.isScalar()) {
        YamlValue::Quoting q = value.quoting();
        if (q == YamlValue::Quoting::None)
            q = old.IsScalar() ? lay.quotingOf(old) : style.quotingFor(isItem ? key + QStringLiteral("[]") : key);
        inlineText = YamlStyle::renderScalar(value, q);
    } else {
        inlineText = style.renderInline(value, key);
    }

    if (lay.startsOnLaterLine(old, site.valueFrom, site.contentEnd)) {
        // A block collection becomes inline: `key: []`, keeping a comment on the key line.
        const qsizetype keyLineEnd = lay.nextLineStart(site.valueFrom);
        QByteArray keyLineRest = text.mid(site.valueFrom, keyLineEnd - site.valueFrom).trimmed();
        QByteArray replacement = " " + inlineText;
        if (keyLineRest.startsWith('#'))
            replacement += " " + keyLineRest;
        return splice(site.valueFrom, site.contentEnd, replacement + style.lineEnding);
    }
    const auto [from, to] = lay.inlineValueRange(old, site.valueFrom, site.contentEnd);
    if (from == to) {
        // No value yet (`key:` or `-`): write one after a space.
        return splice(site.valueFrom, site.valueFrom, inlineText.isEmpty() ? QByteArray() : " " + inlineText);
    }
    return splice(from, to, inlineText);
}

bool FrontMatterDocument::Editor::insertEntry(const YamlPath &mapPath, const QString &key, const YamlValue &value, const QString &afterKey)
{
    const YamlLayout lay = layout();
    const std::optional<YamlLayout::Location> loc = lay.locate(mapPath);
    if (!loc)
        return fail(QStringLiteral("cannot find %1").arg(mapPath.toString()));
    if (loc->insideFlow)
        return replaceWhole(loc->flowPath);
    const YAML::Node &map = loc->node;
    const YamlStyle &style = m_doc.m_style;
    const QByteArray &text = m_doc.m_text;
    if (map.IsNull() || map.size() == 0) {
        if (mapPath.isRoot()) {
            QByteArray entry = style.renderEntry(key, value, 0);
            qsizetype at = text.size();
            if (at > 0 && !text.endsWith('\n'))
                entry.prepend(style.lineEnding);
            return splice(at, at, entry);
        }
        return replaceValue(mapPath, *loc, YamlValue::map({{key, value}}));
    }
    if (map.Style() == YAML::EmitterStyle::Flow)
        return replaceWhole(mapPath);
    QString error;
    const QList<YamlLayout::Site> sites = lay.entrySites(map, loc->regionEnd, &error);
    if (sites.isEmpty())
        return fail(error);
    QStringList keys;
    for (const auto &kv : map)
        keys.append(QString::fromStdString(kv.first.Scalar()));

    // Where a careful editor would put it: after the key it follows in the story schema,
    // else before the one it precedes, else before `secured`, else at the end.
    qsizetype after = afterKey.isEmpty() ? -1 : keys.indexOf(afterKey);
    qsizetype before = -1;
    if (after < 0) {
        const bool top = mapPath.isRoot();
        const auto order = [top](const QString &k) { return top ? StorySchema::topLevelOrder(k) : StorySchema::nestedOrder(k); };
        const int own = order(key);
        int bestAfter = -1;
        int bestBefore = INT_MAX;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const int o = order(keys.at(i));
            if (own < 0 || o < 0)
                continue;
            if (o < own && o >= bestAfter) {
                bestAfter = o;
                after = i;
            } else if (o > own && o < bestBefore) {
                bestBefore = o;
                before = i;
            }
        }
        if (after < 0 && before < 0 && top)
            before = keys.indexOf(StorySchema::Secured);
        if (after < 0 && before < 0)
            after = keys.size() - 1;
    }
    if (before >= 0 && sites.at(before).lineStart != lay.lineStartOf(sites.at(before).start)) {
        after = before;   // never insert between a list dash and its first key
        before = -1;
    }

    QByteArray entry = style.renderEntry(key, value, sites.first().column);
    qsizetype at = 0;
    const bool section = mapPath.isRoot() && YamlStyle::isBlock(value);
    if (after >= 0) {
        at = sites.at(after).contentEnd;
        // Top-level blocks separated by blank lines get one of their own.
        if (section && at < text.size() && lay.isBlankOrComment(at) && text.mid(at, lay.nextLineStart(at) - at).trimmed().isEmpty())
            entry.prepend(style.lineEnding);
        if (at == text.size() && at > 0 && !text.endsWith('\n'))
            entry.prepend(style.lineEnding);
    } else {
        at = sites.at(before).lineStart;
        if (section && at > 0 && text.mid(lay.lineStartOf(at - 1), at - lay.lineStartOf(at - 1)).trimmed().isEmpty())
            entry.append(style.lineEnding);
    }
    return splice(at, at, entry);
}

bool FrontMatterDocument::Editor::remove(const YamlPath &path)
{
    const YamlLayout lay = layout();
    const std::optional<YamlLayout::Location> loc = lay.locate(path);
    if (!loc)
        return true;   // already gone
    if (loc->insideFlow)
        return replaceWhole(loc->flowPath);
    const YamlPath parentPath = path.parent();
    const std::optional<YamlLayout::Location> parent = lay.locate(parentPath);
    if (!parent || !loc->hasSite)
        return fail(QStringLiteral("cannot remove %1").arg(path.toString()));
    const YAML::Node &container = parent->node;
    if (container.size() == 1 && !parentPath.isRoot())
        return replaceValue(parentPath, *parent, container.IsSequence() ? YamlValue::sequence() : YamlValue::map());

    const QByteArray &text = m_doc.m_text;
    const YamlLayout::Site &site = loc->site;
    if (site.lineStart == site.start && lay.lineStartOf(site.start) != site.start) {
        // The first key of a `- key: value` item: the next key moves up beside the dash.
        if (container.IsSequence())
            return fail(QStringLiteral("cannot remove %1: the list is laid out in a way the writer does not handle").arg(path.toString()));
        QString error;
        const QList<YamlLayout::Site> sites = lay.entrySites(container, parent->regionEnd, &error);
        if (sites.size() < 2)
            return fail(error);
        return splice(site.start, sites.at(1).start, {});
    }
    qsizetype begin = site.lineStart;
    const qsizetype end = site.contentEnd;
    // Keep one blank line between the neighbours, not two.
    const auto blankLine = [&](qsizetype ls) { return ls < text.size() && text.mid(ls, lay.nextLineStart(ls) - ls).trimmed().isEmpty(); };
    if (begin > 0 && blankLine(lay.lineStartOf(begin - 1)) && (end >= text.size() || blankLine(end)))
        begin = lay.lineStartOf(begin - 1);
    return splice(begin, end, {});
}

bool FrontMatterDocument::Editor::insertItem(const YamlPath &list, qsizetype index, YamlValue item)
{
    const YamlLayout lay = layout();
    const std::optional<YamlLayout::Location> loc = lay.locate(list);
    if (!loc || loc->node->IsNull())
        return set(list, YamlValue::sequence({item}));
    if (loc->insideFlow)
        return replaceWhole(loc->flowPath);
    const YAML::Node &node = loc->node;
    if (!node.IsSequence())
        return fail(QStringLiteral("%1 is not a list").arg(list.toString()));
    if (node.Style() == YAML::EmitterStyle::Flow || node.size() == 0)
        return replaceWhole(list);
    QString error;
    const QList<YamlLayout::Site> sites = lay.itemSites(node, loc->regionEnd, &error);
    if (sites.isEmpty())
        return fail(error);
    const QString key = styleKey(list);
    for (const YAML::Node &sibling : node) {
        if (sibling.IsScalar()) {
            item = withQuoting(item, lay.quotingOf(sibling));
            break;
        }
    }
    const QByteArray &text = m_doc.m_text;
    QByteArray rendered = m_doc.m_style.renderItem(item, sites.first().column, key);
    qsizetype at = 0;
    if (index < sites.size()) {
        if (sites.at(index).lineStart != lay.lineStartOf(sites.at(index).start))
            return fail(QStringLiteral("cannot insert into %1: the list is laid out in a way the writer does not handle").arg(list.toString()));
        at = sites.at(index).lineStart;
    } else {
        at = sites.last().contentEnd;
        if (at == text.size() && !text.endsWith('\n'))
            rendered.prepend(m_doc.m_style.lineEnding);
    }
    return splice(at, at, rendered);
}

bool FrontMatterDocument::Editor::moveItem(const YamlPath &list, qsizetype from, qsizetype to)
{
    const YamlLayout lay = layout();
    const std::optional<YamlLayout::Location> loc = lay.locate(list);
    if (!loc || !loc->node->IsSequence())
        return fail(QStringLiteral("%1 is not a list").arg(list.toString()));
    if (loc->insideFlow)
        return replaceWhole(loc->flowPath);
    if (loc->node->Style() == YAML::EmitterStyle::Flow)
        return replaceWhole(list);
    QString error;
    const QList<YamlLayout::Site> sites = lay.itemSites(loc->node, loc->regionEnd, &error);
    if (sites.isEmpty())
        return fail(error);
    const YamlLayout::Site &site = sites.at(from);
    for (const YamlLayout::Site &s : sites) {
        if (s.lineStart != lay.lineStartOf(s.start))
            return fail(QStringLiteral("cannot reorder %1: the list is laid out in a way the writer does not handle").arg(list.toString()));
    }
    QByteArray moved = m_doc.m_text.mid(site.lineStart, site.contentEnd - site.lineStart);
    if (!moved.endsWith('\n'))
        moved.append(m_doc.m_style.lineEnding);
    // Cut and paste in one splice: compute where the item lands in the text as it is now.
    qsizetype at = 0;
    if (to < from) {
        at = sites.at(to).lineStart;
        QByteArray &text = m_doc.m_text;
        QByteArray result = text.left(at) + moved + text.mid(at, site.lineStart - at) + text.mid(site.contentEnd);
        return splice(0, text.size(), result);
    }
    const qsizetype landAfter = sites.at(to).contentEnd;
    QByteArray &text = m_doc.m_text;
    QByteArray middle = text.mid(site.contentEnd, landAfter - site.contentEnd);
    if (!middle.endsWith('\n'))
        middle.append(m_doc.m_style.lineEnding);
    if (moved.endsWith('\n') && landAfter == text.size() && !text.endsWith('\n'))
        moved.chop(moved.endsWith("\r\n") ? 2 : 1);
    QByteArray result = text.left(site.lineStart) + middle + moved + text.mid(landAfter);
    return splice(0, text.size(), result);
}

bool FrontMatterDocument::Editor::diffList(const YamlPath &path, const QList<YamlValue> &oldItems, const QList<YamlValue> &newItems)
{
    const QList<ListOp> ops = diffLists(oldItems, newItems);
    bool anyKept = false;
    for (const ListOp &op : ops)
        anyKept = anyKept || op.kind == OpKind::Keep || op.kind == OpKind::Modify;
    if (!anyKept) {
        const std::optional<YamlLayout::Location> loc = layout().locate(path);
        return loc && replaceValue(path, *loc, YamlValue::sequence(newItems));
    }
    // From the end backwards, so that the indices of items not yet visited stay valid.
    for (qsizetype k = ops.size() - 1; k >= 0; --k) {
        const ListOp &op = ops.at(k);
        bool ok = true;
        switch (op.kind) {
        case OpKind::Keep:
            break;
        case OpKind::Delete:
            ok = remove(path.child(op.oldIndex));
            break;
        case OpKind::Insert:
            ok = insertItem(path, op.oldIndex, newItems.at(op.newIndex));
            break;
        case OpKind::Modify:
            ok = set(path.child(op.oldIndex), newItems.at(op.newIndex));
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

FrontMatterDocument FrontMatterDocument::fromBytes(const QByteArray &bytes)
{
    FrontMatterDocument doc;
    doc.m_file = StoryFile::split(bytes);
    if (!doc.m_file.hasFrontMatter()) {
        Problem p;
        p.line = doc.m_file.reasonLine();
        p.column = doc.m_file.reasonColumn();
        p.message = doc.m_file.reason();
        doc.m_problems.append(p);
        return doc;
    }
    doc.m_text = doc.m_file.frontMatter();
    Parsed parsed = parseText(doc.m_text);
    if (parsed.problem) {
        doc.m_problems.append(*parsed.problem);
        return doc;
    }
    doc.m_root = parsed.root;
    doc.m_value = std::move(parsed.value);
    doc.m_editable = true;
    doc.detectStyle();
    return doc;
}

void FrontMatterDocument::detectStyle()
{
    m_style = YamlStyle();
    m_style.lineEnding = m_text.contains("\r\n") || (m_text.isEmpty() && m_file.usesCrlf()) ? QByteArray("\r\n") : QByteArray("\n");
    const YamlLayout lay(m_text, m_root);
    bool seqIndentSeen = false;
    bool mapIndentSeen = false;
    bool itemIndentSeen = false;
    int budget = 20000;
    std::function<void(const YAML::Node &, int)> visit = [&](const YAML::Node &node, int depth) {
        if (--budget < 0 || depth > 8 || node.Style() == YAML::EmitterStyle::Flow)
            return;
        if (node.IsMap()) {
            for (const auto &kv : node) {
                if (!kv.first.IsScalar())
                    continue;
                const QString key = QString::fromStdString(kv.first.Scalar());
                const int keyColumn = int(kv.first.Mark().column);
                const YAML::Node &v = kv.second;
                if (v.IsScalar() && qsizetype(v.Mark().pos) > qsizetype(kv.first.Mark().pos) && !m_style.quoting.contains(key))
                    m_style.quoting.insert(key, lay.quotingOf(v));
                if (v.IsSequence() && v.Style() != YAML::EmitterStyle::Flow && v.Mark().line > kv.first.Mark().line) {
                    if (!seqIndentSeen) {
                        m_style.seqIndent = qMax(0, int(v.Mark().column) - keyColumn);
                        seqIndentSeen = true;
                    }
                    const QString itemKey = key + QStringLiteral("[]");
                    for (const YAML::Node &item : v) {
                        if (item.IsScalar() && !m_style.quoting.contains(itemKey))
                            m_style.quoting.insert(itemKey, lay.quotingOf(item));
                        if (item.IsMap() && item.size() > 0 && !itemIndentSeen && item.Style() != YAML::EmitterStyle::Flow) {
                            m_style.itemIndent = qMax(1, int(item.Mark().column) - int(v.Mark().column));
                            itemIndentSeen = true;
                        }
                    }
                }
                if (v.IsMap() && v.Style() != YAML::EmitterStyle::Flow && v.size() > 0 && v.Mark().line > kv.first.Mark().line
                    && !mapIndentSeen) {
                    m_style.mapIndent = qMax(1, int(v.Mark().column) - keyColumn);
                    mapIndentSeen = true;
                }
                visit(v, depth + 1);
            }
        } else if (node.IsSequence()) {
            for (const YAML::Node &item : node)
                visit(item, depth + 1);
        }
    };
    visit(m_root, 0);
}

std::optional<YamlValue> FrontMatterDocument::valueAt(const YamlPath &path) const
{
    const YamlValue *v = walk(const_cast<YamlValue &>(m_value), path, false);
    return v ? std::optional<YamlValue>(*v) : std::nullopt;
}

QByteArray FrontMatterDocument::toBytes() const
{
    if (!m_file.hasFrontMatter())
        return m_file.bytes();
    return m_file.withFrontMatter(m_text);
}

bool FrontMatterDocument::commit(const QByteArray &oldText, const YamlValue &expected, QString *error)
{
    const Parsed parsed = parseText(m_text);
    if (!parsed.problem && parsed.value.sameAs(expected) && keepsFences(m_text)) {
        m_root = parsed.root;
        m_value = parsed.value;
        return true;
    }
    // The safety net: an edit that would not read back as intended changes nothing.
    restore(oldText);
    if (error)
        *error = QStringLiteral("the edit could not be written without changing other values; nothing was changed");
    return false;
}

bool FrontMatterDocument::apply(const YamlValue &expected, const std::function<bool(Editor &)> &edit, QString *error)
{
    const QByteArray oldText = m_text;
    Editor editor(*this, expected);
    if (!edit(editor)) {
        restore(oldText);
        if (error)
            *error = editor.error;
        return false;
    }
    return commit(oldText, expected, error);
}

bool FrontMatterDocument::keepsFences(const QByteArray &text) const
{
    const StoryFile written = StoryFile::split(m_file.withFrontMatter(text));
    return written.hasFrontMatter() && written.frontMatterBegin() == m_file.frontMatterBegin()
        && written.frontMatterEnd() - written.frontMatterBegin() == text.size();
}

void FrontMatterDocument::restore(const QByteArray &oldText)
{
    m_text = oldText;
    const Parsed restored = parseText(m_text);
    m_root = restored.root;
    m_value = restored.value;
}

bool FrontMatterDocument::set(const YamlPath &path, const YamlValue &value, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_editable)
        return refuse(m_problems.isEmpty() ? QStringLiteral("the front matter cannot be edited") : m_problems.first().message);
    if (path.isRoot())
        return refuse(QStringLiteral("no key given"));
    YamlValue expected = m_value;
    YamlValue *target = walk(expected, path, true);
    if (!target)
        return refuse(QStringLiteral("%1 does not lead to a value that can be set").arg(path.toString()));
    *target = value;
    if (expected.sameAs(m_value))
        return true;
    return apply(expected, [&](Editor &editor) { return editor.set(path, value); }, error);
}

bool FrontMatterDocument::remove(const YamlPath &path, QString *error)
{
    if (!m_editable || path.isRoot()) {
        if (error)
            *error = QStringLiteral("the front matter cannot be edited");
        return false;
    }
    if (!valueAt(path))
        return true;
    YamlValue expected = m_value;
    YamlValue *parent = walk(expected, path.parent(), false);
    if (parent->isMap())
        parent->entries().removeAt(parent->indexOf(path.last()));
    else
        parent->items().removeAt(YamlPath::indexOf(path.last()));
    return apply(expected, [&](Editor &editor) { return editor.remove(path); }, error);
}

bool FrontMatterDocument::insertItem(const YamlPath &list, qsizetype index, const YamlValue &item, QString *error)
{
    const std::optional<YamlValue> current = valueAt(list);
    const qsizetype size = current && current->isSequence() ? current->items().size() : 0;
    if (!m_editable || (current && !current->isSequence() && !current->isNull()) || index < 0 || index > size) {
        if (error)
            *error = QStringLiteral("%1 is not a list with a position %2").arg(list.toString()).arg(index);
        return false;
    }
    YamlValue expected = m_value;
    YamlValue *target = walk(expected, list, true);
    if (target->isNull())
        *target = YamlValue::sequence();
    target->items().insert(index, item);
    return apply(expected, [&](Editor &editor) { return editor.insertItem(list, index, item); }, error);
}

bool FrontMatterDocument::moveItem(const YamlPath &list, qsizetype from, qsizetype to, QString *error)
{
    const std::optional<YamlValue> current = valueAt(list);
    if (!m_editable || !current || !current->isSequence() || from < 0 || to < 0 || from >= current->items().size()
        || to >= current->items().size()) {
        if (error)
            *error = QStringLiteral("%1 has no items %2 and %3").arg(list.toString()).arg(from).arg(to);
        return false;
    }
    if (from == to)
        return true;
    YamlValue expected = m_value;
    YamlValue *target = walk(expected, list, false);
    target->items().move(from, to);
    return apply(expected, [&](Editor &editor) { return editor.moveItem(list, from, to); }, error);
}

bool FrontMatterDocument::setFrontMatterText(const QByteArray &text, QString *error)
{
    if (!m_file.hasFrontMatter()) {
        if (error)
            *error = m_file.reason();
        return false;
    }
    Parsed parsed = parseText(text);
    if (parsed.problem) {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(parsed.problem->line).arg(parsed.problem->column).arg(parsed.problem->message);
        return false;
    }
    if (!keepsFences(text)) {
        if (error)
            *error = QStringLiteral("the front matter must end with a line break and hold no '---' or '...' line of its own");
        return false;
    }
    m_text = text;
    m_root = parsed.root;
    m_value = std::move(parsed.value);
    m_problems.clear();
    m_editable = true;
    detectStyle();
    return true;
}

} // namespace Storydesk
