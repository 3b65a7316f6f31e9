#pragma once

#include "storyfacets.h"
#include "storysummary.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

namespace Storydesk {

// The items chosen in the facets sidebar (or saved in a desk). A story matches when, in
// every facet with a chosen item, it has at least one of them: AND across facets, OR
// within one. Reads stories through StoryFacets::of(), as the counts do. matches()
// allocates nothing: the proxy calls it for 100,000 rows on every core.
class FacetSelection
{
public:
    // Facet id -> item ids, as desks.yaml stores them (see StoryFacets).
    using Map = QMap<QString, QStringList>;

    FacetSelection();

    bool isEmpty() const;
    bool contains(Facet facet, const QString &item) const { return m_items[size_t(facet)].contains(item); }
    const QStringList &items(Facet facet) const { return m_items[size_t(facet)]; }
    void setItems(Facet facet, const QStringList &items);
    void add(Facet facet, const QString &item);
    void remove(Facet facet, const QString &item);
    void clear();

    // Unknown facet ids are dropped; repeated items kept once.
    static FacetSelection fromMap(const Map &map);
    Map toMap() const;

    // Date items ("today", "last 7 days") are ranges from this day, the current one when the
    // selection was made. The proxy renews it whenever it filters again.
    void setToday(QDate today);
    QDate today() const { return m_today; }

    bool matches(const StorySummary &story) const;

    // Equal when the same items are chosen; the day the dates count from does not matter.
    friend bool operator==(const FacetSelection &a, const FacetSelection &b) { return a.m_items == b.m_items; }

private:
    void compile();

    std::array<QStringList, FacetCount> m_items;
    QDate m_today;
    // What matches() compares, built from m_items: bit masks for the fixed facets, minute
    // ranges for the dates.
    unsigned m_publishedMask = 0;
    unsigned m_qualityMask = 0;
    QList<StoryFacets::MinuteRange> m_dateRanges;
    bool m_undatedSelected = false;
};

} // namespace Storydesk
