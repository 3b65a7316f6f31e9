#pragma once

#include <QObject>
#include <QString>

class QUndoStack;

namespace Storydesk {

class FolderOperations;
class RecoveryJournal;
class StoryEditor;
class StoryStore;

// The window's part of crash recovery: journals the unsaved edits of the open folder
// (RecoveryJournal) and, once a folder has loaded, offers what a run that died left of it
// (UserPrompts::askRecovery): recovered stories come back as one undo step.
class WindowRecovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowRecovery)

public:
    // `journalLocation` empty: RecoveryJournal::defaultLocation().
    WindowRecovery(StoryStore *store, StoryEditor *editor, QUndoStack *undoStack, FolderOperations *folders,
                   const QString &journalLocation, QObject *parent);
    ~WindowRecovery() override;

    RecoveryJournal *journal() const { return m_journal; }

Q_SIGNALS:
    // Something to say in the status bar for `timeout` milliseconds.
    void notice(const QString &text, int timeout);

private:
    void folderAboutToOpen(const QString &folder);
    void offerRecovery();

    StoryEditor *m_editor;
    QUndoStack *m_undoStack;
    FolderOperations *m_folders;
    RecoveryJournal *m_journal;
    bool m_awaitingLoad = false;   // the folder is loading: offer recovery when it has
    bool m_toldFull = false;
};

} // namespace Storydesk
