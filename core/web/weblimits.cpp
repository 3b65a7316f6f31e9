#include "weblimits.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace Storydesk::WebLimits {

bool isWeb(const QUrl &url)
{
    return url.scheme() == u"http" || url.scheme() == u"https";
}

QString redirectRefusal(const QUrl &from, const QUrl &to, int hops)
{
    if (hops >= MaximumRedirects)
        return QCoreApplication::translate("Storydesk::WebLimits", "blocked: more than %1 redirects").arg(MaximumRedirects);
    if (!to.isValid() || !isWeb(to))
        return QCoreApplication::translate("Storydesk::WebLimits", "blocked: redirected to a non-http address");
    if (from.scheme() == u"https" && to.scheme() == u"http")
        return QCoreApplication::translate("Storydesk::WebLimits", "blocked: redirected from https to http");
    return QString();
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'g', 3);
}

QNetworkRequest request(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Storydesk/" STORYDESK_VERSION));
    return request;
}

Verdict judge(QNetworkReply *reply, int hops)
{
    using Kind = Verdict::Kind;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        // The raw header: the parsed LocationHeader drops relative targets.
        const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
        if (location.isEmpty())
            return {Kind::HttpError, {}, QCoreApplication::translate("Storydesk::WebLimits", "HTTP %1 without a target").arg(status)};
        const QUrl target = reply->url().resolved(location);
        const QString refused = redirectRefusal(reply->url(), target, hops);
        if (!refused.isEmpty())
            return {Kind::Refused, {}, refused};
        return {Kind::Redirect, target, {}};
    }
    if (status >= 400) {
        const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return {Kind::HttpError, {}, QStringLiteral("HTTP %1 %2").arg(status).arg(phrase).trimmed()};
    }
    if (reply->error() != QNetworkReply::NoError)
        return {reply->error() == QNetworkReply::TimeoutError ? Kind::Timeout : Kind::NetworkError, {}, reply->errorString()};
    return {};
}

} // namespace Storydesk::WebLimits
