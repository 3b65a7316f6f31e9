#include "frontmatterdocument.h"

#include "frontmatterdocumenteditor_p.h"
#include "frontmatterparser.h"
#include "storyschema.h"
#include "yamllayout.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace Storydesk {

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
    ParsedFrontMatter parsed = parseFrontMatter(doc.m_text);
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

std::optional<Problem> FrontMatterDocument::duplicateKey(QStringView wanted) const
{
    if (!m_editable || !m_root->IsMap())
        return std::nullopt;
    QHash<QString, int> firstLines;
    for (const auto &kv : m_root.get()) {
        if (!kv.first.IsScalar())
            continue;
        const QString key = QString::fromStdString(kv.first.Scalar());
        if (!wanted.isEmpty() && key != wanted)
            continue;
        const Problem here = Problem::at(m_text, qsizetype(kv.first.Mark().pos), m_file.frontMatterFirstLine(),
                                         Problem::Severity::Error, QString());
        if (const auto first = firstLines.constFind(key); first != firstLines.cend())
            return Problem{here.severity, here.line, here.column, StorySchema::duplicateKeyMessage(key, *first)};
        firstLines.insert(key, here.line);
    }
    return std::nullopt;
}

bool FrontMatterDocument::refusesEdit(const YamlPath &path, QString *error) const
{
    if (path.isRoot())
        return false;
    const std::optional<Problem> duplicate = duplicateKey(path.segments().constFirst());
    if (duplicate && error) {
        *error = QCoreApplication::translate("Storydesk::FrontMatterDocument", "line %1: %2; remove one of them (in the Source tab or a text editor) before editing it")
                     .arg(duplicate->line).arg(duplicate->message);
    }
    return duplicate.has_value();
}

std::optional<YamlValue> FrontMatterDocument::valueAt(const YamlPath &path) const
{
    const YamlValue *v = m_value.at(path);
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
    const ParsedFrontMatter parsed = parseFrontMatter(m_text);
    if (!parsed.problem && parsed.value.sameAs(expected) && keepsFences(m_text)) {
        m_root = parsed.root;
        m_value = parsed.value;
        return true;
    }
    // The safety net: an edit that would not read back as intended changes nothing.
    restore(oldText);
    if (error)
        *error = QCoreApplication::translate("Storydesk::FrontMatterDocument", "the edit could not be written without changing other values; nothing was changed");
    return false;
}

bool FrontMatterDocument::apply(const YamlPath &path, const YamlValue &expected, const std::function<bool(Editor &)> &edit,
                                QString *error)
{
    if (refusesEdit(path, error))
        return false;
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
    const ParsedFrontMatter restored = parseFrontMatter(m_text);
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
        return refuse(m_problems.isEmpty() ? QCoreApplication::translate("Storydesk::FrontMatterDocument", "the front matter cannot be edited") : m_problems.first().message);
    if (path.isRoot())
        return refuse(QCoreApplication::translate("Storydesk::FrontMatterDocument", "no key given"));
    YamlValue expected = m_value;
    YamlValue *target = expected.at(path, true);
    if (!target)
        return refuse(QCoreApplication::translate("Storydesk::FrontMatterDocument", "%1 does not lead to a value that can be set").arg(path.toString()));
    *target = value;
    if (refusesEdit(path, error))
        return false;
    if (expected.sameAs(m_value))
        return true;
    return apply(path, expected, [&](Editor &editor) { return editor.set(path, value); }, error);
}

bool FrontMatterDocument::remove(const YamlPath &path, QString *error)
{
    if (!m_editable || path.isRoot()) {
        if (error)
            *error = QCoreApplication::translate("Storydesk::FrontMatterDocument", "the front matter cannot be edited");
        return false;
    }
    if (!valueAt(path))
        return true;
    YamlValue expected = m_value;
    YamlValue *parent = expected.at(path.parent(), false);
    if (parent->isMap())
        parent->entries().removeAt(parent->indexOf(path.last()));
    else
        parent->items().removeAt(YamlPath::indexOf(path.last()));
    return apply(path, expected, [&](Editor &editor) { return editor.remove(path); }, error);
}

bool FrontMatterDocument::insertEntry(const YamlPath &map, const QString &key, const YamlValue &value,
                                      const QString &afterKey, QString *error)
{
    if (valueAt(map.child(key)))
        return set(map.child(key), value, error);
    const std::optional<YamlValue> current = valueAt(map);
    if (!m_editable || !current || !(current->isMap() || (current->isNull() && map.isRoot()))) {
        if (error)
            *error = QCoreApplication::translate("Storydesk::FrontMatterDocument", "%1 is not a map").arg(map.isRoot() ? QCoreApplication::translate("Storydesk::FrontMatterDocument", "the front matter") : map.toString());
        return false;
    }
    YamlValue expected = m_value;
    YamlValue *target = expected.at(map, true);
    if (target->isNull())
        *target = YamlValue::map();
    target->insert(key, value);   // maps compare ignoring order: the position is the editor's
    return apply(map.child(key), expected, [&](Editor &editor) { return editor.insertEntry(map, key, value, afterKey); }, error);
}

bool FrontMatterDocument::insertItem(const YamlPath &list, qsizetype index, const YamlValue &item, QString *error)
{
    const std::optional<YamlValue> current = valueAt(list);
    const qsizetype size = current && current->isSequence() ? current->items().size() : 0;
    if (!m_editable || (current && !current->isSequence() && !current->isNull()) || index < 0 || index > size) {
        if (error)
            *error = QCoreApplication::translate("Storydesk::FrontMatterDocument", "%1 is not a list with a position %2").arg(list.toString()).arg(index);
        return false;
    }
    YamlValue expected = m_value;
    YamlValue *target = expected.at(list, true);
    if (target->isNull())
        *target = YamlValue::sequence();
    target->items().insert(index, item);
    return apply(list, expected, [&](Editor &editor) { return editor.insertItem(list, index, item); }, error);
}

bool FrontMatterDocument::moveItem(const YamlPath &list, qsizetype from, qsizetype to, QString *error)
{
    const std::optional<YamlValue> current = valueAt(list);
    if (!m_editable || !current || !current->isSequence() || from < 0 || to < 0 || from >= current->items().size()
        || to >= current->items().size()) {
        if (error)
            *error = QCoreApplication::translate("Storydesk::FrontMatterDocument", "%1 has no items %2 and %3").arg(list.toString()).arg(from).arg(to);
        return false;
    }
    if (from == to)
        return true;
    YamlValue expected = m_value;
    YamlValue *target = expected.at(list, false);
    target->items().move(from, to);
    return apply(list, expected, [&](Editor &editor) { return editor.moveItem(list, from, to); }, error);
}

bool FrontMatterDocument::setFrontMatterText(const QByteArray &text, QString *error)
{
    if (!m_file.hasFrontMatter()) {
        if (error)
            *error = m_file.reason();
        return false;
    }
    ParsedFrontMatter parsed = parseFrontMatter(text);
    if (parsed.problem) {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(parsed.problem->line).arg(parsed.problem->column).arg(parsed.problem->message);
        return false;
    }
    if (!keepsFences(text)) {
        if (error)
            *error = QCoreApplication::translate("Storydesk::FrontMatterDocument", "the front matter must end with a line break and hold no '---' or '...' line of its own");
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
