#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Storydesk {

// The keys the duplicate finder compares stories by: their link as the same page has it
// whatever the feed added to it, and their title as a reader would read it. Pure functions,
// shared by the app's Duplicates view and `storydesk-cli duplicates`.
namespace DuplicateKeys {

// `webUrl` with everything that does not name another page removed, so two links to the
// same article compare equal: the scheme (http and https are the same page), a leading
// "www.", default ports, the fragment, trailing slashes and tracking parameters (utm_*,
// fbclid, gclid, mc_cid, ref, ...); the host in lower case and the other query parameters
// sorted. The result is a key, not a link ("example.com/a?x=1"). Text that is not an
// http(s) link is only trimmed; empty stays empty.
QString normalizedWebUrl(QStringView webUrl);

// Whether a query parameter only tells where a reader came from (utm_source, fbclid, ...).
bool isTrackingParameter(QStringView name);

// `title` folded (case and accents: SearchKey::fold), punctuation turned into spaces,
// spaces collapsed. A trailing " - Provider" or " | Provider" naming the story's own
// provider (its name or domain) is dropped first: feeds append it, and the same story from
// an aggregator and from the provider would otherwise differ.
QString normalizedTitle(QStringView title, QStringView providerName = {}, QStringView providerDomain = {});

// The distinct words of a normalised title, sorted.
QStringList titleTokens(QStringView normalizedTitle);

// Titles with fewer distinct words are never near-identical to another title: "Live
// updates" or "Weather" say nothing about which story they belong to.
constexpr qsizetype MinimumTitleTokens = 3;

// Near-identical titles: at least MinimumTitleTokens words each, the same numbers ("Part 1"
// and "Part 2", "2020" and "2021" are different stories), and a Jaccard similarity of their
// word sets of at least 4/5 (one word added, dropped or changed in a ten-word headline;
// not "Covid cases rise in Texas" against "... in Florida"). Word-based rather than
// character-based so that the finder can find candidates by shared rare words (prefix
// filtering) without comparing every pair. Takes sorted tokens (titleTokens()).
bool tokensNearIdentical(const QStringList &a, const QStringList &b);
// The same for two titles as written.
bool titlesNearIdentical(QStringView a, QStringView b);

// The similarity threshold as a fraction, for prefix filtering: Jaccard >= Numerator / Denominator.
constexpr int SimilarityNumerator = 4;
constexpr int SimilarityDenominator = 5;

} // namespace DuplicateKeys
} // namespace Storydesk
