#include "storyfacets.h"

#include <QDateTime>

namespace Storydesk {

StoryFacets StoryFacets::of(const StorySummary &story)
{
    StoryFacets facets;
    facets.topics = &story.topics;
    facets.provider = story.providerName.isEmpty() ? &story.providerDomain : &story.providerName;
    facets.category = &story.category;
    facets.published = story.published == StorySummary::Published::Yes;
    facets.qualityBand = qualityBandOf(story.quality);
    if (story.publishedDateTime.isValid())
        facets.minute = minuteOf(story.publishedDateTime);
    return facets;
}

bool StoryFacets::isOnSite(Facet facet, const FieldMap &map)
{
    switch (facet) {
    case Facet::Topic: return map.isBound(FieldRole::Topics);
    case Facet::Provider: return map.isBound(FieldRole::ProviderName) || map.isBound(FieldRole::ProviderDomain);
    case Facet::Published: return map.isBound(FieldRole::Published);
    case Facet::Quality: return map.isBound(FieldRole::Quality);
    case Facet::Category: return map.isBound(FieldRole::Category);
    case Facet::Date: return map.isBound(FieldRole::Date);
    case Facet::Git: return true;
    }
    return true;
}

bool StoryFacets::isFirstTopic(qsizetype index) const
{
    const QString &topic = topics->at(index);
    if (topic.isEmpty())
        return false;
    for (qsizetype i = 0; i < index; ++i) {
        if (topics->at(i) == topic)
            return false;
    }
    return true;
}

int StoryFacets::qualityBandOf(int quality)
{
    if (quality < 0)
        return NoQuality;
    return qMin(quality / 20, QualityBands - 1);   // 80–100 is one band
}

QString StoryFacets::facetId(Facet facet)
{
    switch (facet) {
    case Facet::Topic: return QStringLiteral("topic");
    case Facet::Provider: return QStringLiteral("provider");
    case Facet::Published: return QStringLiteral("published");
    case Facet::Quality: return QStringLiteral("quality");
    case Facet::Category: return QStringLiteral("category");
    case Facet::Date: return QStringLiteral("date");
    case Facet::Git: return QStringLiteral("git");
    }
    return {};
}

std::optional<Facet> StoryFacets::facetFromId(QStringView id)
{
    for (int i = 0; i < AllFacetCount; ++i) {
        if (id == facetId(Facet(i)))
            return Facet(i);
    }
    return std::nullopt;
}

QString StoryFacets::publishedId(bool published)
{
    return published ? QStringLiteral("published") : QStringLiteral("unpublished");
}

QString StoryFacets::qualityBandId(int band)
{
    if (band < 0 || band >= QualityBands)
        return noneId();
    const int first = band * 20;
    const int last = band == QualityBands - 1 ? 100 : first + 19;
    return QString::number(first) + QLatin1Char('-') + QString::number(last);
}

std::optional<QDate> StoryFacets::monthOf(QStringView id)
{
    if (id.size() != 7 || id.at(4) != QLatin1Char('-'))
        return std::nullopt;
    bool yearOk = false;
    bool monthOk = false;
    const int year = id.first(4).toInt(&yearOk);
    const int month = id.sliced(5).toInt(&monthOk);
    const QDate first(year, month, 1);
    if (!yearOk || !monthOk || !first.isValid())
        return std::nullopt;
    return first;
}

qint64 StoryFacets::minuteOf(const QDateTime &time)
{
    const qint64 msecs = time.toMSecsSinceEpoch();
    // Floor, not truncation: dates before 1970 too fall into the minute that holds them.
    return msecs >= 0 ? msecs / 60000 : -((-msecs + 59999) / 60000);
}

qint64 StoryFacets::startOfDay(QDate day)
{
    return minuteOf(day.startOfDay());
}

std::optional<StoryFacets::MinuteRange> StoryFacets::dateRange(QStringView id, QDate today)
{
    const qint64 tomorrow = startOfDay(today.addDays(1));
    if (id == todayId())
        return MinuteRange{startOfDay(today), tomorrow};
    if (id == last7DaysId())
        return MinuteRange{startOfDay(today.addDays(-6)), tomorrow};
    if (id == last30DaysId())
        return MinuteRange{startOfDay(today.addDays(-29)), tomorrow};
    if (const std::optional<QDate> month = monthOf(id))
        return MinuteRange{startOfDay(*month), startOfDay(month->addMonths(1))};
    return std::nullopt;
}

} // namespace Storydesk
