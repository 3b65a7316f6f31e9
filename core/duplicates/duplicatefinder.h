#pragma once

#include <QByteArray>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace Storydesk {

struct StorySummary;

// Groups the stories of a folder that are the same story: they share a link (after
// DuplicateKeys::normalizedWebUrl) or have near-identical titles
// (DuplicateKeys::tokensNearIdentical), transitively. Never compares every pair: equal
// keys meet in hash tables, and near-identical titles are found by prefix filtering (each
// title is indexed under its rarest words; two titles with a Jaccard similarity of 4/5 or
// more always share one of those), so 100,000 stories take a fraction of a second. The
// work is bounded whatever the titles: a title meets at most MaxCandidatesPerWord earlier
// titles under each of its words, the nearest in the input's order.
// Pure and reentrant: DuplicateIndex runs it off the UI thread, the CLI runs it inline.
class DuplicateFinder
{
public:
    struct Story
    {
        QString path;
        QByteArray webUrl;   // UTF-8, shared with the StorySummary
        QString title;
        QString providerName;
        QString providerDomain;
    };

    enum class Reason { SameLink = 0x1, SimilarTitle = 0x2 };
    Q_DECLARE_FLAGS(Reasons, Reason)

    struct Group
    {
        QStringList paths;   // sorted; two or more
        Reasons reasons;     // why its stories were grouped (both when some share a link, others a title)
        friend bool operator==(const Group &, const Group &) = default;
    };

    // Past this many titles under one word (a word nearly every title has), only the
    // latest this many are candidates: near-identical titles further apart are not grouped.
    static constexpr int MaxCandidatesPerWord = 200;

    // What a search did, for benchmarks and tests of the bound.
    struct Stats
    {
        qint64 titleComparisons = 0;
        qint64 candidatesSkipped = 0;   // left out by MaxCandidatesPerWord
    };

    static Story storyOf(const StorySummary &summary);
    // The groups, ordered by their first path.
    static QList<Group> find(const QList<Story> &stories, Stats *stats = nullptr);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DuplicateFinder::Reasons)

} // namespace Storydesk
