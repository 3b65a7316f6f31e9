#include "searchkey.h"

#include <algorithm>

namespace Storydesk {

namespace {

void appendFolded(QString *out, QChar c)
{
    // Non-spacing marks are the accents NFKD split off: dropping them makes "é" match "e".
    if (c.category() != QChar::Mark_NonSpacing)
        out->append(c.toCaseFolded());
}

char foldedAscii(char16_t u)
{
    return char(u == u'\n' ? u' ' : u >= u'A' && u <= u'Z' ? u + (u'a' - u'A') : u);
}

// Appends the folded text to the key as UTF-8, its line breaks as spaces. Most fields are
// ASCII, and every story's key is made as it is read: those are lowercased straight into
// the key, with no QString between.
void appendField(QByteArray *key, QStringView text)
{
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        const qsizetype at = key->size();
        key->resize(at + text.size());
        std::transform(text.cbegin(), text.cend(), key->data() + at, [](QChar c) { return foldedAscii(c.unicode()); });
        return;
    }
    QString folded = SearchKey::fold(text);
    folded.replace(QLatin1Char('\n'), QLatin1Char(' '));
    *key += folded.toUtf8();
}

void appendField(QByteArray *key, QByteArrayView utf8)
{
    if (std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return uchar(c) < 0x80; })) {
        const qsizetype at = key->size();
        key->resize(at + utf8.size());
        std::transform(utf8.cbegin(), utf8.cend(), key->data() + at, [](char c) { return foldedAscii(char16_t(c)); });
        return;
    }
    appendField(key, QString::fromUtf8(utf8));
}

} // namespace

namespace SearchKey {

QString fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u < 0x80) {
            // The common case, kept cheap: ASCII needs only lowercasing.
            out.append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u));
        } else if (c.isSurrogate()) {
            out.append(c); // outside the BMP: no accents to drop that matter to editors
        } else if (c.decompositionTag() == QChar::NoDecomposition) {
            appendFolded(&out, c);
        } else {
            const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
            for (const QChar d : decomposed)
                appendFolded(&out, d);
        }
    }
    return out;
}

int compareTitles(const StorySummary &a, const StorySummary &b)
{
    // The key starts with the folded title and a newline, lower than any text, so comparing
    // whole keys orders by title first; byte order of UTF-8 is code point order. Titles
    // that fold alike go on to the excerpts: a harmless tie-break, and one memcmp() instead
    // of a second pass over both titles, which sorting 100,000 rows notices.
    if (const int c = QByteArrayView(a.searchKey).compare(QByteArrayView(b.searchKey)))
        return c;
    return a.title.compare(b.title);
}

QByteArray of(const StorySummary &story)
{
    // Fields are separated by newlines, which a typed word never contains, so a word
    // cannot match across the end of the title and the start of the excerpt, and title:
    // and excerpt: find their line by counting newlines. A multi-line YAML title keeps
    // its line breaks as spaces here.
    QByteArray key;
    qsizetype size = story.title.size() + story.excerpt.size() + story.providerName.size() + story.providerDomain.size() + 4;
    for (const QString &topic : story.topics)
        size += topic.size() + 1;
    key.reserve(size);
    appendField(&key, story.title);
    key += '\n';
    appendField(&key, story.excerpt);
    key += '\n';
    appendField(&key, story.providerName);
    key += '\n';
    appendField(&key, story.providerDomain);
    for (const QString &topic : story.topics) {
        key += '\n';
        appendField(&key, topic);
    }
    // The key lives as long as the story: no spare bytes (100,000 keys held 85 MiB where
    // 30 are needed when they were converted with three bytes a character to spare).
    key.squeeze();
    return key;
}

} // namespace SearchKey
} // namespace Storydesk
