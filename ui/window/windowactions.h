#pragma once

#include <QList>
#include <QObject>
#include <QStyle>

class QAction;
class QActionGroup;
class QKeySequence;
class QMainWindow;
class QMenu;
class QTableView;
class QUndoStack;
class QWidget;

namespace Storydesk {

class FilterBar;
class Settings;
class SourceView;
class StoryEditor;
class StoryForm;
class StoryTableModel;

// Every action of the main window with its menus, toolbar and context menus: each named,
// with its keys and icon, enabled as the selection allows. The window wires what they do.
class WindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowActions)

public:
    // What the actions are put on and follow: the list's keys go on `table`, Escape on
    // the filter bar and `editorArea`, the window's keys on `window`.
    struct Targets
    {
        QMainWindow *window;
        QTableView *table;
        StoryTableModel *model;
        FilterBar *filterBar;
        QWidget *editorArea;
        SourceView *source;
        StoryForm *form;
        StoryEditor *editor;
        QUndoStack *undoStack;
    };

    // Builds the actions, the menu bar, the toolbar and the context menus of the list
    // and its header.
    WindowActions(const Targets &targets, Settings &settings);
    ~WindowActions() override;

    // Every action, in menu order: what the shortcut list is made from.
    const QList<QAction *> &all() const { return m_actions; }

    QAction *openFolder() const { return m_openFolder; }
    QAction *clearRecentFolders() const { return m_clearRecent; }
    QAction *save() const { return m_save; }
    QAction *saveAll() const { return m_saveAll; }
    QAction *commit() const { return m_commit; }
    QAction *sync() const { return m_sync; }
    QAction *revert() const { return m_revert; }
    QAction *quit() const { return m_quit; }
    QAction *find() const { return m_find; }
    QAction *focusStoryList() const { return m_focusList; }
    QAction *togglePublished() const { return m_togglePublished; }
    QAction *raiseQuality() const { return m_raiseQuality; }
    QAction *lowerQuality() const { return m_lowerQuality; }
    QAction *nextStory() const { return m_nextStory; }
    QAction *previousStory() const { return m_previousStory; }
    QAction *nextUnpublished() const { return m_nextUnpublished; }
    QAction *editTopics() const { return m_editTopics; }
    // The keyboard's way to attach related coverage (what dropping rows on a row does):
    // mark the story to attach to, then attach the selected stories to it.
    QAction *markRelatedTarget() const { return m_markRelatedTarget; }
    QAction *attachAsRelated() const { return m_attachAsRelated; }
    // F6 and Shift+F6: the next and previous pane of the window.
    QAction *nextPane() const { return m_nextPane; }
    QAction *previousPane() const { return m_previousPane; }
    QAction *renameTopics() const { return m_renameTopics; }
    QAction *autoAdvance() const { return m_autoAdvance; }
    QAction *loadRemoteImages() const { return m_remoteImages; }
    // Settings ▸ Site Fields…: which key of the site holds each field.
    QAction *siteFields() const { return m_siteFields; }
    QAction *keyboardShortcuts() const { return m_shortcuts; }
    QAction *about() const { return m_about; }
    // The View menu's dock toggles (checkable) and Save Desk: the docks follow them.
    QAction *showFacets() const { return m_showFacets; }
    QAction *saveDesk() const { return m_saveDesk; }
    QAction *showDuplicates() const { return m_showDuplicates; }
    QAction *showProblems() const { return m_showProblems; }

    // Lists `folders` in File ▸ Open Recent, each with its number key.
    void setRecentFolders(const QStringList &folders);
    // Ticks the View ▸ Columns entries of the columns the table shows; a column the site's
    // field map leaves out cannot be shown.
    void checkShownColumns();
    // Save, Revert and the triage keys are live only when they have stories to act on.
    void updateEnabled(const QStringList &selectedPaths);
    // Attach as Related Coverage is live while a target is marked and the selection holds
    // another story; its text names the target.
    void updateRelatedTarget(const QString &targetTitle, bool canAttach);

Q_SIGNALS:
    void recentFolderChosen(const QString &folder);
    void qualityChosen(int quality);
    void autoSaveChosen(int seconds);
    // The editor picked the interface language (empty: the system's); it applies after a restart.
    void languageChosen(const QString &language);
    // The editor showed or hid a column from View ▸ Columns or the header's menu.
    void columnChosen(int column);

private:
    // Every action comes from here: named, with its keys and icon, listed in m_actions.
    QAction *newAction(const char *objectName, const QString &text, const QList<QKeySequence> &shortcuts = {},
                       const QString &themeIcon = {}, QStyle::StandardPixmap fallbackIcon = QStyle::SP_CustomBase);
    // An action whose keys work anywhere in the window.
    QAction *createAction(const char *objectName, const QString &text, const QList<QKeySequence> &shortcuts = {},
                          const QString &themeIcon = {}, QStyle::StandardPixmap fallbackIcon = QStyle::SP_CustomBase);
    // An action whose keys work only while the story list has the focus.
    QAction *createListAction(const char *objectName, const QString &text, const QList<QKeySequence> &shortcuts,
                              const QString &themeIcon = {}, QStyle::StandardPixmap fallbackIcon = QStyle::SP_CustomBase);
    void createFileActions();
    void createEditActions();
    void createStoryActions();
    void createViewActions();
    void createSettingsActions();
    void createHelpActions();
    void createDockActions();
    void createPaneActions();
    void createMenus();
    void createToolBar();

    Targets m_targets;
    Settings &m_settings;
    QList<QAction *> m_actions;

    QAction *m_openFolder = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_clearRecent = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAll = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_commit = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_focusList = nullptr;
    QAction *m_togglePublished = nullptr;
    QAction *m_raiseQuality = nullptr;
    QAction *m_lowerQuality = nullptr;
    QList<QAction *> m_setQuality;
    QAction *m_nextStory = nullptr;
    QAction *m_previousStory = nullptr;
    QAction *m_nextUnpublished = nullptr;
    QAction *m_editTopics = nullptr;
    QAction *m_markRelatedTarget = nullptr;
    QAction *m_attachAsRelated = nullptr;
    QAction *m_nextPane = nullptr;
    QAction *m_previousPane = nullptr;
    QAction *m_renameTopics = nullptr;
    QAction *m_autoAdvance = nullptr;
    QAction *m_remoteImages = nullptr;
    QActionGroup *m_autoSaveGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_siteFields = nullptr;
    QList<QAction *> m_columns;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_storyMenu = nullptr;
    QAction *m_showFacets = nullptr;
    QAction *m_saveDesk = nullptr;
    QAction *m_showDuplicates = nullptr;
    QAction *m_showProblems = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
};

} // namespace Storydesk
