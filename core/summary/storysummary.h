#pragma once

#include "fileidentity.h"
#include "problem.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Storydesk {

// What the table, the filters and the preview need of one story, kept in memory for every
// story of a folder. The full document is read again from disk when a story is edited.
// Repeated strings (topics, providers, category, type) are interned by the store.
// The excerpt and the URLs are kept as UTF-8 bytes (the front matter is UTF-8, so they
// convert back losslessly): almost all ASCII, they take half the memory of a QString.
struct StorySummary
{
    enum class Published : qint8 { Missing, No, Yes, Invalid };

    QString path;               // absolute file path: the story's stable id
    QString title;
    QByteArray excerpt;         // UTF-8
    QString category;
    QString type;
    QString providerName;
    QString providerDomain;
    QByteArray webUrl;          // UTF-8
    QByteArray imageUrl;        // images[0].url, UTF-8
    // images[0].width and .height as the file states them, so the preview can lay the
    // picture out before it arrives; 0 when missing or not a plausible pixel count.
    qint32 imageWidth = 0;
    qint32 imageHeight = 0;
    QByteArray providerLogoUrl; // provider.images[0].url, UTF-8
    QStringList topics;
    QDateTime publishedDateTime; // UTC; invalid when missing or unparsable
    qint16 quality = -1;        // -1: missing or not a number
    qint16 heat = -1;
    Published published = Published::Missing;
    int relatedCount = 0;
    FileIdentity identity;
    // Parse problems (the file is "broken") and validation problems, in file coordinates.
    Problems problems;
    bool broken = false;        // the front matter could not be read or parsed at all
    // Title, excerpt, provider and topics folded for free-text search (lowercase, accents
    // dropped, UTF-8), computed once per read so a filter keystroke does not fold 100,000
    // stories again. Filled by SummaryReader and StoryStore; see SearchKey::of().
    QByteArray searchKey;
    // What `field:KEY` and `field:KEY=VALUE` look at, packed: the front matter's top-level
    // keys, one a line in file order (the same for most stories of a site, so the store
    // interns it), and on the same lines of fieldValues each key's value when it is a scalar
    // of at most MaxFieldValueBytes, lowercased, else an empty line (fieldValues is null when
    // no key has one).
    QByteArray fieldKeys;
    QByteArray fieldValues;
    static constexpr std::size_t MaxFieldValueBytes = 40;

    bool hasField(QByteArrayView key) const { return fieldLine(key) >= 0; }
    // The short scalar value of top-level `key`, lowercased; null when there is none.
    QByteArray fieldValue(QByteArrayView key) const
    {
        qsizetype line = fieldLine(key);
        if (line < 0 || fieldValues.isEmpty())
            return {};
        qsizetype at = 0;
        while (line-- > 0)
            at = fieldValues.indexOf('\n', at) + 1;
        const qsizetype end = fieldValues.indexOf('\n', at);
        return end > at ? fieldValues.mid(at, end - at) : QByteArray();
    }
    // Which line of fieldKeys holds `key`, or -1.
    qsizetype fieldLine(QByteArrayView key) const
    {
        qsizetype line = 0;
        for (qsizetype at = 0; at < fieldKeys.size(); ++line) {
            qsizetype end = fieldKeys.indexOf('\n', at);
            if (end < 0)
                end = fieldKeys.size();
            if (QByteArrayView(fieldKeys).sliced(at, end - at) == key)
                return line;
            at = end + 1;
        }
        return -1;
    }

    bool isValid() const { return problems.isEmpty(); }
};

} // namespace Storydesk
