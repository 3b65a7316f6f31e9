#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;
class QUndoStack;

namespace Storydesk {

class DuplicateIndex;
class DuplicatesModel;
class StoryEditor;
class StoryStore;

// The Duplicates dock: the folder's duplicate groups as a tree, live. The editor picks the
// story to keep in a group (the current row) and either unpublishes the others or attaches
// them to it as related coverage (core's DuplicateResolution plan, pushed as one undo step
// each). Activating a story shows it in the story table.
class DuplicatesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesView)

public:
    DuplicatesView(DuplicateIndex *index, StoryStore *store, StoryEditor *editor, QUndoStack *undoStack, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    DuplicatesModel *model() const { return m_model; }
    // The story picked to keep: the current story row, or empty.
    QString currentStory() const;
    void setCurrentStory(const QString &path);

    void keepAndUnpublish();
    void keepAndAttach();

Q_SIGNALS:
    void storyActivated(const QString &path);
    // A line for the window's status bar.
    void notice(const QString &text);

private:
    void aboutToReset();
    void reset();
    void updateState();

    DuplicateIndex *m_index;
    DuplicatesModel *m_model;
    StoryEditor *m_editor;
    QUndoStack *m_undoStack;
    QLabel *m_summary;
    QTreeView *m_tree;
    QPushButton *m_unpublishButton;
    QPushButton *m_attachButton;
    QString m_keptCurrent;       // the current story across a reset of the groups
    QStringList m_collapsed;     // groups (by first story) the editor collapsed, across resets
};

} // namespace Storydesk
