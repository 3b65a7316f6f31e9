#include "facetselection.h"

namespace Storydesk {

FacetSelection::FacetSelection()
    : m_today(QDate::currentDate())
{
}

bool FacetSelection::isEmpty() const
{
    for (const QStringList &items : m_items) {
        if (!items.isEmpty())
            return false;
    }
    return true;
}

void FacetSelection::setItems(Facet facet, const QStringList &items)
{
    QStringList unique;
    for (const QString &item : items) {
        if (!unique.contains(item))
            unique.append(item);
    }
    m_items[size_t(facet)] = unique;
    compile();
}

void FacetSelection::add(Facet facet, const QString &item)
{
    if (contains(facet, item))
        return;
    m_items[size_t(facet)].append(item);
    compile();
}

void FacetSelection::remove(Facet facet, const QString &item)
{
    if (m_items[size_t(facet)].removeAll(item) > 0)
        compile();
}

void FacetSelection::clear()
{
    for (QStringList &items : m_items)
        items.clear();
    compile();
}

FacetSelection FacetSelection::fromMap(const Map &map)
{
    FacetSelection selection;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (const std::optional<Facet> facet = StoryFacets::facetFromId(it.key()))
            selection.setItems(*facet, it.value());
    }
    return selection;
}

FacetSelection::Map FacetSelection::toMap() const
{
    Map map;
    for (int i = 0; i < AllFacetCount; ++i) {
        if (!m_items[size_t(i)].isEmpty())
            map.insert(StoryFacets::facetId(Facet(i)), m_items[size_t(i)]);
    }
    return map;
}

void FacetSelection::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    compile();
}

void FacetSelection::compile()
{
    m_publishedMask = 0;
    for (const QString &item : m_items[size_t(Facet::Published)]) {
        for (const bool published : {false, true}) {
            if (item == StoryFacets::publishedId(published))
                m_publishedMask |= 1u << (published ? 1 : 0);
        }
    }
    m_qualityMask = 0;
    for (const QString &item : m_items[size_t(Facet::Quality)]) {
        for (int band = 0; band <= StoryFacets::NoQuality; ++band) {
            if (item == StoryFacets::qualityBandId(band))
                m_qualityMask |= 1u << band;
        }
    }
    m_gitMask = 0;
    for (const QString &item : m_items[size_t(Facet::Git)]) {
        if (const std::optional<GitFileState> state = gitFileStateFromId(item))
            m_gitMask |= 1u << unsigned(*state);
    }
    m_dateRanges.clear();
    m_undatedSelected = false;
    for (const QString &item : m_items[size_t(Facet::Date)]) {
        if (item == StoryFacets::noneId())
            m_undatedSelected = true;
        else if (const auto range = StoryFacets::dateRange(item, m_today))
            m_dateRanges.append(*range);
    }
}

bool FacetSelection::matches(const StorySummary &story, GitFileState git) const
{
    if (isEmpty())
        return true;   // nothing chosen: the facets of 100,000 inserted rows need not be worked out
    const StoryFacets facets = StoryFacets::of(story);
    if (const QStringList &topics = m_items[size_t(Facet::Topic)]; !topics.isEmpty()) {
        bool any = false;
        for (qsizetype i = 0; i < facets.topics->size() && !any; ++i)
            any = topics.contains(facets.topics->at(i)) && !facets.topics->at(i).isEmpty();
        if (!any)
            return false;
    }
    if (const QStringList &providers = m_items[size_t(Facet::Provider)]; !providers.isEmpty() && !providers.contains(*facets.provider))
        return false;
    if (const QStringList &categories = m_items[size_t(Facet::Category)]; !categories.isEmpty() && !categories.contains(*facets.category))
        return false;
    // A chosen item that is no id at all (a hand-edited desk) matches nothing, as in any facet.
    if (!m_items[size_t(Facet::Published)].isEmpty() && !(m_publishedMask & (1u << (facets.published ? 1 : 0))))
        return false;
    if (!m_items[size_t(Facet::Quality)].isEmpty() && !(m_qualityMask & (1u << facets.qualityBand)))
        return false;
    if (!m_items[size_t(Facet::Git)].isEmpty() && !(m_gitMask & (1u << unsigned(git))))
        return false;
    if (!m_items[size_t(Facet::Date)].isEmpty()) {
        bool any = !facets.minute && m_undatedSelected;
        for (qsizetype i = 0; i < m_dateRanges.size() && !any && facets.minute; ++i)
            any = *facets.minute >= m_dateRanges.at(i).first && *facets.minute < m_dateRanges.at(i).second;
        if (!any)
            return false;
    }
    return true;
}

} // namespace Storydesk
