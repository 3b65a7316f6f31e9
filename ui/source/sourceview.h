#pragma once

#include "problem.h"

#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace Storydesk {

class SourceEditor;
class StoryEditor;

// The Source tab of the story editor: the selected story's file as text, highlighted, with
// its parse and validation problems marked in place and listed below (activating one puts
// the cursor there). The text is editable: Apply (Ctrl+Return) checks it and, when its
// front matter parses, makes it the story's text as one undo step, which the form, the
// table and the store follow; text that does not parse stays here, marked, unapplied.
// The view follows the story: edits made elsewhere show at once, unless the view holds
// unapplied text, which is never overwritten: a notice offers to reload instead.
class SourceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceView)

public:
    explicit SourceView(StoryEditor *editor, QUndoStack *undoStack, QWidget *parent = nullptr);

    // The selected stories (absolute paths); only one can be shown. Unapplied text of the
    // story shown before is applied, or kept for when it is shown again if it cannot be.
    void setStories(const QStringList &paths);
    // The story shown, or empty.
    QString story() const { return m_path; }
    // Reads the story again (after it changed on disk); unapplied text gets the notice.
    void reload();

    bool hasUnappliedEdits() const;
    // Applies the text typed here. True when it was applied or there was nothing to apply;
    // false, with the text left here and its problems marked, when it cannot be.
    bool apply();
    // Drops every unapplied text (the folder they belong to is closing).
    void discardEdits();

    SourceEditor *editor() const { return m_sourceEditor; }
    // Apply, with its keys (Ctrl+Return), for the window's list of shortcuts.
    QAction *applyAction() const { return m_applyAction; }
    const Problems &problems() const;

Q_SIGNALS:
    void unappliedEditsChanged(bool unapplied);

private:
    void load(bool sameStory);
    void storyEdited(const QString &path);
    void textChanged();
    void check();
    void showProblems(const Problems &problems);
    void showStatus();
    void problemActivated(const QListWidgetItem *item);

    StoryEditor *m_editor;
    QUndoStack *m_undoStack;
    QStringList m_paths;
    QString m_path;
    QString m_shownText;                 // the story's text as last read: what "unapplied" compares with
    QHash<QString, QString> m_drafts;    // unapplied text of stories not shown now
    QString m_failure;                   // why the last Apply did not apply
    bool m_loading = false;
    bool m_applying = false;
    bool m_unapplied = false;
    QTimer m_checkTimer;                 // re-checks the typed text when typing pauses

    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QWidget *m_notice;
    SourceEditor *m_sourceEditor;
    QLabel *m_status;
    QPushButton *m_applyButton;
    QAction *m_applyAction;
    QListWidget *m_problemList;
};

} // namespace Storydesk
