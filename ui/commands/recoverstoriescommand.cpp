#include "recoverstoriescommand.h"

#include "storyeditor.h"

#include <QCoreApplication>

namespace Storydesk {

RecoverStoriesCommand::RecoverStoriesCommand(StoryEditor *editor, const QList<RecoveryEntry> &entries)
    : m_editor(editor)
    , m_entries(entries)
{
    setText(QCoreApplication::translate("Storydesk::RecoverStoriesCommand", "Recover Unsaved Edits"));
}

void RecoverStoriesCommand::redo()
{
    m_recovered.clear();
    m_failures.clear();
    for (const RecoveryEntry &entry : std::as_const(m_entries)) {
        QString error;
        if (m_editor->restore(entry.path(), entry.bytesRead, entry.identity, entry.text, &error))
            m_recovered.append(entry.path());
        else
            m_failures.append(error);
    }
    // Nothing put back changed nothing: QUndoStack::push() then drops the step.
    if (m_recovered.isEmpty())
        setObsolete(true);
}

void RecoverStoriesCommand::undo()
{
    for (const QString &path : std::as_const(m_recovered))
        m_editor->revert(path);
}

} // namespace Storydesk
