#include "droppedlinks.h"

#include "weblimits.h"

#include <QMimeData>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Storydesk::DroppedLinks {

namespace {

const QString UriList = QStringLiteral("text/uri-list");
const QString MozUrl = QStringLiteral("text/x-moz-url");
const QString Html = QStringLiteral("text/html");
const QString PlainText = QStringLiteral("text/plain");

void add(QList<QUrl> &links, const QUrl &url)
{
    if (url.isValid() && WebLimits::isWeb(url) && !url.host().isEmpty() && !links.contains(url))
        links.append(url);
}

QString decodeUtf16(const QByteArray &bytes)
{
    // Firefox writes it in UTF-16 in the machine's byte order, sometimes with a BOM.
    QStringDecoder decoder(QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf16));
    return decoder(bytes);
}

QList<QUrl> fromMozUrl(const QByteArray &bytes)
{
    QList<QUrl> links;
    const QStringList lines = decodeUtf16(bytes).split(QLatin1Char('\n'));
    // Pairs: a link, then its title.
    for (qsizetype i = 0; i < lines.size(); i += 2)
        add(links, QUrl(lines.at(i).trimmed(), QUrl::StrictMode));
    return links;
}

QList<QUrl> fromHtml(const QString &html)
{
    static const QRegularExpression anchor(QStringLiteral(R"re(<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re"),
                                           QRegularExpression::CaseInsensitiveOption);
    QList<QUrl> links;
    for (const QRegularExpressionMatch &match : anchor.globalMatch(html)) {
        QString href = match.captured(1) + match.captured(2) + match.captured(3);
        href.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        add(links, QUrl(href.trimmed(), QUrl::StrictMode));
    }
    return links;
}

} // namespace

QList<QUrl> fromMimeData(const QMimeData *data)
{
    QList<QUrl> links;
    if (!data)
        return links;
    if (data->hasFormat(UriList)) {
        for (const QUrl &url : data->urls())
            add(links, url);
        if (!links.isEmpty())
            return links;
    }
    if (data->hasFormat(MozUrl)) {
        links = fromMozUrl(data->data(MozUrl));
        if (!links.isEmpty())
            return links;
    }
    if (data->hasHtml()) {
        links = fromHtml(data->html());
        if (!links.isEmpty())
            return links;
    }
    if (data->hasText()) {
        // One address and nothing else: a sentence that mentions a link is not a link.
        const QString text = data->text().trimmed();
        if (!text.isEmpty() && !text.contains(QRegularExpression(QStringLiteral("\\s"))))
            add(links, QUrl(text, QUrl::StrictMode));
    }
    return links;
}

} // namespace Storydesk::DroppedLinks
