#include "clicommand.h"

#include "clicontext.h"
#include "duplicatekeys.h"
#include "pagemetadatafetcher.h"
#include "relatedentry.h"
#include "storydocument.h"
#include "storyschema.h"
#include "weblimits.h"
#include "yamlpath.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>
#include <QUrl>

// relate and unrelate: the related entries of a story.

namespace Storydesk {

namespace {

const YamlPath &relatedPath()
{
    static const YamlPath path({StorySchema::Related});
    return path;
}

// Reads the pages of `entries` (the offers for links) and fills them, one event loop for
// all; a page that cannot be read leaves its entry as it is, with a warning.
void fillFromPages(QList<RelatedEntry::Offer> &offers, const QString &file, QTextStream &err)
{
    PageMetadataFetcher fetcher;
    QHash<PageMetadataFetcher::Ticket, qsizetype> waiting;
    for (qsizetype i = 0; i < offers.size(); ++i) {
        if (offers.at(i).storyPath.isEmpty())
            waiting.insert(fetcher.fetch(QUrl(RelatedEntry::webUrl(offers.at(i).entry))), i);
    }
    if (waiting.isEmpty())
        return;
    QEventLoop loop;
    QObject::connect(&fetcher, &PageMetadataFetcher::finished, &loop,
                     [&](PageMetadataFetcher::Ticket ticket, const PageMetadataFetcher::Result &result) {
        YamlValue &entry = offers[waiting.take(ticket)].entry;
        if (result.ok)
            entry = RelatedEntry::filledFromPage(entry, entry, result.page);
        else
            err << file << ": " << result.url.toString() << ": page not read (" << result.reason << "); the entry keeps what is known\n";
        if (waiting.isEmpty())
            loop.quit();
    });
    loop.exec();
}

// The offers whose link is, to the duplicate finder, the page of the story itself or of an
// entry it already has, though not spelt the same (those RelatedEntry::plan refuses itself).
QStringList samePageRefusals(const YamlValue &frontMatter, const QList<RelatedEntry::Offer> &offers)
{
    QStringList refusals;
    const YamlValue *related = frontMatter.at(relatedPath());
    const QList<YamlValue> entries = related && related->isSequence() ? related->items() : QList<YamlValue>();
    // Spellings RelatedEntry::plan already tells apart as the same link are left to it.
    const auto twins = [](const QString &a, const QString &b) {
        return RelatedEntry::normalizedUrl(a) != RelatedEntry::normalizedUrl(b)
            && DuplicateKeys::normalizedWebUrl(a) == DuplicateKeys::normalizedWebUrl(b);
    };
    const QString own = RelatedEntry::webUrl(frontMatter);
    for (const RelatedEntry::Offer &offer : offers) {
        const QString url = RelatedEntry::webUrl(offer.entry);
        if (url.isEmpty())
            continue;
        const QString shown = offer.storyPath.isEmpty() ? url : offer.storyPath;
        if (!own.isEmpty() && twins(own, url)) {
            refusals.append(QStringLiteral("%1: a story cannot be related to itself (%2 is the same page)").arg(shown, own));
            continue;
        }
        for (const YamlValue &entry : entries) {
            const QString existing = RelatedEntry::webUrl(entry);
            if (!existing.isEmpty() && twins(existing, url)) {
                refusals.append(QStringLiteral("%1: already related as %2 (the same page)").arg(shown, existing));
                break;
            }
        }
    }
    return refusals;
}

} // namespace

namespace CliCommands {

int relate(const CliContext &cli, const QStringList &args)
{
    QTextStream &err = cli.err();
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return cli.usageError(QStringLiteral("relate takes FILE --story OTHER_FILE... or FILE --url URL [--no-fetch]"));
    const QString file = args.first();
    QStringList stories;
    QList<QUrl> links;
    bool fetch = true;
    bool readingStories = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--story")) {
            readingStories = true;
        } else if (a == QLatin1String("--url")) {
            readingStories = false;
            if (++i >= args.size())
                return cli.usageError(QStringLiteral("--url needs a value"));
            const QUrl url(args.at(i), QUrl::StrictMode);
            if (!url.isValid() || !WebLimits::isWeb(url) || url.host().isEmpty())
                return cli.usageError(QStringLiteral("'%1' is not an http or https address").arg(args.at(i)));
            links.append(url);
        } else if (a == QLatin1String("--no-fetch")) {
            fetch = false;
        } else if (a.startsWith(QLatin1String("--")) || !readingStories) {
            return cli.usageError(QStringLiteral("unexpected '%1'").arg(a));
        } else {
            stories.append(a);
        }
    }
    if (stories.isEmpty() && links.isEmpty())
        return cli.usageError(QStringLiteral("relate needs --story OTHER_FILE... or --url URL"));

    std::optional<StoryDocument> doc = cli.openEditable(file);
    if (!doc)
        return CliContext::DataProblem;
    QList<RelatedEntry::Offer> offers;
    for (const QString &story : std::as_const(stories)) {
        const std::optional<StoryDocument> other = cli.openEditable(story);
        if (!other)
            return CliContext::DataProblem;
        offers.append({story, RelatedEntry::fromStory(other->frontMatter())});
    }
    for (const QUrl &url : std::as_const(links))
        offers.append({QString(), RelatedEntry::forLink(url)});

    // The duplicate finder's idea of one page (http and https, www., tracking parameters):
    // a link already related, or the story's own, under another spelling is refused too.
    if (const QStringList twins = samePageRefusals(doc->frontMatter().value(), offers); !twins.isEmpty()) {
        for (const QString &refusal : twins)
            err << file << ": " << refusal << "\n";
        return CliContext::DataProblem;
    }
    // The rules first: nothing is fetched or written for a refused call.
    const RelatedEntry::Plan plan = RelatedEntry::plan(QFileInfo(file).absoluteFilePath(), doc->frontMatter().value(), offers);
    if (!plan.refusals.isEmpty()) {
        for (const QString &refusal : plan.refusals)
            err << file << ": " << refusal << "\n";
        return CliContext::DataProblem;
    }
    if (fetch)
        fillFromPages(offers, file, err);
    const std::optional<YamlValue> related = doc->frontMatter().valueAt(relatedPath());
    qsizetype at = related && related->isSequence() ? related->items().size() : 0;
    for (const RelatedEntry::Offer &offer : std::as_const(offers)) {
        QString error;
        if (!doc->frontMatter().insertItem(relatedPath(), at++, offer.entry, &error)) {
            err << file << ": cannot add a related entry: " << error << "\n";
            return CliContext::DataProblem;
        }
    }
    return cli.save(*doc);
}

int unrelate(const CliContext &cli, const QStringList &args)
{
    QTextStream &err = cli.err();
    if (args.size() != 2)
        return cli.usageError(QStringLiteral("unrelate takes FILE WEBURL"));
    std::optional<StoryDocument> doc = cli.openEditable(args.at(0));
    if (!doc)
        return CliContext::DataProblem;
    const std::optional<YamlValue> related = doc->frontMatter().valueAt(relatedPath());
    const QList<YamlValue> entries = related && related->isSequence() ? related->items() : QList<YamlValue>();
    const qsizetype row = RelatedEntry::indexOfWebUrl(entries, args.at(1));
    if (row < 0) {
        err << args.at(0) << ": no related entry with webUrl " << args.at(1) << "\n";
        return CliContext::DataProblem;
    }
    // The last entry takes the key with it, as in the app.
    return cli.removeAndSave(*doc, args.at(0), entries.size() == 1 ? relatedPath() : relatedPath().child(row));
}

} // namespace CliCommands

} // namespace Storydesk
