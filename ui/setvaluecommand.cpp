#include "setvaluecommand.h"

#include "storyeditor.h"

#include <QHash>

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
    QList<Change> changes;
    QStringList paths;
    changes.reserve(afterByPath.size());
    paths.reserve(afterByPath.size());
    for (const auto &[path, after] : afterByPath) {
        paths.append(path);
        std::optional<YamlValue> before = editor->value(path, key);
        if (same(before, after))
            continue;
        changes.append({path, std::move(before), after});
    }
    if (changes.isEmpty())
        return nullptr;
    auto *command = new SetValueCommand(editor, key, std::move(changes), text, mergesBursts);
    command->m_stories = paths;
    return command;
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

SetValueCommand *SetValueCommand::alreadyApplied(StoryEditor *editor, YamlPath key, QList<Change> changes, const QString &text)
{
    auto *command = new SetValueCommand(editor, std::move(key), std::move(changes), text, false);
    command->m_applied = true;
    return command;
}

void SetValueCommand::redo()
{
    m_failures.clear();
    if (std::exchange(m_applied, false))
        return;
    for (const Change &c : std::as_const(m_changes)) {
        QString error;
        if (!write(m_editor, c.path, m_key, c.after, &error))
            m_failures.append(QStringLiteral("%1: %2").arg(c.path, error));
    }
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
        if (!write(m_editor, c.path, m_key, c.before, &error))
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
        if (mine != m_changes.end())
            mine->after = n.after;
        else
            m_changes.append(n);
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
