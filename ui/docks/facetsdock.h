#pragma once

#include "deskfile.h"
#include "facetselection.h"

#include <QDockWidget>
#include <QTimer>

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QToolButton;
class QTreeView;

namespace Storydesk {

class FacetModel;
class StoryStore;

// The facets sidebar: the folder's saved desks with their counts, then every facet with
// its items and counts. A click filters to that item alone, Ctrl+click adds it (AND across
// facets, OR within one), a click on a chosen item removes it; Clear drops them all.
// Clicking a desk asks the window to apply it. Desks are read from and written to the
// folder's desks.yaml (DeskFile), which is read again when it changes on disk.
class FacetsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetsDock)

public:
    explicit FacetsDock(const StoryStore *store, QWidget *parent = nullptr);

    FacetModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    const FacetSelection &selection() const;
    // Shows `selection` as chosen and announces it.
    void setSelection(const FacetSelection &selection);
    // What a click (add = Ctrl held) on an item or a desk does.
    void activate(const QModelIndex &index, bool add);

    // --- desks ---
    void setFolder(const QString &folder);
    const QList<Desk> &desks() const { return m_desks.desks(); }
    // Why desks.yaml cannot be read, as path:line:column: message; empty when it can.
    QString desksError() const { return m_desksError; }
    bool saveDesk(const Desk &desk, QString *error = nullptr);
    bool renameDesk(const QString &from, const QString &to, QString *error = nullptr);
    bool deleteDesk(const QString &name, QString *error = nullptr);
    // Asks a name for `current` (the window's query, facets and sort) and saves it,
    // asking before it replaces a desk of the same name.
    void saveDeskInteractively(const Desk &current);

Q_SIGNALS:
    void selectionChanged(const FacetSelection &selection);
    void deskActivated(const Desk &desk);
    // "Rename Topic…" or "Merge Topics…" chosen for these topics.
    void renameTopicsRequested(const QStringList &topics);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showContextMenu(const QPoint &position);
    void reloadDesks();
    void watchDesks();
    void reportDeskError(const QString &error);
    void updateClearButton();
    // Hides the sections of facets the site's field map does not have (StoryFacets::isOnSite).
    void showSiteFacets();

    const StoryStore *m_store;
    FacetModel *m_model;
    QTreeView *m_view;
    QComboBox *m_order;
    QToolButton *m_clear;
    QLabel *m_error;
    DeskFile m_desks;
    QString m_desksError;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_reloadTimer;   // a save is several events: read the file once they settle
    Qt::KeyboardModifiers m_clickModifiers;
};

} // namespace Storydesk
