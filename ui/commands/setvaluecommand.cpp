#include "setvaluecommand.h"

#include "storyeditor.h"

#include <QHash>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace Storydesk {

namespace {

// Typing in the quality field or dragging its slider makes one undo step, not fifty.
constexpr qint64 BurstMilliseconds = 1500;

bool same(const std::optional<YamlValue> &a, const std::optional<YamlValue> &b)
{
    return a && b ? a->sameAs(*b) : a.has_value() == b.has_value();
}

// Sets `value` at `key`, or removes the key for a missing value.
bool write(StoryEditor *editor, const QString &path, const YamlPath &key, const std::optional<YamlValue> &value, QString *error)
{
    return value ? editor->setValue(path, key, *value, error) : editor->removeValue(path, key, error);
}

} // namespace

SetValueCommand *SetValueCommand::forStories(StoryEditor *editor, const QStringList &paths, const YamlPath &key, const YamlValue &after,
                                             const QString &text, bool mergesBursts)
{
    QList<std::pair<QString, YamlValue>> afterByPath;
    afterByPath.reserve(paths.size());
    for (const QString &path : paths)
        afterByPath.append({path, after});
    return forStories(editor, afterByPath, key, text, mergesBursts);
}

SetValueCommand *SetValueCommand::forStories(StoryEditor *editor, const QList<std::pair<QString, YamlValue>> &afterByPath,
                                             const YamlPath &key, const QString &text, bool mergesBursts)
{
    const EditPlan plan = EditPlan::setValues(*editor, afterByPath, key);
    const QSet<QString> leftOut(plan.leftOut().cbegin(), plan.leftOut().cend());
    QList<Change> changes;
    QHash<QString, Texts> texts;
    QStringList paths;
    changes.reserve(afterByPath.size());
    paths.reserve(afterByPath.size());
    qsizetype planned = 0;
    for (const auto &[path, after] : afterByPath) {
        paths.append(path);
        if (planned < plan.changes().size() && plan.changes().at(planned).path == path) {
            const EditPlan::Change &change = plan.changes().at(planned++);
            changes.append({path, change.before, change.after});
            texts.insert(path, Texts{change.textBefore, change.textAfter});
        } else if (!leftOut.contains(path)) {
            // A story the plan could not change is tried by value all the same: redo()
            // reports it among the failures, as for any refused edit.
            changes.append({path, editor->value(path, key), after});
        }
    }
    if (changes.isEmpty())
        return nullptr;
    auto *command = new SetValueCommand(editor, key, std::move(changes), text, mergesBursts);
    command->m_stories = paths;
    command->m_texts = std::move(texts);
    command->m_planned = true;
    return command;
}

SetValueCommand *SetValueCommand::fromPlan(StoryEditor *editor, const EditPlan &plan, const QString &text, bool mergesBursts)
{
    if (plan.isEmpty())
        return nullptr;
    Q_ASSERT(plan.keys().size() == 1);
    QList<Change> changes;
    QHash<QString, Texts> texts;
    for (const EditPlan::Change &change : plan.changes()) {
        changes.append({change.path, change.before, change.after});
        texts.insert(change.path, Texts{change.textBefore, change.textAfter});
    }
    auto *command = new SetValueCommand(editor, plan.changes().constFirst().key, std::move(changes), text, mergesBursts);
    command->m_stories = plan.stories();
    command->m_texts = std::move(texts);
    command->m_planned = true;
    return command;
}

void SetValueCommand::push(QUndoStack *undoStack, StoryEditor *editor, const EditPlan &plan, const QString &text)
{
    const QList<YamlPath> keys = plan.keys();
    if (keys.size() == 1) {
        undoStack->push(fromPlan(editor, plan, text));
        return;
    }
    if (keys.isEmpty())
        return;
    undoStack->beginMacro(text);
    for (const YamlPath &key : keys)
        undoStack->push(fromPlan(editor, plan.forKey(key), QString()));
    undoStack->endMacro();
}

SetValueCommand::SetValueCommand(StoryEditor *editor, YamlPath key, QList<Change> changes, const QString &text, bool mergesBursts)
    : m_editor(editor)
    , m_key(std::move(key))
    , m_changes(std::move(changes))
    , m_mergesBursts(mergesBursts)
{
    for (const Change &c : std::as_const(m_changes))
        m_stories.append(c.path);
    setText(text);
    m_lastChange.start();
}

SetValueCommand *SetValueCommand::alreadyApplied(StoryEditor *editor, YamlPath key, QList<Change> changes, const QString &text,
                                                 QHash<QString, Texts> texts)
{
    auto *command = new SetValueCommand(editor, std::move(key), std::move(changes), text, false);
    command->m_applied = true;
    command->m_texts = std::move(texts);
    return command;
}

SetValueCommand *SetValueCommand::alreadyApplied(StoryEditor *editor, const EditPlan &plan, const QString &text)
{
    SetValueCommand *command = fromPlan(editor, plan, text);
    if (command) {
        command->m_planned = false;
        command->m_applied = true;
    }
    return command;
}

bool SetValueCommand::rewrite(const Change &change, bool forward, QString *error)
{
    const std::optional<YamlValue> &value = forward ? change.after : change.before;
    if (const auto known = m_texts.constFind(change.path); known != m_texts.cend()) {
        // A plan's bytes, the first time: only the key counts as edited, as for setValue().
        // Refused when the story is no longer as planned: then the value alone, as below.
        if (forward && m_planned && m_editor->applyEdit(change.path, m_key, known->before, known->after, error))
            return true;
        if (m_editor->text(change.path) == (forward ? known->before : known->after))
            return m_editor->setText(change.path, forward ? known->after : known->before, error);
        return write(m_editor, change.path, m_key, value, error);   // changed since: the value alone
    }
    if (!forward)
        return write(m_editor, change.path, m_key, value, error);
    const std::optional<QByteArray> before = m_editor->text(change.path);
    if (!write(m_editor, change.path, m_key, value, error))
        return false;
    const std::optional<QByteArray> after = m_editor->text(change.path);
    if (before && after)
        m_texts.insert(change.path, Texts{*before, *after});
    return true;
}

void SetValueCommand::redo()
{
    m_failures.clear();
    if (std::exchange(m_applied, false))
        return;
    for (const Change &c : std::as_const(m_changes)) {
        QString error;
        if (!rewrite(c, true, &error))
            m_failures.append(QStringLiteral("%1: %2").arg(c.path, error));
    }
    m_planned = false;
    // An edit that changed no story is not an undo step: QUndoStack::push() drops it.
    if (m_failures.size() == m_changes.size())
        setObsolete(true);
}

void SetValueCommand::undo()
{
    m_failures.clear();
    for (qsizetype i = m_changes.size() - 1; i >= 0; --i) {
        const Change &c = m_changes.at(i);
        QString error;
        if (!rewrite(c, false, &error))
            m_failures.append(QStringLiteral("%1: %2").arg(c.path, error));
    }
}

int SetValueCommand::id() const
{
    // Only bursts merge, and only edits of the same key: one id per key.
    return m_mergesBursts ? int(qHash(m_key.toString()) & 0x3fffffff) : -1;
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetValueCommand *>(other);
    if (!next || !next->m_mergesBursts || next->m_key != m_key || next->m_stories != m_stories
        || m_lastChange.elapsed() > BurstMilliseconds)
        return false;
    // The stories each side changed may differ: with a mixed selection, the first step of
    // a drag leaves out the stories that already had its value. A story only the next step
    // changes was untouched by this one, so its "before" is the next step's.
    for (const Change &n : next->m_changes) {
        const auto mine = std::find_if(m_changes.begin(), m_changes.end(), [&n](const Change &c) { return c.path == n.path; });
        const bool mineAlready = mine != m_changes.end();
        if (mineAlready)
            mine->after = n.after;
        else
            m_changes.append(n);
        // The bytes before this step, after the next one.
        if (const auto theirs = next->m_texts.constFind(n.path); theirs != next->m_texts.cend()) {
            if (const auto known = m_texts.find(n.path); known != m_texts.end())
                known->after = theirs->after;
            else if (!mineAlready)
                m_texts.insert(n.path, *theirs);
        }
    }
    m_lastChange.restart();
    setText(next->text());
    // Dragged back to where it started: nothing left to undo.
    const bool changesNothing = std::all_of(m_changes.cbegin(), m_changes.cend(), [](const Change &c) { return same(c.before, c.after); });
    if (changesNothing)
        setObsolete(true);
    return true;
}

} // namespace Storydesk
