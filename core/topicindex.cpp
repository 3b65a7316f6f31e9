#include "topicindex.h"

#include <QDateTime>

#include <algorithm>

namespace Storydesk {

TopicIndex::TopicIndex(QObject *parent)
    : QObject(parent)
{
}

void TopicIndex::count(QHash<QString, int> &counts, const QString &name, int delta, bool keepEmpty)
{
    if (name.isEmpty() && !keepEmpty)
        return;
    int &n = counts[name];
    n += delta;
    if (n <= 0)
        counts.remove(name); // a topic no story uses any more leaves the completer
}

void TopicIndex::apply(const StorySummary &story, int delta)
{
    const StoryFacets facets = StoryFacets::of(story);
    for (qsizetype i = 0; i < facets.topics->size(); ++i) {
        if (facets.isFirstTopic(i))
            count(m_topics, facets.topics->at(i), delta);
    }
    count(m_providers, *facets.provider, delta, true);
    count(m_categories, *facets.category, delta, true);
    m_published[facets.published ? 1 : 0] += delta;
    m_quality[size_t(facets.qualityBand)] += delta;
    if (facets.minute) {
        const auto it = m_minutes.try_emplace(*facets.minute, 0).first;
        it->second += delta;
        if (it->second <= 0)
            m_minutes.erase(it);
    } else {
        m_undated += delta;
    }
    m_stories += delta;
    m_changed = true;
}

void TopicIndex::add(const StorySummary &story)
{
    apply(story, +1);
}

void TopicIndex::remove(const StorySummary &story)
{
    apply(story, -1);
}

void TopicIndex::clear()
{
    m_changed = m_changed || m_stories != 0;
    m_topics.clear();
    m_providers.clear();
    m_categories.clear();
    m_published = {};
    m_quality = {};
    m_minutes.clear();
    m_undated = 0;
    m_stories = 0;
}

void TopicIndex::publish()
{
    if (!m_changed)
        return;
    m_changed = false;
    Q_EMIT changed();
}

QList<TopicIndex::Use> TopicIndex::byUse(const QHash<QString, int> &counts)
{
    QList<Use> uses;
    uses.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        uses.append(Use{it.key(), it.value()});
    std::sort(uses.begin(), uses.end(), [](const Use &a, const Use &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return uses;
}

QList<TopicIndex::Use> TopicIndex::topicUses() const
{
    return byUse(m_topics);
}

QList<TopicIndex::Use> TopicIndex::providerUses() const
{
    QHash<QString, int> named = m_providers;
    named.remove(QString());   // the completer and the filter bar list providers by name
    return byUse(named);
}

QList<TopicIndex::Item> TopicIndex::byName(const QHash<QString, int> &counts)
{
    QList<Item> items;
    items.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        items.append(Item{it.key(), it.value()});
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.id.isEmpty() != b.id.isEmpty())
            return b.id.isEmpty();
        if (const int c = a.id.compare(b.id, Qt::CaseInsensitive); c != 0)
            return c < 0;
        return a.id < b.id;
    });
    return items;
}

QList<TopicIndex::Item> TopicIndex::dateItems(QDate today) const
{
    const auto rangeCount = [this](const StoryFacets::MinuteRange &range) {
        int n = 0;
        for (auto it = m_minutes.lower_bound(range.first); it != m_minutes.end() && it->first < range.second; ++it)
            n += it->second;
        return n;
    };
    QList<Item> items;
    for (const QString &id : {StoryFacets::todayId(), StoryFacets::last7DaysId(), StoryFacets::last30DaysId()}) {
        if (const int n = rangeCount(*StoryFacets::dateRange(id, today)); n > 0)
            items.append(Item{id, n});
    }
    // Months, newest first: one walk over the minutes, converting only where a month starts.
    QList<Item> months;
    qint64 monthEnd = 0;
    for (auto it = m_minutes.cbegin(); it != m_minutes.cend(); ++it) {
        if (months.isEmpty() || it->first >= monthEnd) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(it->first * 60000).date();
            const QDate month(day.year(), day.month(), 1);
            monthEnd = StoryFacets::startOfDay(month.addMonths(1));
            months.append(Item{StoryFacets::monthId(month), 0});
        }
        months.last().count += it->second;
    }
    std::reverse(months.begin(), months.end());
    items.append(months);
    if (m_undated > 0)
        items.append(Item{StoryFacets::noneId(), m_undated});
    return items;
}

QList<TopicIndex::Item> TopicIndex::items(Facet facet, QDate today) const
{
    QList<Item> items;
    switch (facet) {
    case Facet::Topic:
        return byName(m_topics);
    case Facet::Provider:
        return byName(m_providers);
    case Facet::Category:
        return byName(m_categories);
    case Facet::Published:
        for (const bool published : {true, false}) {
            if (const int n = m_published[published ? 1 : 0]; n > 0)
                items.append(Item{StoryFacets::publishedId(published), n});
        }
        return items;
    case Facet::Quality:
        // Best first: triage looks at the top bands.
        for (int band = StoryFacets::QualityBands - 1; band >= 0; --band) {
            if (m_quality[size_t(band)] > 0)
                items.append(Item{StoryFacets::qualityBandId(band), m_quality[size_t(band)]});
        }
        if (const int n = m_quality[StoryFacets::NoQuality]; n > 0)
            items.append(Item{StoryFacets::noneId(), n});
        return items;
    case Facet::Date:
        return dateItems(today);
    }
    return items;
}

QStringList TopicIndex::topicsByUse() const
{
    QStringList names;
    const QList<Use> uses = topicUses();
    names.reserve(uses.size());
    for (const Use &use : uses)
        names.append(use.name);
    return names;
}

} // namespace Storydesk
