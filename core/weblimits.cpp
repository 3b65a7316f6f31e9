#include "weblimits.h"

namespace Storydesk::WebLimits {

bool isWeb(const QUrl &url)
{
    return url.scheme() == u"http" || url.scheme() == u"https";
}

QString redirectRefusal(const QUrl &from, const QUrl &to, int hops)
{
    if (hops >= MaximumRedirects)
        return QStringLiteral("blocked: more than %1 redirects").arg(MaximumRedirects);
    if (!to.isValid() || !isWeb(to))
        return QStringLiteral("blocked: redirected to a non-http address");
    if (from.scheme() == u"https" && to.scheme() == u"http")
        return QStringLiteral("blocked: redirected from https to http");
    return QString();
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'g', 3);
}

} // namespace Storydesk::WebLimits
