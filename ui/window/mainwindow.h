#pragma once

#include "desk.h"
#include "settings.h"
#include "userprompts.h"

#include <QList>
#include <QMainWindow>
#include <QModelIndex>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QSet>
#include <QStyle>
#include <QTimer>

#include <memory>
#include <utility>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QMimeData;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace Storydesk {

class DuplicateIndex;
class DuplicatesView;
class FacetsDock;
class FilterBar;
class ImageFetcher;
class ImageLoader;
class ProblemsView;
class RelatedCoverage;
class SelectionDragGuard;
class ShortcutsDialog;
class SourceView;
class StoryEditor;
class StoryForm;
class StoryPreview;
class StorySortFilterProxyModel;
class StoryStore;
class StoryTableModel;
class SyncRunner;
class YamlValue;
struct Desk;

// The triage window: the stories of one site folder in a sortable, filterable table, with
// the current story's preview and editor beside it. Every edit is an undo command through
// StoryEditor: the disk changes only on Save, and the window asks (through UserPrompts)
// before anything unsaved would be lost or overwritten. Keyboard-first: the triage keys
// are actions on the table, so they never fire while the editor types elsewhere.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a site folder, asking first what to do with unsaved edits of the current one.
    // False when `path` is not a folder or the editor cancelled.
    bool openFolder(const QString &path);
    QString folder() const { return m_folder; }

    // Replaces the message boxes (tests answer the questions themselves).
    void setPrompts(std::unique_ptr<UserPrompts> prompts);

    StoryStore *store() const { return m_store; }
    StoryEditor *editor() const { return m_editor; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Every action of the window, in menu order: what the shortcut list is made from.
    const QList<QAction *> &windowActions() const { return m_actions; }

public Q_SLOTS:
    // Opens the Rename or Merge Topics dialog with `topics` ticked (the Story menu opens it
    // with none; the facets' Topics menu with the topics picked there).
    void renameTopics(const QStringList &topics);

public:
    // The front-matter highlighter in use, for the About box.
    static QString highlighterName();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class SaveMode {
        Interactive,  // asks about conflicts, reports failures in a message box
        Quiet,        // auto-save: skips conflicts, reports in the status bar
    };
    enum class SaveResult { Saved, Reloaded, Skipped, Failed, Cancelled };

    // --- building the window ---
    void createWidgets();
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void connectModels();
    // The facets sidebar and saved desks: the dock, its actions and its wiring.
    void createFacetsDock();
    void applyDesk(const Desk &desk);
    Desk currentDesk() const;
    // Unmarks the applied desk in the sidebar once the view differs from it.
    void followCurrentDesk();
    // Every action comes from here: named, with its keys and icon, listed in m_actions.
    QAction *newAction(const char *objectName, const QString &text, const QList<QKeySequence> &shortcuts = {},
                       const QString &themeIcon = {}, QStyle::StandardPixmap fallbackIcon = QStyle::SP_CustomBase);
    // An action whose keys work anywhere in the window.
    QAction *createAction(const char *objectName, const QString &text, const QList<QKeySequence> &shortcuts = {},
                          const QString &themeIcon = {}, QStyle::StandardPixmap fallbackIcon = QStyle::SP_CustomBase);
    // An action whose keys work only while the story list has the focus.
    QAction *createListAction(const char *objectName, const QString &text, const QList<QKeySequence> &shortcuts,
                              const QString &themeIcon = {}, QStyle::StandardPixmap fallbackIcon = QStyle::SP_CustomBase);
    void restoreLayout();
    // First run: narrows the topics and provider columns until the title has room.
    void fitColumnsToTable();
    void saveLayout();

    // --- the Duplicates and Problems docks ---
    void createFinderDocks();
    // Wires the duplicate finder to is:duplicate in the table and the desks.
    void followDuplicates();
    QDockWidget *addFinderDock(const QString &title, const char *objectName, QWidget *view, QAction *toggle);
    // Selects the story in the table, clearing the filter when it hides the story (the
    // editor asked for this story: a list that cannot show it is in the way). False when
    // the story is not in the folder.
    bool showStory(const QString &path);
    // Shows the story on the Source tab with the cursor at the problem.
    void showProblem(const QString &path, int line, int column);

    // --- working as a team (File ▸ Commit…, File ▸ Sync, the conflict resolver) ---
    void commitStories();
    // Opens the resolver when the story holds conflict markers; false when it does not.
    bool openResolver(const QString &path);

    // --- folders ---
    void chooseFolder();
    void rebuildRecentMenu();
    static QString folderIn(const QMimeData *mime);
    // Save All / Discard / Cancel when stories have unsaved edits; true to go on.
    bool resolveUnsavedEdits();

    // --- saving ---
    void saveSelected();
    void saveAll();
    void revertSelected();
    bool saveStories(const QStringList &paths, SaveMode mode);
    SaveResult saveStory(const QString &path, SaveMode mode, QString *error);
    void autoSave();
    void setAutoSaveSeconds(int seconds);
    void storyEdited();

    // --- triage ---
    QModelIndexList selectedStories() const;   // column 0 of the selected rows, or the current one
    QStringList selectedPaths() const;
    void togglePublished();
    void changeQuality(int delta);
    void setQuality(int quality);
    void applyEdits(const QList<std::pair<QString, YamlValue>> &values, const QString &key, const QString &text, bool mergesBursts = false);
    void moveCurrent(int delta);
    int proxyRowOf(const QString &path) const;   // -1 when filtered out
    void selectRow(int row);
    void ensureSelection();
    void nextUnpublished();
    void editTopics();

    // --- following the models ---
    void currentStoryChanged();
    void selectionChanged();
    void updateActions();
    void updateWindowModified();
    void updateStatus();
    void loadStarted();
    void loadProgress(int done, int found);
    void loadEnded(bool cancelled);
    void conflictDetected(const QString &path);
    void storyChangedOnDisk(int row);
    void editorTabChanged();
    // Applies what was typed in the source view; says so when it cannot be applied.
    void applySource();
    void showHeaderMenu(const QPoint &position);
    void showShortcuts();
    void showAbout();

    Settings m_settings;
    std::unique_ptr<UserPrompts> m_prompts;
    QString m_folder;

    StoryStore *m_store;
    StoryEditor *m_editor;
    QUndoStack *m_undoStack;
    StoryTableModel *m_model;
    StorySortFilterProxyModel *m_proxy;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_detailsSplitter = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    SelectionDragGuard *m_selectionGuard = nullptr;
    RelatedCoverage *m_coverage = nullptr;   // drops of stories and links, on rows and in the form
    ImageFetcher *m_imageFetcher = nullptr;
    ImageLoader *m_imageLoader = nullptr;
    StoryPreview *m_preview = nullptr;
    // The front-matter editor below the preview, for the selected stories: the form, and the
    // story's source on a tab beside it.
    QWidget *m_editorArea = nullptr;
    QTabWidget *m_editorTabs = nullptr;
    StoryForm *m_form = nullptr;
    SourceView *m_source = nullptr;
    // Screens narrower than this open without the facets sidebar on a first run.
    static constexpr int SidebarScreenWidth = 1440;
    // Each dock with the View menu action that shows it, for restoreLayout() to agree them.
    QList<std::pair<QAction *, QDockWidget *>> m_dockToggles;
    Desk m_appliedDesk;   // the desk last applied, while the sidebar marks it
    bool m_fitColumnsOnShow = false;       // no saved column widths: fit them at the first show
    bool m_sourceShownForBroken = false;   // the window opened the Source tab for a broken story
    bool m_switchingTabs = false;
    QSet<QString> m_formStories;   // what the form shows, to reload it when they change on disk
    QTimer m_formReloadTimer;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    DuplicateIndex *m_duplicates = nullptr;
    DuplicatesView *m_duplicatesView = nullptr;
    ProblemsView *m_problemsView = nullptr;
    QPersistentModelIndex m_autoSelected;   // the first row, selected for the editor at load

    QLabel *m_shownLabel = nullptr;
    QLabel *m_unpublishedLabel = nullptr;
    QLabel *m_modifiedLabel = nullptr;
    QProgressBar *m_loadProgress = nullptr;
    QToolButton *m_cancelLoad = nullptr;

    QList<QAction *> m_actions;
    QAction *m_openFolderAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAllAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_commitAction = nullptr;
    QAction *m_syncAction = nullptr;
    SyncRunner *m_sync = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_focusListAction = nullptr;
    QAction *m_togglePublishedAction = nullptr;
    QAction *m_raiseQualityAction = nullptr;
    QAction *m_lowerQualityAction = nullptr;
    QList<QAction *> m_setQualityActions;
    QAction *m_nextStoryAction = nullptr;
    QAction *m_previousStoryAction = nullptr;
    QAction *m_nextUnpublishedAction = nullptr;
    QAction *m_editTopicsAction = nullptr;
    QAction *m_renameTopicsAction = nullptr;
    QAction *m_autoAdvanceAction = nullptr;
    QAction *m_remoteImagesAction = nullptr;
    QActionGroup *m_autoSaveGroup = nullptr;
    QList<QAction *> m_columnActions;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_storyMenu = nullptr;
    QAction *m_showDuplicatesAction = nullptr;
    QAction *m_showProblemsAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    FacetsDock *m_facetsDock = nullptr;
    QAction *m_showFacetsAction = nullptr;
    QAction *m_saveDeskAction = nullptr;

    QTimer m_statusTimer;     // coalesces count updates: a load batch is one update
    QTimer m_autoSaveTimer;   // idle time since the last edit
};

} // namespace Storydesk
