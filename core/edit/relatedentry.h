#pragma once

#include "yamlvalue.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Storydesk {

class FrontMatterDocument;
struct PageMetadata;

// Related coverage as the core builds it: the entries of a story's `related` list made
// from another story or from a link, filled from the link's page, and the rules for adding
// them (never the story itself, never a webUrl twice). Shared by the app's drag and drop
// and by `storydesk-cli relate`, so both write the same entries.
namespace RelatedEntry {

// The entry for another story: title, excerpt, publishedDateTime, webUrl, ampWebUrl,
// cdnAmpWebUrl, type, provider {name, domain}, quality and images, in that order, each when
// the story has it, with its scalar kind (dates and numbers stay plain); quoting is left to
// the file the entry goes into.
YamlValue fromStory(const FrontMatterDocument &story);
YamlValue fromStory(const YamlValue &frontMatter);
// The entry for a link before its page is read: webUrl, type: article, provider.domain.
YamlValue forLink(const QUrl &url);
// `current` (an entry made as `asCreated`) with what the page says in the fields the editor
// has not touched since: title, excerpt, publishedDateTime, provider.name and images.
YamlValue filledFromPage(const YamlValue &current, const YamlValue &asCreated, const PageMetadata &page);

QString webUrl(const YamlValue &entry);
// A link as compared for duplicates: scheme and host in lower case, no default port, no
// trailing slash.
QString normalizedUrl(const QString &url);
// The provider's domain for a link: its host without "www.".
QString providerDomain(const QUrl &url);
// The row of the entry whose webUrl is `url` (normalised), or -1.
qsizetype indexOfWebUrl(const QList<YamlValue> &entries, const QString &url);

// An entry offered to a story: from the story file `storyPath`, or (empty path) a link.
struct Offer
{
    QString storyPath;
    YamlValue entry;
};

// What adding offered entries to a story comes to.
struct Plan
{
    QList<YamlValue> added;          // the entries to add, in the order offered
    QList<qsizetype> existingRows;   // rows of entries that were offered again
    QStringList refusals;            // why offers were left out, one line each
};
// `storyPath` and `frontMatter` are the story whose list grows.
Plan plan(const QString &storyPath, const YamlValue &frontMatter, const QList<Offer> &offers);

} // namespace RelatedEntry
} // namespace Storydesk
