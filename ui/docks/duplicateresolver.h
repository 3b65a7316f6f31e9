#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QUndoStack;

namespace Storydesk {

class StoryEditor;

// What the Duplicates view does with a group once the editor picked the story to keep:
// the others are unpublished, or attached to the kept story as related coverage and then
// unpublished (they live on as its related entries, not as stories of their own on the
// site). Each is one undo step, written through StoryEditor, so only the `published` lines
// and the new related entries change on disk.
class DuplicateResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicateResolver)

public:
    struct Outcome
    {
        QStringList unpublished;   // stories whose `published` became false
        int attached = 0;          // related entries added to the kept story
        QStringList notes;         // entries left out (the same link as the kept story), failures
    };

    DuplicateResolver(StoryEditor *editor, QUndoStack *undoStack, QObject *parent = nullptr);

    Outcome keepAndUnpublish(const QString &keep, const QStringList &others);
    Outcome keepAndAttach(const QString &keep, const QStringList &others);

private:
    // Files each of `stories` under unpublished, or under the notes when it is not.
    void noteUnpublished(const QStringList &stories, Outcome *outcome) const;

    StoryEditor *m_editor;
    QUndoStack *m_undoStack;
};

} // namespace Storydesk
