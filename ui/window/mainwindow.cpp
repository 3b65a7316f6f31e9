#include "mainwindow.h"

#include "filterbar.h"
#include "folderoperations.h"
#include "facetmodel.h"
#include "facetsdock.h"
#include "duplicatesview.h"
#include "imagefetcher.h"
#include "imageloader.h"
#include "panenavigator.h"
#include "problemsview.h"
#include "recoveryjournal.h"
#include "relatedcoverage.h"
#include "selectiondragguard.h"
#include "shortcutsdialog.h"
#include "sitefieldscontroller.h"
#include "sitegitstatus.h"
#include "windowteamwork.h"
#include "sourceeditor.h"
#include "sourcehighlighter.h"
#include "sourceview.h"
#include "storyeditor.h"
#include "storyform.h"
#include "storypreview.h"
#include "storyroles.h"
#include "storysortfilterproxymodel.h"
#include "storytablecolumns.h"
#include "storystore.h"
#include "storytablemodel.h"
#include "storytriage.h"
#include "topicrenamedialog.h"
#include "unboundcolumns.h"
#include "windowactions.h"
#include "windowdocks.h"
#include "windowrecovery.h"
#include "windowstatus.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Storydesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
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
    m_triage = new StoryTriage(m_table, m_model, m_proxy, m_editor, m_undoStack, this);
    m_actions = new WindowActions({this, m_table, m_model, m_filterBar, m_editorArea, m_source, m_form, m_editor, m_undoStack}, m_settings);
    m_status = new WindowStatus(statusBar(), m_store, m_editor, m_proxy, this);
    m_folders = new FolderOperations(m_settings, m_store, m_editor, m_undoStack, m_source,
                                     [triage = m_triage] { return triage->selectedPaths(); }, this);
    connectActions();
    connectModels();
    m_docks = new WindowDocks({this, m_store, m_editor, m_undoStack, m_proxy, m_filterBar, m_table}, m_actions);
    connectFoldersAndDocks();
    m_team = new WindowTeamwork({this, m_table, m_model, m_preview, m_docks->facetsDock()->model(), m_store, m_editor, m_folders, m_actions},
                                m_settings, this);
    connect(m_team, &WindowTeamwork::notice, this, &MainWindow::showNotice);
    m_recovery = new WindowRecovery(m_store, m_editor, m_undoStack, m_folders, QString(), this);
    connect(m_recovery, &WindowRecovery::notice, this, &MainWindow::showNotice);
    m_siteFields = new SiteFieldsController(this, statusBar(), m_store, m_editor,
                                            [preview = m_preview] { return preview->hasStory() ? preview->story().path : QString(); }, this);
    connect(m_actions->siteFields(), &QAction::triggered, m_siteFields, &SiteFieldsController::openDialog);
    connect(m_siteFields, &SiteFieldsController::notice, this, &MainWindow::showNotice);
    connect(m_unboundColumns, &UnboundColumns::columnsChanged, m_actions, &WindowActions::checkShownColumns);
    createPanes();
    setTabOrders();
    connectRelatedTarget();
    restoreLayout();
    setAcceptDrops(true);
    setWindowTitle(QStringLiteral("Storydesk"));

    // The editor starts in the list: the first key pressed is a triage key.
    m_table->setFocus(Qt::OtherFocusReason);
    updateActions();
    m_status->update();
}

MainWindow::~MainWindow()
{
    // The journal writes out what is pending while the editor it asks still exists.
    delete m_recovery;
}

QString MainWindow::highlighterName()
{
    return SourceHighlighter::name();
}

bool MainWindow::openFolder(const QString &path)
{
    return m_folders->openFolder(path);
}

QString MainWindow::folder() const
{
    return m_folders->folder();
}

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_folders->setPrompts(std::move(prompts));
    m_team->setPrompts(m_folders->prompts());
}

const QList<QAction *> &MainWindow::windowActions() const
{
    return m_actions->all();
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
    // The header paints each section's "selected position" from its selection model, which
    // asks every row of the column whether it is selected: 900,000 questions a paint after
    // Select All of 100,000 stories. With sections neither highlighted nor selectable (a
    // click sorts), an empty selection of its own says the same at once.
    header->setSelectionModel(new QItemSelectionModel(m_proxy, header));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column)
        header->resizeSection(column, m_model->startingWidth(column, m_table->fontMetrics()));
    // Shown on demand (View ▸ Columns, or the header's menu): triage rarely needs them.
    header->setSectionHidden(StoryTableModel::Category, true);
    header->setSectionHidden(StoryTableModel::Related, true);
    // The title takes what the other columns leave: no horizontal scrolling at any width.
    header->setSectionResizeMode(StoryTableModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(3 * m_table->fontMetrics().averageCharWidth());
    m_columns = new StoryTableColumns(m_table, m_model, this);
    m_unboundColumns = new UnboundColumns(header, m_model, this);

    m_listPane = new QWidget(this);
    m_listPane->setObjectName(QStringLiteral("listPane"));
    auto *listLayout = new QVBoxLayout(m_listPane);
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
    m_mainSplitter->addWidget(m_listPane);
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

void MainWindow::connectActions()
{
    // File
    connect(m_actions->openFolder(), &QAction::triggered, m_folders, &FolderOperations::chooseFolder);
    connect(m_actions, &WindowActions::recentFolderChosen, m_folders, &FolderOperations::openFolder);
    connect(m_actions->clearRecentFolders(), &QAction::triggered, m_folders, &FolderOperations::clearRecentFolders);
    connect(m_actions->save(), &QAction::triggered, m_folders, &FolderOperations::saveSelected);
    connect(m_actions->saveAll(), &QAction::triggered, m_folders, &FolderOperations::saveAll);
    connect(m_actions->revert(), &QAction::triggered, m_folders, &FolderOperations::revertSelected);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);

    // Edit
    connect(m_actions->find(), &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(m_actions->focusStoryList(), &QAction::triggered, m_table, [this] { m_table->setFocus(Qt::ShortcutFocusReason); });

    // Story
    connect(m_actions->togglePublished(), &QAction::triggered, m_triage,
            [this] { m_triage->togglePublished(m_actions->autoAdvance()->isChecked()); });
    connect(m_actions->raiseQuality(), &QAction::triggered, m_triage, [this] { m_triage->changeQuality(StoryTriage::QualityStep); });
    connect(m_actions->lowerQuality(), &QAction::triggered, m_triage, [this] { m_triage->changeQuality(-StoryTriage::QualityStep); });
    connect(m_actions, &WindowActions::qualityChosen, m_triage, &StoryTriage::setQuality);
    connect(m_actions->nextStory(), &QAction::triggered, m_triage, [this] { m_triage->moveCurrent(1); });
    connect(m_actions->previousStory(), &QAction::triggered, m_triage, [this] { m_triage->moveCurrent(-1); });
    connect(m_actions->nextUnpublished(), &QAction::triggered, m_triage, &StoryTriage::nextUnpublished);
    connect(m_actions->editTopics(), &QAction::triggered, this, &MainWindow::editTopics);
    connect(m_actions->renameTopics(), &QAction::triggered, this, [this] { renameTopics({}); });
    connect(m_actions->loadRemoteImages(), &QAction::toggled, m_imageFetcher, &ImageFetcher::setRemoteImagesEnabled);

    // Settings and Help
    connect(m_actions, &WindowActions::autoSaveChosen, m_folders, &FolderOperations::setAutoSaveSeconds);
    connect(m_actions, &WindowActions::languageChosen, this, [this] {
        showNotice(tr("The language changes when Storydesk is started again."), 2 * WindowStatus::MessageTimeout);
    });
    connect(m_actions, &WindowActions::columnChosen, m_columns, &StoryTableColumns::setChosenByEditor);
    connect(m_columns, &StoryTableColumns::shownColumnsChanged, m_actions, &WindowActions::checkShownColumns);
    connect(m_actions->keyboardShortcuts(), &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::connectModels()
{
    // Rows arriving, leaving or being filtered: keep a story selected and the counts true.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        m_triage->ensureSelection();
        m_status->scheduleUpdate();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_triage->ensureSelection();
        m_status->scheduleUpdate();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_triage->ensureSelection();
        currentStoryChanged();
        m_status->scheduleUpdate();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        m_triage->ensureSelection();
        m_status->scheduleUpdate();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
            currentStoryChanged();
        m_status->scheduleUpdate();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::currentStoryChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::selectionChanged);
    connect(m_selectionGuard, &SelectionDragGuard::selectionSettled, this, &MainWindow::selectionChanged);
    connect(m_coverage, &RelatedCoverage::notice, this, [this](const QString &text) { showNotice(text, 2 * WindowStatus::MessageTimeout); });
    connect(m_triage, &StoryTriage::notice, this, &MainWindow::showNotice);
    connect(m_model, &StoryTableModel::publishedToggleRequested, m_triage, &StoryTriage::setPublished);

    connect(m_store, &StoryStore::loadStarted, m_status, &WindowStatus::loadStarted);
    connect(m_store, &StoryStore::loadProgress, m_status, &WindowStatus::loadProgress);
    connect(m_store, &StoryStore::loadFinished, this, [this] { loadEnded(false); });
    connect(m_store, &StoryStore::loadCancelled, this, [this] { loadEnded(true); });
    connect(m_store, &StoryStore::storyChanged, this, &MainWindow::storyChangedOnDisk);
    m_formReloadTimer.setSingleShot(true);
    connect(&m_formReloadTimer, &QTimer::timeout, m_form, &StoryForm::reload);
    connect(&m_formReloadTimer, &QTimer::timeout, m_source, &SourceView::reload);
    connect(m_editorTabs, &QTabWidget::currentChanged, this, &MainWindow::editorTabChanged);
    connect(m_source, &SourceView::unappliedEditsChanged, this, [this](bool unapplied) {
        m_editorTabs->setTabText(m_editorTabs->indexOf(m_source), unapplied ? tr("Source*") : tr("Source"));
        updateActions();   // Save applies the typed text first
    });

    connect(m_editor, &StoryEditor::modifiedChanged, this, [this] {
        updateWindowModified();
        updateActions();
        m_status->scheduleUpdate();
    });

    connect(m_filterBar, &FilterBar::searchAccepted, m_table, [this] { m_table->setFocus(Qt::OtherFocusReason); });
}

void MainWindow::connectFoldersAndDocks()
{
    connect(m_folders, &FolderOperations::notice, this, &MainWindow::showNotice);
    connect(m_folders, &FolderOperations::recentFoldersChanged, m_actions, &WindowActions::setRecentFolders);
    connect(m_folders, &FolderOperations::aboutToOpenFolder, m_filterBar, &FilterBar::clearVocabularyFilters);
    connect(m_folders, &FolderOperations::folderOpened, this, [this](const QString &folder) {
        m_imageFetcher->setSiteFolder(folder);
        setWindowFilePath(folder);
        setWindowTitle(tr("%1[*] — Storydesk").arg(QDir(folder).dirName()));
        updateWindowModified();
    });

    connect(m_docks, &WindowDocks::notice, this, &MainWindow::showNotice);
    connect(m_docks->facetsDock(), &FacetsDock::renameTopicsRequested, this, &MainWindow::renameTopics);
    connect(m_docks->duplicatesView(), &DuplicatesView::storyActivated, this, &MainWindow::showStory);
    connect(m_docks->problemsView(), &ProblemsView::problemActivated, this, &MainWindow::showProblem);
}

void MainWindow::createPanes()
{
    // Reading order: the sidebar on the left, the list, the preview above the editor's two
    // tabs, then every other dock (below, or floating), each while it is open.
    m_panes = new PaneNavigator(this);
    FacetsDock *facets = m_docks->facetsDock();
    m_panes->addPane({facets, facets->view(), {}, {}});
    m_panes->addPane({m_listPane, m_table, {}, {}});
    m_panes->addPane({m_preview, nullptr, {}, {}});   // the scroll area, once a story is shown
    const auto always = [] { return true; };
    m_panes->addPane({m_form, nullptr, always, [this] { m_editorTabs->setCurrentWidget(m_form); }});
    m_panes->addPane({m_source, m_source->editor(), always, [this] { m_editorTabs->setCurrentWidget(m_source); }});
    for (QDockWidget *dock : findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (dock != facets)
            m_panes->addPane({dock, dock->widget(), [dock] { return !dock->isHidden(); }, [dock] { dock->raise(); }});
    }
    connect(m_actions->nextPane(), &QAction::triggered, m_panes, &PaneNavigator::focusNext);
    connect(m_actions->previousPane(), &QAction::triggered, m_panes, &PaneNavigator::focusPrevious);
}

void MainWindow::setTabOrders()
{
    // Tab goes through the window in reading order: the sidebar, the filter bar and the
    // list, the preview, the editor, the docks below. Each part keeps its own order (the
    // form sets its fields'); only the parts are put in sequence. The docks were made after
    // the list and the editor, and would come last.
    const QList<QWidget *> parts{m_docks->facetsDock(), m_listPane, m_preview, m_editorArea,
                                 findChild<QDockWidget *>(QStringLiteral("duplicatesDock")),
                                 findChild<QDockWidget *>(QStringLiteral("problemsDock"))};
    const auto partOf = [&parts](const QWidget *widget) {
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (parts.at(i) && parts.at(i)->isAncestorOf(widget))
                return int(i);
        }
        return int(parts.size());
    };
    // The tabs of the tabified docks are QMainWindow's own tab bar, which keeps taking the
    // focus while both docks are closed; the keyboard raises a dock with F6 or its View key.
    for (QTabBar *dockTabs : findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly))
        dockTabs->setFocusPolicy(Qt::NoFocus);
    // What Tab may stop at. A widget with a focus proxy (the editor's tabs, the topics)
    // is one too, whatever its own policy: Tab reaching it goes on to its proxy, so it must
    // move with its part, or Tab from elsewhere would jump into the part.
    QList<QWidget *> stops;
    for (QWidget *widget = nextInFocusChain(); widget && widget != this; widget = widget->nextInFocusChain()) {
        if ((widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            stops.append(widget);
    }
    std::stable_sort(stops.begin(), stops.end(), [&partOf](QWidget *a, QWidget *b) { return partOf(a) < partOf(b); });
    for (qsizetype i = 1; i < stops.size(); ++i)
        setTabOrder(stops.at(i - 1), stops.at(i));
}

void MainWindow::connectRelatedTarget()
{
    m_relatedTargetLabel = new QLabel(this);
    m_relatedTargetLabel->setObjectName(QStringLiteral("relatedTargetLabel"));
    m_relatedTargetLabel->setTextFormat(Qt::PlainText);   // a title from a file
    m_relatedTargetLabel->hide();
    statusBar()->addPermanentWidget(m_relatedTargetLabel);
    connect(m_actions->markRelatedTarget(), &QAction::triggered, m_triage, &StoryTriage::markRelatedTarget);
    connect(m_actions->attachAsRelated(), &QAction::triggered, m_triage, &StoryTriage::attachToRelatedTarget);
    connect(m_folders, &FolderOperations::aboutToOpenFolder, m_triage, &StoryTriage::clearRelatedTarget);
    connect(m_triage, &StoryTriage::relatedTargetChanged, this, [this] {
        const QString title = m_triage->relatedTargetTitle();
        m_relatedTargetLabel->setText(tr("Related target: %1").arg(title));
        m_relatedTargetLabel->setVisible(!title.isEmpty());
        updateActions();
    });
}

void MainWindow::restoreLayout()
{
    const bool firstRun = !restoreGeometry(m_settings.windowGeometry());
    const QSize available = screen()->availableGeometry().size();
    if (firstRun)
        resize(available.width() * 9 / 10, available.height() * 9 / 10);
    restoreState(m_settings.windowState());
    m_docks->restoreLayout(firstRun, available.width());
    if (!m_mainSplitter->restoreState(m_settings.mainSplitterState()))
        m_mainSplitter->setSizes({width() * 7 / 10, width() * 3 / 10});
    if (!m_detailsSplitter->restoreState(m_settings.detailsSplitterState()))
        // The preview shows the picture, title, provider, date and excerpt at once; the form
        // scrolls its related list and entry editor.
        // At 1280×800 the form then shows the related list and the entry editor under it
        // without scrolling.
        m_detailsSplitter->setSizes({height() * 40 / 100, height() * 60 / 100});

    QHeaderView *header = m_table->horizontalHeader();
    // Keeps the defaults when it fails; a first run fits them to the table once it is shown,
    // and keeps fitting them as the window's width changes (the editor's hand wins).
    m_fitColumnsOnShow = !header->restoreState(m_settings.tableHeaderState());
    header->setSectionHidden(StoryTableModel::Title, false);
    header->setSectionHidden(StoryTableModel::Git, !m_team->gitStatus()->isActive());   // shown once git finds the repository
    m_actions->checkShownColumns();

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
        m_columns->setAutomatic(true);   // from the first layout on, and at every width after
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setMainSplitterState(m_mainSplitter->saveState());
    m_settings.setDetailsSplitterState(m_detailsSplitter->saveState());
    QHeaderView *header = m_table->horizontalHeader();
    m_settings.setTableHeaderState(m_unboundColumns->saveState());
    m_settings.setSort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_settings.sync();
}

// ---------------------------------------------------------------------------------------
// Moving to a story

bool MainWindow::showStory(const QString &path)
{
    if (m_store->indexOf(path) < 0)
        return false;
    if (m_triage->proxyRowOf(path) < 0) {
        m_filterBar->clearFilters();
        m_docks->facetsDock()->setSelection(FacetSelection());   // the facets hide stories too
        showNotice(tr("Filter cleared to show %1").arg(QFileInfo(path).fileName()), WindowStatus::MessageTimeout);
    }
    const int row = m_triage->proxyRowOf(path);
    if (row < 0)
        return false;
    m_triage->selectRow(row);
    return true;
}

void MainWindow::showProblem(const QString &path, int line, int column)
{
    if (!showStory(path))
        return;
    if (m_team->openResolver(path))
        return;
    m_editorTabs->setCurrentWidget(m_source);
    if (line > 0)
        m_source->editor()->goTo(line, column);
    m_source->editor()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showNotice(const QString &text, int timeout)
{
    statusBar()->showMessage(text, timeout);
}

void MainWindow::editTopics()
{
    m_editorTabs->setCurrentWidget(m_form);
    m_form->focusTopics();
}

void MainWindow::renameTopics(const QStringList &topics)
{
    m_folders->applySource();   // text typed in the source view is part of what the rename starts from
    // Window-modal, not exec(): the rename runs in slices of this event loop, with progress.
    auto *dialog = new TopicRenameDialog(m_store, m_editor, m_undoStack, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectTopics(topics);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (!dialog->outcome().isEmpty())
            showNotice(dialog->outcome(), 2 * WindowStatus::MessageTimeout);
    });
    dialog->open();
}

// ---------------------------------------------------------------------------------------
// Folders dropped on the window, and closing it

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!FolderOperations::folderIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString folder = FolderOperations::folderIn(event->mimeData());
    if (folder.isEmpty())
        return;
    event->acceptProposedAction();
    // Not from inside the drop: asking about unsaved edits would hold the file manager's drag.
    QTimer::singleShot(0, this, [this, folder] { openFolder(folder); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_folders->resolveUnsavedEdits()) {
        event->ignore();
        return;
    }
    saveLayout();
    // Saved and discarded stories leave the journal now: a clean exit leaves nothing to recover.
    m_recovery->journal()->flush();
    event->accept();
}

// ---------------------------------------------------------------------------------------
// Following the models

void MainWindow::currentStoryChanged()
{
    m_triage->followCurrent();
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
    QList<int> storeRows;
    const QStringList paths = m_triage->selectedPaths(&storeRows);
    m_form->setStories(paths, storeRows);
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
    // The paths just gathered, not gathered again: Select All makes them 100,000.
    m_actions->updateEnabled(paths);
    m_actions->updateRelatedTarget(m_triage->relatedTargetTitle(), m_triage->canAttachToRelatedTarget());
}

void MainWindow::editorTabChanged()
{
    if (!m_switchingTabs)
        m_sourceShownForBroken = false;
    // Leaving the source applies what was typed there; text that cannot be applied stays,
    // marked, and the tab says so.
    if (m_editorTabs->currentWidget() != m_source)
        m_folders->applySource();
}

void MainWindow::storyChangedOnDisk(int row)
{
    // The form follows edits through StoryEditor by itself; a story without edits that
    // changed here was read again from disk, and the form must read it again too.
    if (!m_store->isDirty(row) && m_form->shows(m_store->summary(row).path) && !m_formReloadTimer.isActive())
        m_formReloadTimer.start(0);
}

void MainWindow::updateActions()
{
    m_actions->updateEnabled(m_triage->selectedPaths());
    m_actions->updateRelatedTarget(m_triage->relatedTargetTitle(), m_triage->canAttachToRelatedTarget());
}

void MainWindow::updateWindowModified()
{
    setWindowModified(!m_editor->modifiedStories().isEmpty());
}

void MainWindow::loadEnded(bool cancelled)
{
    // The table was sorted as the load ended (the proxy hears of it first): from now on a
    // re-sort or a filter keeps whatever story is current.
    m_triage->releaseAutoSelection();
    m_status->loadEnded(cancelled);
}

void MainWindow::showShortcuts()
{
    if (!m_shortcutsDialog)
        m_shortcutsDialog = new ShortcutsDialog(this);
    m_shortcutsDialog->setActions(m_actions->all());
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
