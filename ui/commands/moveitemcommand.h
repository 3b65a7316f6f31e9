#pragma once

#include "yamlpath.h"

#include <QString>
#include <QUndoCommand>

namespace Storydesk {

class StoryEditor;

// Moves one item of a list in one story (a related entry up or down) as an undo step.
// The move goes through StoryEditor::moveItem, which cuts and pastes the item's own lines,
// so the file's diff shows only the moved lines; undo moves the item back.
class MoveItemCommand final : public QUndoCommand
{
public:
    MoveItemCommand(StoryEditor *editor, const QString &path, YamlPath list, qsizetype from, qsizetype to, const QString &text);

    void redo() override;
    void undo() override;

    // Why the last redo()/undo() failed; empty when it succeeded.
    const QString &failure() const { return m_failure; }

private:
    StoryEditor *m_editor;
    QString m_path;
    YamlPath m_list;
    qsizetype m_from;
    qsizetype m_to;
    QString m_failure;
};

} // namespace Storydesk
