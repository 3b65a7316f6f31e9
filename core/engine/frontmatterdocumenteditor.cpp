#include "frontmatterdocumenteditor_p.h"

#include "frontmatterparser.h"
#include "storyschema.h"

#include <yaml-cpp/yaml.h>

#include <climits>

#include <QCoreApplication>

namespace Storydesk {

namespace {

// The key a path's last map segment names: style (quoting, item shape) is per key name.
QString styleKey(const YamlPath &path)
{
    for (qsizetype i = path.size() - 1; i >= 0; --i) {
        if (YamlPath::indexOf(path.segments().at(i)) < 0)
            return path.segments().at(i);
    }
    return {};
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


bool FrontMatterDocument::Editor::splice(qsizetype begin, qsizetype end, const QByteArray &with)
{
    QByteArray &text = m_doc.m_text;
    text.replace(begin, end - begin, with);
    const ParsedFrontMatter parsed = parseFrontMatter(text);
    if (parsed.problem)
        return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "the edit would not parse: %1").arg(parsed.problem->message));
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
        return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "cannot set %1: %2 is not a map or a list").arg(path.toString(), parentPath.toString()));
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
    const YamlValue *target = m_expected.at(containerPath);
    if (!target)
        return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "cannot edit %1").arg(containerPath.toString()));
    if (containerPath.isRoot())
        return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "the front matter is written in a layout the writer does not handle"));
    const std::optional<YamlLayout::Location> loc = layout().locate(containerPath);
    if (!loc || loc->insideFlow || !loc->hasSite)
        return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "cannot edit %1").arg(containerPath.toString()));
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
        return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "cannot replace the whole front matter this way"));
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
            return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "cannot rewrite %1: the list is laid out in a way the writer does not handle").arg(path.toString()));
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
        return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "cannot find %1").arg(mapPath.toString()));
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
        return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "cannot remove %1").arg(path.toString()));
    const YAML::Node &container = parent->node;
    if (container.size() == 1 && !parentPath.isRoot())
        return replaceValue(parentPath, *parent, container.IsSequence() ? YamlValue::sequence() : YamlValue::map());

    const QByteArray &text = m_doc.m_text;
    const YamlLayout::Site &site = loc->site;
    if (site.lineStart == site.start && lay.lineStartOf(site.start) != site.start) {
        // The first key of a `- key: value` item: the next key moves up beside the dash.
        if (container.IsSequence())
            return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "cannot remove %1: the list is laid out in a way the writer does not handle").arg(path.toString()));
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
        return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "%1 is not a list").arg(list.toString()));
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
            return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "cannot insert into %1: the list is laid out in a way the writer does not handle").arg(list.toString()));
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
        return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "%1 is not a list").arg(list.toString()));
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
            return fail(QCoreApplication::translate("Storydesk::FrontMatterDocument", "cannot reorder %1: the list is laid out in a way the writer does not handle").arg(list.toString()));
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

} // namespace Storydesk
