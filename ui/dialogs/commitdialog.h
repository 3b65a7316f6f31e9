#pragma once

#include "commitplan.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Storydesk {

class StoryEditor;

// File ▸ Commit…: the saved, uncommitted stories of the site, each with a check box and
// what it changes field by field, and a message generated from the checked ones (the
// editor's own once typed). Commits exactly the checked stories. Unsaved edits are never
// committed: the dialog says so and offers Save All through the window's save path. Git
// runs on worker threads (CommitPlan), so the dialog stays responsive.
class CommitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitDialog)

public:
    // `saveAll` saves every modified story the window's way (asking about conflicts); true
    // when all were saved.
    CommitDialog(const QString &siteFolder, StoryEditor *editor, std::function<bool()> saveAll, QWidget *parent = nullptr);
    ~CommitDialog() override;

    // Reads the plan again (git status, HEAD's versions); planRead() follows.
    void refresh();
    bool isBusy() const { return m_reading.isRunning() || m_committing.isRunning(); }

    const CommitPlan &plan() const { return m_plan; }
    QStringList listedPaths() const;
    QStringList checkedPaths() const;
    void setChecked(const QString &path, bool checked);
    // The change line shown for a story ("quality 63 → 70, topics +AI").
    QString changesShown(const QString &path) const;
    QString message() const;
    void setMessage(const QString &message);   // as if typed
    // What the dialog says now: a refusal, unsaved edits, a failed commit; empty when all is well.
    QString notice() const;
    QStringList unsavedStories() const;

    // Commits the checked stories (the Commit button); commitEnded() follows.
    void commit();
    const GitCommitResult &result() const { return m_result; }
    // What was committed, for the window's status bar.
    QString outcome() const;

Q_SIGNALS:
    void planRead();
    void commitEnded();

public Q_SLOTS:
    void reject() override;

private:
    void fill();
    void updateMessage();
    void updateState();
    void updateUnsaved();
    void saveAllFirst();
    void commitFinished();
    QTreeWidgetItem *itemOf(const QString &path) const;

    QString m_siteFolder;
    QPointer<StoryEditor> m_editor;
    std::function<bool()> m_saveAll;

    QLabel *m_unsavedLabel = nullptr;
    QPushButton *m_saveAllButton = nullptr;
    QWidget *m_unsavedBox = nullptr;
    QTreeWidget *m_stories = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLabel *m_notice = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_commitButton = nullptr;

    bool m_messageTyped = false;     // the editor wrote the message: no longer regenerated
    bool m_settingMessage = false;
    std::atomic_bool m_cancel = false;
    QFutureWatcher<CommitPlan> m_reading;
    QFutureWatcher<GitCommitResult> m_committing;
    CommitPlan m_plan;
    GitCommitResult m_result;
    bool m_planKnown = false;
};

} // namespace Storydesk
