#include "facetmodel.h"

#include "facetroles.h"
#include "parallelrows.h"
#include "sitegitstatus.h"
#include "storytablemodel.h"
#include "storyfilter.h"
#include "storyrowmatch.h"
#include "storystore.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include <algorithm>
#include <numeric>

namespace Storydesk {

namespace {

// Children carry their section + 1 as internal id; sections carry 0.
constexpr quintptr SectionId = 0;

} // namespace

FacetModel::FacetModel(const StoryStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshInterval);
    connect(&m_refreshTimer, &QTimer::timeout, this, &FacetModel::refresh);
    connect(store->topicIndex(), &TopicIndex::changed, this, &FacetModel::scheduleRefresh);
    // Desks count rows, and a story edited in place changes no facet count but may leave a desk.
    connect(store, &StoryStore::storyChanged, this, &FacetModel::scheduleRefresh);
    refresh();
}

void FacetModel::scheduleRefresh()
{
    // Not restarted by every change: a long burst still refreshes every interval.
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionId)
        return {};
    return createIndex(int(child.internalId()) - 1, Name, SectionId);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return sections();
    if (parent.internalId() != SectionId || parent.column() != Name)
        return 0;
    return int(m_items[size_t(parent.row())].size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString FacetModel::sectionTitle(int section)
{
    if (section == DesksSection)
        return tr("Desks");
    switch (Facet(section - 1)) {
    case Facet::Topic: return tr("Topics");
    case Facet::Provider: return tr("Providers");
    case Facet::Published: return tr("Published");
    case Facet::Quality: return tr("Quality");
    case Facet::Category: return tr("Category");
    case Facet::Date: return tr("Date");
    case Facet::Git: return tr("Git");
    }
    return {};
}

QString FacetModel::itemLabel(Facet facet, const QString &id)
{
    switch (facet) {
    case Facet::Topic:
    case Facet::Provider:
    case Facet::Category:
        return id.isEmpty() ? tr("(none)") : id;
    case Facet::Published:
        return id == StoryFacets::publishedId(true) ? tr("Published") : tr("Unpublished");
    case Facet::Quality:
        if (id == StoryFacets::noneId())
            return tr("No quality");
        return QString(id).replace(QLatin1Char('-'), QChar(0x2013));   // 60–79
    case Facet::Date:
        if (id == StoryFacets::todayId())
            return tr("Today");
        if (id == StoryFacets::last7DaysId())
            return tr("Last 7 days");
        if (id == StoryFacets::last30DaysId())
            return tr("Last 30 days");
        if (const std::optional<QDate> month = StoryFacets::monthOf(id))
            return QLocale().toString(*month, QStringLiteral("MMMM yyyy"));
        return tr("No date");
    case Facet::Git:
        if (const std::optional<GitFileState> state = gitFileStateFromId(id); state && *state != GitFileState::Clean)
            return StoryTableModel::gitStateText(*state);
        return id;
    }
    return id;
}

bool FacetModel::isSelected(int section, const QString &id) const
{
    if (section == DesksSection)
        return !m_currentDesk.isEmpty() && id == m_currentDesk;
    return m_selection.contains(Facet(section - 1), id);
}

void FacetModel::setCurrentDesk(const QString &name)
{
    if (name == m_currentDesk)
        return;
    m_currentDesk = name;
    const int rows = int(m_items[DesksSection].size());
    if (rows > 0)
        Q_EMIT dataChanged(index(0, 0, sectionIndex(DesksSection)), index(rows - 1, ColumnCount - 1, sectionIndex(DesksSection)));
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == SectionId) {
        const int section = index.row();
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == Name ? QVariant(sectionTitle(section)) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::AccessibleDescriptionRole:
            return index.column() == Name ? tr("Section") : QVariant();
        case FacetIdRole:
            return section == DesksSection ? -1 : section - 1;
        case IsSectionRole:
            return true;
        default:
            return {};
        }
    }
    const int section = int(index.internalId()) - 1;
    const Item &item = m_items[size_t(section)].at(index.row());
    const bool selected = isSelected(section, item.id);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Count)
            return item.count < 0 ? QStringLiteral("?") : QLocale().toString(item.count);
        return section == DesksSection ? item.id : itemLabel(Facet(section - 1), item.id);
    case Qt::AccessibleTextRole: {
        // "AI, 24 stories": the item and its count read together, from either cell.
        const QString label = section == DesksSection ? item.id : itemLabel(Facet(section - 1), item.id);
        if (item.count < 0)
            return tr("%1, count unknown").arg(label);
        return tr("%1, %n stories", "facet item and how many stories it holds", item.count).arg(label);
    }
    case Qt::AccessibleDescriptionRole: {
        const QString keys = section == DesksSection ? tr("Press Enter to apply the desk")
                                                     : tr("Press Space to show only these stories, Ctrl+Space to add them");
        return selected ? tr("Chosen; %1").arg(keys) : keys;
    }
    case Qt::TextAlignmentRole:
        return index.column() == Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (selected) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Name && selected)
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        return {};
    case Qt::BackgroundRole:
        if (selected) {
            QColor highlight = QApplication::palette().color(QPalette::Highlight);
            highlight.setAlpha(60);
            return highlight;
        }
        return {};
    case Qt::ToolTipRole:
        if (section == DesksSection) {
            const auto desk = std::find_if(m_desks.cbegin(), m_desks.cend(), [&](const Desk &d) { return d.name == item.id; });
            if (desk != m_desks.cend())
                return item.count < 0 ? tr("The query cannot be read: %1").arg(desk->query) : desk->query;
        }
        return {};
    case FacetIdRole:
        return section == DesksSection ? -1 : section - 1;
    case ItemIdRole:
        return item.id;
    case CountRole:
        return item.count;
    case SelectedRole:
        return selected;
    case IsSectionRole:
        return false;
    default:
        return {};
    }
}

QVariant FacetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Name") : section == Count ? tr("Stories") : QVariant();
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex FacetModel::itemIndex(int section, const QString &id) const
{
    if (section < 0 || section >= sections())
        return {};
    const QList<Item> &items = m_items[size_t(section)];
    for (int row = 0; row < items.size(); ++row) {
        if (items.at(row).id == id)
            return index(row, Name, sectionIndex(section));
    }
    return {};
}

void FacetModel::setSelection(const FacetSelection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    refresh();   // chosen items absent from the folder are listed now, not at the next change
    // Every item's marking may have changed.
    for (int section = 1; section < sections(); ++section) {
        if (const int rows = rowCount(sectionIndex(section)); rows > 0)
            Q_EMIT dataChanged(index(0, Name, sectionIndex(section)), index(rows - 1, Count, sectionIndex(section)));
    }
}

void FacetModel::setDesks(const QList<Desk> &desks)
{
    m_desks = desks;
    apply(DesksSection, deskItems());
}

void FacetModel::setDuplicateLookup(DuplicateLookup lookup)
{
    m_isDuplicate = std::move(lookup);
    // A new grouping changes only the counts of desks that ask about duplicates: the others
    // are not counted again for every regrouping.
    const bool asked = std::any_of(m_desks.cbegin(), m_desks.cend(),
                                   [](const Desk &desk) { return StoryFilter::parse(desk.query).needsRowFacts(); });
    if (asked)
        apply(DesksSection, deskItems());
}

void FacetModel::setGitStatus(const SiteGitStatus *status)
{
    if (m_git)
        disconnect(m_git, nullptr, this, nullptr);
    m_git = status;
    m_gitLookup = {};
    if (status) {
        // Read live, as the table model does: counting blocks the UI thread, where alone the
        // states change.
        m_gitLookup = [status](const QString &path) { return status->state(path); };
        connect(status, &SiteGitStatus::activeChanged, this, &FacetModel::showGit);
        connect(status, &SiteGitStatus::statesChanged, this, &FacetModel::scheduleRefresh);
    }
    showGit(status && status->isActive());
}

void FacetModel::showGit(bool shown)
{
    if (shown == m_showsGit) {
        if (shown)
            refresh();
        return;
    }
    if (shown) {
        beginInsertRows(QModelIndex(), GitSection, GitSection);
        m_showsGit = true;
        m_items[GitSection] = gitItems();
        endInsertRows();
    } else {
        beginRemoveRows(QModelIndex(), GitSection, GitSection);
        m_showsGit = false;
        m_items[GitSection].clear();
        endRemoveRows();
    }
    // Desks that ask about git count differently now.
    apply(DesksSection, deskItems());
}

QList<FacetModel::Item> FacetModel::gitItems() const
{
    std::array<int, GitFileStateCount> counts{};
    if (m_git && m_git->isActive()) {
        // The few paths git lists, not every story: only those that are stories of the
        // table count, so that an item counted N shows N rows.
        const std::shared_ptr<const GitStates> states = m_git->states();
        for (auto it = states->cbegin(); it != states->cend(); ++it) {
            if (m_store->indexOf(it.key()) >= 0)
                ++counts[size_t(it.value())];
        }
    }
    QList<Item> items;
    const QStringList &chosen = m_selection.items(Facet::Git);
    for (const GitFileState state : GitFileStates) {
        const QString id = gitFileStateId(state);
        if (counts[size_t(state)] > 0 || chosen.contains(id))
            items.append(Item{id, counts[size_t(state)]});
    }
    return items;
}

void FacetModel::setItemOrder(ItemOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    refresh();
}

QList<FacetModel::Item> FacetModel::deskItems() const
{
    QList<Item> items;
    const int rows = m_store->count();
    for (const Desk &desk : m_desks) {
        StoryFilter::ParseError error;
        const StoryFilter filter = StoryFilter::parse(desk.query, &error);
        if (error.position >= 0) {
            items.append(Item{desk.name, -1});
            continue;
        }
        FacetSelection facets = desk.facets;
        facets.setToday(QDate::currentDate());
        const std::vector<char> matches = matchRowsInParallel(
            rows, [&](int row) { return storyRowMatches(*m_store, row, filter, facets, m_isDuplicate, m_gitLookup); });
        items.append(Item{desk.name, int(std::count(matches.cbegin(), matches.cend(), char(1)))});
    }
    return items;
}

QList<FacetModel::Item> FacetModel::itemsOf(int section) const
{
    if (section == DesksSection)
        return deskItems();
    if (section == GitSection)
        return gitItems();
    const Facet facet = Facet(section - 1);
    QList<Item> items;
    const QList<TopicIndex::Item> counted = m_store->topicIndex()->items(facet);
    items.reserve(counted.size());
    for (const TopicIndex::Item &item : counted)
        items.append(Item{item.id, item.count});
    // What is chosen stays in view (and can be clicked away) even when no story holds it.
    for (const QString &id : m_selection.items(facet)) {
        if (std::none_of(items.cbegin(), items.cend(), [&id](const Item &item) { return item.id == id; }))
            items.append(Item{id, 0});
    }
    // Bands, dates and the two publishing states have an order of their own that reads
    // better than their counts: only the open-ended vocabularies sort by count.
    const bool ordered = facet == Facet::Date || facet == Facet::Quality || facet == Facet::Published;
    if (m_order == ItemOrder::ByCount && !ordered) {
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.count > b.count; });
    }
    return items;
}

void FacetModel::refresh()
{
    m_refreshTimer.stop();
    for (int section = 0; section < sections(); ++section)
        apply(section, itemsOf(section));
}

void FacetModel::apply(int section, QList<Item> &&items)
{
    QList<Item> &current = m_items[size_t(section)];
    const QModelIndex parent = sectionIndex(section);
    const bool sameRows = current.size() == items.size()
        && std::equal(current.cbegin(), current.cend(), items.cbegin(), [](const Item &a, const Item &b) { return a.id == b.id; });
    if (sameRows) {
        // Only counts moved: one dataChanged over the rows that did, none when nothing did.
        int first = -1;
        int last = -1;
        for (int row = 0; row < items.size(); ++row) {
            if (current.at(row).count != items.at(row).count) {
                if (first < 0)
                    first = row;
                last = row;
            }
        }
        current = std::move(items);
        // The Name cell changes too: its accessible text says the count.
        if (first >= 0)
            Q_EMIT dataChanged(index(first, Name, parent), index(last, Count, parent));
        return;
    }
    if (!current.isEmpty()) {
        beginRemoveRows(parent, 0, int(current.size()) - 1);
        current.clear();
        endRemoveRows();
    }
    if (!items.isEmpty()) {
        beginInsertRows(parent, 0, int(items.size()) - 1);
        current = std::move(items);
        endInsertRows();
    }
}

} // namespace Storydesk
