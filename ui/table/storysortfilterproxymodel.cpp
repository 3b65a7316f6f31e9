#include "storysortfilterproxymodel.h"

#include "parallelrows.h"
#include "storyroles.h"
#include "storyrowmatch.h"
#include "storystore.h"
#include "storytablemodel.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace Storydesk {

StorySortFilterProxyModel::StorySortFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Any other source model is sorted on its raw values the generic (slower) way.
    setSortRole(RawValueRole);
}

void StorySortFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    dropCaches();
    m_stories = qobject_cast<const StoryTableModel *>(sourceModel);
    if (m_stories) {
        // Connected before the base class connects its own handlers, which filter and sort
        // changed and inserted rows: by then the cached ranks and matches must be gone.
        m_sourceConnections = {
            connect(m_stories, &QAbstractItemModel::rowsAboutToBeInserted, this, &StorySortFilterProxyModel::dropCaches),
            connect(m_stories, &QAbstractItemModel::rowsAboutToBeRemoved, this, &StorySortFilterProxyModel::dropCaches),
            connect(m_stories, &QAbstractItemModel::modelAboutToBeReset, this, &StorySortFilterProxyModel::dropCaches),
            connect(m_stories, &QAbstractItemModel::layoutAboutToBeChanged, this, &StorySortFilterProxyModel::dropCaches),
            connect(m_stories, &QAbstractItemModel::dataChanged, this, &StorySortFilterProxyModel::sourceDataChanged),
        };
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (!m_stories)
        return;
    // While a folder loads, batches are appended unsorted and the whole table is sorted
    // once at the end: inserting each loaded row at its sorted place costs QSortFilterProxyModel
    // a pass over every row per inserted run, which made 100,000 stories load several times
    // slower. Filtering still applies to every batch.
    const StoryStore *store = m_stories->store();
    const auto sortWhenLoaded = [this] {
        prepareSort(sortColumn());
        setDynamicSortFilter(true);
    };
    m_sourceConnections += {
        connect(store, &StoryStore::loadStarted, this, [this] { setDynamicSortFilter(false); }),
        connect(store, &StoryStore::loadFinished, this, sortWhenLoaded),
        connect(store, &StoryStore::loadCancelled, this, sortWhenLoaded),
    };
    setDynamicSortFilter(!store->isLoading());
}

void StorySortFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    prepareSort(column);
    const QScopedValueRollback sorting(m_sorting, true);
    QSortFilterProxyModel::sort(column, order);
}

void StorySortFilterProxyModel::prepareSort(int column)
{
    if (!m_stories || column < 0 || (column == m_rankColumn && !m_ranks.isEmpty()))
        return;
    m_ranks = m_stories->sortRanks(column);
    m_rankColumn = column;
}

bool StorySortFilterProxyModel::setText(const QString &text, StoryFilter::ParseError *error)
{
    StoryFilter::ParseError parseError;
    const StoryFilter parsed = StoryFilter::parse(text, &parseError);
    if (error)
        *error = parseError;
    if (parseError.position >= 0)
        return false;
    m_text = text;
    if (parsed == m_textFilter)
        return true; // "facial " after "facial": same filter, no need to filter 100,000 rows again
    m_textFilter = parsed;
    refilter();
    return true;
}

void StorySortFilterProxyModel::setFilter(const StoryFilter &filter)
{
    m_text.clear();
    if (filter == m_textFilter)
        return;
    m_textFilter = filter;
    refilter();
}

template<typename T>
void StorySortFilterProxyModel::updateFilter(T &setting, const T &value)
{
    // Refiltering 100,000 rows is not free: only when a setting really changes.
    if (setting == value)
        return;
    setting = value;
    refilter();
}

void StorySortFilterProxyModel::setPublishedFilter(PublishedFilter filter)
{
    updateFilter(m_published, filter);
}

void StorySortFilterProxyModel::setTopic(const QString &topic)
{
    updateFilter(m_topic, topic);
}

void StorySortFilterProxyModel::setProvider(const QString &provider)
{
    updateFilter(m_provider, provider);
}

void StorySortFilterProxyModel::setMinimumQuality(int quality)
{
    updateFilter(m_minimumQuality, quality);
}

void StorySortFilterProxyModel::setFacetSelection(const FacetSelection &selection)
{
    updateFilter(m_facets, selection);
}

void StorySortFilterProxyModel::setDuplicateLookup(DuplicateLookup lookup)
{
    m_isDuplicate = std::move(lookup);
    rowFactsChanged();
}

void StorySortFilterProxyModel::rowFactsChanged()
{
    if (!m_filter.needsRowFacts())
        return;
    // Facts may have changed either way: no narrowing from the matches computed before.
    m_matches.clear();
    computeMatches(m_filter, m_appliedFacets);
    invalidate();
}

void StorySortFilterProxyModel::refilter()
{
    StoryFilter filter = m_textFilter;
    if (m_published != PublishedFilter::All)
        filter.requirePublished(m_published == PublishedFilter::Published);
    if (!m_topic.isEmpty())
        filter.requireTopic(m_topic);
    if (!m_provider.isEmpty())
        filter.requireProvider(m_provider);
    if (m_minimumQuality >= 0)
        filter.requireScore(StoryFilter::Score::Quality, StoryFilter::Comparison::GreaterOrEqual, m_minimumQuality);
    const StoryFilter previous = m_filter;
    m_filter = filter;
    // "Today" is today's whenever the table filters again.
    m_facets.setToday(QDate::currentDate());
    const FacetSelection previousFacets = m_appliedFacets;
    m_appliedFacets = m_facets;
    computeMatches(previous, previousFacets);
    prepareSort(sortColumn());
    // invalidate() rebuilds the mapping in one pass (filter every row, sort the survivors).
    // invalidateFilter() would instead remove and insert rows run by run, each run costing a
    // pass over the whole mapping and the view's header: seconds for one keystroke at
    // 100,000 rows.
    invalidate();
}

void StorySortFilterProxyModel::dropCaches()
{
    m_ranks.clear();
    m_matches.clear();
}

void StorySortFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // Runs before the base class handles the change: it then asks filterAcceptsRow() for
    // exactly these rows, and inserts a hidden row that now matches (a story that became
    // modified under is:modified) or removes a shown one that no longer does. Updating the
    // cached matches in place, rather than dropping them, keeps the next keystroke's
    // narrowing short cut.
    m_ranks.clear();
    if (!m_stories || m_matches.size() != size_t(m_stories->store()->count()))
        return dropCaches();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        m_matches[size_t(row)] = matchesRow(row);
}

bool StorySortFilterProxyModel::matchesRow(int row) const
{
    return storyRowMatches(*m_stories->store(), row, m_filter, m_facets, m_isDuplicate, m_stories->gitLookup());
}

void StorySortFilterProxyModel::computeMatches(const StoryFilter &previous, const FacetSelection &previousFacets)
{
    if (!m_stories)
        return;
    const StoryStore *store = m_stories->store();
    const int rows = store->count();
    // Typing on only narrows the filter: the rows the previous text hid stay hidden.
    const bool narrowing = m_matches.size() == size_t(rows) && m_filter.narrows(previous) && m_facets == previousFacets
        && m_facets.today() == previousFacets.today();
    // The summaries are only read, and nothing changes them while this blocks.
    m_matches = matchRowsInParallel(rows, [this](int row) { return matchesRow(row); }, narrowing ? &m_matches : nullptr);
}

bool StorySortFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_stories)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (size_t(sourceRow) < m_matches.size())
        return m_matches[size_t(sourceRow)];
    return matchesRow(sourceRow);
}

bool StorySortFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_stories)
        return QSortFilterProxyModel::lessThan(left, right);
    const int a = left.row();
    const int b = right.row();
    // While a folder loads (no dynamic sort), the base class still sorts each batch of
    // inserted rows among themselves, then appends them: an order the sort at the end of
    // the load replaces. Comparing stories for it cost a tenth of a second for 100,000 rows
    // arriving from the index at once.
    if (!dynamicSortFilter() && !m_sorting)
        return a < b;
    if (left.column() == m_rankColumn && a < m_ranks.size() && b < m_ranks.size())
        return m_ranks.at(a) < m_ranks.at(b);
    return m_stories->compare(a, b, left.column()) < 0;
}

} // namespace Storydesk
