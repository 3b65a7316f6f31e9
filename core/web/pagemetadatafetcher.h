#pragma once

#include "pagemetadata.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Storydesk {

// Reads the head of a dropped link's page and says what it is about (PageMetadata), for
// the app and the CLI alike. The link is untrusted: http(s) only, the redirect rules of
// WebLimits, one timeout for the whole fetch, and only the first bytes of the page are
// read (metadata lives in the head; a page that never ends is cut off, not waited for).
//
// Every fetch() returns a ticket; its result arrives once through finished(), never from
// within fetch(). cancel() forgets a ticket and stops its transfer.
class PageMetadataFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageMetadataFetcher)

public:
    using Ticket = quint64;

    struct Result
    {
        QUrl url;            // as requested
        bool ok = false;
        QString reason;      // why not, in words for a tooltip; empty when ok
        PageMetadata page;
    };

    static constexpr qint64 DefaultMaximumBytes = 2LL * 1024 * 1024;
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    explicit PageMetadataFetcher(QObject *parent = nullptr);
    ~PageMetadataFetcher() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaximumBytes(qint64 bytes) { m_maximumBytes = bytes; }
    qint64 maximumBytes() const { return m_maximumBytes; }

    Ticket fetch(const QUrl &url);
    void cancel(Ticket ticket);
    int fetchesInFlight() const { return int(m_jobs.size()); }

Q_SIGNALS:
    void finished(Storydesk::PageMetadataFetcher::Ticket ticket, const Storydesk::PageMetadataFetcher::Result &result);

private:
    struct Job
    {
        QUrl url;
        QPointer<QNetworkReply> reply;
        QByteArray body;
        QTimer *timer = nullptr;
        int hops = 0;
    };

    void startRequest(Ticket ticket, const QUrl &url);
    void readBody(Ticket ticket, QNetworkReply *reply);
    void handleReply(Ticket ticket, QNetworkReply *reply);
    void succeed(Ticket ticket, QNetworkReply *reply);
    void complete(Ticket ticket, Result result);

    QNetworkAccessManager *m_network = nullptr;
    QHash<Ticket, Job> m_jobs;
    Ticket m_nextTicket = 1;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    qint64 m_maximumBytes = DefaultMaximumBytes;
};

} // namespace Storydesk
