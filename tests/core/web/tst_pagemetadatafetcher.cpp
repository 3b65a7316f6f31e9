#include "imagefetcherfixture.h"
#include "pagemetadatafetcher.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

// PageMetadataFetcher against the local test server: pages read and parsed, redirects
// followed within the limits, pages that fail, never answer or never end.

using namespace Storydesk;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Storydesk::PageMetadataFetcher::Result)

namespace {

const QByteArray Page("<html><head><meta property=\"og:title\" content=\"Fetched Title\">"
                      "<meta property=\"og:site_name\" content=\"Local Site\"></head><body>x</body></html>");

} // namespace

class TestPageMetadataFetcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fetch_readsThePageHead();
    void fetch_followsRedirects_andResolvesAgainstTheLastOne();
    void fetch_moreThanFiveRedirects_fails();
    void fetch_notFound_failsSayingWhy();
    void fetch_noAnswer_failsAfterTheTimeout();
    void fetch_pageOverTwoMegabytes_readsOnlyTheFirstTwo();
    void fetch_endlessPage_isCutOffAfterTheCap();
    void fetch_notHttp_isRefusedWithoutAsking();
    void cancel_noResultComes();

private:
    std::optional<PageMetadataFetcher::Result> wait(PageMetadataFetcher::Ticket ticket, int timeoutMs = 10000);

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<PageMetadataFetcher> m_fetcher;
    std::unique_ptr<QSignalSpy> m_finished;
};

void TestPageMetadataFetcher::init()
{
    qRegisterMetaType<PageMetadataFetcher::Result>();
    m_server = std::make_unique<TestHttpServer>();
    m_fetcher = std::make_unique<PageMetadataFetcher>();
    m_finished = std::make_unique<QSignalSpy>(m_fetcher.get(), &PageMetadataFetcher::finished);
}

void TestPageMetadataFetcher::cleanup()
{
    m_finished.reset();
    m_fetcher.reset();
    m_server.reset();
}

std::optional<PageMetadataFetcher::Result> TestPageMetadataFetcher::wait(PageMetadataFetcher::Ticket ticket, int timeoutMs)
{
    const std::optional<QList<QVariant>> args = waitForTicket(*m_finished, ticket, timeoutMs);
    if (!args)
        return std::nullopt;
    return args->at(1).value<PageMetadataFetcher::Result>();
}

void TestPageMetadataFetcher::fetch_readsThePageHead()
{
    m_server->routeBody(QStringLiteral("/story"), "text/html; charset=utf-8", Page);
    const QUrl url = m_server->url(QStringLiteral("/story"));
    const auto result = wait(m_fetcher->fetch(url));
    QVERIFY(result);
    QVERIFY2(result->ok, qPrintable(result->reason));
    QCOMPARE(result->url, url);
    QCOMPARE(result->page.title, QStringLiteral("Fetched Title"));
    QCOMPARE(result->page.siteName, QStringLiteral("Local Site"));
    QCOMPARE(m_fetcher->fetchesInFlight(), 0);
}

void TestPageMetadataFetcher::fetch_followsRedirects_andResolvesAgainstTheLastOne()
{
    m_server->routeRedirect(QStringLiteral("/old"), QStringLiteral("/moved/"), 301);
    m_server->routeRedirect(QStringLiteral("/moved/"), m_server->url(QStringLiteral("/new/page")).toString());
    m_server->routeBody(QStringLiteral("/new/page"), "text/html",
                        "<head><meta property=\"og:image\" content=\"pic.jpg\"><title>Moved</title></head>");
    const auto result = wait(m_fetcher->fetch(m_server->url(QStringLiteral("/old"))));
    QVERIFY(result && result->ok);
    QCOMPARE(result->page.title, QStringLiteral("Moved"));
    QCOMPARE(result->page.image, m_server->url(QStringLiteral("/new/pic.jpg")));
    QCOMPARE(m_server->hits(QStringLiteral("/new/page")), 1);
}

void TestPageMetadataFetcher::fetch_moreThanFiveRedirects_fails()
{
    for (int i = 0; i < 7; ++i)
        m_server->routeRedirect(QStringLiteral("/r%1").arg(i), QStringLiteral("/r%1").arg(i + 1));
    const auto result = wait(m_fetcher->fetch(m_server->url(QStringLiteral("/r0"))));
    QVERIFY(result && !result->ok);
    QVERIFY2(result->reason.contains(QStringLiteral("redirects")), qPrintable(result->reason));
    QCOMPARE(m_server->hits(QStringLiteral("/r6")), 0);
}

void TestPageMetadataFetcher::fetch_notFound_failsSayingWhy()
{
    const auto result = wait(m_fetcher->fetch(m_server->url(QStringLiteral("/gone"))));
    QVERIFY(result && !result->ok);
    QCOMPARE(result->reason, QStringLiteral("HTTP 404 Not Found"));
}

void TestPageMetadataFetcher::fetch_noAnswer_failsAfterTheTimeout()
{
    TestHttpServer::Response silent;
    silent.mode = TestHttpServer::Response::Mode::Silent;
    m_server->route(QStringLiteral("/silent"), silent);
    m_fetcher->setTimeout(300ms);
    QElapsedTimer clock;
    clock.start();
    const auto result = wait(m_fetcher->fetch(m_server->url(QStringLiteral("/silent"))));
    QVERIFY(result && !result->ok);
    QCOMPARE(result->reason, QStringLiteral("no answer within 0.3 s"));
    QVERIFY(clock.elapsed() >= 250);
    QCOMPARE(m_fetcher->fetchesInFlight(), 0);
}

void TestPageMetadataFetcher::fetch_pageOverTwoMegabytes_readsOnlyTheFirstTwo()
{
    // The first tags in the first 2 MB, a later title after them: only the first are read.
    QByteArray page = "<html><head><meta property=\"og:title\" content=\"Early\">";
    page += "<meta name=\"filler\" content=\"" + QByteArray(PageMetadataFetcher::DefaultMaximumBytes, 'a') + "\">";
    page += "<meta property=\"og:description\" content=\"Late\"></head>";
    m_server->routeBody(QStringLiteral("/huge"), "text/html", page);
    const auto result = wait(m_fetcher->fetch(m_server->url(QStringLiteral("/huge"))));
    QVERIFY(result && result->ok);
    QCOMPARE(result->page.title, QStringLiteral("Early"));
    QCOMPARE(result->page.description, QString());
}

void TestPageMetadataFetcher::fetch_endlessPage_isCutOffAfterTheCap()
{
    TestHttpServer::Response endless;
    endless.mode = TestHttpServer::Response::Mode::Stream;
    endless.streamBytes = 64LL * 1024 * 1024;
    endless.announceLength = false;
    endless.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html")));
    m_server->route(QStringLiteral("/endless"), endless);
    m_fetcher->setMaximumBytes(256 * 1024);
    const auto result = wait(m_fetcher->fetch(m_server->url(QStringLiteral("/endless"))));
    QVERIFY(result && result->ok);
    QTRY_VERIFY(m_server->closedEarly(QStringLiteral("/endless")));
    QVERIFY(m_server->bytesSent(QStringLiteral("/endless")) < 8 * 1024 * 1024);
}

void TestPageMetadataFetcher::fetch_notHttp_isRefusedWithoutAsking()
{
    const QUrl url(QStringLiteral("file:///etc/passwd"));
    const PageMetadataFetcher::Ticket ticket = m_fetcher->fetch(url);
    QCOMPARE(m_finished->size(), 0);   // never from within fetch()
    const auto result = wait(ticket);
    QVERIFY(result && !result->ok);
    QVERIFY(result->reason.startsWith(QStringLiteral("blocked")));
    QCOMPARE(m_server->totalHits(), 0);
}

void TestPageMetadataFetcher::cancel_noResultComes()
{
    TestHttpServer::Response silent;
    silent.mode = TestHttpServer::Response::Mode::Silent;
    m_server->route(QStringLiteral("/silent"), silent);
    m_fetcher->setTimeout(200ms);
    const PageMetadataFetcher::Ticket ticket = m_fetcher->fetch(m_server->url(QStringLiteral("/silent")));
    QTRY_COMPARE(m_server->hits(QStringLiteral("/silent")), 1);
    m_fetcher->cancel(ticket);
    QCOMPARE(m_fetcher->fetchesInFlight(), 0);
    QTest::qWait(400);
    QCOMPARE(m_finished->size(), 0);
}

QTEST_GUILESS_MAIN(TestPageMetadataFetcher)
#include "tst_pagemetadatafetcher.moc"
