#include "setvaluecommand.h"

#include "storyeditor.h"

namespace Storydesk {

namespace {

// Typing in the quality field or dragging its slider makes one undo step, not fifty.
constexpr qint64 BurstMilliseconds = 1500;

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
    changes.reserve(afterByPath.size());
    for (const auto &[path, after] : afterByPath) {
        std::optional<YamlValue> before = editor->value(path, key);
        if (before && before->sameAs(after))
            continue;
        changes.append({path, std::move(before), after});
    }
    if (changes.isEmpty())
        return nullptr;
    return new SetValueCommand(editor, key, std::move(changes), text, mergesBursts);
}

SetValueCommand::SetValueCommand(StoryEditor *editor, YamlPath key, QList<Change> changes, const QString &text, bool mergesBursts)
    : m_editor(editor)
    , m_key(std::move(key))
    , m_changes(std::move(changes))
    , m_mergesBursts(mergesBursts)
{
    setText(text);
    m_lastChange.start();
}

void SetValueCommand::redo()
{
    m_failures.clear();
    for (const Change &c : std::as_const(m_changes)) {
        QString error;
        if (!m_editor->setValue(c.path, m_key, c.after, &error))
            m_failures.append(QStringLiteral("%1: %2").arg(c.path, error));
    }
}

void SetValueCommand::undo()
{
    m_failures.clear();
    for (qsizetype i = m_changes.size() - 1; i >= 0; --i) {
        const Change &c = m_changes.at(i);
        QString error;
        const bool ok = c.before ? m_editor->setValue(c.path, m_key, *c.before, &error) : m_editor->removeValue(c.path, m_key, &error);
        if (!ok)
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
    if (!next || !next->m_mergesBursts || next->m_key != m_key || next->m_changes.size() != m_changes.size()
        || m_lastChange.elapsed() > BurstMilliseconds)
        return false;
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        if (m_changes.at(i).path != next->m_changes.at(i).path)
            return false;
    }
    for (qsizetype i = 0; i < m_changes.size(); ++i)
        m_changes[i].after = next->m_changes.at(i).after;
    m_lastChange.restart();
    setText(next->text());
    return true;
}

} // namespace Storydesk
