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

void TopicIndex::Counts::apply(const StorySummary &story, int delta)
{
    const StoryFacets facets = StoryFacets::of(story);
    for (qsizetype i = 0; i < facets.topics->size(); ++i) {
        if (facets.isFirstTopic(i))
            count(topics, facets.topics->at(i), delta);
    }
    count(providers, *facets.provider, delta, true);
    count(categories, *facets.category, delta, true);
    published[facets.published ? 1 : 0] += delta;
    quality[size_t(facets.qualityBand)] += delta;
    if (facets.minute) {
        const auto it = minutes.try_emplace(*facets.minute, 0).first;
        it->second += delta;
        if (it->second <= 0)
            minutes.erase(it);
    } else {
        undated += delta;
    }
    stories += delta;
}

void TopicIndex::Counts::add(const Counts &other)
{
    const auto addAll = [](QHash<QString, int> &into, const QHash<QString, int> &from) {
        for (auto it = from.cbegin(); it != from.cend(); ++it)
            count(into, it.key(), it.value(), true);
    };
    addAll(topics, other.topics);
    addAll(providers, other.providers);
    addAll(categories, other.categories);
    for (size_t i = 0; i < published.size(); ++i)
        published[i] += other.published[i];
    for (size_t i = 0; i < quality.size(); ++i)
        quality[i] += other.quality[i];
    for (const auto &[minute, n] : other.minutes)
        minutes[minute] += n;
    undated += other.undated;
    stories += other.stories;
}

void TopicIndex::add(const StorySummary &story)
{
    m_counts.apply(story, +1);
    m_changed = true;
}

void TopicIndex::remove(const StorySummary &story)
{
    m_counts.apply(story, -1);
    m_changed = true;
}

void TopicIndex::addCounts(Counts &&counts)
{
    m_changed = m_changed || counts.stories != 0;
    // The smaller into the larger: a reopened folder's 100,000 indexed rows arrive after
    // its first screen, and copying or merging their counts cost the UI thread 40 ms.
    if (m_counts.stories < counts.stories)
        std::swap(m_counts, counts);
    m_counts.add(counts);
}

void TopicIndex::clear()
{
    m_changed = m_changed || m_counts.stories != 0;
    m_counts = Counts();
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
    return byUse(m_counts.topics);
}

QList<TopicIndex::Use> TopicIndex::providerUses() const
{
    QHash<QString, int> named = m_counts.providers;
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
        for (auto it = m_counts.minutes.lower_bound(range.first); it != m_counts.minutes.end() && it->first < range.second; ++it)
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
    for (auto it = m_counts.minutes.cbegin(); it != m_counts.minutes.cend(); ++it) {
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
    if (m_counts.undated > 0)
        items.append(Item{StoryFacets::noneId(), m_counts.undated});
    return items;
}

QList<TopicIndex::Item> TopicIndex::items(Facet facet, QDate today) const
{
    QList<Item> items;
    switch (facet) {
    case Facet::Topic:
        return byName(m_counts.topics);
    case Facet::Provider:
        return byName(m_counts.providers);
    case Facet::Category:
        return byName(m_counts.categories);
    case Facet::Published:
        for (const bool published : {true, false}) {
            if (const int n = m_counts.published[published ? 1 : 0]; n > 0)
                items.append(Item{StoryFacets::publishedId(published), n});
        }
        return items;
    case Facet::Quality:
        // Best first: triage looks at the top bands.
        for (int band = StoryFacets::QualityBands - 1; band >= 0; --band) {
            if (m_counts.quality[size_t(band)] > 0)
                items.append(Item{StoryFacets::qualityBandId(band), m_counts.quality[size_t(band)]});
        }
        if (const int n = m_counts.quality[StoryFacets::NoQuality]; n > 0)
            items.append(Item{StoryFacets::noneId(), n});
        return items;
    case Facet::Date:
        return dateItems(today);
    case Facet::Git:
        break;   // not in a summary: the site's git state counts it
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
