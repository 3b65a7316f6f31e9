#include "fuzzchecks.h"

#include "pagemetadata.h"

namespace Storydesk::FuzzChecks {

namespace {

// The first line of `*data` (without its line feed); `*data` keeps what follows it.
QByteArrayView takeLine(QByteArrayView *data)
{
    const qsizetype eol = data->indexOf('\n');
    const QByteArrayView line = eol < 0 ? *data : data->first(eol);
    *data = eol < 0 ? QByteArrayView() : data->sliced(eol + 1);
    return line;
}

// Plain text as the contract means it: what a person reads on one line. No control
// character (a tab or line break included: whitespace comes collapsed to single spaces),
// no space at either end, no half of a surrogate pair, no noncharacter (YAML cannot hold
// U+FFFE or U+FFFF, and these strings end up in a story's front matter).
QString checkPlainText(const QString &text, const char *field)
{
    const auto broken = [&](const QString &why) {
        return QStringLiteral("%1 \"%2\" %3").arg(QLatin1StringView(field), text, why);
    };
    if (text != text.simplified())
        return broken(QStringLiteral("has whitespace other than single spaces between words"));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else if (c.isSurrogate()) {
            return broken(QStringLiteral("holds a lone surrogate at %1").arg(i));
        }
        if (QChar::category(code) == QChar::Other_Control)
            return broken(QStringLiteral("holds the control character U+%1").arg(uint(code), 4, 16, QLatin1Char('0')));
        if (QChar::isNonCharacter(code))
            return broken(QStringLiteral("holds the noncharacter U+%1").arg(uint(code), 4, 16, QLatin1Char('0')));
    }
    return {};
}

bool samePage(const PageMetadata &a, const PageMetadata &b)
{
    return a.title == b.title && a.description == b.description && a.siteName == b.siteName && a.publishedTime == b.publishedTime
        && a.image == b.image && a.imageWidth == b.imageWidth && a.imageHeight == b.imageHeight;
}

} // namespace

QString parsePageMetadata(QByteArrayView data)
{
    const QByteArray contentType = takeLine(&data).toByteArray();
    const QUrl pageUrl(QString::fromUtf8(takeLine(&data)));
    const QByteArray html = data.toByteArray();

    const PageMetadata page = PageMetadata::parse(html, contentType, pageUrl);
    if (!samePage(page, PageMetadata::parse(html, contentType, pageUrl)))
        return QStringLiteral("parsing the same page twice gave two answers");

    const std::pair<const QString *, const char *> texts[] = {
        {&page.title, "title"}, {&page.description, "description"}, {&page.siteName, "site name"}, {&page.publishedTime, "published time"}};
    for (const auto &[text, field] : texts) {
        if (QString problem = checkPlainText(*text, field); !problem.isEmpty())
            return problem;
    }

    // Only pictures the image fetcher may ask for: an absolute http(s) address with a host.
    if (!page.image.isEmpty()) {
        const QString image = page.image.toString();
        if (!page.image.isValid())
            return QStringLiteral("the picture %1 is not a valid address").arg(image);
        if (page.image.scheme() != u"http" && page.image.scheme() != u"https")
            return QStringLiteral("the picture %1 is not http(s)").arg(image);
        if (page.image.isRelative() || page.image.host().isEmpty())
            return QStringLiteral("the picture %1 has no host").arg(image);
    } else if (page.imageWidth != -1 || page.imageHeight != -1) {
        return QStringLiteral("a size (%1 x %2) without a picture").arg(page.imageWidth).arg(page.imageHeight);
    }
    if ((page.imageWidth != -1 && page.imageWidth <= 0) || (page.imageHeight != -1 && page.imageHeight <= 0))
        return QStringLiteral("a picture size of %1 x %2").arg(page.imageWidth).arg(page.imageHeight);
    return {};
}

} // namespace Storydesk::FuzzChecks
