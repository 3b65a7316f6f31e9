#include "moveitemcommand.h"

#include "storyeditor.h"

namespace Storydesk {

MoveItemCommand::MoveItemCommand(StoryEditor *editor, const QString &path, YamlPath list, qsizetype from, qsizetype to, const QString &text)
    : m_editor(editor)
    , m_path(path)
    , m_list(std::move(list))
    , m_from(from)
    , m_to(to)
{
    setText(text);
}

void MoveItemCommand::redo()
{
    m_failure.clear();
    // A move the engine refuses changed nothing: QUndoStack::push() then drops the step.
    if (!m_editor->moveItem(m_path, m_list, m_from, m_to, &m_failure))
        setObsolete(true);
}

void MoveItemCommand::undo()
{
    m_failure.clear();
    m_editor->moveItem(m_path, m_list, m_to, m_from, &m_failure);
}

} // namespace Storydesk
