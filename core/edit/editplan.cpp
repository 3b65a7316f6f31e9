#include "editplan.h"

#include "frontmatterdocument.h"
#include "storyeditor.h"
#include "storyschema.h"

namespace Storydesk {

namespace {

bool same(const std::optional<YamlValue> &a, const std::optional<YamlValue> &b)
{
    return a && b ? a->sameAs(*b) : a.has_value() == b.has_value();
}

} // namespace

EditPlan EditPlan::setValue(StoryEditor &editor, const QStringList &paths, const YamlPath &key, const YamlValue &after)
{
    EditPlan plan;
    for (const QString &path : paths)
        plan.add(editor, path, key, after);
    return plan;
}

EditPlan EditPlan::setValues(StoryEditor &editor, const QList<std::pair<QString, YamlValue>> &afterByPath, const YamlPath &key)
{
    EditPlan plan;
    for (const auto &[path, after] : afterByPath)
        plan.add(editor, path, key, after);
    return plan;
}

EditPlan EditPlan::insertRelated(StoryEditor &editor, const QString &story, qsizetype row, const QList<YamlValue> &entries)
{
    EditPlan plan;
    if (entries.isEmpty())
        return plan;
    const YamlPath key({StorySchema::Related});
    const std::optional<YamlValue> before = editor.value(story, key);
    QList<YamlValue> items = before && before->isSequence() ? before->items() : QList<YamlValue>();
    const qsizetype at = row < 0 || row > items.size() ? items.size() : row;
    for (qsizetype i = 0; i < entries.size(); ++i)
        items.insert(at + i, entries.at(i));
    plan.add(editor, story, key, YamlValue::sequence(items));
    return plan;
}

bool EditPlan::add(StoryEditor &editor, const QString &path, const YamlPath &key, const std::optional<YamlValue> &after)
{
    m_stories.append(path);
    QString error;
    std::optional<FrontMatterDocument> document = editor.document(path, &error);
    if (!document) {
        m_failures.append(QStringLiteral("%1: %2").arg(path, error));
        return false;
    }
    Change change{path, key, document->valueAt(key), after, document->toBytes(), QByteArray()};
    if (same(change.before, change.after)) {
        m_leftOut.append(path);
        return false;
    }
    const bool edited = after ? document->set(key, *after, &error) : document->remove(key, &error);
    if (!edited) {
        m_failures.append(QStringLiteral("%1: %2").arg(path, error));
        return false;
    }
    change.textAfter = document->toBytes();
    m_changes.append(std::move(change));
    return true;
}

void EditPlan::addChange(Change change)
{
    m_stories.append(change.path);
    m_changes.append(std::move(change));
}

void EditPlan::append(const EditPlan &other)
{
    m_changes.append(other.m_changes);
    m_stories.append(other.m_stories);
    m_leftOut.append(other.m_leftOut);
    m_failures.append(other.m_failures);
}

QList<YamlPath> EditPlan::keys() const
{
    QList<YamlPath> keys;
    for (const Change &change : m_changes) {
        if (!keys.contains(change.key))
            keys.append(change.key);
    }
    return keys;
}

EditPlan EditPlan::forKey(const YamlPath &key) const
{
    EditPlan part;
    for (const Change &change : m_changes) {
        if (change.key == key) {
            part.m_changes.append(change);
            part.m_stories.append(change.path);
        }
    }
    return part;
}

QStringList EditPlan::apply(StoryEditor &editor) const
{
    QStringList failures;
    for (const Change &change : m_changes) {
        QString error;
        if (!apply(editor, change, &error))
            failures.append(QStringLiteral("%1: %2").arg(change.path, error));
    }
    return failures;
}

bool EditPlan::apply(StoryEditor &editor, const Change &change, QString *error)
{
    return editor.applyEdit(change.path, change.key, change.textBefore, change.textAfter, error);
}

} // namespace Storydesk
