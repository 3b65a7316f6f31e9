#pragma once

#include "userprompts.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QMimeData;
class QUndoStack;
class QWidget;

namespace Storydesk {

class Settings;
class SourceView;
class StoryEditor;
class StoryStore;

// Opening a site folder and saving its stories (Open, Open Recent, Save, Save All, Revert,
// auto-save); asks through UserPrompts before unsaved edits or changes on disk would be lost.
class FolderOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderOperations)

public:
    // `selectedStories` gives the paths Save and Revert act on; `window` is the parent of
    // the dialogs.
    FolderOperations(Settings &settings, StoryStore *store, StoryEditor *editor, QUndoStack *undoStack, SourceView *source,
                     std::function<QStringList()> selectedStories, QWidget *window);
    ~FolderOperations() override;

    // Replaces the message boxes (tests answer the questions themselves).
    void setPrompts(std::unique_ptr<UserPrompts> prompts);
    UserPrompts *prompts() const { return m_prompts.get(); }

    QString folder() const { return m_folder; }
    // Opens a site folder, asking first what to do with unsaved edits of the current one.
    // False when `path` is not a folder or the editor cancelled.
    bool openFolder(const QString &path);
    // Asks for a folder, then opens it.
    void chooseFolder();
    void clearRecentFolders();
    // The folder a drag carries (one local folder), or empty.
    static QString folderIn(const QMimeData *mime);

    // Save All / Discard / Cancel when stories have unsaved edits; true to go on.
    bool resolveUnsavedEdits();
    void saveSelected();
    // True when every modified story was saved (the commit dialog's Save All First).
    bool saveAll();
    void revertSelected();
    void setAutoSaveSeconds(int seconds);
    // Applies what was typed in the source view; says so when it cannot be applied.
    bool applySource();

Q_SIGNALS:
    // The current folder is let go of; `folder` opens next.
    void aboutToOpenFolder(const QString &folder);
    // The store is loading `folder`.
    void folderOpened(const QString &folder);
    void recentFoldersChanged(const QStringList &folders);
    // Something to say in the status bar for `timeout` milliseconds.
    void notice(const QString &text, int timeout);

private:
    enum class SaveMode {
        Interactive,  // asks about conflicts, reports failures in a message box
        Quiet,        // auto-save: skips conflicts, reports in the status bar
    };
    enum class SaveResult { Saved, Reloaded, Skipped, Failed, Cancelled };

    bool saveStories(const QStringList &paths, SaveMode mode);
    SaveResult saveStory(const QString &path, SaveMode mode, QString *error);
    void storyEdited();
    void autoSave();
    void conflictDetected(const QString &path);

    Settings &m_settings;
    StoryStore *m_store;
    StoryEditor *m_editor;
    QUndoStack *m_undoStack;
    SourceView *m_source;
    std::function<QStringList()> m_selectedStories;
    QWidget *m_window;
    std::unique_ptr<UserPrompts> m_prompts;
    QString m_folder;
    QTimer m_autoSaveTimer;   // idle time since the last edit
};

} // namespace Storydesk
