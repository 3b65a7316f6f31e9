#pragma once

#include <QByteArray>
#include <QString>
#include <QUndoCommand>

namespace Storydesk {

class StoryEditor;

// The source view's Apply as one undo step: the story's whole text replaced through
// StoryEditor::setText, which re-reads it into the form, the table row and the store.
// Undo puts the previous text back the same way, byte for byte.
class SetSourceCommand final : public QUndoCommand
{
public:
    SetSourceCommand(StoryEditor *editor, const QString &path, const QByteArray &before, const QByteArray &after, const QString &text);

    void redo() override;
    void undo() override;

    // Why the last redo()/undo() failed; empty when it succeeded.
    const QString &failure() const { return m_failure; }

private:
    StoryEditor *m_editor;
    QString m_path;
    QByteArray m_before;
    QByteArray m_after;
    QString m_failure;
};

} // namespace Storydesk
