#include "mainwindow.h"

#include "commitdialog.h"
#include "conflictresolverdialog.h"
#include "duplicateindex.h"
#include "duplicatesview.h"
#include "facetmodel.h"
#include "facetsdock.h"
#include "filterbar.h"
#include "imagefetcher.h"
#include "imageloader.h"
#include "messageboxprompts.h"
#include "problemsview.h"
#include "relatedcoverage.h"
#include "selectiondragguard.h"
#include "setvaluecommand.h"
#include "shortcutsdialog.h"
#include "sourceeditor.h"
#include "sourcehighlighter.h"
#include "sourceview.h"
#include "storyeditor.h"
#include "storyform.h"
#include "storypreview.h"
#include "storyroles.h"
#include "storyschema.h"
#include "storysortfilterproxymodel.h"
#include "storystore.h"
#include "storytablemodel.h"
#include "syncrunner.h"
#include "topicrenamedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSplitter>
#include <QScopedValueRollback>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

namespace Storydesk {

namespace {

using namespace std::chrono_literals;

constexpr int QualityStep = 5;
constexpr int MaxQuality = 100;
// Auto-save choices offered in the menu: seconds without an edit; 0 is "off".
constexpr struct
{
    int seconds;
    const char *text;
} AutoSaveChoices[] = {
    {0, QT_TRANSLATE_NOOP("Storydesk::MainWindow", "&Off")},
    {30, QT_TRANSLATE_NOOP("Storydesk::MainWindow", "After 30 Seconds Idle")},
    {60, QT_TRANSLATE_NOOP("Storydesk::MainWindow", "After 1 Minute Idle")},
    {300, QT_TRANSLATE_NOOP("Storydesk::MainWindow", "After 5 Minutes Idle")},
};
constexpr auto StatusDelay = 100ms;
constexpr int MessageTimeout = 5000;

QList<QKeySequence> standardKeys(QKeySequence::StandardKey key)
{
    return QKeySequence::keyBindings(key);
}

// A standard key where the platform has one, else the key the product promises
// (QKeySequence::Quit is empty on Windows, where Ctrl+Q is still what editors expect).
QList<QKeySequence> standardKeysOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

QString escapedMnemonics(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

// Starting widths, so a first run shows whole dates and most of a title; the saved
// header state replaces them.
int columnWidth(const QAbstractItemModel *model, int column, const QFontMetrics &metrics)
{
    const int padding = 2 * metrics.averageCharWidth();
    const auto fitting = [&](const QString &text) { return metrics.horizontalAdvance(text) + padding; };
    const int headerWidth = fitting(model->headerData(column, Qt::Horizontal).toString()) + metrics.height();   // the sort arrow
    switch (column) {
    case StoryTableModel::Title: return 40 * metrics.averageCharWidth();   // then stretched
    case StoryTableModel::Provider: return 17 * metrics.averageCharWidth();
    case StoryTableModel::Date:
        // As wide as the longest date this locale writes, as the model writes it.
        return qMax(headerWidth, fitting(QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat)));
    case StoryTableModel::Topics: return 22 * metrics.averageCharWidth();
    case StoryTableModel::Status: return qMax(headerWidth, 12 * metrics.averageCharWidth());
    default: return headerWidth;   // numbers and the check box: the header is the widest
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_prompts(std::make_unique<MessageBoxPrompts>(this))
    , m_store(new StoryStore(this))
    , m_editor(new StoryEditor(m_store, this))
    , m_undoStack(new QUndoStack(this))
    , m_model(new StoryTableModel(m_store, this))
    , m_proxy(new StorySortFilterProxyModel(this))
{
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(true);

    createWidgets();
    createActions();
    createFinderDocks();
    createMenus();
    createToolBar();
    createStatusBar();
    connectModels();
    createFacetsDock();
    followDuplicates();
    restoreLayout();
    setAcceptDrops(true);
    setWindowTitle(QStringLiteral("Storydesk"));

    // The editor starts in the list: the first key pressed is a triage key.
    m_table->setFocus(Qt::OtherFocusReason);
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QString MainWindow::highlighterName()
{
    return SourceHighlighter::name();
}

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
    if (m_sync)
        m_sync->setPrompts(m_prompts.get());
}

// ---------------------------------------------------------------------------------------
// Building the window

void MainWindow::createWidgets()
{
    m_filterBar = new FilterBar(m_proxy, m_store->topicIndex(), this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("storyTable"));
    m_table->setAccessibleName(tr("Story list"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);   // Tab leaves the list for the editor
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Rows are dragged onto the form's related list or onto other rows; a drop on a row
    // relates what is dropped to that row's story (the model decides what it takes).
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDragDropOverwriteMode(true);   // onto a row, never between rows
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->setDropIndicatorShown(true);
    m_selectionGuard = new SelectionDragGuard(m_table);
    m_coverage = new RelatedCoverage(m_editor, m_undoStack, this);
    m_model->setRelatedCoverage(m_coverage);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column)
        header->resizeSection(column, columnWidth(m_model, column, m_table->fontMetrics()));
    // Shown on demand (View ▸ Columns, or the header's menu): triage rarely needs them.
    header->setSectionHidden(StoryTableModel::Category, true);
    header->setSectionHidden(StoryTableModel::Related, true);
    // The title takes what the other columns leave: no horizontal scrolling at any width.
    header->setSectionResizeMode(StoryTableModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(3 * m_table->fontMetrics().averageCharWidth());
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_table, 1);

    // One fetcher and decoder for the whole window: their caches make moving back through
    // the list instant, and their request bookkeeping cancels what the editor moved past.
    m_imageFetcher = new ImageFetcher(this);
    m_imageFetcher->setRemoteImagesEnabled(m_settings.loadRemoteImages());
    m_imageFetcher->setDiskCacheSize(qint64(m_settings.imageCacheMegabytes()) * 1024 * 1024);
    m_imageLoader = new ImageLoader(m_imageFetcher, this);
    m_preview = new StoryPreview(m_imageLoader, this);
    m_preview->setObjectName(QStringLiteral("storyPreview"));

    // The front-matter editor in a container of its own, so what it holds can change
    // without touching the splitters or their saved state.
    m_editorArea = new QWidget(this);
    m_editorArea->setObjectName(QStringLiteral("editorArea"));
    m_editorArea->setAccessibleName(tr("Story editor"));
    auto *editorLayout = new QVBoxLayout(m_editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editorTabs = new QTabWidget(m_editorArea);
    m_editorTabs->setObjectName(QStringLiteral("editorTabs"));
    m_editorTabs->setDocumentMode(true);
    m_form = new StoryForm(m_editor, m_store->topicIndex(), m_undoStack, m_editorTabs);
    m_form->setObjectName(QStringLiteral("storyForm"));
    m_form->setHeaderVisible(false);   // the preview above shows title, provider, date and link
    m_form->setRelatedCoverage(m_coverage);
    m_source = new SourceView(m_editor, m_undoStack, m_editorTabs);
    m_source->setObjectName(QStringLiteral("sourceView"));
    // No mnemonics: Alt+F and Alt+S open the File and Story menus.
    m_editorTabs->addTab(m_form, tr("Form"));
    m_editorTabs->addTab(m_source, tr("Source"));
    editorLayout->addWidget(m_editorTabs);

    m_detailsSplitter = new QSplitter(Qt::Vertical, this);
    m_detailsSplitter->setObjectName(QStringLiteral("detailsSplitter"));
    m_detailsSplitter->addWidget(m_preview);
    m_detailsSplitter->addWidget(m_editorArea);
    m_detailsSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(listPane);
    m_mainSplitter->addWidget(m_detailsSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 0);
    centralLayout->addWidget(m_mainSplitter);
    setCentralWidget(central);
}

QAction *MainWindow::newAction(const char *objectName, const QString &text, const QList<QKeySequence> &shortcuts,
                               const QString &themeIcon, QStyle::StandardPixmap fallbackIcon)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1StringView(objectName));
    action->setShortcuts(shortcuts);
    if (!themeIcon.isEmpty()) {
        const QIcon fallback = fallbackIcon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(fallbackIcon);
        action->setIcon(QIcon::fromTheme(themeIcon, fallback));
    }
    m_actions.append(action);
    return action;
}

QAction *MainWindow::createAction(const char *objectName, const QString &text, const QList<QKeySequence> &shortcuts,
                                  const QString &themeIcon, QStyle::StandardPixmap fallbackIcon)
{
    QAction *action = newAction(objectName, text, shortcuts, themeIcon, fallbackIcon);
    // On the window itself, so its keys work even while the menu bar is hidden.
    addAction(action);
    return action;
}

QAction *MainWindow::createListAction(const char *objectName, const QString &text, const QList<QKeySequence> &shortcuts,
                                      const QString &themeIcon, QStyle::StandardPixmap fallbackIcon)
{
    QAction *action = newAction(objectName, text, shortcuts, themeIcon, fallbackIcon);
    action->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(action);
    return action;
}

void MainWindow::createActions()
{
    // File
    m_openFolderAction = createAction("openFolder", tr("&Open Folder…"), standardKeys(QKeySequence::Open),
                                      QStringLiteral("document-open-folder"), QStyle::SP_DirOpenIcon);
    m_openFolderAction->setToolTip(tr("Open a site folder"));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::chooseFolder);

    m_clearRecentAction = new QAction(tr("&Clear List"), this);
    m_clearRecentAction->setObjectName(QStringLiteral("clearRecentFolders"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        m_settings.clearRecentFolders();
        rebuildRecentMenu();
    });

    m_saveAction = createAction("save", tr("&Save"), standardKeys(QKeySequence::Save), QStringLiteral("document-save"),
                                QStyle::SP_DialogSaveButton);
    m_saveAction->setToolTip(tr("Save the selected stories"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveSelected);

    // No standard key for "save all"; Ctrl+Shift+S is what editors know from other apps.
    m_saveAllAction = createAction("saveAll", tr("Save A&ll"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
                                   QStringLiteral("document-save-all"), QStyle::SP_DialogSaveButton);
    m_saveAllAction->setToolTip(tr("Save every modified story"));
    connect(m_saveAllAction, &QAction::triggered, this, &MainWindow::saveAll);

    // Git: Ctrl+Shift+C and Ctrl+Shift+Y are free (README's shortcut table, F1).
    m_commitAction = createAction("commit", tr("&Commit…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, QStringLiteral("vcs-commit"));
    m_commitAction->setToolTip(tr("Commit saved stories to the site's git repository"));
    connect(m_commitAction, &QAction::triggered, this, &MainWindow::commitStories);
    m_syncAction = createAction("sync", tr("S&ync"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)}, QStringLiteral("vcs-pull"));
    m_syncAction->setToolTip(tr("Take the team's work in and send yours out (fetch, merge or rebase, push)"));
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (m_sync && !m_folder.isEmpty())
            m_sync->sync(m_folder);
    });

    m_revertAction = createAction("revert", tr("Re&vert Story"), {}, QStringLiteral("document-revert"), QStyle::SP_BrowserReload);
    m_revertAction->setToolTip(tr("Drop the unsaved edits of the selected stories"));
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::revertSelected);

    m_quitAction = createAction("quit", tr("&Quit"), standardKeysOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)),
                                QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Edit
    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_undoAction->setIconText(tr("Undo"));   // the text names the command; the toolbar stays short
    m_undoAction->setShortcuts(standardKeys(QKeySequence::Undo));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    addAction(m_undoAction);
    m_actions.append(m_undoAction);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redo"));
    m_redoAction->setIconText(tr("Redo"));
    m_redoAction->setShortcuts(standardKeys(QKeySequence::Redo));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
    addAction(m_redoAction);
    m_actions.append(m_redoAction);

    m_actions.append(m_source->applyAction());   // the source view's own: Ctrl+Return applies its text

    m_findAction = createAction("find", tr("&Find…"), standardKeys(QKeySequence::Find), QStringLiteral("edit-find"),
                                QStyle::SP_FileDialogContentsView);
    m_findAction->setToolTip(tr("Search and filter the stories"));
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);

    m_focusListAction = newAction("focusStoryList", tr("Back to the Story List"), {QKeySequence(Qt::Key_Escape)});
    m_focusListAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_filterBar->addAction(m_focusListAction);
    m_editorArea->addAction(m_focusListAction);
    connect(m_focusListAction, &QAction::triggered, m_table, [this] { m_table->setFocus(Qt::ShortcutFocusReason); });

    // Story: the triage keys, live only in the list so they never eat typed text.
    m_togglePublishedAction = createListAction("togglePublished", tr("Toggle &Published"), {QKeySequence(Qt::Key_Space)},
                                               QStringLiteral("dialog-ok-apply"), QStyle::SP_DialogApplyButton);
    m_togglePublishedAction->setToolTip(tr("Publish the selected stories, or unpublish them when all are published"));
    connect(m_togglePublishedAction, &QAction::triggered, this, &MainWindow::togglePublished);

    m_raiseQualityAction = createListAction("raiseQuality", tr("&Raise Quality"), {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)},
                                            QStringLiteral("go-up"), QStyle::SP_ArrowUp);
    m_raiseQualityAction->setToolTip(tr("Raise the quality of the selected stories by %1").arg(QualityStep));
    connect(m_raiseQualityAction, &QAction::triggered, this, [this] { changeQuality(QualityStep); });
    m_lowerQualityAction = createListAction("lowerQuality", tr("&Lower Quality"), {QKeySequence(Qt::Key_Minus)},
                                            QStringLiteral("go-down"), QStyle::SP_ArrowDown);
    m_lowerQualityAction->setToolTip(tr("Lower the quality of the selected stories by %1").arg(QualityStep));
    connect(m_lowerQualityAction, &QAction::triggered, this, [this] { changeQuality(-QualityStep); });

    // 1-9 set 10-90, 0 sets 100: the digit row read left to right.
    static constexpr const char *setQualityNames[] = {"setQuality10", "setQuality20", "setQuality30", "setQuality40", "setQuality50",
                                                      "setQuality60", "setQuality70", "setQuality80", "setQuality90", "setQuality100"};
    for (int i = 0; i < 10; ++i) {
        const int quality = (i + 1) * 10;
        const Qt::Key key = i == 9 ? Qt::Key_0 : Qt::Key(Qt::Key_1 + i);
        QAction *action = createListAction(setQualityNames[i], tr("Set Quality to %1").arg(quality), {QKeySequence(key)});
        connect(action, &QAction::triggered, this, [this, quality] { setQuality(quality); });
        m_setQualityActions.append(action);
    }

    m_nextStoryAction = createListAction("nextStory", tr("&Next Story"), {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_Down)});
    connect(m_nextStoryAction, &QAction::triggered, this, [this] { moveCurrent(1); });
    m_previousStoryAction = createListAction("previousStory", tr("P&revious Story"), {QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_Up)});
    connect(m_previousStoryAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    m_nextUnpublishedAction = createListAction("nextUnpublished", tr("Next &Unpublished Story"), {QKeySequence(Qt::Key_N)},
                                               QStringLiteral("go-next"), QStyle::SP_ArrowForward);
    m_nextUnpublishedAction->setToolTip(tr("Go to the next story that is not published (wraps around)"));
    connect(m_nextUnpublishedAction, &QAction::triggered, this, &MainWindow::nextUnpublished);
    m_editTopicsAction = createListAction("editTopics", tr("Edit &Topics"), {QKeySequence(Qt::Key_T)});
    m_editTopicsAction->setToolTip(tr("Add a topic to the selected stories (Escape returns to the list)"));
    connect(m_editTopicsAction, &QAction::triggered, this, &MainWindow::editTopics);
    m_renameTopicsAction = createAction("renameTopics", tr("Rename or &Merge Topics…"), {}, QStringLiteral("edit-rename"));
    m_renameTopicsAction->setToolTip(tr("Rename a topic, or merge several into one, in every story of the folder"));
    connect(m_renameTopicsAction, &QAction::triggered, this, [this] { renameTopics({}); });

    m_remoteImagesAction = createAction("loadRemoteImages", tr("Load &Remote Images"));
    m_remoteImagesAction->setCheckable(true);
    m_remoteImagesAction->setChecked(m_settings.loadRemoteImages());
    m_remoteImagesAction->setToolTip(tr("Fetch story pictures from the web; when off, only pictures in the site folder show"));
    connect(m_remoteImagesAction, &QAction::toggled, m_imageFetcher, &ImageFetcher::setRemoteImagesEnabled);
    connect(m_remoteImagesAction, &QAction::toggled, this, [this](bool on) { m_settings.setLoadRemoteImages(on); });

    m_autoAdvanceAction = createAction("autoAdvance", tr("&Auto-advance"));
    m_autoAdvanceAction->setCheckable(true);
    m_autoAdvanceAction->setChecked(m_settings.autoAdvance());
    m_autoAdvanceAction->setToolTip(tr("Move to the next story after toggling published"));
    connect(m_autoAdvanceAction, &QAction::toggled, this, [this](bool on) { m_settings.setAutoAdvance(on); });

    // View: one action per column, for the View menu and the header's context menu.
    const QMetaEnum columns = QMetaEnum::fromType<StoryTableModel::Column>();
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column) {
        auto *action = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), this);
        action->setObjectName(QStringLiteral("showColumn%1").arg(QLatin1StringView(columns.valueToKey(column))));
        action->setCheckable(true);
        action->setEnabled(column != StoryTableModel::Title);   // a row needs its name
        connect(action, &QAction::toggled, m_table, [this, column](bool shown) {
            m_table->horizontalHeader()->setSectionHidden(column, !shown);
        });
        m_columnActions.append(action);
    }

    // Settings
    m_autoSaveGroup = new QActionGroup(this);
    m_autoSaveGroup->setExclusive(true);
    QList<std::pair<int, QString>> choices;
    for (const auto &choice : AutoSaveChoices)
        choices.append({choice.seconds, tr(choice.text)});
    const int configured = m_settings.autoSaveSeconds();
    if (std::none_of(choices.cbegin(), choices.cend(), [configured](const auto &choice) { return choice.first == configured; }))
        choices.append({configured, tr("After %1 Seconds Idle").arg(configured)});   // set by hand in the settings file
    for (const auto &[seconds, text] : std::as_const(choices)) {
        auto *action = new QAction(text, m_autoSaveGroup);
        action->setObjectName(QStringLiteral("autoSave%1").arg(seconds));
        action->setCheckable(true);
        action->setChecked(seconds == configured);
        connect(action, &QAction::triggered, this, [this, seconds = seconds] { setAutoSaveSeconds(seconds); });
    }

    // Help
    m_shortcutsAction = createAction("keyboardShortcuts", tr("&Keyboard Shortcuts"), standardKeys(QKeySequence::HelpContents),
                                     QStringLiteral("help-keyboard-shortcuts"), QStyle::SP_DialogHelpButton);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = createAction("about", tr("&About Storydesk"), {}, QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openFolderAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("openRecentMenu"));
    m_recentMenu->menuAction()->setObjectName(QStringLiteral("openRecent"));
    m_recentMenu->setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAllAction);
    file->addAction(m_revertAction);
    file->addSeparator();
    file->addAction(m_commitAction);
    file->addAction(m_syncAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_focusListAction);

    m_storyMenu = menuBar()->addMenu(tr("&Story"));
    m_storyMenu->addAction(m_togglePublishedAction);
    m_storyMenu->addAction(m_raiseQualityAction);
    m_storyMenu->addAction(m_lowerQualityAction);
    QMenu *quality = m_storyMenu->addMenu(tr("Set &Quality"));
    quality->addActions(m_setQualityActions);
    m_storyMenu->addAction(m_editTopicsAction);
    m_storyMenu->addAction(m_renameTopicsAction);
    m_storyMenu->addSeparator();
    m_storyMenu->addAction(m_nextStoryAction);
    m_storyMenu->addAction(m_previousStoryAction);
    m_storyMenu->addAction(m_nextUnpublishedAction);
    m_storyMenu->addSeparator();
    m_storyMenu->addAction(m_autoAdvanceAction);
    m_storyMenu->addAction(m_remoteImagesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_columnsMenu = view->addMenu(tr("&Columns"));
    m_columnsMenu->addActions(m_columnActions);
    view->addSeparator();
    view->addAction(m_showDuplicatesAction);
    view->addAction(m_showProblemsAction);

    QMenu *settings = menuBar()->addMenu(tr("Se&ttings"));
    QMenu *autoSave = settings->addMenu(tr("Auto-&save"));
    autoSave->addActions(m_autoSaveGroup->actions());
    settings->addAction(m_autoAdvanceAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);

    // The list's context menu: what the keys do, for the mouse.
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (m_table->indexAt(position).isValid())
            m_storyMenu->popup(m_table->viewport()->mapToGlobal(position));
    });
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_openFolderAction);
    toolBar->addAction(m_saveAction);
    toolBar->addAction(m_saveAllAction);
    toolBar->addAction(m_revertAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_togglePublishedAction);
    toolBar->addAction(m_nextUnpublishedAction);
    toolBar->addAction(m_autoAdvanceAction);
    toolBar->addAction(m_remoteImagesAction);
}

void MainWindow::createStatusBar()
{
    m_shownLabel = new QLabel(this);
    m_shownLabel->setObjectName(QStringLiteral("shownLabel"));
    m_unpublishedLabel = new QLabel(this);
    m_unpublishedLabel->setObjectName(QStringLiteral("unpublishedLabel"));
    m_modifiedLabel = new QLabel(this);
    m_modifiedLabel->setObjectName(QStringLiteral("modifiedLabel"));
    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setMaximumWidth(200);
    m_loadProgress->setFormat(tr("Loading %v of %m"));
    m_loadProgress->hide();
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setObjectName(QStringLiteral("cancelLoad"));
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->setToolTip(tr("Stop loading: the stories already loaded stay"));
    m_cancelLoad->setIcon(QIcon::fromTheme(QStringLiteral("process-stop"), style()->standardIcon(QStyle::SP_BrowserStop)));
    m_cancelLoad->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelLoad->setAutoRaise(true);
    m_cancelLoad->hide();
    connect(m_cancelLoad, &QToolButton::clicked, m_store, &StoryStore::cancelLoad);

    statusBar()->addPermanentWidget(m_loadProgress);
    statusBar()->addPermanentWidget(m_cancelLoad);
    // Sync's phase and Cancel sit beside the load's, the same way.
    m_sync = new SyncRunner(statusBar(), m_store, &m_settings, this);
    m_sync->setPrompts(m_prompts.get());
    connect(m_sync, &SyncRunner::syncStarted, this, [this] { m_syncAction->setEnabled(false); });
    connect(m_sync, &SyncRunner::syncEnded, this, [this] { m_syncAction->setEnabled(true); });
    statusBar()->addPermanentWidget(m_shownLabel);
    statusBar()->addPermanentWidget(m_unpublishedLabel);
    statusBar()->addPermanentWidget(m_modifiedLabel);
}

void MainWindow::connectModels()
{
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(StatusDelay);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    const auto scheduleStatus = [this] {
        if (!m_statusTimer.isActive())
            m_statusTimer.start();
    };

    // Rows arriving, leaving or being filtered: keep a story selected and the counts true.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this, scheduleStatus] {
        ensureSelection();
        scheduleStatus();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this, scheduleStatus] {
        ensureSelection();
        scheduleStatus();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this, scheduleStatus] {
        ensureSelection();
        currentStoryChanged();
        scheduleStatus();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this, scheduleStatus] {
        ensureSelection();
        scheduleStatus();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this, scheduleStatus](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
            currentStoryChanged();
        scheduleStatus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::currentStoryChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::selectionChanged);
    connect(m_selectionGuard, &SelectionDragGuard::selectionSettled, this, &MainWindow::selectionChanged);
    connect(m_coverage, &RelatedCoverage::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 2 * MessageTimeout); });

    connect(m_model, &StoryTableModel::publishedToggleRequested, this, [this](const QString &path, bool published) {
        applyEdits({{path, YamlValue::boolean(published)}}, StorySchema::Published,
                   published ? tr("Publish") : tr("Unpublish"));
    });

    connect(m_store, &StoryStore::loadStarted, this, &MainWindow::loadStarted);
    connect(m_store, &StoryStore::loadProgress, this, &MainWindow::loadProgress);
    connect(m_store, &StoryStore::loadFinished, this, [this] { loadEnded(false); });
    connect(m_store, &StoryStore::loadCancelled, this, [this] { loadEnded(true); });
    connect(m_store, &StoryStore::conflictDetected, this, &MainWindow::conflictDetected);
    connect(m_store, &StoryStore::storyChanged, this, &MainWindow::storyChangedOnDisk);
    m_formReloadTimer.setSingleShot(true);
    connect(&m_formReloadTimer, &QTimer::timeout, m_form, &StoryForm::reload);
    connect(&m_formReloadTimer, &QTimer::timeout, m_source, &SourceView::reload);
    connect(m_editorTabs, &QTabWidget::currentChanged, this, &MainWindow::editorTabChanged);
    connect(m_source, &SourceView::unappliedEditsChanged, this, [this](bool unapplied) {
        m_editorTabs->setTabText(m_editorTabs->indexOf(m_source), unapplied ? tr("Source*") : tr("Source"));
        updateActions();   // Save applies the typed text first
    });

    connect(m_editor, &StoryEditor::modifiedChanged, this, [this, scheduleStatus] {
        updateWindowModified();
        updateActions();
        scheduleStatus();
    });
    connect(m_editor, &StoryEditor::storyEdited, this, &MainWindow::storyEdited);

    m_autoSaveTimer.setSingleShot(true);
    connect(&m_autoSaveTimer, &QTimer::timeout, this, &MainWindow::autoSave);

    connect(m_filterBar, &FilterBar::searchAccepted, m_table, [this] { m_table->setFocus(Qt::OtherFocusReason); });
}

// ---------------------------------------------------------------------------------------
// The facets sidebar and saved desks

void MainWindow::createFacetsDock()
{
    m_facetsDock = new FacetsDock(m_store, this);
    m_facetsDock->setObjectName(QStringLiteral("facetsDock"));   // saveState() keeps it by name
    addDockWidget(Qt::LeftDockWidgetArea, m_facetsDock);
    connect(m_facetsDock, &FacetsDock::selectionChanged, m_proxy, &StorySortFilterProxyModel::setFacetSelection);
    connect(m_facetsDock, &FacetsDock::deskActivated, this, &MainWindow::applyDesk);
    connect(m_facetsDock, &FacetsDock::renameTopicsRequested, this, &MainWindow::renameTopics);
    connect(m_facetsDock, &FacetsDock::selectionChanged, this, &MainWindow::followCurrentDesk);
    connect(m_filterBar->searchField(), &QLineEdit::textChanged, this, &MainWindow::followCurrentDesk);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &MainWindow::followCurrentDesk);
    connect(m_store, &StoryStore::loadStarted, m_facetsDock, [this](const QString &folder) {
        m_facetsDock->setSelection(FacetSelection());   // another folder's topics mean nothing here
        m_facetsDock->setFolder(folder);
    });

    m_showFacetsAction = createAction("showFacets", tr("&Facets Sidebar"), {QKeySequence(Qt::Key_F9)});
    m_dockToggles.append({m_showFacetsAction, m_facetsDock});
    m_showFacetsAction->setCheckable(true);
    m_showFacetsAction->setChecked(true);
    m_showFacetsAction->setToolTip(tr("Show or hide the facets and saved desks"));
    connect(m_showFacetsAction, &QAction::toggled, m_facetsDock, &QDockWidget::setVisible);
    // Not `this`: a window destroyed while shown hides its docks from ~QWidget, after
    // ~MainWindow, and this runs then.
    connect(m_facetsDock, &QDockWidget::visibilityChanged, m_showFacetsAction,
            [dock = m_facetsDock, action = m_showFacetsAction](bool visible) {
                // visibilityChanged also reports a dock tabbed behind another: follow only real hiding.
                action->setChecked(visible || !dock->isHidden());
            });
    m_saveDeskAction = createAction("saveDesk", tr("Save &Desk…"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
                                    QStringLiteral("bookmark-new"));
    m_saveDeskAction->setToolTip(tr("Save the filter text, facets and sort as a desk of this folder"));
    connect(m_saveDeskAction, &QAction::triggered, m_facetsDock, [this] { m_facetsDock->saveDeskInteractively(currentDesk()); });

    // At the top of the View menu, above the columns.
    if (auto *menu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        QAction *first = menu->actions().value(0);
        menu->insertAction(first, m_showFacetsAction);
        menu->insertAction(first, m_saveDeskAction);
        menu->insertSeparator(first);
    }
}

Desk MainWindow::currentDesk() const
{
    Desk desk;
    desk.query = m_filterBar->searchField()->text();
    desk.facets = m_proxy->facetSelection();
    const int column = m_table->horizontalHeader()->sortIndicatorSection();
    if (column >= 0 && column < StoryTableModel::ColumnCount) {
        desk.sortColumn = QString::fromLatin1(QMetaEnum::fromType<StoryTableModel::Column>().valueToKey(column)).toLower();
        desk.sortDescending = m_table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    }
    return desk;
}

void MainWindow::applyDesk(const Desk &desk)
{
    // The quick filters are not part of a desk: left on, they would show fewer stories than
    // the desk's count says.
    m_filterBar->clearFilters();
    m_filterBar->setSearchText(desk.query);
    m_facetsDock->setSelection(desk.facets);
    const QMetaEnum columns = QMetaEnum::fromType<StoryTableModel::Column>();
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column) {
        if (QString::fromLatin1(columns.valueToKey(column)).toLower() == desk.sortColumn)
            m_table->sortByColumn(column, desk.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    statusBar()->showMessage(tr("Desk \"%1\"").arg(desk.name), 3000);
    m_appliedDesk = desk;
    m_facetsDock->model()->setCurrentDesk(desk.name);
}

void MainWindow::followCurrentDesk()
{
    // The desk stays marked while the table shows exactly it: a word typed, a facet
    // clicked or another sort leaves it.
    if (m_facetsDock->model()->currentDesk().isEmpty())
        return;
    Desk shown = currentDesk();
    shown.name = m_appliedDesk.name;
    if (!(shown == m_appliedDesk))
        m_facetsDock->model()->setCurrentDesk(QString());
}

void MainWindow::restoreLayout()
{
    const bool firstRun = !restoreGeometry(m_settings.windowGeometry());
    const QSize available = screen()->availableGeometry().size();
    if (firstRun)
        resize(available.width() * 9 / 10, available.height() * 9 / 10);
    restoreState(m_settings.windowState());
    // On a laptop screen the sidebar would leave the story titles a sliver: it starts
    // hidden there (F9 shows it, and the choice is kept from then on).
    if (firstRun && available.width() < SidebarScreenWidth)
        m_facetsDock->hide();
    // A dock hidden before the window is shown reports no visibility change: the View
    // menu's check marks are set from the docks themselves.
    for (const auto &[toggle, dock] : std::as_const(m_dockToggles))
        toggle->setChecked(!dock->isHidden());
    if (!m_mainSplitter->restoreState(m_settings.mainSplitterState()))
        m_mainSplitter->setSizes({width() * 7 / 10, width() * 3 / 10});
    if (!m_detailsSplitter->restoreState(m_settings.detailsSplitterState()))
        // The preview shows the picture, title, provider, date and excerpt at once; the form
        // scrolls its related list and entry editor.
        m_detailsSplitter->setSizes({height() * 45 / 100, height() * 55 / 100});

    QHeaderView *header = m_table->horizontalHeader();
    // Keeps the defaults when it fails; a first run fits them to the table once it is shown.
    m_fitColumnsOnShow = !header->restoreState(m_settings.tableHeaderState());
    header->setSectionHidden(StoryTableModel::Title, false);
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column)
        m_columnActions.at(column)->setChecked(!header->isSectionHidden(column));

    // Newest first unless the editor chose otherwise.
    const int sortColumn = m_settings.sortColumn();
    if (sortColumn >= 0 && sortColumn < StoryTableModel::ColumnCount)
        m_table->sortByColumn(sortColumn, m_settings.sortOrder());
    else
        m_table->sortByColumn(StoryTableModel::Date, Qt::DescendingOrder);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_fitColumnsOnShow, false))
        QTimer::singleShot(0, this, &MainWindow::fitColumnsToTable);   // once the layout has its sizes
}

void MainWindow::fitColumnsToTable()
{
    // The columns are sized for their content, which on a laptop screen with the sidebar
    // open leaves the title (it takes what the others leave) a few pixels. Give it at least
    // a third of the table, taken from the topics and provider columns down to a readable
    // width; the editor's own widths are kept from then on.
    QHeaderView *header = m_table->horizontalHeader();
    const int character = m_table->fontMetrics().averageCharWidth();
    const int available = m_table->viewport()->width();
    int others = 0;
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column) {
        if (column != StoryTableModel::Title && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    int excess = others + std::max(30 * character, available / 3) - available;
    for (const int column : {int(StoryTableModel::Topics), int(StoryTableModel::Provider)}) {
        if (excess <= 0)
            break;
        const int size = header->sectionSize(column);
        const int fitted = std::max(10 * character, size - excess);
        header->resizeSection(column, fitted);
        excess -= size - std::min(size, fitted);
    }
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setMainSplitterState(m_mainSplitter->saveState());
    m_settings.setDetailsSplitterState(m_detailsSplitter->saveState());
    QHeaderView *header = m_table->horizontalHeader();
    m_settings.setTableHeaderState(header->saveState());
    m_settings.setSort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_settings.sync();
}

// ---------------------------------------------------------------------------------------
// The Duplicates and Problems docks

void MainWindow::createFinderDocks()
{
    m_duplicates = new DuplicateIndex(m_store, this);
    m_duplicatesView = new DuplicatesView(m_duplicates, m_store, m_editor, m_undoStack, this);
    m_duplicatesView->setObjectName(QStringLiteral("duplicatesView"));
    m_problemsView = new ProblemsView(m_store, this);
    m_problemsView->setObjectName(QStringLiteral("problemsView"));

    m_showDuplicatesAction = createAction("showDuplicates", tr("&Duplicates"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    m_showProblemsAction = createAction("showProblems", tr("&Problems"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    QDockWidget *duplicates = addFinderDock(tr("Duplicates"), "duplicatesDock", m_duplicatesView, m_showDuplicatesAction);
    QDockWidget *problems = addFinderDock(tr("Problems"), "problemsDock", m_problemsView, m_showProblemsAction);
    // Both are wide lists: tabs of one dock area rather than two squeezed halves.
    tabifyDockWidget(duplicates, problems);

    connect(m_duplicatesView, &DuplicatesView::storyActivated, this, &MainWindow::showStory);
    connect(m_duplicatesView, &DuplicatesView::notice, this, [this](const QString &text) { statusBar()->showMessage(text, MessageTimeout); });
    connect(m_problemsView, &ProblemsView::problemActivated, this, &MainWindow::showProblem);
}

void MainWindow::followDuplicates()
{
    // is:duplicate reads the groups of the moment without locking; each new grouping is
    // installed again, and the table and the desks' counts follow it.
    const auto install = [this] {
        const DuplicateLookup lookup = m_duplicates->lookup();
        m_proxy->setDuplicateLookup(lookup);
        m_facetsDock->model()->setDuplicateLookup(lookup);
    };
    install();
    connect(m_duplicates, &DuplicateIndex::changed, this, install);
}

QDockWidget *MainWindow::addFinderDock(const QString &title, const char *objectName, QWidget *view, QAction *toggle)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(QLatin1StringView(objectName));
    dock->setWidget(view);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();   // until the editor asks; restoreLayout() brings back what was open
    m_dockToggles.append({toggle, dock});
    toggle->setCheckable(true);
    connect(toggle, &QAction::toggled, dock, &QDockWidget::setVisible);
    connect(dock, &QDockWidget::visibilityChanged, toggle, [dock, toggle] {
        // Tabified docks report hidden when another tab is in front: only closing counts.
        toggle->setChecked(!dock->isHidden());
    });
    connect(toggle, &QAction::triggered, dock, [dock](bool checked) {
        if (checked)
            dock->raise();
    });
    return dock;
}

bool MainWindow::showStory(const QString &path)
{
    if (m_store->indexOf(path) < 0)
        return false;
    if (proxyRowOf(path) < 0) {
        m_filterBar->clearFilters();
        m_facetsDock->setSelection(FacetSelection());   // the facets hide stories too
        statusBar()->showMessage(tr("Filter cleared to show %1").arg(QFileInfo(path).fileName()), MessageTimeout);
    }
    const int row = proxyRowOf(path);
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

void MainWindow::showProblem(const QString &path, int line, int column)
{
    if (!showStory(path))
        return;
    if (openResolver(path))
        return;
    m_editorTabs->setCurrentWidget(m_source);
    if (line > 0)
        m_source->editor()->goTo(line, column);
    m_source->editor()->setFocus(Qt::OtherFocusReason);
}

// ---------------------------------------------------------------------------------------
// Working as a team

void MainWindow::commitStories()
{
    if (m_folder.isEmpty())
        return;
    applySource();
    // Save All First goes through the window's own save, asking about stories changed on disk.
    auto *dialog = new CommitDialog(m_folder, m_editor, [this] { return saveStories(m_editor->modifiedStories(), SaveMode::Interactive); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { statusBar()->showMessage(dialog->outcome(), MessageTimeout); });
    dialog->open();
}

bool MainWindow::openResolver(const QString &path)
{
    auto *dialog = new ConflictResolverDialog(path, this);
    if (!dialog->isResolvable()) {
        delete dialog;
        return false;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, path] {
        m_store->reloadStory(path);
        statusBar()->showMessage(tr("%1 resolved and marked so in git: commit it (or continue the rebase), then sync.")
                                     .arg(QFileInfo(path).fileName()),
                                 2 * MessageTimeout);
    });
    dialog->open();
    return true;
}

// ---------------------------------------------------------------------------------------
// Folders

bool MainWindow::openFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        m_prompts->showError(tr("Cannot Open Folder"), tr("%1 is not a folder.").arg(QDir::toNativeSeparators(path)));
        m_settings.removeRecentFolder(path);
        rebuildRecentMenu();
        return false;
    }
    if (!resolveUnsavedEdits())
        return false;

    // The commands hold paths of the folder being closed: they cannot be undone in the next.
    m_source->discardEdits();
    m_undoStack->clear();
    m_autoSaveTimer.stop();
    m_folder = QDir::cleanPath(info.absoluteFilePath());
    m_filterBar->clearVocabularyFilters();
    m_store->setIndexEnabled(m_settings.useFolderIndex());
    m_store->openFolder(m_folder);
    m_imageFetcher->setSiteFolder(m_folder);

    setWindowFilePath(m_folder);
    setWindowTitle(tr("%1[*] — Storydesk").arg(QDir(m_folder).dirName()));
    updateWindowModified();
    m_settings.addRecentFolder(m_folder);
    rebuildRecentMenu();
    return true;
}

void MainWindow::chooseFolder()
{
    const QString start = m_folder.isEmpty() ? QDir::homePath() : QFileInfo(m_folder).absolutePath();
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Site Folder"), start);
    if (!path.isEmpty())
        openFolder(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList folders = m_settings.recentFolders();
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const QString &folder = folders.at(i);
        // &1 … &9, then &0 for the tenth: every entry has a key.
        const QString text = QStringLiteral("&%1  %2").arg((i + 1) % 10).arg(escapedMnemonics(QDir::toNativeSeparators(folder)));
        QAction *action = m_recentMenu->addAction(text);
        action->setObjectName(QStringLiteral("openRecent%1").arg(i + 1));
        connect(action, &QAction::triggered, this, [this, folder] { openFolder(folder); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!folders.isEmpty());
    m_recentMenu->menuAction()->setEnabled(!folders.isEmpty());
}

QString MainWindow::folderIn(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return {};
    const QString path = urls.constFirst().toLocalFile();
    return QFileInfo(path).isDir() ? path : QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!folderIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString folder = folderIn(event->mimeData());
    if (folder.isEmpty())
        return;
    event->acceptProposedAction();
    // Not from inside the drop: asking about unsaved edits would hold the file manager's drag.
    QTimer::singleShot(0, this, [this, folder] { openFolder(folder); });
}

bool MainWindow::resolveUnsavedEdits()
{
    applySource();   // text typed in the source view counts, when it can be applied
    const QStringList modified = m_editor->modifiedStories();
    if (modified.isEmpty())
        return true;
    switch (m_prompts->askUnsaved(modified)) {
    case UserPrompts::UnsavedChoice::SaveAll:
        return saveStories(modified, SaveMode::Interactive);
    case UserPrompts::UnsavedChoice::Discard:
        for (const QString &path : modified)
            m_editor->revert(path);
        return true;
    case UserPrompts::UnsavedChoice::Cancel:
        break;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!resolveUnsavedEdits()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

// ---------------------------------------------------------------------------------------
// Saving

void MainWindow::saveSelected()
{
    applySource();
    QStringList modified;
    for (const QString &path : selectedPaths()) {
        if (m_editor->isModified(path))
            modified.append(path);
    }
    saveStories(modified, SaveMode::Interactive);
}

void MainWindow::saveAll()
{
    applySource();
    saveStories(m_editor->modifiedStories(), SaveMode::Interactive);
}

void MainWindow::revertSelected()
{
    int reverted = 0;
    for (const QString &path : selectedPaths()) {
        if (m_editor->isModified(path)) {
            m_editor->revert(path);
            ++reverted;
        }
    }
    if (reverted > 0)
        statusBar()->showMessage(tr("Stories reverted to the version on disk: %1").arg(reverted), MessageTimeout);
}

bool MainWindow::saveStories(const QStringList &paths, SaveMode mode)
{
    int saved = 0;
    int skipped = 0;
    QStringList failures;
    for (const QString &path : paths) {
        QString error;
        const SaveResult result = saveStory(path, mode, &error);
        if (result == SaveResult::Cancelled)
            return false;
        if (result == SaveResult::Saved)
            ++saved;
        else if (result == SaveResult::Skipped)
            ++skipped;
        else if (result == SaveResult::Failed)
            failures.append(error);
    }

    if (!failures.isEmpty()) {
        const QString message = tr("Stories that could not be saved: %1. Their edits are kept.").arg(failures.size())
            + QStringLiteral("\n\n") + failures.join(QLatin1Char('\n'));
        if (mode == SaveMode::Interactive)
            m_prompts->showError(tr("Save Failed"), message);
        else
            statusBar()->showMessage(tr("Auto-save: %1").arg(failures.constFirst()), MessageTimeout);
    } else if (skipped > 0) {
        statusBar()->showMessage(tr("Auto-save left out stories changed on disk (%1): save them to choose a version.").arg(skipped),
                                 MessageTimeout);
    } else if (saved > 0) {
        statusBar()->showMessage(tr("Stories saved: %1").arg(saved), MessageTimeout);
    }
    return failures.isEmpty() && skipped == 0;
}

MainWindow::SaveResult MainWindow::saveStory(const QString &path, SaveMode mode, QString *error)
{
    // A conflict resolved with "apply mine on top" saves again; the disk may change again
    // meanwhile, so this asks as often as it has to.
    for (;;) {
        switch (m_editor->save(path, error)) {
        case StoryEditor::SaveOutcome::Saved:
        case StoryEditor::SaveOutcome::Unchanged:
            return SaveResult::Saved;
        case StoryEditor::SaveOutcome::Failed:
            return SaveResult::Failed;
        case StoryEditor::SaveOutcome::ChangedOnDisk:
            break;
        }
        if (mode == SaveMode::Quiet)
            return SaveResult::Skipped;
        switch (m_prompts->askConflict(path)) {
        case UserPrompts::ConflictChoice::Reload:
            m_editor->reloadFromDisk(path);
            return SaveResult::Reloaded;
        case UserPrompts::ConflictChoice::ApplyMineOnTop:
            if (!m_editor->applyMineOnTop(path, error))
                return SaveResult::Failed;
            continue;
        case UserPrompts::ConflictChoice::Cancel:
            return SaveResult::Cancelled;
        }
    }
}

void MainWindow::storyEdited()
{
    if (m_settings.autoSaveSeconds() > 0)
        m_autoSaveTimer.start(std::chrono::seconds(m_settings.autoSaveSeconds()));
}

void MainWindow::autoSave()
{
    const QStringList modified = m_editor->modifiedStories();
    if (!modified.isEmpty())
        saveStories(modified, SaveMode::Quiet);
}

void MainWindow::setAutoSaveSeconds(int seconds)
{
    m_settings.setAutoSaveSeconds(seconds);
    if (seconds == 0)
        m_autoSaveTimer.stop();
    else if (!m_editor->modifiedStories().isEmpty())
        m_autoSaveTimer.start(std::chrono::seconds(seconds));
}

// ---------------------------------------------------------------------------------------
// Triage

QModelIndexList MainWindow::selectedStories() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().siblingAtColumn(0));
    // Top to bottom as shown, so commands and messages list stories in the editor's order.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

QStringList MainWindow::selectedPaths() const
{
    QStringList paths;
    for (const QModelIndex &row : selectedStories())
        paths.append(row.data(PathRole).toString());
    return paths;
}

void MainWindow::applyEdits(const QList<std::pair<QString, YamlValue>> &values, const QString &key, const QString &text, bool mergesBursts)
{
    const YamlPath path({key});
    SetValueCommand *command = SetValueCommand::forStories(m_editor, values, path, text, mergesBursts);
    if (!command)
        return;   // every story already has that value: no undo step for nothing
    m_undoStack->push(command);
    // The command may be gone (merged into a burst, or dropped), so ask the stories.
    QStringList failed;
    for (const auto &[story, after] : values) {
        const std::optional<YamlValue> now = m_editor->value(story, path);
        if (!now || !now->sameAs(after))
            failed.append(QFileInfo(story).fileName());
    }
    if (!failed.isEmpty())
        statusBar()->showMessage(tr("Could not change %1").arg(failed.join(QStringLiteral(", "))), MessageTimeout);
}

void MainWindow::togglePublished()
{
    QStringList paths;
    bool allPublished = true;
    for (const QModelIndex &row : selectedStories()) {
        if (row.data(StateRole).value<StoryState>() == StoryState::Broken)
            continue;   // nothing to write into: its front matter does not parse
        paths.append(row.data(PathRole).toString());
        allPublished = allPublished && row.siblingAtColumn(StoryTableModel::Published).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    }
    if (paths.isEmpty())
        return;
    // Auto-advance continues below the bottom-most story of the selection.
    const QString anchorPath = paths.constLast();
    const int anchorRow = proxyRowOf(anchorPath);

    // A mixed selection becomes published: the common case is "publish these".
    const bool publish = !allPublished;
    QList<std::pair<QString, YamlValue>> values;
    for (const QString &path : std::as_const(paths))
        values.append({path, YamlValue::boolean(publish)});
    applyEdits(values, StorySchema::Published,
               publish ? tr("Publish") : tr("Unpublish"));

    if (!m_autoAdvanceAction->isChecked())
        return;
    // The story may have left the list (an "unpublished" filter, a sort on Published): then
    // the next one has already taken its place.
    const int row = proxyRowOf(anchorPath);
    selectRow(row >= 0 ? row + 1 : anchorRow);
}

int MainWindow::proxyRowOf(const QString &path) const
{
    const int sourceRow = m_store->indexOf(path);
    return sourceRow < 0 ? -1 : m_proxy->mapFromSource(m_model->index(sourceRow, 0)).row();
}

void MainWindow::changeQuality(int delta)
{
    QList<std::pair<QString, YamlValue>> values;
    for (const QModelIndex &row : selectedStories()) {
        if (row.data(StateRole).value<StoryState>() == StoryState::Broken)
            continue;
        // A story without a quality starts from 0.
        const int quality = qMax(0, row.siblingAtColumn(StoryTableModel::Quality).data(RawValueRole).toInt());
        values.append({row.data(PathRole).toString(), YamlValue::integer(qBound(0, quality + delta, MaxQuality))});
    }
    applyEdits(values, StorySchema::Quality,
               delta > 0 ? tr("Raise Quality") : tr("Lower Quality"),
               true);
}

void MainWindow::setQuality(int quality)
{
    QList<std::pair<QString, YamlValue>> values;
    for (const QModelIndex &row : selectedStories()) {
        if (row.data(StateRole).value<StoryState>() != StoryState::Broken)
            values.append({row.data(PathRole).toString(), YamlValue::integer(quality)});
    }
    applyEdits(values, StorySchema::Quality, tr("Set Quality to %1").arg(quality));
}

void MainWindow::moveCurrent(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    selectRow(current.isValid() ? current.row() + delta : 0);
}

void MainWindow::selectRow(int row)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    row = qBound(0, row, rows - 1);
    const int column = m_table->currentIndex().isValid() ? m_table->currentIndex().column() : int(StoryTableModel::Title);
    const QModelIndex index = m_proxy->index(row, column);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::ensureSelection()
{
    if (m_proxy->rowCount() == 0)
        return;
    QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = selection->currentIndex();
    // While a folder loads, rows sorted above the first one keep arriving, and the whole
    // table is sorted once the load ends: until the editor moves, "the first story" stays
    // selected rather than one that slid down the list.
    const bool untouched = current.isValid() && current == m_autoSelected;
    if (!current.isValid() || (untouched && current.row() != 0)) {
        selectRow(0);
        m_autoSelected = m_table->currentIndex();
    } else if (!selection->hasSelection()) {
        selection->select(current, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void MainWindow::nextUnpublished()
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int start = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const int row = (start + step) % rows;
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(StateRole).value<StoryState>() == StoryState::Broken)
            continue;
        if (m_proxy->index(row, StoryTableModel::Published).data(Qt::CheckStateRole).toInt() != Qt::Checked) {
            selectRow(row);
            return;
        }
    }
    statusBar()->showMessage(tr("Every story in the list is published"), MessageTimeout);
}

void MainWindow::editTopics()
{
    m_editorTabs->setCurrentWidget(m_form);
    m_form->focusTopics();
}

// ---------------------------------------------------------------------------------------
// Following the models

// ---------------------------------------------------------------------------------------
// Topic rename and merge

void MainWindow::renameTopics(const QStringList &topics)
{
    applySource();   // text typed in the source view is part of what the rename starts from
    // Window-modal, not exec(): the rename runs in slices of this event loop, with progress.
    auto *dialog = new TopicRenameDialog(m_store, m_editor, m_undoStack, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectTopics(topics);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (!dialog->outcome().isEmpty())
            statusBar()->showMessage(dialog->outcome(), 2 * MessageTimeout);
    });
    dialog->open();
}

// ---------------------------------------------------------------------------------------

void MainWindow::currentStoryChanged()
{
    if (m_autoSelected.isValid() && m_table->currentIndex() != m_autoSelected)
        m_autoSelected = QPersistentModelIndex();   // the editor moved: their row is theirs
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const int row = current.isValid() ? m_store->indexOf(current.data(PathRole).toString()) : -1;
    if (row < 0)
        m_preview->clear();
    else
        m_preview->setStory(m_store->summary(row));
}

void MainWindow::selectionChanged()
{
    // A press that may become a drag waits: the form keeps the story being edited.
    if (m_selectionGuard->isHolding())
        return;
    const QStringList paths = selectedPaths();
    m_formStories = QSet<QString>(paths.cbegin(), paths.cend());
    m_form->setStories(paths);
    m_source->setStories(paths);
    // A story whose front matter does not parse opens on its source, where it can be
    // repaired; the next story goes back to the form, unless the editor chose the tab.
    const int row = paths.size() == 1 ? m_store->indexOf(paths.first()) : -1;
    const bool broken = row >= 0 && m_store->summary(row).broken;
    if (broken || m_sourceShownForBroken) {
        const QScopedValueRollback switching(m_switchingTabs, true);
        m_editorTabs->setCurrentWidget(broken ? static_cast<QWidget *>(m_source) : m_form);
        m_sourceShownForBroken = broken;
    }
    updateActions();
}

void MainWindow::editorTabChanged()
{
    if (!m_switchingTabs)
        m_sourceShownForBroken = false;
    // Leaving the source applies what was typed there; text that cannot be applied stays,
    // marked, and the tab says so.
    if (m_editorTabs->currentWidget() != m_source)
        applySource();
}

void MainWindow::applySource()
{
    if (!m_source->apply())
        statusBar()->showMessage(tr("The text typed in the Source tab does not parse: it was not applied."), MessageTimeout);
}

void MainWindow::storyChangedOnDisk(int row)
{
    // The form follows edits through StoryEditor by itself; a story without edits that
    // changed here was read again from disk, and the form must read it again too.
    if (!m_store->isDirty(row) && m_formStories.contains(m_store->summary(row).path) && !m_formReloadTimer.isActive())
        m_formReloadTimer.start(0);
}

void MainWindow::updateActions()
{
    const QStringList paths = selectedPaths();
    const bool hasSelection = !paths.isEmpty();
    bool selectionModified = false;
    for (const QString &path : paths) {
        if (m_editor->isModified(path)) {
            selectionModified = true;
            break;
        }
    }
    m_saveAction->setEnabled(selectionModified || m_source->hasUnappliedEdits());
    m_revertAction->setEnabled(selectionModified);
    m_saveAllAction->setEnabled(!m_editor->modifiedStories().isEmpty());
    for (QAction *action : {m_togglePublishedAction, m_raiseQualityAction, m_lowerQualityAction})
        action->setEnabled(hasSelection);
    for (QAction *action : std::as_const(m_setQualityActions))
        action->setEnabled(hasSelection);
    m_editTopicsAction->setEnabled(hasSelection);
}

void MainWindow::updateWindowModified()
{
    setWindowModified(!m_editor->modifiedStories().isEmpty());
}

void MainWindow::updateStatus()
{
    m_statusTimer.stop();
    const int total = m_store->count();
    int unpublished = 0;
    for (int row = 0; row < total; ++row) {
        // The same rule as `published:false` and the Unpublished facet, so the numbers
        // agree: whatever is not explicitly published, a broken story included.
        if (m_store->summary(row).published != StorySummary::Published::Yes)
            ++unpublished;
    }
    const int modified = int(m_editor->modifiedStories().size());
    m_shownLabel->setText(tr("Shown: %1 of %2").arg(m_proxy->rowCount()).arg(total));
    m_unpublishedLabel->setText(tr("Unpublished: %1").arg(unpublished));
    m_modifiedLabel->setText(tr("Modified: %1").arg(modified));
    QFont font = m_modifiedLabel->font();
    font.setBold(modified > 0);
    m_modifiedLabel->setFont(font);
}

void MainWindow::loadStarted()
{
    m_loadProgress->setRange(0, 0);   // busy until the scan has found something
    m_loadProgress->show();
    m_cancelLoad->show();
}

void MainWindow::loadProgress(int done, int found)
{
    m_loadProgress->setRange(0, qMax(found, 1));
    m_loadProgress->setValue(done);
}

void MainWindow::loadEnded(bool cancelled)
{
    // The table was sorted as the load ended (the proxy hears of it first): from now on a
    // re-sort or a filter keeps whatever story is current.
    m_autoSelected = QPersistentModelIndex();
    m_loadProgress->hide();
    m_cancelLoad->hide();
    updateStatus();
    if (cancelled)
        statusBar()->showMessage(tr("Loading cancelled; stories loaded: %1").arg(m_store->count()), MessageTimeout);
    else
        statusBar()->showMessage(tr("Stories loaded: %1").arg(m_store->count()), MessageTimeout);
}

void MainWindow::conflictDetected(const QString &path)
{
    // The row shows the conflict; the status bar says what happens next.
    statusBar()->showMessage(tr("%1 changed on disk while it has unsaved edits: saving it will ask which version to keep.")
                                 .arg(QFileInfo(path).fileName()),
                             2 * MessageTimeout);
}

void MainWindow::showHeaderMenu(const QPoint &position)
{
    m_columnsMenu->popup(m_table->horizontalHeader()->viewport()->mapToGlobal(position));
}

void MainWindow::showShortcuts()
{
    if (!m_shortcutsDialog)
        m_shortcutsDialog = new ShortcutsDialog(this);
    m_shortcutsDialog->setActions(m_actions);
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::Information, tr("About Storydesk"),
                    tr("Storydesk %1\n\nCurate a news site kept as Markdown files with YAML front matter.\n\n"
                       "Front-matter highlighter: %2\nQt %3")
                        .arg(QCoreApplication::applicationVersion(), highlighterName(), QString::fromLatin1(qVersion())),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace Storydesk
