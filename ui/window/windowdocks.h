#pragma once

#include "desk.h"

#include <QList>
#include <QObject>

#include <utility>

class QAction;
class QDockWidget;
class QMainWindow;
class QTableView;
class QUndoStack;
class QWidget;

namespace Storydesk {

class DuplicateIndex;
class DuplicatesView;
class FacetsDock;
class FilterBar;
class ProblemsView;
class StoryEditor;
class StorySortFilterProxyModel;
class StoryStore;
class WindowActions;

// The main window's docks: the facets sidebar with its saved desks, and the Duplicates and
// Problems lists; each bound to its View-menu action, and shown as the saved layout says.
// A desk is the filter text, facets and sort of the table: applying one sets all three.
class WindowDocks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowDocks)

public:
    // What the docks act on: the store and its editor, and the list (its filter bar, proxy
    // and table) that the facets narrow and a desk sets.
    struct Targets
    {
        QMainWindow *window;
        StoryStore *store;
        StoryEditor *editor;
        QUndoStack *undoStack;
        StorySortFilterProxyModel *proxy;
        FilterBar *filterBar;
        QTableView *table;
    };

    WindowDocks(const Targets &targets, const WindowActions *actions);
    ~WindowDocks() override;

    FacetsDock *facetsDock() const { return m_facetsDock; }
    DuplicatesView *duplicatesView() const { return m_duplicatesView; }
    ProblemsView *problemsView() const { return m_problemsView; }

    // After the window's state is restored: on a first run on a narrow screen the sidebar
    // starts hidden, and the View menu's check marks follow the docks.
    void restoreLayout(bool firstRun, int screenWidth);

Q_SIGNALS:
    // Something to say in the status bar for `timeout` milliseconds.
    void notice(const QString &text, int timeout);

private:
    void createFinderDocks(const WindowActions *actions);
    void createFacetsDock(const WindowActions *actions);
    QDockWidget *addFinderDock(const QString &title, const char *objectName, QWidget *view, QAction *toggle);
    // Wires the duplicate finder to is:duplicate in the table and the desks.
    void followDuplicates();
    void applyDesk(const Desk &desk);
    Desk currentDesk() const;
    // Unmarks the applied desk in the sidebar once the view differs from it.
    void followCurrentDesk();

    // Screens narrower than this open without the facets sidebar on a first run.
    static constexpr int SidebarScreenWidth = 1440;

    Targets m_targets;
    DuplicateIndex *m_duplicates = nullptr;
    DuplicatesView *m_duplicatesView = nullptr;
    ProblemsView *m_problemsView = nullptr;
    FacetsDock *m_facetsDock = nullptr;
    // Each dock with the View menu action that shows it, for restoreLayout() to agree them.
    QList<std::pair<QAction *, QDockWidget *>> m_dockToggles;
    Desk m_appliedDesk;   // the desk last applied, while the sidebar marks it
};

} // namespace Storydesk
