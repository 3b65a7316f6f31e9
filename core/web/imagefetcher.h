#pragma once

#include "imageresult.h"
#include "siteimageresolver.h"
#include "weblimits.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkDiskCache;
class QNetworkReply;
class QTimer;

namespace Storydesk {

// Brings the encoded bytes of story pictures and provider logos: from the site folder
// when the URL is the opened site's own (no network, even with remote images off), else
// over http(s) through one network manager with a disk cache. Untrusted URLs are held to
// limits: http(s) only, at most five redirects and never from https to http, a timeout,
// and a cap on the body. Identical URLs in flight share one transfer.
//
// Every fetch() returns a ticket; the result arrives once per ticket through finished().
// cancel() forgets a ticket and aborts the transfer when no other ticket waits for it, so
// that walking quickly through a list leaves only the current story's downloads running.
class ImageFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageFetcher)

public:
    using Ticket = quint64;

    static constexpr qint64 DefaultDiskCacheBytes = 500LL * 1024 * 1024;
    static constexpr qint64 DefaultMaximumBytes = 20LL * 1024 * 1024;
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};
    static constexpr int MaximumRedirects = WebLimits::MaximumRedirects;
    // How long an HTTP error answer (a 404 for a picture that is gone) is remembered:
    // walking back and forth over a story must not ask the server again every time, but a
    // picture uploaded a while later is still found.
    static constexpr std::chrono::minutes MissingRememberedFor{10};

    // The disk cache lives in `cacheDirectory`, by default under
    // QStandardPaths::CacheLocation.
    explicit ImageFetcher(QObject *parent = nullptr, const QString &cacheDirectory = QString());
    ~ImageFetcher() override;

    // The opened folder: its site configuration decides which URLs are local files.
    void setSiteFolder(const QString &folder);
    void setSite(const SiteImageResolver &site);
    const SiteImageResolver &site() const { return m_site; }

    void setRemoteImagesEnabled(bool enabled);
    bool remoteImagesEnabled() const { return m_remoteEnabled; }

    void setDiskCacheSize(qint64 bytes);
    qint64 diskCacheSize() const;
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaximumBytes(qint64 bytes) { m_maximumBytes = bytes; }
    qint64 maximumBytes() const { return m_maximumBytes; }

    // Starts (or joins) fetching `url`. finished() follows for the ticket, never from
    // within this call.
    Ticket fetch(const QUrl &url);
    // Forgets `ticket`: its finished() never comes. Unknown tickets are ignored.
    void cancel(Ticket ticket);
    int transfersInFlight() const { return int(m_jobs.size()); }

    // Why `url` may not be fetched at all (scheme, the remote switch, paths leaving the
    // site), as the Blocked result to report; nullopt when it may.
    std::optional<ImageResult> refusal(const QUrl &url) const;
    // Why a redirect from `from` to `to` must not be followed, after `hops` redirects
    // already taken; empty when it may.
    static QString redirectRefusal(const QUrl &from, const QUrl &to, int hops);

Q_SIGNALS:
    void finished(Storydesk::ImageFetcher::Ticket ticket, const Storydesk::ImageResult &result);
    void remoteImagesEnabledChanged(bool enabled);

private:
    struct Job
    {
        QUrl url;                      // as requested: the key, and what results carry
        QSet<Ticket> tickets;
        QPointer<QNetworkReply> reply; // the current hop; null while reading a site file
        QByteArray body;               // what the current hop has sent so far
        QTimer *timer = nullptr;
        int hops = 0;
    };

    void startRequest(Job &job, const QUrl &url);
    void readSiteFile(const QUrl &url, const QString &path);
    void handleReply(QNetworkReply *reply);
    void checkSize(QNetworkReply *reply, qint64 bytes);
    void fail(QNetworkReply *reply, ImageResult::Outcome outcome, const QString &reason);
    void complete(const QUrl &url, const ImageResult &result);
    void deliverLater(Ticket ticket, const ImageResult &result);
    // Removes a job that is over (done or no longer wanted) and stops its clock.
    Job takeJob(QHash<QUrl, Job>::iterator it);
    Job *jobOf(QNetworkReply *reply);

    QNetworkAccessManager *m_network = nullptr;
    QNetworkDiskCache *m_diskCache = nullptr;
    SiteImageResolver m_site;
    QHash<QUrl, Job> m_jobs;
    QHash<Ticket, QUrl> m_ticketUrls;
    struct Missing
    {
        ImageResult result;
        std::chrono::steady_clock::time_point until;
    };
    QHash<QUrl, Missing> m_missing;   // HTTP errors, answered again without asking
    Ticket m_nextTicket = 1;
    bool m_remoteEnabled = true;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    qint64 m_maximumBytes = DefaultMaximumBytes;
};

} // namespace Storydesk
