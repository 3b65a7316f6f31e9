#pragma once

#include "sitegitstates.h"
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
// allocates nothing: the proxy calls it for 100,000 rows on every core. The Git facet is
// matched on the state the caller passes (the summary does not hold it).
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

    // `git` is the story's state in the site's repository; without it, a story chosen by
    // the Git facet matches nothing, as a story is then in no git state.
    bool matches(const StorySummary &story, GitFileState git) const;
    bool matches(const StorySummary &story) const { return matches(story, GitFileState::Clean); }
    // Whether matches() reads the git state: only then must callers look it up.
    bool needsGitState() const { return !m_items[size_t(Facet::Git)].isEmpty(); }

    // Equal when the same items are chosen; the day the dates count from does not matter.
    friend bool operator==(const FacetSelection &a, const FacetSelection &b) { return a.m_items == b.m_items; }

private:
    void compile();

    std::array<QStringList, AllFacetCount> m_items;
    QDate m_today;
    // What matches() compares, built from m_items: bit masks for the fixed facets, minute
    // ranges for the dates.
    unsigned m_publishedMask = 0;
    unsigned m_qualityMask = 0;
    unsigned m_gitMask = 0;
    QList<StoryFacets::MinuteRange> m_dateRanges;
    bool m_undatedSelected = false;
};

} // namespace Storydesk
