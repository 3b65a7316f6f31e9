#include "imagefetcher.h"

#include "weblimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

#include <utility>

namespace Storydesk {

namespace {

constexpr qint64 ReadBufferBytes = 64 * 1024;

using WebLimits::isWeb;

QString tooLargeReason(qint64 cap)
{
    return QCoreApplication::translate("Storydesk::ImageFetcher", "larger than %1 MB").arg(WebLimits::megabytes(cap));
}

// Reads a site file off the UI thread: folders may sit on slow network shares.
ImageResult readFile(const QUrl &url, const QString &path, qint64 cap)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImageResult::failure(url, ImageResult::Outcome::NotFound, file.errorString());
    if (file.size() > cap)
        return ImageResult::failure(url, ImageResult::Outcome::TooLarge, tooLargeReason(cap));
    ImageResult result;
    result.url = url;
    result.outcome = ImageResult::Outcome::Ok;
    result.bytes = file.read(cap + 1);
    result.source = ImageResult::Source::SiteFolder;
    if (result.bytes.size() > cap) // the file grew after the size check
        return ImageResult::failure(url, ImageResult::Outcome::TooLarge, tooLargeReason(cap));
    return result;
}

} // namespace

ImageFetcher::ImageFetcher(QObject *parent, const QString &cacheDirectory)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_diskCache(new QNetworkDiskCache(m_network))
{
    m_diskCache->setCacheDirectory(cacheDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) % QStringLiteral("/images")
        : cacheDirectory);
    m_diskCache->setMaximumCacheSize(DefaultDiskCacheBytes);
    m_network->setCache(m_diskCache);
}

ImageFetcher::~ImageFetcher()
{
    // Replies finishing while the manager goes away must find nothing to complete.
    const QHash<QUrl, Job> jobs = std::exchange(m_jobs, {});
    for (const Job &job : jobs) {
        if (job.reply)
            job.reply->abort();
    }
    delete m_network;
}

void ImageFetcher::setSiteFolder(const QString &folder)
{
    setSite(SiteImageResolver::forFolder(folder));
}

void ImageFetcher::setSite(const SiteImageResolver &site)
{
    m_site = site;
    m_missing.clear();   // another site: its pictures deserve a first try
}

void ImageFetcher::setRemoteImagesEnabled(bool enabled)
{
    if (m_remoteEnabled == enabled)
        return;
    m_remoteEnabled = enabled;
    if (!enabled) {
        // Transfers already running stop too: the switch means no more remote traffic.
        QList<QUrl> remote;
        for (const Job &job : std::as_const(m_jobs)) {
            if (job.reply)
                remote.append(job.url);
        }
        for (const QUrl &url : std::as_const(remote)) {
            const QPointer<QNetworkReply> reply = m_jobs.value(url).reply;
            complete(url, ImageResult::failure(url, ImageResult::Outcome::Blocked, QCoreApplication::translate("Storydesk::ImageFetcher", "remote images are off")));
            if (reply)
                reply->abort();
        }
    }
    Q_EMIT remoteImagesEnabledChanged(enabled);
}

void ImageFetcher::setDiskCacheSize(qint64 bytes)
{
    m_diskCache->setMaximumCacheSize(bytes);
}

qint64 ImageFetcher::diskCacheSize() const
{
    return m_diskCache->maximumCacheSize();
}

std::optional<ImageResult> ImageFetcher::refusal(const QUrl &url) const
{
    const auto blocked = [&url](const QString &reason) {
        return ImageResult::failure(url, ImageResult::Outcome::Blocked, reason);
    };
    if (!url.isValid() || url.isEmpty())
        return blocked(QCoreApplication::translate("Storydesk::ImageFetcher", "blocked: not a valid address"));
    const SiteImageResolver::Mapping mapping = m_site.map(url);
    switch (mapping.kind) {
    case SiteImageResolver::Mapping::Kind::File:
    case SiteImageResolver::Mapping::Kind::Missing:
        return std::nullopt;
    case SiteImageResolver::Mapping::Kind::Refused:
        return blocked(QCoreApplication::translate("Storydesk::ImageFetcher", "blocked: %1").arg(mapping.reason));
    case SiteImageResolver::Mapping::Kind::NotSite:
        break;
    }
    if (!isWeb(url))
        return blocked(QCoreApplication::translate("Storydesk::ImageFetcher", "blocked: only http and https images are fetched"));
    if (!m_remoteEnabled)
        return blocked(QCoreApplication::translate("Storydesk::ImageFetcher", "remote images are off"));
    return std::nullopt;
}

QString ImageFetcher::redirectRefusal(const QUrl &from, const QUrl &to, int hops)
{
    return WebLimits::redirectRefusal(from, to, hops);
}

ImageFetcher::Ticket ImageFetcher::fetch(const QUrl &url)
{
    const Ticket ticket = m_nextTicket++;
    m_ticketUrls.insert(ticket, url);
    if (const std::optional<ImageResult> refused = refusal(url)) {
        deliverLater(ticket, *refused);
        return ticket;
    }
    if (const auto it = m_jobs.find(url); it != m_jobs.end()) {
        it->tickets.insert(ticket);
        return ticket;
    }
    if (const auto it = m_missing.constFind(url); it != m_missing.cend()) {
        if (std::chrono::steady_clock::now() < it->until) {
            ImageResult remembered = it->result;
            remembered.source = ImageResult::Source::MemoryCache;
            deliverLater(ticket, remembered);
            return ticket;
        }
        m_missing.erase(it);
    }

    const SiteImageResolver::Mapping mapping = m_site.map(url);
    // A site image missing from the folder may still be on the live site; a root-relative
    // one (`/assets/a.png`) names no server to ask.
    if (mapping.kind == SiteImageResolver::Mapping::Kind::Missing && (!m_remoteEnabled || !isWeb(url))) {
        deliverLater(ticket, ImageResult::failure(url, ImageResult::Outcome::NotFound, mapping.reason));
        return ticket;
    }
    Job &job = m_jobs[url];
    job.url = url;
    job.tickets.insert(ticket);
    if (mapping.kind == SiteImageResolver::Mapping::Kind::File)
        readSiteFile(url, mapping.filePath);
    else
        startRequest(job, url); // a remote image, or a site image only the live site has
    return ticket;
}

void ImageFetcher::cancel(Ticket ticket)
{
    const QUrl url = m_ticketUrls.take(ticket);
    const auto it = m_jobs.find(url);
    if (url.isEmpty() || it == m_jobs.end())
        return;
    it->tickets.remove(ticket);
    if (!it->tickets.isEmpty())
        return;
    const Job job = takeJob(it);
    if (job.reply)
        job.reply->abort(); // the job is gone, so its finished() is ignored
}

void ImageFetcher::startRequest(Job &job, const QUrl &url)
{
    // Redirects are followed here, one hop at a time, to count them and refuse downgrades.
    QNetworkRequest request = WebLimits::request(url);
    // Pictures rarely change: a cached copy is good enough, and works offline.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setRawHeader("Accept", "image/webp,image/png,image/jpeg,image/*;q=0.8");

    QNetworkReply *reply = m_network->get(request);
    job.reply = reply;
    job.body.clear(); // a redirect's own body is not the picture
    if (!job.timer) {
        job.timer = new QTimer(this);
        job.timer->setSingleShot(true);
    }
    // Each hop gets the whole timeout; a server that trickles bytes is cut off all the same.
    job.timer->disconnect(this);
    connect(job.timer, &QTimer::timeout, this, [this, reply] {
        fail(reply, ImageResult::Outcome::Timeout,
             QCoreApplication::translate("Storydesk::ImageFetcher", "no answer within %1 s").arg(double(m_timeout.count()) / 1000));
    });
    job.timer->start(m_timeout);

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(reply, length.toLongLong());
    });
    // Read as it comes, with a bounded buffer, so that a body over the cap is cut off after
    // about the cap rather than after whatever the network thread managed to buffer.
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (Job *job = jobOf(reply)) {
            job->body += reply->read(m_maximumBytes + 1 - job->body.size());
            checkSize(reply, job->body.size() + reply->bytesAvailable());
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleReply(reply); });
}

void ImageFetcher::readSiteFile(const QUrl &url, const QString &path)
{
    auto *watcher = new QFutureWatcher<ImageResult>(this);
    connect(watcher, &QFutureWatcher<ImageResult>::finished, this, [this, watcher, url] {
        watcher->deleteLater();
        if (m_jobs.contains(url) && !m_jobs.value(url).reply)
            complete(url, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(readFile, url, path, m_maximumBytes));
}

void ImageFetcher::checkSize(QNetworkReply *reply, qint64 bytes)
{
    if (bytes > m_maximumBytes)
        fail(reply, ImageResult::Outcome::TooLarge, tooLargeReason(m_maximumBytes));
}

ImageFetcher::Job *ImageFetcher::jobOf(QNetworkReply *reply)
{
    for (Job &job : m_jobs) {
        if (job.reply == reply)
            return &job;
    }
    return nullptr;
}

void ImageFetcher::fail(QNetworkReply *reply, ImageResult::Outcome outcome, const QString &reason)
{
    const Job *job = jobOf(reply);
    if (!job)
        return;
    const QUrl url = job->url;
    complete(url, ImageResult::failure(url, outcome, reason));
    reply->abort(); // after complete(): the aborted reply's finished() finds no job
}

void ImageFetcher::handleReply(QNetworkReply *reply)
{
    reply->deleteLater();
    Job *job = jobOf(reply);
    if (!job)
        return; // cancelled, timed out or cut off: already reported
    const QUrl url = job->url;
    using Outcome = ImageResult::Outcome;

    const WebLimits::Verdict verdict = WebLimits::judge(reply, job->hops);
    switch (verdict.kind) {
    case WebLimits::Verdict::Kind::Body:
        break;
    case WebLimits::Verdict::Kind::Redirect:
        ++job->hops;
        startRequest(*job, verdict.target);
        return;
    case WebLimits::Verdict::Kind::Refused:
        complete(url, ImageResult::failure(url, Outcome::Blocked, verdict.reason));
        return;
    case WebLimits::Verdict::Kind::HttpError: {
        const ImageResult missing = ImageResult::failure(url, Outcome::NotFound, verdict.reason);
        m_missing.insert(url, {missing, std::chrono::steady_clock::now() + MissingRememberedFor});
        complete(url, missing);
        return;
    }
    case WebLimits::Verdict::Kind::Timeout:
        complete(url, ImageResult::failure(url, Outcome::Timeout, verdict.reason));
        return;
    case WebLimits::Verdict::Kind::NetworkError:
        complete(url, ImageResult::failure(url, Outcome::NetworkError, verdict.reason));
        return;
    }
    ImageResult result;
    result.url = url;
    result.outcome = Outcome::Ok;
    result.bytes = job->body + reply->read(m_maximumBytes + 1 - job->body.size());
    result.source = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool()
        ? ImageResult::Source::DiskCache : ImageResult::Source::Network;
    if (result.bytes.size() > m_maximumBytes)
        result = ImageResult::failure(url, Outcome::TooLarge, tooLargeReason(m_maximumBytes));
    complete(url, result);
}

void ImageFetcher::complete(const QUrl &url, const ImageResult &result)
{
    const auto it = m_jobs.find(url);
    if (it == m_jobs.end())
        return;
    const Job job = takeJob(it);
    for (const Ticket ticket : job.tickets) {
        // A receiver may cancel other tickets of this job while we deliver.
        if (m_ticketUrls.remove(ticket))
            Q_EMIT finished(ticket, result);
    }
}

ImageFetcher::Job ImageFetcher::takeJob(QHash<QUrl, Job>::iterator it)
{
    const Job job = *it;
    m_jobs.erase(it);
    if (job.timer) {
        job.timer->stop(); // a timeout must not fire for a job that is over
        job.timer->deleteLater();
    }
    return job;
}

void ImageFetcher::deliverLater(Ticket ticket, const ImageResult &result)
{
    // finished() never comes from inside fetch(): callers store the ticket first.
    QMetaObject::invokeMethod(this, [this, ticket, result] {
        if (m_ticketUrls.remove(ticket))
            Q_EMIT finished(ticket, result);
    }, Qt::QueuedConnection);
}

} // namespace Storydesk
