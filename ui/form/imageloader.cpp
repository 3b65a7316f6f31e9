#include "imageloader.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QtConcurrent>

namespace Storydesk {

namespace {

ImageResult decoded(const ImageResult &fetched, ImageResult::Outcome outcome, const QString &reason)
{
    ImageResult result = ImageResult::failure(fetched.url, outcome, reason);
    result.source = fetched.source;
    return result;
}

} // namespace

ImageLoader::ImageLoader(ImageFetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_cache(DefaultMemoryCacheKilobytes)
{
    connect(m_fetcher, &ImageFetcher::finished, this, &ImageLoader::handleFetched);
}

QString ImageLoader::cacheKey(const QUrl &url, const QSize &box)
{
    return url.toString(QUrl::FullyEncoded) % QLatin1Char('@') % QString::number(box.width())
        % QLatin1Char('x') % QString::number(box.height());
}

QImage ImageLoader::cachedImage(const QUrl &url, const QSize &box) const
{
    if (m_fetcher->refusal(url))
        return {}; // the remote switch applies to what is already in memory too
    const QImage *image = m_cache.object(cacheKey(url, box));
    return image ? *image : QImage();
}

ImageLoader::Ticket ImageLoader::load(const QUrl &url, const QSize &box)
{
    const Ticket ticket = m_nextTicket++;
    const QImage cached = cachedImage(url, box);
    if (!cached.isNull()) {
        m_pending.insert(ticket, Pending{url, box, 0});
        ImageResult result;
        result.url = url;
        result.outcome = ImageResult::Outcome::Ok;
        result.source = ImageResult::Source::MemoryCache;
        QMetaObject::invokeMethod(this, [this, ticket, result, cached] {
            if (m_pending.remove(ticket))
                Q_EMIT loaded(ticket, result, cached);
        }, Qt::QueuedConnection);
        return ticket;
    }
    const ImageFetcher::Ticket fetch = m_fetcher->fetch(url);
    m_pending.insert(ticket, Pending{url, box, fetch});
    m_byFetch.insert(fetch, ticket);
    return ticket;
}

void ImageLoader::cancel(Ticket ticket)
{
    const auto it = m_pending.constFind(ticket);
    if (it == m_pending.cend())
        return;
    if (it->fetch) {
        m_byFetch.remove(it->fetch);
        m_fetcher->cancel(it->fetch);
    }
    m_pending.erase(it);
}

void ImageLoader::handleFetched(ImageFetcher::Ticket fetch, const ImageResult &result)
{
    const Ticket ticket = m_byFetch.take(fetch);
    const auto it = m_pending.find(ticket);
    if (!ticket || it == m_pending.end())
        return; // another loader's fetch, or cancelled
    it->fetch = 0;
    if (!result.isOk()) {
        handleDecoded(ticket, result, QImage());
        return;
    }
    const QSize box = it->box;
    const int limit = m_allocationLimit;
    using Decoded = std::pair<ImageResult, QImage>;
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        const Decoded done = watcher->result();
        handleDecoded(ticket, done.first, done.second);
    });
    watcher->setFuture(QtConcurrent::run([result, box, limit] {
        QImage image;
        const ImageResult outcome = decode(result, box, limit, &image);
        return Decoded(outcome, image);
    }));
}

void ImageLoader::handleDecoded(Ticket ticket, const ImageResult &result, const QImage &image)
{
    const auto it = m_pending.constFind(ticket);
    if (it == m_pending.cend())
        return; // cancelled while decoding
    if (result.isOk())
        m_cache.insert(cacheKey(it->url, it->box), new QImage(image), int(qMax<qsizetype>(1, image.sizeInBytes() / 1024)));
    m_pending.erase(it);
    Q_EMIT loaded(ticket, result, image);
}

ImageResult ImageLoader::decode(const ImageResult &fetched, const QSize &box, int allocationLimit, QImage *image)
{
    using Outcome = ImageResult::Outcome;
    QBuffer buffer;
    buffer.setData(fetched.bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // Qt's own guard for handlers that allocate before we see the size.
    reader.setAllocationLimit(allocationLimit);
    if (!reader.canRead())
        return decoded(fetched, Outcome::NotAnImage, QStringLiteral("not an image"));

    const QSize size = reader.size();
    if (size.isValid()) {
        // Refused from the header alone: a small file may declare gigapixels.
        if (qint64(size.width()) * size.height() * 4 > qint64(allocationLimit) * 1024 * 1024)
            return decoded(fetched, Outcome::TooLarge,
                           QStringLiteral("%1×%2 pixels, too large to show").arg(size.width()).arg(size.height()));
        QSize fit = box;
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            fit.transpose(); // the box applies to the picture as it will stand
        if (fit.isValid() && !fit.isEmpty() && (size.width() > fit.width() || size.height() > fit.height()))
            reader.setScaledSize(size.scaled(fit, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    }
    *image = reader.read();
    if (image->isNull())
        return decoded(fetched, Outcome::NotAnImage, QStringLiteral("not a readable image: %1").arg(reader.errorString()));
    ImageResult result = fetched;
    result.bytes.clear(); // the encoded bytes are not needed past this point
    return result;
}

} // namespace Storydesk
