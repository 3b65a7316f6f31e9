#pragma once

#include "desk.h"
#include "facetselection.h"
#include "storyrowmatch.h"
#include "topicindex.h"

#include <QAbstractItemModel>
#include <QTimer>

#include <array>

namespace Storydesk {

class SiteGitStatus;
class StoryStore;

// The facets sidebar as a two-level tree: a Desks section with the folder's saved desks and
// how many stories each holds, then one section per facet with its items and counts. The
// counts follow the store live, recomputed at most every RefreshInterval however many
// stories change meanwhile (a load of 100,000 stories is a handful of refreshes). Items
// chosen in the selection stay listed, at 0, when no story holds them any more. A last
// section, Git, is there only while the folder is in a repository: its counts come from
// the site's git states (setGitStatus()), not from the summaries.
class FacetModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetModel)

public:
    enum Column { Name, Count, ColumnCount };
    enum class ItemOrder { ByCount, ByName };
    Q_ENUM(ItemOrder)
    static constexpr int DesksSection = 0;   // then facet f is section f + 1
    static constexpr int RefreshInterval = 250;   // ms

    explicit FacetModel(const StoryStore *store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const FacetSelection &selection() const { return m_selection; }
    void setSelection(const FacetSelection &selection);
    const QList<Desk> &desks() const { return m_desks; }
    // The desk the table shows, marked like a chosen item; empty once the view moved away.
    void setCurrentDesk(const QString &name);
    QString currentDesk() const { return m_currentDesk; }
    void setDesks(const QList<Desk> &desks);
    // What desks with is:duplicate count (see StorySortFilterProxyModel::setDuplicateLookup()).
    void setDuplicateLookup(DuplicateLookup lookup);
    // The Git section's counts, and what desks asking about git count, follow `status`; the
    // section shows while it is active.
    void setGitStatus(const SiteGitStatus *status);
    bool showsGit() const { return m_showsGit; }
    // Facet items by count (most first) or by name; dates always run newest first.
    void setItemOrder(ItemOrder order);
    ItemOrder itemOrder() const { return m_order; }

    // Recounts now instead of at the next refresh.
    void refresh();
    QModelIndex sectionIndex(int section) const { return index(section, Name); }
    static int sectionOf(Facet facet) { return int(facet) + 1; }
    // The row of an item of `facet` (or of a desk, with section DesksSection), or invalid.
    QModelIndex itemIndex(int section, const QString &id) const;
    static QString sectionTitle(int section);
    static QString itemLabel(Facet facet, const QString &id);

private:
    struct Item
    {
        QString id;
        int count = 0;
    };
    static constexpr int SectionCount = FacetCount + 1;   // desks and the summary's facets
    static constexpr int GitSection = SectionCount;      // then Git, while shown

    QList<Item> itemsOf(int section) const;
    QList<Item> deskItems() const;
    void apply(int section, QList<Item> &&items);
    void scheduleRefresh();
    void showGit(bool shown);
    QList<Item> gitItems() const;
    int sections() const { return SectionCount + (m_showsGit ? 1 : 0); }
    bool isSelected(int section, const QString &id) const;

    const StoryStore *m_store;
    FacetSelection m_selection;
    QList<Desk> m_desks;
    QString m_currentDesk;
    DuplicateLookup m_isDuplicate;
    const SiteGitStatus *m_git = nullptr;
    GitStateLookup m_gitLookup;
    bool m_showsGit = false;
    ItemOrder m_order = ItemOrder::ByCount;
    std::array<QList<Item>, SectionCount + 1> m_items;
    QTimer m_refreshTimer;
};

} // namespace Storydesk
