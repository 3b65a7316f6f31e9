#include "setsourcecommand.h"

#include "storydocument.h"
#include "storyeditor.h"

namespace Storydesk {

SetSourceCommand::SetSourceCommand(StoryEditor *editor, const QString &path, const QByteArray &before, const QByteArray &after,
                                   const QString &text)
    : m_editor(editor)
    , m_path(path)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

void SetSourceCommand::redo()
{
    m_failure.clear();
    // Text the engine refuses changed nothing: QUndoStack::push() then drops the step.
    if (!m_editor->setText(m_path, m_after, &m_failure))
        setObsolete(true);
}

void SetSourceCommand::undo()
{
    m_failure.clear();
    if (m_editor->setText(m_path, m_before, &m_failure))
        return;
    // Text that does not parse was never applied: it is a broken file's, as read from disk,
    // before the source view repaired it. Dropping the edits brings it back, unless the
    // repair was saved over it (then the failure stays).
    const std::optional<StoryDocument> onDisk = StoryDocument::load(m_path);
    if (onDisk && onDisk->frontMatter().toBytes() == m_before && m_editor->isModified(m_path)) {
        m_editor->revert(m_path);
        m_failure.clear();
    }
}

} // namespace Storydesk
