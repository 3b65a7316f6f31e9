#pragma once

#include "facetselection.h"
#include "storyfilter.h"
#include "storyrowmatch.h"

#include <QSortFilterProxyModel>

#include <functional>
#include <vector>

namespace Storydesk {

class StoryTableModel;

// Sorts the story table on typed raw values (dates as dates, scores as numbers, never
// display strings) and filters it with a StoryFilter built from the filter field's text
// and the typed setters, all of which must hold. Both stay interactive at 100,000 rows:
// filtering reads the store's summaries directly and allocates nothing per row. It
// manages dynamicSortFilter itself: off while the store loads a folder, on otherwise.
// Queries on what a summary does not hold (is:modified, is:duplicate, git:changed and the
// Git facet) get their answers from the store, a duplicate lookup and the table model's
// git states, asked only when the query or the facets need them.
class StorySortFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorySortFilterProxyModel)

public:
    enum class PublishedFilter { All, Published, Unpublished };
    Q_ENUM(PublishedFilter)

    explicit StorySortFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The filter field: free words and `key:value` terms (see StoryFilter). On a syntax
    // error the previous text filter stays in force and false is returned, so the table
    // does not flicker while a term is half typed.
    bool setText(const QString &text, StoryFilter::ParseError *error = nullptr);
    QString text() const { return m_text; }
    // Replaces the text filter with one built elsewhere (a saved search, the CLI's filter).
    void setFilter(const StoryFilter &filter);
    void setPublishedFilter(PublishedFilter filter);
    PublishedFilter publishedFilter() const { return m_published; }
    void setTopic(const QString &topic);      // empty: any topic
    QString topic() const { return m_topic; }
    void setProvider(const QString &provider); // name or domain; empty: any provider
    QString provider() const { return m_provider; }
    void setMinimumQuality(int quality);       // -1: no minimum
    int minimumQuality() const { return m_minimumQuality; }
    // The facets sidebar's choice; a row must match it and the text filter.
    void setFacetSelection(const FacetSelection &selection);
    const FacetSelection &facetSelection() const { return m_facets; }
    // Everything a row must match, text and setters combined (the facets apart).
    const StoryFilter &filter() const { return m_filter; }

    // Answers is:duplicate for a story path. It is called from worker threads, several at
    // once, while the UI thread waits for them: it must only read. Call rowFactsChanged()
    // when its answers change (a new duplicate scan). Empty: no story is a duplicate.
    void setDuplicateLookup(DuplicateLookup lookup);
    // The facts behind is:modified or is:duplicate changed outside the source model's
    // signals: refilters when the query uses them. (Unsaved edits need no call: the
    // store's storyChanged reaches the proxy as dataChanged.)
    void rowFactsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    template<typename T>
    void updateFilter(T &setting, const T &value);
    void refilter();
    void prepareSort(int column);
    void computeMatches(const StoryFilter &previous, const FacetSelection &previousFacets);
    void dropCaches();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    bool matchesRow(int row) const;

    const StoryTableModel *m_stories = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    // Sort positions of the source rows on m_rankColumn (see StoryTableModel::sortRanks()),
    // so that re-sorting after a keystroke compares two integers instead of two stories.
    // Dropped whenever the source rows change; lessThan() then compares the stories.
    QList<int> m_ranks;
    int m_rankColumn = -1;
    bool m_sorting = false;   // in sort(): lessThan() must order even while loading
    // Whether each source row matches m_filter, computed on every core before the base
    // class asks row by row; empty when the source rows changed since.
    std::vector<char> m_matches;
    QString m_text;
    StoryFilter m_textFilter;
    PublishedFilter m_published = PublishedFilter::All;
    QString m_topic;
    QString m_provider;
    int m_minimumQuality = -1;
    StoryFilter m_filter;
    FacetSelection m_facets;
    FacetSelection m_appliedFacets;   // what m_matches was computed with
    DuplicateLookup m_isDuplicate;
};

} // namespace Storydesk
