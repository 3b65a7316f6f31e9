#pragma once

#include "imagefetcher.h"
#include "imageresult.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QUrl>

namespace Storydesk {

// Turns the fetcher's bytes into images scaled for the screen: decoding runs off the UI
// thread, at the size it will be shown (never the full size of a huge picture), and
// refuses images whose pixels would need more memory than the allocation limit. Decoded
// images stay in a memory cache, so going back through the list shows them at once.
class ImageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageLoader)

public:
    using Ticket = quint64;

    static constexpr int DefaultAllocationLimitMegabytes = 128;
    static constexpr int DefaultMemoryCacheKilobytes = 64 * 1024;

    explicit ImageLoader(ImageFetcher *fetcher, QObject *parent = nullptr);

    ImageFetcher *fetcher() const { return m_fetcher; }
    void setAllocationLimit(int megabytes) { m_allocationLimit = megabytes; }
    int allocationLimit() const { return m_allocationLimit; }
    void setMemoryCacheSize(int kilobytes) { m_cache.setMaxCost(kilobytes); }

    // The image of `url` decoded for `box` (device pixels) when it is in memory; null
    // otherwise, and for remote images while remote images are off.
    QImage cachedImage(const QUrl &url, const QSize &box) const;
    // Fetches and decodes `url` to fit `box` (device pixels; aspect kept, never enlarged;
    // an empty box keeps the image's own size). loaded() follows, never from this call.
    Ticket load(const QUrl &url, const QSize &box);
    // Forgets `ticket`: its loaded() never comes, and its transfer stops if no one else
    // waits for it.
    void cancel(Ticket ticket);

    // Decodes `bytes` to fit `box` within `allocationLimit` megabytes: the image, or a
    // NotAnImage / TooLarge result saying why not. Thread-safe.
    static ImageResult decode(const ImageResult &fetched, const QSize &box, int allocationLimit, QImage *image);

Q_SIGNALS:
    void loaded(Storydesk::ImageLoader::Ticket ticket, const Storydesk::ImageResult &result, const QImage &image);

private:
    struct Pending
    {
        QUrl url;
        QSize box;
        ImageFetcher::Ticket fetch = 0;  // 0 once the bytes are in (decoding)
    };

    void handleFetched(ImageFetcher::Ticket fetch, const ImageResult &result);
    void handleDecoded(Ticket ticket, const ImageResult &result, const QImage &image);
    static QString cacheKey(const QUrl &url, const QSize &box);

    ImageFetcher *m_fetcher;
    QCache<QString, QImage> m_cache;           // cost in kilobytes
    QHash<Ticket, Pending> m_pending;
    QHash<ImageFetcher::Ticket, Ticket> m_byFetch;
    Ticket m_nextTicket = 1;
    int m_allocationLimit = DefaultAllocationLimitMegabytes;
};

} // namespace Storydesk
