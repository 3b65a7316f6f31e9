#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;
class QUndoStack;

namespace Storydesk {

class StoryEditor;
class StoryStore;
class TopicRename;
class TopicRenameJob;

// Renames a topic, or merges several into one, across the open folder: the editor ticks the
// topics (with their counts), types the new name (told when it is already a topic, which
// makes it a merge), sees which stories change, and applies it as one undo step. The work
// runs as a TopicRenameJob with progress and Cancel; the stories are then modified, like
// after any edit, until they are saved.
class TopicRenameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicRenameDialog)

public:
    TopicRenameDialog(StoryStore *store, StoryEditor *editor, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~TopicRenameDialog() override;

    // Ticks these topics (and only these); the new name starts as the first of them.
    void selectTopics(const QStringList &topics);
    QStringList selectedTopics() const;
    void setNewName(const QString &name);
    // The stories the rename would change now, as the preview lists them.
    QStringList plannedStories() const { return m_planned; }
    // Starts the rename (the Rename/Merge button).
    void apply();
    bool isApplying() const;
    // What happened, for the window's status bar once the dialog is closed.
    QString outcome() const { return m_outcome; }

public Q_SLOTS:
    void reject() override;

private:
    void fillTopics();
    void updatePlan();
    void updateButtons();
    void jobFinished();
    void jobCancelled();
    void setBusy(bool busy);
    TopicRename currentRename() const;
    QString storyName(const QString &path) const;

    QPointer<StoryStore> m_store;
    QPointer<StoryEditor> m_editor;
    QPointer<QUndoStack> m_undoStack;

    QLineEdit *m_search;
    QStandardItemModel *m_topics;
    QSortFilterProxyModel *m_topicFilter;
    QTreeView *m_topicView;
    QLineEdit *m_newName;
    QLabel *m_nameNote;
    QLabel *m_previewLabel;
    QListWidget *m_preview;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_applyButton;

    QTimer m_planTimer;   // one plan per pause in typing, not one per key
    QStringList m_planned;
    TopicRenameJob *m_job = nullptr;
    bool m_nameEdited = false;
    QString m_outcome;
};

} // namespace Storydesk
