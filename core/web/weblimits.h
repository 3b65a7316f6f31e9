#pragma once

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

class QNetworkReply;

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

// A GET of `url` that leaves redirects to the caller (to count them and refuse downgrades).
QNetworkRequest request(const QUrl &url);

// What a finished reply comes to, by these rules.
struct Verdict
{
    enum class Kind {
        Body,           // read reply's body
        Redirect,       // ask `target` next
        Refused,        // a redirect these rules refuse
        HttpError,      // 4xx/5xx, or a redirect without a target
        Timeout,
        NetworkError,
    };
    Kind kind = Kind::Body;
    QUrl target;
    QString reason;   // for an editor's tooltip; empty for Body and Redirect
};
// `hops`: the redirects already taken for this fetch.
Verdict judge(QNetworkReply *reply, int hops);

} // namespace WebLimits
} // namespace Storydesk
