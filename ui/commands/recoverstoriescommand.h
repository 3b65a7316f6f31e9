#pragma once

#include "recoveryentry.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>

namespace Storydesk {

class StoryEditor;

// Crash recovery as one undo step: puts back the unsaved text of each journaled story
// (StoryEditor::restore), so the stories are modified and unsaved again. Undo drops the
// recovered edits, showing what is on disk.
class RecoverStoriesCommand final : public QUndoCommand
{
public:
    RecoverStoriesCommand(StoryEditor *editor, const QList<RecoveryEntry> &entries);

    void redo() override;
    void undo() override;

    // The stories put back by the last redo(), and why the others could not be.
    const QStringList &recovered() const { return m_recovered; }
    const QStringList &failures() const { return m_failures; }

private:
    StoryEditor *m_editor;
    QList<RecoveryEntry> m_entries;
    QStringList m_recovered;
    QStringList m_failures;
};

} // namespace Storydesk
