#include "imagefetcher.h"
#include "imagefetcherfixture.h"
#include "imageloader.h"
#include "testimages.h"

#include <QImageWriter>
#include <QSignalSpy>
#include <QTest>

using Storydesk::ImageFetcher;
using Storydesk::ImageLoader;
using Storydesk::ImageResult;
using Storydesk::TestHttpServer;
using Outcome = ImageResult::Outcome;

namespace {

struct Loaded
{
    ImageResult result;
    QImage image;
    bool arrived = false;
};

Loaded waitFor(const QSignalSpy &spy, ImageLoader::Ticket ticket)
{
    const std::optional<QList<QVariant>> args = Storydesk::waitForTicket(spy, ticket);
    if (!args)
        return {};
    return Loaded{args->at(1).value<ImageResult>(), args->at(2).value<QImage>(), true};
}

} // namespace

class TestImageLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void formats_decodeScaledToTheBox_data();
    void formats_decodeScaledToTheBox();
    void smallImage_isNotEnlarged();
    void textBody_isNotAnImage();
    void hugeDimensions_areRefusedBeforeAllocating();
    void secondLoad_comesFromMemoryWithoutRequest();
    void fetchFailure_passesThroughWithReason();
    void cancel_dropsTheResult();
    void remoteSwitchOff_hidesCachedRemoteImages();

private:
    std::unique_ptr<Storydesk::ImageFetcherFixture> m_bench;
    std::unique_ptr<ImageLoader> m_loader;
};

void TestImageLoader::init()
{
    m_bench = std::make_unique<Storydesk::ImageFetcherFixture>();
    m_loader = std::make_unique<ImageLoader>(&m_bench->fetcher);
}

void TestImageLoader::cleanup()
{
    m_loader.reset();
    m_bench.reset();
}

void TestImageLoader::formats_decodeScaledToTheBox_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("jpeg") << QByteArray("JPEG") << QByteArray("image/jpeg");
    QTest::newRow("png") << QByteArray("PNG") << QByteArray("image/png");
    QTest::newRow("webp") << QByteArray("WEBP") << QByteArray("image/webp");
}

void TestImageLoader::formats_decodeScaledToTheBox()
{
    QFETCH(QByteArray, format);
    QFETCH(QByteArray, contentType);
    if (!QImageWriter::supportedImageFormats().contains(format.toLower()))
        QSKIP("no writer for this format: install qt6-image-formats-plugins");
    const QByteArray bytes = TestImages::encoded(QSize(800, 450), Qt::darkCyan, format.constData());
    QVERIFY(!bytes.isEmpty());
    m_bench->server.routeBody(QStringLiteral("/picture"), contentType, bytes);

    QSignalSpy spy(m_loader.get(), &ImageLoader::loaded);
    const Loaded loaded = waitFor(spy, m_loader->load(m_bench->server.url(QStringLiteral("/picture")), QSize(400, 400)));
    QVERIFY(loaded.arrived);
    QCOMPARE(loaded.result.outcome, Outcome::Ok);
    QCOMPARE(loaded.image.size(), QSize(400, 225)); // fits the box, aspect kept
    const QColor centre = loaded.image.pixelColor(200, 112);
    QVERIFY2(qAbs(centre.green() - QColor(Qt::darkCyan).green()) < 8, qPrintable(centre.name()));
}

void TestImageLoader::smallImage_isNotEnlarged()
{
    m_bench->server.routeBody(QStringLiteral("/logo.png"), "image/png", TestImages::encoded(QSize(50, 50), Qt::red, "PNG"));
    QSignalSpy spy(m_loader.get(), &ImageLoader::loaded);
    const Loaded loaded = waitFor(spy, m_loader->load(m_bench->server.url(QStringLiteral("/logo.png")), QSize(400, 300)));
    QCOMPARE(loaded.image.size(), QSize(50, 50));
}

void TestImageLoader::textBody_isNotAnImage()
{
    m_bench->server.routeBody(QStringLiteral("/page.png"), "text/html", "<html><body>Sorry, this is a web page</body></html>");
    QSignalSpy spy(m_loader.get(), &ImageLoader::loaded);
    const Loaded loaded = waitFor(spy, m_loader->load(m_bench->server.url(QStringLiteral("/page.png")), QSize(400, 300)));
    QCOMPARE(loaded.result.outcome, Outcome::NotAnImage);
    QCOMPARE(loaded.result.reason, QStringLiteral("not an image"));
    QVERIFY(loaded.image.isNull());
}

void TestImageLoader::hugeDimensions_areRefusedBeforeAllocating()
{
    const QByteArray huge = TestImages::hugePngHeader(30000, 30000);
    QVERIFY(huge.size() < 200);
    m_bench->server.routeBody(QStringLiteral("/bomb.png"), "image/png", huge);
    QSignalSpy spy(m_loader.get(), &ImageLoader::loaded);
    const Loaded loaded = waitFor(spy, m_loader->load(m_bench->server.url(QStringLiteral("/bomb.png")), QSize(400, 300)));
    QCOMPARE(loaded.result.outcome, Outcome::TooLarge);
    QCOMPARE(loaded.result.reason, QStringLiteral("30000×30000 pixels, too large to show"));
    QVERIFY(loaded.image.isNull());

    // The limit is what decides: with room for 3.6 GB of pixels the header alone passes,
    // and the (truncated) pixel data is what fails.
    ImageResult fetched;
    fetched.outcome = Outcome::Ok;
    fetched.bytes = TestImages::hugePngHeader(100, 100);
    QImage image;
    QCOMPARE(ImageLoader::decode(fetched, QSize(), 1, &image).outcome, Outcome::NotAnImage);
    fetched.bytes = TestImages::hugePngHeader(1000, 1000); // 4 MB of pixels
    QCOMPARE(ImageLoader::decode(fetched, QSize(), 1, &image).outcome, Outcome::TooLarge);
}

void TestImageLoader::secondLoad_comesFromMemoryWithoutRequest()
{
    // No cache headers: the disk cache keeps nothing, so only memory can serve it again.
    m_bench->server.routeBody(QStringLiteral("/p.png"), "image/png", TestImages::encoded(QSize(300, 200), Qt::blue, "PNG"));
    const QUrl url = m_bench->server.url(QStringLiteral("/p.png"));
    QSignalSpy spy(m_loader.get(), &ImageLoader::loaded);
    QVERIFY(m_loader->cachedImage(url, QSize(150, 150)).isNull());
    QCOMPARE(waitFor(spy, m_loader->load(url, QSize(150, 150))).result.source, ImageResult::Source::Network);
    QCOMPARE(m_loader->cachedImage(url, QSize(150, 150)).size(), QSize(150, 100));

    const Loaded again = waitFor(spy, m_loader->load(url, QSize(150, 150)));
    QCOMPARE(again.result.outcome, Outcome::Ok);
    QCOMPARE(again.result.source, ImageResult::Source::MemoryCache);
    QCOMPARE(again.image.size(), QSize(150, 100));
    QCOMPARE(m_bench->server.hits(QStringLiteral("/p.png")), 1);
}

void TestImageLoader::fetchFailure_passesThroughWithReason()
{
    QSignalSpy spy(m_loader.get(), &ImageLoader::loaded);
    const Loaded loaded = waitFor(spy, m_loader->load(m_bench->server.url(QStringLiteral("/missing.png")), QSize(100, 100)));
    QCOMPARE(loaded.result.outcome, Outcome::NotFound);
    QCOMPARE(loaded.result.reason, QStringLiteral("HTTP 404 Not Found"));
}

void TestImageLoader::cancel_dropsTheResult()
{
    m_bench->server.routeBody(QStringLiteral("/p.png"), "image/png", TestImages::encoded(QSize(30, 20), Qt::blue, "PNG"));
    QSignalSpy spy(m_loader.get(), &ImageLoader::loaded);
    const ImageLoader::Ticket dropped = m_loader->load(m_bench->server.url(QStringLiteral("/p.png")), QSize(10, 10));
    const ImageLoader::Ticket kept = m_loader->load(m_bench->server.url(QStringLiteral("/p.png")), QSize(20, 20));
    m_loader->cancel(dropped);
    QVERIFY(waitFor(spy, kept).arrived);
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_bench->server.hits(QStringLiteral("/p.png")), 1);
}

void TestImageLoader::remoteSwitchOff_hidesCachedRemoteImages()
{
    m_bench->server.routeBody(QStringLiteral("/p.png"), "image/png", TestImages::encoded(QSize(30, 20), Qt::blue, "PNG"));
    const QUrl url = m_bench->server.url(QStringLiteral("/p.png"));
    QSignalSpy spy(m_loader.get(), &ImageLoader::loaded);
    QVERIFY(waitFor(spy, m_loader->load(url, QSize(30, 20))).result.isOk());
    QVERIFY(!m_loader->cachedImage(url, QSize(30, 20)).isNull());
    m_bench->fetcher.setRemoteImagesEnabled(false);
    QVERIFY(m_loader->cachedImage(url, QSize(30, 20)).isNull());
    const Loaded blocked = waitFor(spy, m_loader->load(url, QSize(30, 20)));
    QCOMPARE(blocked.result.outcome, Outcome::Blocked);
    QCOMPARE(blocked.result.reason, QStringLiteral("remote images are off"));
}

QTEST_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
