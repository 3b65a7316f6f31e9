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
struct StorySummary
{
    enum class Published : qint8 { Missing, No, Yes, Invalid };

    QString path;               // absolute file path: the story's stable id
    QString title;
    QString excerpt;
    QString category;
    QString type;
    QString providerName;
    QString providerDomain;
    QString webUrl;
    QString imageUrl;           // images[0].url
    // images[0].width and .height as the file states them, so the preview can lay the
    // picture out before it arrives; 0 when missing or not a plausible pixel count.
    qint32 imageWidth = 0;
    qint32 imageHeight = 0;
    QString providerLogoUrl;    // provider.images[0].url
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
    // The front matter's top-level keys, each with its value when that is a scalar of at
    // most MaxFieldValueBytes (lowercased): `key\x1fvalue\n` or `key\n`, in file order.
    // What `field:KEY` and `field:KEY=VALUE` look at; see hasField() and fieldValue().
    QByteArray fields;
    static constexpr std::size_t MaxFieldValueBytes = 40;
    static constexpr char FieldValueStart = '\x1f';
    static constexpr char FieldEntryEnd = '\n';

    bool hasField(QByteArrayView key) const { return fieldEntry(key) >= 0; }
    // The short scalar value of top-level `key`, lowercased; null when there is none.
    QByteArray fieldValue(QByteArrayView key) const
    {
        const qsizetype at = fieldEntry(key);
        if (at < 0 || fields.at(at + key.size()) != FieldValueStart)
            return {};
        const qsizetype start = at + key.size() + 1;
        return fields.mid(start, fields.indexOf(FieldEntryEnd, start) - start);
    }
    // Where the entry of `key` starts in fields, or -1.
    qsizetype fieldEntry(QByteArrayView key) const
    {
        for (qsizetype at = 0; at < fields.size();) {
            const qsizetype end = fields.indexOf(FieldEntryEnd, at);
            if (end < 0)
                return -1;
            if (end - at >= key.size() && QByteArrayView(fields).sliced(at, key.size()) == key
                && (at + key.size() == end || fields.at(at + key.size()) == FieldValueStart))
                return at;
            at = end + 1;
        }
        return -1;
    }

    bool isValid() const { return problems.isEmpty(); }
};

} // namespace Storydesk
