#include "windowactions.h"

#include "filterbar.h"
#include "plaintext.h"
#include "settings.h"
#include "sourceview.h"
#include "storyeditor.h"
#include "storyform.h"
#include "storytablemodel.h"
#include "storytriage.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace Storydesk {

namespace {

// Auto-save choices offered in the menu: seconds without an edit; 0 is "off".
constexpr struct
{
    int seconds;
    const char *text;
} AutoSaveChoices[] = {
    {0, QT_TRANSLATE_NOOP("Storydesk::WindowActions", "&Off")},
    {30, QT_TRANSLATE_NOOP("Storydesk::WindowActions", "After 30 Seconds Idle")},
    {60, QT_TRANSLATE_NOOP("Storydesk::WindowActions", "After 1 Minute Idle")},
    {300, QT_TRANSLATE_NOOP("Storydesk::WindowActions", "After 5 Minutes Idle")},
};

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

// The interface languages with a catalogue; each named in its own language, so that an
// editor who cannot read the current one still finds theirs. An empty code follows the system.
constexpr struct
{
    const char *code;
    const char *name;
} Languages[] = {
    {"en", "&English"},
    {"de", "&Deutsch"},
};

} // namespace

WindowActions::WindowActions(const Targets &targets, Settings &settings)
    : QObject(targets.window)
    , m_targets(targets)
    , m_settings(settings)
{
    // Created in menu order, so the shortcut list reads as the menus do.
    createFileActions();
    createEditActions();
    createStoryActions();
    createViewActions();
    createSettingsActions();
    createHelpActions();
    createDockActions();
    createPaneActions();
    createMenus();
    createToolBar();
}

WindowActions::~WindowActions() = default;

QAction *WindowActions::newAction(const char *objectName, const QString &text, const QList<QKeySequence> &shortcuts,
                                  const QString &themeIcon, QStyle::StandardPixmap fallbackIcon)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1StringView(objectName));
    action->setShortcuts(shortcuts);
    if (!themeIcon.isEmpty()) {
        const QIcon fallback = fallbackIcon == QStyle::SP_CustomBase ? QIcon() : m_targets.window->style()->standardIcon(fallbackIcon);
        action->setIcon(QIcon::fromTheme(themeIcon, fallback));
    }
    m_actions.append(action);
    return action;
}

QAction *WindowActions::createAction(const char *objectName, const QString &text, const QList<QKeySequence> &shortcuts,
                                     const QString &themeIcon, QStyle::StandardPixmap fallbackIcon)
{
    QAction *action = newAction(objectName, text, shortcuts, themeIcon, fallbackIcon);
    // On the window itself, so its keys work even while the menu bar is hidden.
    m_targets.window->addAction(action);
    return action;
}

QAction *WindowActions::createListAction(const char *objectName, const QString &text, const QList<QKeySequence> &shortcuts,
                                         const QString &themeIcon, QStyle::StandardPixmap fallbackIcon)
{
    QAction *action = newAction(objectName, text, shortcuts, themeIcon, fallbackIcon);
    action->setShortcutContext(Qt::WidgetShortcut);
    m_targets.table->addAction(action);
    return action;
}

void WindowActions::createFileActions()
{
    m_openFolder = createAction("openFolder", tr("&Open Folder…"), standardKeys(QKeySequence::Open),
                                QStringLiteral("document-open-folder"), QStyle::SP_DirOpenIcon);
    m_openFolder->setToolTip(tr("Open a site folder"));

    m_clearRecent = new QAction(tr("&Clear List"), this);
    m_clearRecent->setObjectName(QStringLiteral("clearRecentFolders"));

    m_save = createAction("save", tr("&Save"), standardKeys(QKeySequence::Save), QStringLiteral("document-save"),
                          QStyle::SP_DialogSaveButton);
    m_save->setToolTip(tr("Save the selected stories"));

    // No standard key for "save all"; Ctrl+Shift+S is what editors know from other apps.
    m_saveAll = createAction("saveAll", tr("Save A&ll"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
                             QStringLiteral("document-save-all"), QStyle::SP_DialogSaveButton);
    m_saveAll->setToolTip(tr("Save every modified story"));

    // Git: Ctrl+Shift+C and Ctrl+Shift+Y are free (README's shortcut table, F1).
    m_commit = createAction("commit", tr("&Commit…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, QStringLiteral("vcs-commit"));
    m_commit->setToolTip(tr("Commit saved stories to the site's git repository"));
    m_sync = createAction("sync", tr("S&ync"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)}, QStringLiteral("vcs-pull"));
    m_sync->setToolTip(tr("Take the team's work in and send yours out (fetch, merge or rebase, push)"));

    m_revert = createAction("revert", tr("Re&vert Story"), {}, QStringLiteral("document-revert"), QStyle::SP_BrowserReload);
    m_revert->setToolTip(tr("Drop the unsaved edits of the selected stories"));

    m_quit = createAction("quit", tr("&Quit"), standardKeysOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)),
                          QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton);
    m_quit->setMenuRole(QAction::QuitRole);
}

void WindowActions::createEditActions()
{
    QMainWindow *window = m_targets.window;
    m_undo = m_targets.undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setIconText(tr("Undo"));   // the text names the command; the toolbar stays short
    m_undo->setShortcuts(standardKeys(QKeySequence::Undo));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), window->style()->standardIcon(QStyle::SP_ArrowBack)));
    window->addAction(m_undo);
    m_actions.append(m_undo);
    m_redo = m_targets.undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redo"));
    m_redo->setIconText(tr("Redo"));
    m_redo->setShortcuts(standardKeys(QKeySequence::Redo));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), window->style()->standardIcon(QStyle::SP_ArrowForward)));
    window->addAction(m_redo);
    m_actions.append(m_redo);

    m_actions.append(m_targets.source->applyAction());   // the source view's own: Ctrl+Return applies its text

    m_find = createAction("find", tr("&Find…"), standardKeys(QKeySequence::Find), QStringLiteral("edit-find"),
                          QStyle::SP_FileDialogContentsView);
    m_find->setToolTip(tr("Search and filter the stories"));

    m_focusList = newAction("focusStoryList", tr("Back to the Story List"), {QKeySequence(Qt::Key_Escape)});
    m_focusList->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_targets.filterBar->addAction(m_focusList);
    m_targets.editorArea->addAction(m_focusList);

    // The related list's own keys (Ctrl+Up, Ctrl+Down, Delete), listed with the others.
    m_actions.append(m_targets.form->relatedActions());
}

void WindowActions::createStoryActions()
{
    // The triage keys, live only in the list so they never eat typed text.
    m_togglePublished = createListAction("togglePublished", tr("Toggle &Published"), {QKeySequence(Qt::Key_Space)},
                                         QStringLiteral("dialog-ok-apply"), QStyle::SP_DialogApplyButton);
    m_togglePublished->setToolTip(tr("Publish the selected stories, or unpublish them when all are published"));

    m_raiseQuality = createListAction("raiseQuality", tr("&Raise Quality"), {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)},
                                      QStringLiteral("go-up"), QStyle::SP_ArrowUp);
    m_raiseQuality->setToolTip(tr("Raise the quality of the selected stories by %1").arg(StoryTriage::QualityStep));
    m_lowerQuality = createListAction("lowerQuality", tr("&Lower Quality"), {QKeySequence(Qt::Key_Minus)},
                                      QStringLiteral("go-down"), QStyle::SP_ArrowDown);
    m_lowerQuality->setToolTip(tr("Lower the quality of the selected stories by %1").arg(StoryTriage::QualityStep));

    // 1-9 set 10-90, 0 sets 100: the digit row read left to right.
    static constexpr const char *setQualityNames[] = {"setQuality10", "setQuality20", "setQuality30", "setQuality40", "setQuality50",
                                                      "setQuality60", "setQuality70", "setQuality80", "setQuality90", "setQuality100"};
    for (int i = 0; i < 10; ++i) {
        const int quality = (i + 1) * 10;
        const Qt::Key key = i == 9 ? Qt::Key_0 : Qt::Key(Qt::Key_1 + i);
        QAction *action = createListAction(setQualityNames[i], tr("Set Quality to %1").arg(quality), {QKeySequence(key)});
        connect(action, &QAction::triggered, this, [this, quality] { Q_EMIT qualityChosen(quality); });
        m_setQuality.append(action);
    }

    m_nextStory = createListAction("nextStory", tr("&Next Story"), {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_Down)});
    m_previousStory = createListAction("previousStory", tr("P&revious Story"), {QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_Up)});
    m_nextUnpublished = createListAction("nextUnpublished", tr("Next &Unpublished Story"), {QKeySequence(Qt::Key_N)},
                                         QStringLiteral("go-next"), QStyle::SP_ArrowForward);
    m_nextUnpublished->setToolTip(tr("Go to the next story that is not published (wraps around)"));
    m_editTopics = createListAction("editTopics", tr("Edit &Topics"), {QKeySequence(Qt::Key_T)});
    m_editTopics->setToolTip(tr("Add a topic to the selected stories (Escape returns to the list)"));
    // Ctrl+Shift+T and Ctrl+Shift+R are free (F1 lists every key): T for target, R for related.
    m_markRelatedTarget = createAction("markRelatedTarget", tr("&Mark as Related Target"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
                                       QStringLiteral("bookmark-new"));
    m_markRelatedTarget->setToolTip(tr("Remember the current story as the one Attach as Related Coverage adds to"));
    m_attachAsRelated = createAction("attachAsRelated", tr("&Attach as Related Coverage"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
                                     QStringLiteral("insert-link"));
    m_renameTopics = createAction("renameTopics", tr("Rename or &Merge Topics…"), {}, QStringLiteral("edit-rename"));
    m_renameTopics->setToolTip(tr("Rename a topic, or merge several into one, in every story of the folder"));

    m_remoteImages = createAction("loadRemoteImages", tr("Load &Remote Images"));
    m_remoteImages->setCheckable(true);
    m_remoteImages->setChecked(m_settings.loadRemoteImages());
    m_remoteImages->setToolTip(tr("Fetch story pictures from the web; when off, only pictures in the site folder show"));
    connect(m_remoteImages, &QAction::toggled, this, [this](bool on) { m_settings.setLoadRemoteImages(on); });

    m_autoAdvance = createAction("autoAdvance", tr("&Auto-advance"));
    m_autoAdvance->setCheckable(true);
    m_autoAdvance->setChecked(m_settings.autoAdvance());
    m_autoAdvance->setToolTip(tr("Move to the next story after toggling published"));
    connect(m_autoAdvance, &QAction::toggled, this, [this](bool on) { m_settings.setAutoAdvance(on); });
}

void WindowActions::createViewActions()
{
    // One action per column, for the View menu and the header's context menu.
    const QMetaEnum columns = QMetaEnum::fromType<StoryTableModel::Column>();
    QTableView *table = m_targets.table;
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column) {
        auto *action = new QAction(m_targets.model->headerData(column, Qt::Horizontal).toString(), this);
        action->setObjectName(QStringLiteral("showColumn%1").arg(QLatin1StringView(columns.valueToKey(column))));
        action->setCheckable(true);
        action->setEnabled(column != StoryTableModel::Title);   // a row needs its name
        connect(action, &QAction::toggled, table, [table, column](bool shown) {
            table->horizontalHeader()->setSectionHidden(column, !shown);
        });
        connect(action, &QAction::triggered, this, [this, column] { Q_EMIT columnChosen(column); });
        m_columns.append(action);
    }
}

void WindowActions::createSettingsActions()
{
    m_siteFields = newAction("siteFields", tr("Site &Fields…"), {}, QStringLiteral("document-properties"));
    m_siteFields->setToolTip(tr("Which key of this site's stories holds the title, date, published state, topics…"));

    // Auto-save: one checkable choice each, exclusive.
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
        connect(action, &QAction::triggered, this, [this, seconds = seconds] { Q_EMIT autoSaveChosen(seconds); });
    }

    // Language: the system's, or one of the catalogues; read at startup only.
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    QList<std::pair<QString, QString>> languages{{QString(), tr("&System Default")}};
    for (const auto &language : Languages)
        languages.append({QLatin1StringView(language.code), QString::fromUtf8(language.name)});
    const QString chosen = m_settings.language();
    for (const auto &[code, text] : std::as_const(languages)) {
        auto *action = new QAction(text, m_languageGroup);
        action->setObjectName(code.isEmpty() ? QStringLiteral("languageSystem") : QStringLiteral("language_%1").arg(code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        connect(action, &QAction::triggered, this, [this, code = code] {
            m_settings.setLanguage(code);
            Q_EMIT languageChosen(code);
        });
    }
}

void WindowActions::createHelpActions()
{
    m_shortcuts = createAction("keyboardShortcuts", tr("&Keyboard Shortcuts"), standardKeys(QKeySequence::HelpContents),
                               QStringLiteral("help-keyboard-shortcuts"), QStyle::SP_DialogHelpButton);
    m_about = createAction("about", tr("&About Storydesk"), {}, QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation);
    m_about->setMenuRole(QAction::AboutRole);
}

void WindowActions::createDockActions()
{
    // The docks' toggles: WindowDocks binds each to its dock.
    m_showDuplicates = createAction("showDuplicates", tr("&Duplicates"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    m_showDuplicates->setCheckable(true);
    m_showProblems = createAction("showProblems", tr("&Problems"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)});
    m_showProblems->setCheckable(true);
    m_showFacets = createAction("showFacets", tr("&Facets Sidebar"), {QKeySequence(Qt::Key_F9)});
    m_showFacets->setCheckable(true);
    m_showFacets->setChecked(true);
    m_showFacets->setToolTip(tr("Show or hide the facets and saved desks"));
    m_saveDesk = createAction("saveDesk", tr("Save &Desk…"), {QKeySequence(Qt::CTRL | Qt::Key_D)}, QStringLiteral("bookmark-new"));
    m_saveDesk->setToolTip(tr("Save the filter text, facets and sort as a desk of this folder"));
}

void WindowActions::createPaneActions()
{
    // As in KDE applications: F6 moves the keyboard to the next pane, Shift+F6 back.
    m_nextPane = createAction("nextPane", tr("Next &Pane"), {QKeySequence(Qt::Key_F6)});
    m_nextPane->setToolTip(tr("Move the keyboard to the next pane: facets, story list, preview, form, source, docks"));
    m_previousPane = createAction("previousPane", tr("Pre&vious Pane"), {QKeySequence(Qt::SHIFT | Qt::Key_F6)});
}

void WindowActions::createMenus()
{
    QMenuBar *menuBar = m_targets.window->menuBar();
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->addAction(m_openFolder);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("openRecentMenu"));
    m_recentMenu->menuAction()->setObjectName(QStringLiteral("openRecent"));
    m_recentMenu->setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
    setRecentFolders(m_settings.recentFolders());
    file->addSeparator();
    file->addAction(m_save);
    file->addAction(m_saveAll);
    file->addAction(m_revert);
    file->addSeparator();
    file->addAction(m_commit);
    file->addAction(m_sync);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addAction(m_focusList);

    m_storyMenu = menuBar->addMenu(tr("&Story"));
    m_storyMenu->addAction(m_togglePublished);
    m_storyMenu->addAction(m_raiseQuality);
    m_storyMenu->addAction(m_lowerQuality);
    QMenu *quality = m_storyMenu->addMenu(tr("Set &Quality"));
    quality->addActions(m_setQuality);
    m_storyMenu->addAction(m_editTopics);
    m_storyMenu->addAction(m_renameTopics);
    m_storyMenu->addSeparator();
    m_storyMenu->addAction(m_markRelatedTarget);
    m_storyMenu->addAction(m_attachAsRelated);
    m_storyMenu->addSeparator();
    m_storyMenu->addAction(m_nextStory);
    m_storyMenu->addAction(m_previousStory);
    m_storyMenu->addAction(m_nextUnpublished);
    m_storyMenu->addSeparator();
    m_storyMenu->addAction(m_autoAdvance);
    m_storyMenu->addAction(m_remoteImages);

    QMenu *view = menuBar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    // The sidebar at the top, above the columns.
    view->addAction(m_showFacets);
    view->addAction(m_saveDesk);
    view->addSeparator();
    m_columnsMenu = view->addMenu(tr("&Columns"));
    m_columnsMenu->addActions(m_columns);
    view->addSeparator();
    view->addAction(m_showDuplicates);
    view->addAction(m_showProblems);
    view->addSeparator();
    view->addAction(m_nextPane);
    view->addAction(m_previousPane);

    QMenu *settings = menuBar->addMenu(tr("Se&ttings"));
    QMenu *autoSave = settings->addMenu(tr("Auto-&save"));
    autoSave->addActions(m_autoSaveGroup->actions());
    settings->addAction(m_autoAdvance);
    settings->addAction(m_siteFields);
    QMenu *language = settings->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    language->addActions(m_languageGroup->actions());
    language->addSeparator();
    language->addAction(tr("Applies when Storydesk is started again"))->setEnabled(false);

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->addAction(m_shortcuts);
    help->addAction(m_about);

    // The list's context menu: what the keys do, for the mouse; the header's: the columns.
    QTableView *table = m_targets.table;
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &position) {
        if (table->indexAt(position).isValid())
            m_storyMenu->popup(table->viewport()->mapToGlobal(position));
    });
    connect(table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this, table](const QPoint &position) {
        m_columnsMenu->popup(table->horizontalHeader()->viewport()->mapToGlobal(position));
    });
}

void WindowActions::createToolBar()
{
    QToolBar *toolBar = m_targets.window->addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    // The buttons' own words, apart from the menu's, so that a language whose menu texts run
    // long can keep the tool bar within the window (English says the same in both).
    m_revert->setIconText(tr("Revert Story", "tool bar button"));
    m_togglePublished->setIconText(tr("Toggle Published", "tool bar button"));
    m_nextUnpublished->setIconText(tr("Next Unpublished Story", "tool bar button"));
    m_remoteImages->setIconText(tr("Load Remote Images", "tool bar button"));
    toolBar->addAction(m_openFolder);
    toolBar->addAction(m_save);
    toolBar->addAction(m_saveAll);
    toolBar->addAction(m_revert);
    toolBar->addSeparator();
    toolBar->addAction(m_undo);
    toolBar->addAction(m_redo);
    toolBar->addSeparator();
    toolBar->addAction(m_togglePublished);
    toolBar->addAction(m_nextUnpublished);
    toolBar->addAction(m_autoAdvance);
    toolBar->addAction(m_remoteImages);
}

void WindowActions::setRecentFolders(const QStringList &folders)
{
    m_recentMenu->clear();
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const QString &folder = folders.at(i);
        // &1 … &9, then &0 for the tenth: every entry has a key.
        const QString text = QStringLiteral("&%1  %2").arg((i + 1) % 10).arg(escapedMnemonics(QDir::toNativeSeparators(folder)));
        QAction *action = m_recentMenu->addAction(text);
        action->setObjectName(QStringLiteral("openRecent%1").arg(i + 1));
        connect(action, &QAction::triggered, this, [this, folder] { Q_EMIT recentFolderChosen(folder); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_clearRecent->setEnabled(!folders.isEmpty());
    m_recentMenu->menuAction()->setEnabled(!folders.isEmpty());
}

void WindowActions::checkShownColumns()
{
    const QHeaderView *header = m_targets.table->horizontalHeader();
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column) {
        m_columns.at(column)->setChecked(!header->isSectionHidden(column));
        m_columns.at(column)->setEnabled(column != StoryTableModel::Title && m_targets.model->isColumnBound(column));
    }
}

void WindowActions::updateEnabled(const QStringList &selectedPaths)
{
    const StoryEditor *editor = m_targets.editor;
    const bool hasSelection = !selectedPaths.isEmpty();
    const bool selectionModified = std::any_of(selectedPaths.cbegin(), selectedPaths.cend(),
                                               [editor](const QString &path) { return editor->isModified(path); });
    m_save->setEnabled(selectionModified || m_targets.source->hasUnappliedEdits());
    m_revert->setEnabled(selectionModified);
    m_saveAll->setEnabled(!editor->modifiedStories().isEmpty());
    for (QAction *action : {m_togglePublished, m_raiseQuality, m_lowerQuality})
        action->setEnabled(hasSelection);
    for (QAction *action : std::as_const(m_setQuality))
        action->setEnabled(hasSelection);
    m_editTopics->setEnabled(hasSelection);
    m_markRelatedTarget->setEnabled(selectedPaths.size() == 1);
}

void WindowActions::updateRelatedTarget(const QString &targetTitle, bool canAttach)
{
    m_attachAsRelated->setEnabled(canAttach);
    m_attachAsRelated->setToolTip(targetTitle.isEmpty()
                                      ? tr("Mark a story as the related target first (%1)")
                                            .arg(m_markRelatedTarget->shortcut().toString(QKeySequence::NativeText))
                                      : PlainText::toolTip(tr("Add the selected stories to the related coverage of “%1”").arg(targetTitle)));
}

} // namespace Storydesk
