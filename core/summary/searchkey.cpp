#include "searchkey.h"

namespace Storydesk {

namespace {

void appendFolded(QString *out, QChar c)
{
    // Non-spacing marks are the accents NFKD split off: dropping them makes "é" match "e".
    if (c.category() != QChar::Mark_NonSpacing)
        out->append(c.toCaseFolded());
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
    const auto field = [](const QString &text) {
        QString folded = fold(text);
        folded.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return folded;
    };
    QString text = field(story.title);
    text += QLatin1Char('\n') + field(QString::fromUtf8(story.excerpt));
    text += QLatin1Char('\n') + field(story.providerName);
    text += QLatin1Char('\n') + field(story.providerDomain);
    for (const QString &topic : story.topics)
        text += QLatin1Char('\n') + field(topic);
    // toUtf8() reserves three bytes a character, and the key lives as long as the story:
    // 100,000 keys held 85 MiB where 30 are needed.
    QByteArray key = text.toUtf8();
    key.squeeze();
    return key;
}

} // namespace SearchKey
} // namespace Storydesk
