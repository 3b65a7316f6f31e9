#pragma once

#include "settings.h"
#include "userprompts.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace Storydesk {

class FilterBar;
class FolderOperations;
class ImageFetcher;
class ImageLoader;
class PaneNavigator;
class RelatedCoverage;
class SelectionDragGuard;
class SiteFieldsController;
class ShortcutsDialog;
class SourceView;
class StoryEditor;
class StoryForm;
class StoryPreview;
class StorySortFilterProxyModel;
class StoryTableColumns;
class StoryStore;
class StoryTableModel;
class StoryTriage;
class UnboundColumns;
class WindowActions;
class WindowDocks;
class WindowRecovery;
class WindowStatus;
class WindowTeamwork;

// The triage window: the stories of one site folder in a sortable, filterable table, with
// the current story's preview and editor beside it. Every edit is an undo command through
// StoryEditor: the disk changes only on Save, and the window asks (through UserPrompts)
// before anything unsaved would be lost or overwritten. Keyboard-first: the triage keys
// are actions on the table, so they never fire while the editor types elsewhere.
// The window lays out the list and the editor and wires its parts together: WindowActions
// (actions and menus), WindowDocks, FolderOperations (open and save), StoryTriage (the
// triage keys on the selection), WindowStatus (the counts in the status bar),
// WindowTeamwork (git: commit, sync, conflicts) and WindowRecovery (crash recovery).
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
    QString folder() const;

    // Replaces the message boxes (tests answer the questions themselves).
    void setPrompts(std::unique_ptr<UserPrompts> prompts);

    StoryStore *store() const { return m_store; }
    StoryEditor *editor() const { return m_editor; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Every action of the window, in menu order: what the shortcut list is made from.
    const QList<QAction *> &windowActions() const;

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
    // --- building the window ---
    void createWidgets();
    void connectActions();
    void connectModels();
    void connectFoldersAndDocks();
    // F6 and Shift+F6 through the facets, the list, the form, the source and the docks.
    void createPanes();
    // Tab through the whole window in reading order.
    void setTabOrders();
    // Mark as Related Target and Attach as Related Coverage, and the target in the status bar.
    void connectRelatedTarget();
    void restoreLayout();
    void saveLayout();

    // Selects the story in the table, clearing the filter when it hides the story (the
    // editor asked for this story: a list that cannot show it is in the way). False when
    // the story is not in the folder.
    bool showStory(const QString &path);
    // Shows the story on the Source tab with the cursor at the problem.
    void showProblem(const QString &path, int line, int column);
    void showNotice(const QString &text, int timeout);

    void editTopics();

    // --- following the models ---
    void currentStoryChanged();
    void selectionChanged();
    void updateActions();
    void updateWindowModified();
    void loadEnded(bool cancelled);
    void storyChangedOnDisk(int row);
    void editorTabChanged();
    void showShortcuts();
    void showAbout();

    Settings m_settings;

    StoryStore *m_store;
    StoryEditor *m_editor;
    QUndoStack *m_undoStack;
    StoryTableModel *m_model;
    StorySortFilterProxyModel *m_proxy;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_detailsSplitter = nullptr;
    QWidget *m_listPane = nullptr;   // the filter bar and the table
    FilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    StoryTableColumns *m_columns = nullptr;   // their widths, fitted to the window's
    UnboundColumns *m_unboundColumns = nullptr;   // the columns the site's field map leaves out
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

    // The parts, made after the widgets they act on.
    StoryTriage *m_triage = nullptr;
    WindowActions *m_actions = nullptr;
    WindowStatus *m_status = nullptr;
    FolderOperations *m_folders = nullptr;
    WindowDocks *m_docks = nullptr;
    WindowTeamwork *m_team = nullptr;   // git: its state, Commit, Sync, the resolver
    WindowRecovery *m_recovery = nullptr;   // the journal of unsaved edits, recovery after a crash
    PaneNavigator *m_panes = nullptr;
    SiteFieldsController *m_siteFields = nullptr;   // Settings ▸ Site Fields…, the map in the status bar
    QLabel *m_relatedTargetLabel = nullptr;

    bool m_fitColumnsOnShow = false;       // no saved column widths: fit them at the first show
    bool m_sourceShownForBroken = false;   // the window opened the Source tab for a broken story
    bool m_switchingTabs = false;
    QTimer m_formReloadTimer;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
};

} // namespace Storydesk
