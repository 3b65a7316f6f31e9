#include "relatedentry.h"

#include "frontmatterdocument.h"
#include "pagemetadata.h"
#include "storyschema.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace Storydesk::RelatedEntry {

namespace {

using namespace StorySchema;

// How a value copied from another file is written is up to the file it goes into.
YamlValue withoutQuoting(YamlValue value)
{
    // Text written plain in the other file (`title: Third`) is text all the same: a string
    // the writer quotes as this file quotes its titles. Dates and numbers stay plain.
    if (value.isScalar() && value.scalarKind() == YamlValue::ScalarKind::Plain && plainMeaning(value.text()) == PlainMeaning::String)
        return YamlValue::string(value.text());
    if (value.isScalar() && value.scalarKind() == YamlValue::ScalarKind::String)
        value.setQuoting(YamlValue::Quoting::None);
    for (YamlValue &item : value.items())
        item = withoutQuoting(item);
    for (YamlValue::Entry &entry : value.entries())
        entry.second = withoutQuoting(entry.second);
    return value;
}

const YamlValue *field(const YamlValue &map, QStringView key)
{
    return map.isMap() ? map.find(key) : nullptr;
}

const YamlValue *field(const YamlValue &map, QLatin1StringView key)
{
    const QString name(key);
    return field(map, QStringView(name));
}

bool isPresent(const YamlValue *value)
{
    return value && !value->isNull() && !(value->isScalar() && value->text().isEmpty());
}

YamlValue relatedList(const YamlValue &frontMatter)
{
    const YamlValue *related = field(frontMatter, Related);
    return related && related->isSequence() ? *related : YamlValue::sequence();
}

// Whether the field `key` of `current` is still what it was when the entry was made.
bool untouched(const YamlValue &current, const YamlValue &asCreated, QStringView key)
{
    const YamlValue *now = field(current, key);
    const YamlValue *then = field(asCreated, key);
    return now && then ? now->sameAs(*then) : !isPresent(now) && !isPresent(then);
}

bool isSameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return a == b || (!canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath());
}

} // namespace

YamlValue fromStory(const FrontMatterDocument &story)
{
    return fromStory(story.value());
}

YamlValue fromStory(const YamlValue &frontMatter)
{
    QList<YamlValue::Entry> entries;
    if (!frontMatter.isMap())
        return YamlValue::map();
    const auto copy = [&](QLatin1StringView key) {
        const YamlValue *value = field(frontMatter, key);
        if (isPresent(value))
            entries.append({QString(key), withoutQuoting(*value)});
    };
    for (const QLatin1StringView key : {Title, Excerpt, PublishedDateTime, WebUrl, AmpWebUrl, CdnAmpWebUrl, Type})
        copy(key);
    if (const YamlValue *provider = field(frontMatter, Provider); provider && provider->isMap()) {
        // The provider's name and domain: its logo belongs to the story's own page.
        QList<YamlValue::Entry> fields;
        for (const QLatin1StringView key : {Name, Domain}) {
            if (const YamlValue *value = field(*provider, key); isPresent(value))
                fields.append({QString(key), withoutQuoting(*value)});
        }
        if (!fields.isEmpty())
            entries.append({QString(Provider), YamlValue::map(fields)});
    }
    copy(Quality);
    if (const YamlValue *images = field(frontMatter, Images); images && images->isSequence() && !images->items().isEmpty())
        entries.append({QString(Images), withoutQuoting(*images)});
    return YamlValue::map(entries);
}

YamlValue forLink(const QUrl &url)
{
    return YamlValue::map({
        {QString(WebUrl), YamlValue::string(QString::fromUtf8(url.toEncoded()))},
        {QString(Type), YamlValue::string(QStringLiteral("article"))},
        {QString(Provider), YamlValue::map({{QString(Domain), YamlValue::string(providerDomain(url))}})},
    });
}

YamlValue filledFromPage(const YamlValue &current, const YamlValue &asCreated, const PageMetadata &page)
{
    QList<YamlValue::Entry> found;
    if (!page.title.isEmpty())
        found.append({QString(Title), YamlValue::string(page.title)});
    if (!page.description.isEmpty())
        found.append({QString(Excerpt), YamlValue::string(page.description)});
    // Written as the files write dates, in UTC; a date the schema cannot read is left out.
    if (const QDateTime published = parseTimestamp(page.publishedTime); published.isValid())
        found.append({QString(PublishedDateTime), YamlValue::plain(published.toUTC().toString(Qt::ISODate))});
    if (!page.siteName.isEmpty()) {
        const YamlValue *provider = field(current, Provider);
        YamlValue filled = provider && provider->isMap() ? *provider : YamlValue::map();
        const qsizetype name = filled.indexOf(QString(Name));
        if (name >= 0)
            filled.entries()[name].second = YamlValue::string(page.siteName);
        else
            filled.entries().prepend({QString(Name), YamlValue::string(page.siteName)});
        found.append({QString(Provider), filled});
    }
    if (!page.image.isEmpty()) {
        QList<YamlValue::Entry> image{{QString(Url), YamlValue::string(QString::fromUtf8(page.image.toEncoded()))}};
        if (page.imageWidth > 0 && page.imageHeight > 0) {
            image.append({QString(Width), YamlValue::integer(page.imageWidth)});
            image.append({QString(Height), YamlValue::integer(page.imageHeight)});
        }
        found.append({QString(Images), YamlValue::sequence({YamlValue::map(image)})});
    }

    YamlValue result = current;
    for (const auto &[key, value] : std::as_const(found)) {
        if (untouched(current, asCreated, key))
            result.insert(key, value);
    }
    // Keys the page added go where the example story has them; the others keep their places.
    std::stable_sort(result.entries().begin(), result.entries().end(), [](const YamlValue::Entry &a, const YamlValue::Entry &b) {
        const auto rank = [](const QString &key) {
            const int order = nestedOrder(key);
            return order < 0 ? 1000 : order;
        };
        return rank(a.first) < rank(b.first);
    });
    return result;
}

QString webUrl(const YamlValue &entry)
{
    const YamlValue *value = field(entry, WebUrl);
    return value && value->isScalar() ? value->text().trimmed() : QString();
}

QString normalizedUrl(const QString &text)
{
    QUrl url(text.trimmed());
    if (!url.isValid() || url.scheme().isEmpty())
        return text.trimmed();
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if ((url.scheme() == u"http" && url.port() == 80) || (url.scheme() == u"https" && url.port() == 443))
        url.setPort(-1);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return QString::fromUtf8(url.toEncoded());
}

QString providerDomain(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1StringView("www.")))
        host.remove(0, 4);
    return host;
}

qsizetype indexOfWebUrl(const QList<YamlValue> &entries, const QString &url)
{
    const QString wanted = normalizedUrl(url);
    if (wanted.isEmpty())
        return -1;
    for (qsizetype row = 0; row < entries.size(); ++row) {
        const QString own = webUrl(entries.at(row));
        if (!own.isEmpty() && normalizedUrl(own) == wanted)
            return row;
    }
    return -1;
}

Plan plan(const QString &storyPath, const YamlValue &frontMatter, const QList<Offer> &offers)
{
    Plan result;
    const QList<YamlValue> existing = relatedList(frontMatter).items();
    const QString ownUrl = normalizedUrl(webUrl(frontMatter));
    for (const Offer &offer : offers) {
        const QString url = webUrl(offer.entry);
        const QString shown = url.isEmpty() ? QFileInfo(offer.storyPath).fileName() : url;
        if (isSameFile(offer.storyPath, storyPath) || (!url.isEmpty() && normalizedUrl(url) == ownUrl)) {
            result.refusals.append(QCoreApplication::translate("Storydesk::RelatedEntry", "%1: a story cannot be related to itself").arg(shown));
            continue;
        }
        if (const qsizetype row = indexOfWebUrl(existing, url); row >= 0) {
            if (!result.existingRows.contains(row))
                result.existingRows.append(row);
            result.refusals.append(QCoreApplication::translate("Storydesk::RelatedEntry", "%1: already related").arg(shown));
            continue;
        }
        if (indexOfWebUrl(result.added, url) >= 0) {
            result.refusals.append(QCoreApplication::translate("Storydesk::RelatedEntry", "%1: offered twice").arg(shown));
            continue;
        }
        result.added.append(offer.entry);
    }
    return result;
}

} // namespace Storydesk::RelatedEntry
