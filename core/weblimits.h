#pragma once

#include <QString>
#include <QUrl>

namespace Storydesk {

// The rules every fetch of an untrusted address follows, whatever it fetches (pictures,
// the pages of dropped links): only http(s), a bounded number of redirects, and never a
// redirect from https down to http.
namespace WebLimits {

inline constexpr int MaximumRedirects = 5;

bool isWeb(const QUrl &url);
// Why a redirect from `from` to `to` must not be followed, after `hops` redirects already
// taken; empty when it may.
QString redirectRefusal(const QUrl &from, const QUrl &to, int hops);
// "2" for 2 MiB: byte caps as editors read them in reasons.
QString megabytes(qint64 bytes);

} // namespace WebLimits
} // namespace Storydesk
