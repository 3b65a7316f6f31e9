#include "pagemetadatafetcher.h"

#include "weblimits.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <utility>

namespace Storydesk {

namespace {

constexpr qint64 ReadBufferBytes = 64 * 1024;

PageMetadataFetcher::Result failure(const QUrl &url, const QString &reason)
{
    PageMetadataFetcher::Result result;
    result.url = url;
    result.reason = reason;
    return result;
}

} // namespace

PageMetadataFetcher::PageMetadataFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

PageMetadataFetcher::~PageMetadataFetcher()
{
    // Replies finishing while the manager goes away must find nothing to complete.
    const QHash<Ticket, Job> jobs = std::exchange(m_jobs, {});
    for (const Job &job : jobs) {
        if (job.reply)
            job.reply->abort();
    }
    delete m_network;
}

PageMetadataFetcher::Ticket PageMetadataFetcher::fetch(const QUrl &url)
{
    const Ticket ticket = m_nextTicket++;
    Job &job = m_jobs[ticket];
    job.url = url;
    job.timer = new QTimer(this);
    job.timer->setSingleShot(true);
    connect(job.timer, &QTimer::timeout, this, [this, ticket] {
        complete(ticket, failure(m_jobs.value(ticket).url,
                                 QCoreApplication::translate("Storydesk::PageMetadataFetcher", "no answer within %1 s").arg(double(m_timeout.count()) / 1000)));
    });
    if (!url.isValid() || !WebLimits::isWeb(url)) {
        // Not from inside fetch(): callers store the ticket first.
        QMetaObject::invokeMethod(this, [this, ticket, url] {
            complete(ticket, failure(url, QCoreApplication::translate("Storydesk::PageMetadataFetcher", "blocked: only http and https pages are read")));
        }, Qt::QueuedConnection);
        return ticket;
    }
    // One clock for the whole fetch, redirects included: the editor waits for all of it.
    job.timer->start(m_timeout);
    startRequest(ticket, url);
    return ticket;
}

void PageMetadataFetcher::cancel(Ticket ticket)
{
    const auto it = m_jobs.find(ticket);
    if (it == m_jobs.end())
        return;
    const Job job = std::move(*it);
    m_jobs.erase(it);
    job.timer->deleteLater();
    if (job.reply)
        job.reply->abort();   // the job is gone, so its finished() is ignored
}

void PageMetadataFetcher::startRequest(Ticket ticket, const QUrl &url)
{
    // Redirects are followed here, one hop at a time, to count them and refuse downgrades.
    QNetworkRequest request = WebLimits::request(url);
    request.setRawHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");

    QNetworkReply *reply = m_network->get(request);
    Job &job = m_jobs[ticket];
    job.reply = reply;
    job.body.clear();   // a redirect's own body is not the page
    // Read as it comes with a bounded buffer, so that a huge page stops after the cap.
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::readyRead, this, [this, ticket, reply] { readBody(ticket, reply); });
    connect(reply, &QNetworkReply::finished, this, [this, ticket, reply] { handleReply(ticket, reply); });
}

void PageMetadataFetcher::readBody(Ticket ticket, QNetworkReply *reply)
{
    const auto it = m_jobs.find(ticket);
    if (it == m_jobs.end() || it->reply != reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return;   // a redirect or an error page: handled when it finishes
    it->body += reply->read(m_maximumBytes - it->body.size());
    // The head is in the first bytes: what comes after the cap is never read.
    if (it->body.size() >= m_maximumBytes)
        succeed(ticket, reply);
}

void PageMetadataFetcher::handleReply(Ticket ticket, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_jobs.find(ticket);
    if (it == m_jobs.end() || it->reply != reply)
        return;   // cancelled, timed out or already read far enough
    const WebLimits::Verdict verdict = WebLimits::judge(reply, it->hops);
    if (verdict.kind == WebLimits::Verdict::Kind::Redirect) {
        ++it->hops;
        startRequest(ticket, verdict.target);
        return;
    }
    if (verdict.kind != WebLimits::Verdict::Kind::Body) {
        complete(ticket, failure(it->url, verdict.reason));
        return;
    }
    succeed(ticket, reply);
}

void PageMetadataFetcher::succeed(Ticket ticket, QNetworkReply *reply)
{
    Job &job = m_jobs[ticket];
    job.body += reply->read(qMax<qint64>(0, m_maximumBytes - job.body.size()));
    Result result;
    result.url = job.url;
    result.ok = true;
    result.page = PageMetadata::parse(job.body, reply->rawHeader("Content-Type"), reply->url());
    complete(ticket, result);
}

void PageMetadataFetcher::complete(Ticket ticket, Result result)
{
    const auto it = m_jobs.find(ticket);
    if (it == m_jobs.end())
        return;
    const Job job = std::move(*it);
    m_jobs.erase(it);
    job.timer->stop();   // a timeout must not fire for a fetch that is over
    job.timer->deleteLater();
    if (job.reply && job.reply->isRunning())
        job.reply->abort();   // after the job is gone: its finished() finds nothing
    Q_EMIT finished(ticket, result);
}

} // namespace Storydesk
