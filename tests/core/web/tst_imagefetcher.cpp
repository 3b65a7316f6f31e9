#include "imagefetcher.h"
#include "imagefetcherfixture.h"
#include "testfiles.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Storydesk::ImageFetcher;
using Storydesk::ImageResult;
using Storydesk::TestHttpServer;
using Outcome = ImageResult::Outcome;
using namespace std::chrono_literals;

namespace {

const QByteArray ImageBytes = "\x89PNG pretend image bytes";

// Collects the fetcher's results by ticket.
class Results
{
public:
    explicit Results(ImageFetcher *fetcher)
        : m_spy(fetcher, &ImageFetcher::finished)
    {
    }

    // Waits for `ticket`'s result; an invalid result (no url) after the timeout.
    ImageResult waitFor(ImageFetcher::Ticket ticket, int timeoutMs = 5000)
    {
        const std::optional<QList<QVariant>> args = Storydesk::waitForTicket(m_spy, ticket, timeoutMs);
        return args ? args->at(1).value<ImageResult>() : ImageResult();
    }
    QList<ImageFetcher::Ticket> tickets() const
    {
        QList<ImageFetcher::Ticket> out;
        for (const QList<QVariant> &args : m_spy)
            out.append(args.at(0).value<ImageFetcher::Ticket>());
        return out;
    }

private:
    QSignalSpy m_spy;
};

} // namespace

class TestImageFetcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void image_isFetched();
    void notFound_reportsHttpStatus();
    void notFound_isNotAskedAgainAtOnce();
    void silentServer_timesOut();
    void redirects_fiveFollowedSixRefused_data();
    void redirects_fiveFollowedSixRefused();
    void redirectPolicy_data();
    void redirectPolicy();
    void bodyOverCap_isAbortedEarly_data();
    void bodyOverCap_isAbortedEarly();
    void otherSchemes_areBlocked_data();
    void otherSchemes_areBlocked();
    void secondFetch_comesFromDiskCache();
    void sameUrlTwice_isOneRequest();
    void cancelledWaiter_leavesTheOtherServed();
    void fastSelectionChanges_leaveOnlyTheLastRequest();
    void siteImage_isReadFromFolderWithoutNetwork();
    void remoteSwitchOff_blocksRemoteButNotSiteImages();
    void remoteSwitchOff_stopsRunningTransfers();
    void sitePathLeavingFolder_isBlocked();

private:
    std::unique_ptr<Storydesk::ImageFetcherFixture> m_bench;
};

void TestImageFetcher::init()
{
    m_bench = std::make_unique<Storydesk::ImageFetcherFixture>();
    m_bench->server.routeBody(QStringLiteral("/a.png"), "image/png", ImageBytes);
}

void TestImageFetcher::cleanup()
{
    m_bench.reset();
}

void TestImageFetcher::image_isFetched()
{
    Results results(&m_bench->fetcher);
    const ImageFetcher::Ticket ticket = m_bench->fetcher.fetch(m_bench->server.url(QStringLiteral("/a.png")));
    const ImageResult result = results.waitFor(ticket);
    QCOMPARE(result.outcome, Outcome::Ok);
    QCOMPARE(result.bytes, ImageBytes);
    QCOMPARE(result.url, m_bench->server.url(QStringLiteral("/a.png")));
    QCOMPARE(result.source, ImageResult::Source::Network);
    QVERIFY(result.reason.isEmpty());
    QCOMPARE(m_bench->fetcher.transfersInFlight(), 0);
}

void TestImageFetcher::notFound_reportsHttpStatus()
{
    Results results(&m_bench->fetcher);
    const ImageResult result = results.waitFor(m_bench->fetcher.fetch(m_bench->server.url(QStringLiteral("/nothing.png"))));
    QCOMPARE(result.outcome, Outcome::NotFound);
    QCOMPARE(result.reason, QStringLiteral("HTTP 404 Not Found"));
    QVERIFY(result.bytes.isEmpty());
}

void TestImageFetcher::notFound_isNotAskedAgainAtOnce()
{
    Results results(&m_bench->fetcher);
    const QUrl url = m_bench->server.url(QStringLiteral("/gone.png"));
    QCOMPARE(results.waitFor(m_bench->fetcher.fetch(url)).source, ImageResult::Source::None);
    const ImageResult again = results.waitFor(m_bench->fetcher.fetch(url));
    QCOMPARE(again.outcome, Outcome::NotFound);
    QCOMPARE(again.reason, QStringLiteral("HTTP 404 Not Found"));
    QCOMPARE(again.source, ImageResult::Source::MemoryCache);
    QCOMPARE(m_bench->server.hits(QStringLiteral("/gone.png")), 1);
    // Another site (or the same one opened again) asks afresh.
    m_bench->fetcher.setSite(m_bench->fetcher.site());
    QCOMPARE(results.waitFor(m_bench->fetcher.fetch(url)).source, ImageResult::Source::None);
    QCOMPARE(m_bench->server.hits(QStringLiteral("/gone.png")), 2);
}

void TestImageFetcher::silentServer_timesOut()
{
    TestHttpServer::Response silent;
    silent.mode = TestHttpServer::Response::Mode::Silent;
    m_bench->server.route(QStringLiteral("/slow.png"), silent);
    m_bench->fetcher.setTimeout(300ms);
    Results results(&m_bench->fetcher);
    QElapsedTimer clock;
    clock.start();
    const ImageResult result = results.waitFor(m_bench->fetcher.fetch(m_bench->server.url(QStringLiteral("/slow.png"))));
    QCOMPARE(result.outcome, Outcome::Timeout);
    QCOMPARE(result.reason, QStringLiteral("no answer within 0.3 s"));
    QVERIFY2(clock.elapsed() >= 290 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
}

void TestImageFetcher::redirects_fiveFollowedSixRefused_data()
{
    QTest::addColumn<int>("hops");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("reason");
    QTest::newRow("5 hops") << 5 << Outcome::Ok << "";
    QTest::newRow("6 hops") << 6 << Outcome::Blocked << "blocked: more than 5 redirects";
}

void TestImageFetcher::redirects_fiveFollowedSixRefused()
{
    QFETCH(int, hops);
    QFETCH(Outcome, outcome);
    QFETCH(QString, reason);
    // /chain/0 → /chain/1 → … → /chain/<hops>, which is the picture. Relative and
    // absolute Location headers alternate.
    for (int i = 0; i < hops; ++i) {
        const QString next = QStringLiteral("/chain/%1").arg(i + 1);
        m_bench->server.routeRedirect(QStringLiteral("/chain/%1").arg(i), i % 2 ? m_bench->server.url(next).toString() : next);
    }
    m_bench->server.routeBody(QStringLiteral("/chain/%1").arg(hops), "image/png", ImageBytes);

    Results results(&m_bench->fetcher);
    const QUrl start = m_bench->server.url(QStringLiteral("/chain/0"));
    const ImageResult result = results.waitFor(m_bench->fetcher.fetch(start));
    QVERIFY2(result.outcome == outcome, qPrintable(result.reason));
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.url, start);
    QCOMPARE(m_bench->server.hits(QStringLiteral("/chain/%1").arg(hops)), outcome == Outcome::Ok ? 1 : 0);
    QCOMPARE(m_bench->server.totalHits(), outcome == Outcome::Ok ? hops + 1 : hops);
}

void TestImageFetcher::redirectPolicy_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("hops");
    QTest::addColumn<QString>("refusal");

    QTest::newRow("http to https") << "http://a.example/1" << "https://b.example/2" << 0 << "";
    QTest::newRow("https to https") << "https://a.example/1" << "https://b.example/2" << 4 << "";
    QTest::newRow("http to http") << "http://a.example/1" << "http://b.example/2" << 0 << "";
    QTest::newRow("https to http") << "https://a.example/1" << "http://a.example/1" << 0 << "blocked: redirected from https to http";
    QTest::newRow("to file") << "http://a.example/1" << "file:///etc/passwd" << 0 << "blocked: redirected to a non-http address";
    QTest::newRow("to ftp") << "https://a.example/1" << "ftp://a.example/1" << 0 << "blocked: redirected to a non-http address";
    QTest::newRow("sixth hop") << "https://a.example/1" << "https://a.example/2" << 5 << "blocked: more than 5 redirects";
}

void TestImageFetcher::redirectPolicy()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, hops);
    QFETCH(QString, refusal);
    QCOMPARE(ImageFetcher::redirectRefusal(QUrl(from), QUrl(to), hops), refusal);
}

void TestImageFetcher::bodyOverCap_isAbortedEarly_data()
{
    QTest::addColumn<bool>("announceLength");
    QTest::newRow("Content-Length over the cap") << true;
    QTest::newRow("no Content-Length: counted as it comes") << false;
}

void TestImageFetcher::bodyOverCap_isAbortedEarly()
{
    QFETCH(bool, announceLength);
    TestHttpServer::Response big;
    big.mode = TestHttpServer::Response::Mode::Stream;
    big.streamBytes = 64LL * 1024 * 1024;
    big.announceLength = announceLength;
    m_bench->server.route(QStringLiteral("/big.png"), big);
    m_bench->fetcher.setMaximumBytes(256 * 1024);
    Results results(&m_bench->fetcher);
    const ImageResult result = results.waitFor(m_bench->fetcher.fetch(m_bench->server.url(QStringLiteral("/big.png"))));
    QCOMPARE(result.outcome, Outcome::TooLarge);
    QCOMPARE(result.reason, QStringLiteral("larger than 0.25 MB"));
    QTRY_VERIFY(m_bench->server.closedEarly(QStringLiteral("/big.png")));
    const qint64 sent = m_bench->server.bytesSent(QStringLiteral("/big.png"));
    qInfo("the server sent %lld KB of 64 MB before the client hung up", sent / 1024);
    QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QString::number(sent)));
}

void TestImageFetcher::otherSchemes_areBlocked_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    const QString onlyWeb = QStringLiteral("blocked: only http and https images are fetched");
    QTest::newRow("file") << "file:///etc/passwd" << onlyWeb;
    QTest::newRow("ftp") << "ftp://127.0.0.1/a.png" << onlyWeb;
    QTest::newRow("data") << "data:image/png;base64,iVBORw0KGgo=" << onlyWeb;
    QTest::newRow("javascript") << "javascript:alert(1)" << onlyWeb;
    QTest::newRow("relative") << "a.png" << onlyWeb;
    QTest::newRow("empty") << "" << "blocked: not a valid address";
}

void TestImageFetcher::otherSchemes_areBlocked()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    Results results(&m_bench->fetcher);
    const ImageResult result = results.waitFor(m_bench->fetcher.fetch(QUrl(url)));
    QCOMPARE(result.outcome, Outcome::Blocked);
    QCOMPARE(result.reason, reason);
    QCOMPARE(m_bench->server.totalHits(), 0);
}

void TestImageFetcher::secondFetch_comesFromDiskCache()
{
    m_bench->server.routeBody(QStringLiteral("/cached.png"), "image/png", ImageBytes, {{"Cache-Control", "max-age=3600"}});
    Results results(&m_bench->fetcher);
    const QUrl url = m_bench->server.url(QStringLiteral("/cached.png"));
    QCOMPARE(results.waitFor(m_bench->fetcher.fetch(url)).source, ImageResult::Source::Network);
    const ImageResult second = results.waitFor(m_bench->fetcher.fetch(url));
    QCOMPARE(second.outcome, Outcome::Ok);
    QCOMPARE(second.bytes, ImageBytes);
    QCOMPARE(second.source, ImageResult::Source::DiskCache);
    QCOMPARE(m_bench->server.hits(QStringLiteral("/cached.png")), 1);
}

void TestImageFetcher::sameUrlTwice_isOneRequest()
{
    Results results(&m_bench->fetcher);
    const QUrl url = m_bench->server.url(QStringLiteral("/a.png"));
    const ImageFetcher::Ticket first = m_bench->fetcher.fetch(url);
    const ImageFetcher::Ticket second = m_bench->fetcher.fetch(url);
    QVERIFY(first != second);
    QCOMPARE(m_bench->fetcher.transfersInFlight(), 1);
    QCOMPARE(results.waitFor(first).bytes, ImageBytes);
    QCOMPARE(results.waitFor(second).bytes, ImageBytes);
    QCOMPARE(m_bench->server.hits(QStringLiteral("/a.png")), 1);
}

void TestImageFetcher::cancelledWaiter_leavesTheOtherServed()
{
    Results results(&m_bench->fetcher);
    const QUrl url = m_bench->server.url(QStringLiteral("/a.png"));
    const ImageFetcher::Ticket first = m_bench->fetcher.fetch(url);
    const ImageFetcher::Ticket second = m_bench->fetcher.fetch(url);
    m_bench->fetcher.cancel(first);
    QCOMPARE(results.waitFor(second).outcome, Outcome::Ok);
    QTest::qWait(50);
    QCOMPARE(results.tickets(), QList<ImageFetcher::Ticket>{second});
}

void TestImageFetcher::fastSelectionChanges_leaveOnlyTheLastRequest()
{
    // Holding Down through twenty stories: each new story cancels the previous one's fetch.
    Results results(&m_bench->fetcher);
    ImageFetcher::Ticket current = 0;
    for (int i = 0; i < 20; ++i) {
        const QString path = QStringLiteral("/story-%1.png").arg(i);
        m_bench->server.routeBody(path, "image/png", ImageBytes + QByteArray::number(i));
        if (current)
            m_bench->fetcher.cancel(current);
        current = m_bench->fetcher.fetch(m_bench->server.url(path));
        QCOMPARE(m_bench->fetcher.transfersInFlight(), 1);
    }
    const ImageResult last = results.waitFor(current);
    QCOMPARE(last.bytes, ImageBytes + "19");
    QTest::qWait(100);
    QCOMPARE(results.tickets(), QList<ImageFetcher::Ticket>{current});
    // Cancelling aborts the transfers: most requests are never sent at all. How many the
    // network thread sent before their cancel reached it depends on the scheduler (a busy
    // machine lets it send several), so the bound is "not every one", not a timing guess.
    QVERIFY2(m_bench->server.totalHits() < 20, qPrintable(QString::number(m_bench->server.totalHits())));
    QCOMPARE(m_bench->server.hits(QStringLiteral("/story-19.png")), 1);
}

void TestImageFetcher::siteImage_isReadFromFolderWithoutNetwork()
{
    // The site's own URL is the test server, so a request would show up in its counts.
    QTemporaryDir site;
    QVERIFY(Storydesk::TestFiles::write(site.filePath(QStringLiteral("_config.yml")),
                                        "url: \"" + m_bench->server.url(QString()).toString().toUtf8() + "\"\n"));
    QVERIFY(QDir(site.path()).mkpath(QStringLiteral("assets")));
    QVERIFY(Storydesk::TestFiles::write(site.filePath(QStringLiteral("assets/local.png")), "local bytes"));
    m_bench->server.routeBody(QStringLiteral("/assets/local.png"), "image/png", "served bytes");
    m_bench->fetcher.setSiteFolder(site.path());
    QVERIFY(m_bench->fetcher.site().isSite());

    Results results(&m_bench->fetcher);
    const ImageResult result = results.waitFor(m_bench->fetcher.fetch(m_bench->server.url(QStringLiteral("/assets/local.png"))));
    QCOMPARE(result.outcome, Outcome::Ok);
    QCOMPARE(result.bytes, QByteArray("local bytes"));
    QCOMPARE(result.source, ImageResult::Source::SiteFolder);
    QCOMPARE(m_bench->server.totalHits(), 0);

    // Under the site URL but not in the folder: only the live site may have it.
    m_bench->server.routeBody(QStringLiteral("/assets/generated.png"), "image/png", "served bytes");
    const QUrl generated = m_bench->server.url(QStringLiteral("/assets/generated.png"));
    QCOMPARE(results.waitFor(m_bench->fetcher.fetch(generated)).bytes, QByteArray("served bytes"));
    m_bench->fetcher.setRemoteImagesEnabled(false);
    const ImageResult offline = results.waitFor(m_bench->fetcher.fetch(generated));
    QCOMPARE(offline.outcome, Outcome::NotFound);
    QCOMPARE(offline.reason, QStringLiteral("/assets/generated.png is not in the site folder"));
    m_bench->fetcher.setRemoteImagesEnabled(true);
    const ImageResult rootRelative = results.waitFor(m_bench->fetcher.fetch(QUrl(QStringLiteral("/assets/generated.png"))));
    QCOMPARE(rootRelative.outcome, Outcome::NotFound);
    QCOMPARE(m_bench->server.hits(QStringLiteral("/assets/generated.png")), 1);
}

void TestImageFetcher::remoteSwitchOff_blocksRemoteButNotSiteImages()
{
    QTemporaryDir site;
    QVERIFY(Storydesk::TestFiles::write(site.filePath(QStringLiteral("_config.yml")), "url: https://site.example\n"));
    QVERIFY(Storydesk::TestFiles::write(site.filePath(QStringLiteral("logo.png")), "logo"));
    m_bench->fetcher.setSiteFolder(site.path());
    QSignalSpy switched(&m_bench->fetcher, &ImageFetcher::remoteImagesEnabledChanged);
    m_bench->fetcher.setRemoteImagesEnabled(false);
    m_bench->fetcher.setRemoteImagesEnabled(false);
    QCOMPARE(switched.count(), 1);
    QVERIFY(!m_bench->fetcher.remoteImagesEnabled());

    Results results(&m_bench->fetcher);
    const ImageResult remote = results.waitFor(m_bench->fetcher.fetch(m_bench->server.url(QStringLiteral("/a.png"))));
    QCOMPARE(remote.outcome, Outcome::Blocked);
    QCOMPARE(remote.reason, QStringLiteral("remote images are off"));
    const ImageResult local = results.waitFor(m_bench->fetcher.fetch(QUrl(QStringLiteral("https://site.example/logo.png"))));
    QCOMPARE(local.outcome, Outcome::Ok);
    QCOMPARE(local.bytes, QByteArray("logo"));
    QCOMPARE(m_bench->server.totalHits(), 0);

    m_bench->fetcher.setRemoteImagesEnabled(true);
    QCOMPARE(results.waitFor(m_bench->fetcher.fetch(m_bench->server.url(QStringLiteral("/a.png")))).outcome, Outcome::Ok);
}

void TestImageFetcher::remoteSwitchOff_stopsRunningTransfers()
{
    TestHttpServer::Response silent;
    silent.mode = TestHttpServer::Response::Mode::Silent;
    m_bench->server.route(QStringLiteral("/slow.png"), silent);
    Results results(&m_bench->fetcher);
    const ImageFetcher::Ticket ticket = m_bench->fetcher.fetch(m_bench->server.url(QStringLiteral("/slow.png")));
    QTRY_COMPARE(m_bench->server.hits(QStringLiteral("/slow.png")), 1);
    m_bench->fetcher.setRemoteImagesEnabled(false);
    const ImageResult result = results.waitFor(ticket, 100);
    QCOMPARE(result.outcome, Outcome::Blocked);
    QCOMPARE(result.reason, QStringLiteral("remote images are off"));
    QCOMPARE(m_bench->fetcher.transfersInFlight(), 0);
}

void TestImageFetcher::sitePathLeavingFolder_isBlocked()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("site")));
    QVERIFY(Storydesk::TestFiles::write(dir.filePath(QStringLiteral("site/_config.yml")), "url: https://site.example\n"));
    QVERIFY(Storydesk::TestFiles::write(dir.filePath(QStringLiteral("secret.png")), "secret"));
    m_bench->fetcher.setSiteFolder(dir.filePath(QStringLiteral("site")));
    Results results(&m_bench->fetcher);
    const ImageResult result = results.waitFor(m_bench->fetcher.fetch(QUrl(QStringLiteral("https://site.example/%2e%2e/secret.png"))));
    QCOMPARE(result.outcome, Outcome::Blocked);
    QCOMPARE(result.reason, QStringLiteral("blocked: /../secret.png leaves the site folder"));
    QVERIFY(result.bytes.isEmpty());
}

QTEST_GUILESS_MAIN(TestImageFetcher)
#include "tst_imagefetcher.moc"
