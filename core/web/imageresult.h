#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Storydesk {

// What became of one image request: the bytes when they arrived, otherwise why not, in
// words an editor can read in a tooltip. Shared by the fetcher (bytes) and the decoder
// in the UI (NotAnImage and too-large dimensions are only known once decoding starts).
struct ImageResult
{
    enum class Outcome {
        Ok,
        NotFound,      // HTTP 4xx/5xx, or a site URL with no file behind it
        Timeout,
        TooLarge,      // body over the byte cap, or dimensions over the decode limit
        NotAnImage,
        Blocked,       // scheme, the remote switch, redirects, paths leaving the site
        NetworkError,
    };
    enum class Source { None, SiteFolder, Network, DiskCache, MemoryCache };

    QUrl url;                  // as requested, before redirects
    Outcome outcome = Outcome::NetworkError;
    QString reason;            // empty when Ok
    QByteArray bytes;          // the encoded image; empty unless Ok
    Source source = Source::None;

    bool isOk() const { return outcome == Outcome::Ok; }

    static ImageResult failure(const QUrl &url, Outcome outcome, const QString &reason)
    {
        ImageResult result;
        result.url = url;
        result.outcome = outcome;
        result.reason = reason;
        return result;
    }
};

} // namespace Storydesk
