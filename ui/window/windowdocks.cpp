#include "windowdocks.h"

#include "duplicateindex.h"
#include "duplicatesview.h"
#include "facetmodel.h"
#include "facetsdock.h"
#include "filterbar.h"
#include "problemsview.h"
#include "storysortfilterproxymodel.h"
#include "storystore.h"
#include "storytablemodel.h"
#include "windowactions.h"
#include "windowstatus.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMetaEnum>
#include <QTableView>

namespace Storydesk {

WindowDocks::WindowDocks(const Targets &targets, const WindowActions *actions)
    : QObject(targets.window)
    , m_targets(targets)
{
    createFinderDocks(actions);
    createFacetsDock(actions);
    followDuplicates();
}

WindowDocks::~WindowDocks() = default;

// ---------------------------------------------------------------------------------------
// The Duplicates and Problems docks

void WindowDocks::createFinderDocks(const WindowActions *actions)
{
    QMainWindow *window = m_targets.window;
    m_duplicates = new DuplicateIndex(m_targets.store, this);
    m_duplicatesView = new DuplicatesView(m_duplicates, m_targets.store, m_targets.editor, m_targets.undoStack, window);
    m_duplicatesView->setObjectName(QStringLiteral("duplicatesView"));
    m_problemsView = new ProblemsView(m_targets.store, window);
    m_problemsView->setObjectName(QStringLiteral("problemsView"));

    QDockWidget *duplicates = addFinderDock(tr("Duplicates"), "duplicatesDock", m_duplicatesView, actions->showDuplicates());
    QDockWidget *problems = addFinderDock(tr("Problems"), "problemsDock", m_problemsView, actions->showProblems());
    // Both are wide lists: tabs of one dock area rather than two squeezed halves.
    window->tabifyDockWidget(duplicates, problems);
    connect(m_duplicatesView, &DuplicatesView::notice, this, [this](const QString &text) { Q_EMIT notice(text, WindowStatus::MessageTimeout); });
}

QDockWidget *WindowDocks::addFinderDock(const QString &title, const char *objectName, QWidget *view, QAction *toggle)
{
    auto *dock = new QDockWidget(title, m_targets.window);
    dock->setObjectName(QLatin1StringView(objectName));
    dock->setWidget(view);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_targets.window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();   // until the editor asks; restoreLayout() brings back what was open
    m_dockToggles.append({toggle, dock});
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

void WindowDocks::followDuplicates()
{
    // is:duplicate reads the groups of the moment without locking; each new grouping is
    // installed again, and the table and the desks' counts follow it.
    const auto install = [this] {
        const DuplicateLookup lookup = m_duplicates->lookup();
        m_targets.proxy->setDuplicateLookup(lookup);
        m_facetsDock->model()->setDuplicateLookup(lookup);
    };
    install();
    connect(m_duplicates, &DuplicateIndex::changed, this, install);
}

// ---------------------------------------------------------------------------------------
// The facets sidebar and saved desks

void WindowDocks::createFacetsDock(const WindowActions *actions)
{
    m_facetsDock = new FacetsDock(m_targets.store, m_targets.window);
    m_facetsDock->setObjectName(QStringLiteral("facetsDock"));   // saveState() keeps it by name
    m_targets.window->addDockWidget(Qt::LeftDockWidgetArea, m_facetsDock);
    connect(m_facetsDock, &FacetsDock::selectionChanged, m_targets.proxy, &StorySortFilterProxyModel::setFacetSelection);
    connect(m_facetsDock, &FacetsDock::deskActivated, this, &WindowDocks::applyDesk);
    connect(m_facetsDock, &FacetsDock::selectionChanged, this, &WindowDocks::followCurrentDesk);
    connect(m_targets.filterBar->searchField(), &QLineEdit::textChanged, this, &WindowDocks::followCurrentDesk);
    connect(m_targets.table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &WindowDocks::followCurrentDesk);
    connect(m_targets.store, &StoryStore::loadStarted, m_facetsDock, [this](const QString &folder) {
        m_facetsDock->setSelection(FacetSelection());   // another folder's topics mean nothing here
        m_facetsDock->setFolder(folder);
    });

    QAction *showFacets = actions->showFacets();
    m_dockToggles.append({showFacets, m_facetsDock});
    connect(showFacets, &QAction::toggled, m_facetsDock, &QDockWidget::setVisible);
    // Not `this`: a window destroyed while shown hides its docks from ~QWidget, after
    // ~MainWindow, and this runs then.
    connect(m_facetsDock, &QDockWidget::visibilityChanged, showFacets, [dock = m_facetsDock, action = showFacets](bool visible) {
        // visibilityChanged also reports a dock tabbed behind another: follow only real hiding.
        action->setChecked(visible || !dock->isHidden());
    });
    connect(actions->saveDesk(), &QAction::triggered, m_facetsDock, [this] { m_facetsDock->saveDeskInteractively(currentDesk()); });
}

Desk WindowDocks::currentDesk() const
{
    Desk desk;
    desk.query = m_targets.filterBar->searchField()->text();
    desk.facets = m_targets.proxy->facetSelection();
    const QHeaderView *header = m_targets.table->horizontalHeader();
    const int column = header->sortIndicatorSection();
    if (column >= 0 && column < StoryTableModel::ColumnCount) {
        desk.sortColumn = QString::fromLatin1(QMetaEnum::fromType<StoryTableModel::Column>().valueToKey(column)).toLower();
        desk.sortDescending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    }
    return desk;
}

void WindowDocks::applyDesk(const Desk &desk)
{
    // The quick filters are not part of a desk: left on, they would show fewer stories than
    // the desk's count says.
    m_targets.filterBar->clearFilters();
    m_targets.filterBar->setSearchText(desk.query);
    m_facetsDock->setSelection(desk.facets);
    const QMetaEnum columns = QMetaEnum::fromType<StoryTableModel::Column>();
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column) {
        if (QString::fromLatin1(columns.valueToKey(column)).toLower() == desk.sortColumn)
            m_targets.table->sortByColumn(column, desk.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    Q_EMIT notice(tr("Desk \"%1\"").arg(desk.name), 3000);
    m_appliedDesk = desk;
    m_facetsDock->model()->setCurrentDesk(desk.name);
}

void WindowDocks::followCurrentDesk()
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

void WindowDocks::restoreLayout(bool firstRun, int screenWidth)
{
    // On a laptop screen the sidebar would leave the story titles a sliver: it starts
    // hidden there (F9 shows it, and the choice is kept from then on).
    if (firstRun && screenWidth < SidebarScreenWidth)
        m_facetsDock->hide();
    // A dock hidden before the window is shown reports no visibility change: the View
    // menu's check marks are set from the docks themselves.
    for (const auto &[toggle, dock] : std::as_const(m_dockToggles))
        toggle->setChecked(!dock->isHidden());
}

} // namespace Storydesk
