#pragma once

#include "fieldmap.h"
#include "storysummary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>

namespace Storydesk {

// The facets the sidebar narrows the story list by. The first FacetCount are what a
// story's summary says (StoryFacets::of(), counted by TopicIndex); the ones after them are
// facts the summary does not hold, which the caller counts and answers per story: Git, the
// story's state in the site's repository (see GitFileState).
enum class Facet : quint8 { Topic, Provider, Published, Quality, Category, Date, Git };
inline constexpr int FacetCount = 6;
inline constexpr int AllFacetCount = 7;

// What one story is in every facet, and the ids of facets and their items. The one place
// that decides it: the folder's counts (TopicIndex) and the selection's matching
// (FacetSelection) both read a story through of(), so an item counted N shows N rows.
//
// Item ids are what desks.yaml stores: a topic, provider or category as written (the
// empty id is "none" for providers and categories), `published`/`unpublished`, quality
// bands `0-19` … `80-100` and `none`, dates `today`, `7d`, `30d`, a month `2020-09`, `none`.
// Dates are grouped by the editor's local calendar; a story's date is kept as minutes since
// the epoch (every time zone's offset is whole minutes), so a bucket is a range of minutes
// and "today" moves on with the clock without recounting any story.
struct StoryFacets
{
    static constexpr int QualityBands = 5;
    static constexpr int NoQuality = QualityBands;   // the band of stories without a quality

    const QStringList *topics = nullptr;   // as listed: skip repeats with isFirstTopic()
    const QString *provider = nullptr;     // the name, or the domain when there is no name
    const QString *category = nullptr;
    bool published = false;                // `published: true`; missing or invalid is not
    int qualityBand = NoQuality;           // 0 (0–19) … 4 (80–100), or NoQuality
    std::optional<qint64> minute;          // publishedDateTime, in minutes since the epoch

    static StoryFacets of(const StorySummary &story);
    // Whether topics->at(index) is not a repeat of an earlier topic of the same story: a
    // story counts once per topic however often it lists it.
    bool isFirstTopic(qsizetype index) const;

    // Whether a site read with `map` has `facet` at all: a Hugo site without quality has no
    // quality bands, only "no quality" for every story. Git and the dates' buckets always.
    static bool isOnSite(Facet facet, const FieldMap &map);
    static QString facetId(Facet facet);
    static std::optional<Facet> facetFromId(QStringView id);
    static QString publishedId(bool published);
    static QString qualityBandId(int band);
    static int qualityBandOf(int quality);
    // Date items: the relative ones, a month, and stories without a date.
    static QString todayId() { return QStringLiteral("today"); }
    static QString last7DaysId() { return QStringLiteral("7d"); }
    static QString last30DaysId() { return QStringLiteral("30d"); }
    static QString noneId() { return QStringLiteral("none"); }
    static QString monthId(QDate month) { return month.toString(QStringLiteral("yyyy-MM")); }
    static std::optional<QDate> monthOf(QStringView id);

    // The minutes [first, second) a date item covers, counted from `today` (local), or
    // nullopt for `none` and unknown ids.
    using MinuteRange = std::pair<qint64, qint64>;
    static std::optional<MinuteRange> dateRange(QStringView id, QDate today);
    static qint64 minuteOf(const QDateTime &time);
    // Local midnight starting `day`, in minutes since the epoch.
    static qint64 startOfDay(QDate day);
};

} // namespace Storydesk
