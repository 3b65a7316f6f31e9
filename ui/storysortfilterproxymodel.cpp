#include "storysortfilterproxymodel.h"

#include "storyroles.h"
#include "storystore.h"
#include "storytablemodel.h"

namespace Storydesk {

StorySortFilterProxyModel::StorySortFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Any other source model is sorted on its raw values the generic (slower) way.
    setSortRole(RawValueRole);
}

void StorySortFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_stories = qobject_cast<const StoryTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
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

void StorySortFilterProxyModel::setPublishedFilter(PublishedFilter filter)
{
    if (filter == m_published)
        return;
    m_published = filter;
    refilter();
}

void StorySortFilterProxyModel::setTopic(const QString &topic)
{
    if (topic == m_topic)
        return;
    m_topic = topic;
    refilter();
}

void StorySortFilterProxyModel::setProvider(const QString &provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    refilter();
}

void StorySortFilterProxyModel::setMinimumQuality(int quality)
{
    if (quality == m_minimumQuality)
        return;
    m_minimumQuality = quality;
    refilter();
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
    m_filter = filter;
    invalidateFilter();
}

bool StorySortFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_stories)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    return m_filter.matches(m_stories->store()->summary(sourceRow));
}

bool StorySortFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_stories)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_stories->compare(left.row(), right.row(), left.column()) < 0;
}

} // namespace Storydesk
