#include "pagemetadata.h"

#include <QTest>

// PageMetadata::parse over heads we write ourselves: each tag family alone, their order of
// preference, markup a browser would forgive, and pages not in UTF-8.

using Storydesk::PageMetadata;

class TestPageMetadata final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_readsWhatThePageSays_data();
    void parse_readsWhatThePageSays();
    void parse_imageSizeOnlyWithOpenGraphImage();
    void parse_relativeImage_isResolvedAgainstThePage();
    void parse_nonWebImage_isLeftOut();
    void parse_emptyOrBinary_givesNothing();
    void decode_charsets_data();
    void decode_charsets();
};

void TestPageMetadata::parse_readsWhatThePageSays_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("image");

    QTest::newRow("Open Graph only")
        << QByteArray("<!doctype html><html><head>"
                      "<meta property=\"og:title\" content=\"Grid Operators Forecast Wind\">"
                      "<meta property=\"og:description\" content=\"Hour-ahead forecasts save millions.\">"
                      "<meta property=\"og:site_name\" content=\"Pixel Harbor\">"
                      "<meta property=\"article:published_time\" content=\"2026-10-30T02:20:00Z\">"
                      "<meta property=\"og:image\" content=\"https://img.example/wind.jpg\">"
                      "</head><body><h1>Other</h1></body></html>")
        << QByteArray("text/html; charset=utf-8") << QStringLiteral("Grid Operators Forecast Wind")
        << QStringLiteral("Hour-ahead forecasts save millions.") << QStringLiteral("Pixel Harbor") << QStringLiteral("2026-10-30T02:20:00Z")
        << QStringLiteral("https://img.example/wind.jpg");
    QTest::newRow("Twitter card only")
        << QByteArray("<html><head><meta name=\"twitter:card\" content=\"summary_large_image\">"
                      "<meta name=\"twitter:title\" content=\"Tweeted Title\">"
                      "<meta name=\"twitter:description\" content=\"Tweeted description.\">"
                      "<meta name=\"twitter:image\" content=\"https://img.example/t.png\"></head></html>")
        << QByteArray() << QStringLiteral("Tweeted Title") << QStringLiteral("Tweeted description.") << QString() << QString()
        << QStringLiteral("https://img.example/t.png");
    QTest::newRow("plain title and description")
        << QByteArray("<html><head><title>\n  Plain &amp; Simple\n  Story </title>"
                      "<meta name=\"description\" content=\"Just a &quot;description&quot;.\"></head><body></body></html>")
        << QByteArray("text/html") << QStringLiteral("Plain & Simple Story") << QStringLiteral("Just a \"description\".") << QString()
        << QString() << QString();
    QTest::newRow("Open Graph before Twitter before title")
        << QByteArray("<head><title>Tab title</title><meta name=\"twitter:title\" content=\"Card\">"
                      "<meta property=\"og:title\" content=\"Graph\"><meta name=\"description\" content=\"Meta\">"
                      "<meta name=\"twitter:description\" content=\"Card text\"></head>")
        << QByteArray() << QStringLiteral("Graph") << QStringLiteral("Card text") << QString() << QString() << QString();
    QTest::newRow("broken markup")
        << QByteArray("<HTML><HEAD><META PROPERTY=og:title CONTENT=Unquoted>< stray <meta property='og:site_name' content='Single'>"
                      "<meta property=\"og:description\" content=\"Never closed>"
                      "<meta name=description content=\"Second\"><title>Unclosed title")
        << QByteArray() << QStringLiteral("Unquoted") << QStringLiteral("Never closed") << QStringLiteral("Single") << QString()
        << QString();
    QTest::newRow("comments and scripts are not the page's tags")
        << QByteArray("<head><!-- <meta property=\"og:title\" content=\"Commented\"> -->"
                      "<script>var s = '<meta property=\"og:title\" content=\"Scripted\">';</script>"
                      "<meta property=\"og:title\" content=\"Real &#8217;n &#x2014; right\"></head>")
        << QByteArray() << QStringLiteral("Real \u2019n \u2014 right") << QString() << QString() << QString() << QString();
    QTest::newRow("nothing after the head")
        << QByteArray("<head><title>Head</title></head><body><svg><title>Icon</title></svg>"
                      "<meta property=\"og:description\" content=\"In the body\"></body>")
        << QByteArray() << QStringLiteral("Head") << QString() << QString() << QString() << QString();
    QTest::newRow("ISO-8859-1 from the header")
        << QByteArray("<head><title>Caf\xe9 cr\xe8me</title></head>") << QByteArray("text/html; charset=ISO-8859-1")
        << QStringLiteral("Caf\u00e9 cr\u00e8me") << QString() << QString() << QString() << QString();
    QTest::newRow("windows-1252 from <meta charset>")
        << QByteArray("<html><head><meta charset=\"windows-1252\"><title>\x93Quoted\x94 \x96 dash \x80</title></head>")
        << QByteArray("text/html") << QStringLiteral("\u201cQuoted\u201d \u2013 dash \u20ac") << QString() << QString() << QString()
        << QString();
    QTest::newRow("latin-1 from <meta http-equiv>")
        << QByteArray("<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                      "<meta property=\"og:title\" content=\"M\xfcnchen\"></head>")
        << QByteArray() << QStringLiteral("M\u00fcnchen") << QString() << QString() << QString() << QString();
    QTest::newRow("control characters, raw or referenced, are left out")
        << QByteArray("<head><title>Red \x1b[31m alert\x01\x7f</title><meta property=\"og:description\" content=\"Bell&#7; &#x9D;rings&#xFFFE;\">"
                      "<meta property=\"og:site_name\" content=\"Tab\tand&#10;line\"></head>")
        << QByteArray("text/html; charset=utf-8") << QStringLiteral("Red [31m alert") << QStringLiteral("Bell rings") << QStringLiteral("Tab and line")
        << QString() << QString();
    QTest::newRow("references to 0x80-0x9F are windows-1252, as browsers read them")
        << QByteArray("<head><meta property=\"og:title\" content=\"&#x93;Quoted&#148; &#128;5\"></head>") << QByteArray()
        << QStringLiteral("\u201cQuoted\u201d \u20ac5") << QString() << QString() << QString() << QString();
    QTest::newRow("UTF-8 without a word about it")
        << QByteArray("<head><title>Caf\xc3\xa9 \xe2\x80\x94 ok</title></head>") << QByteArray() << QStringLiteral("Caf\u00e9 \u2014 ok")
        << QString() << QString() << QString() << QString();
}

void TestPageMetadata::parse_readsWhatThePageSays()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, contentType);
    const PageMetadata page = PageMetadata::parse(html, contentType);
    QTEST(page.title, "title");
    QTEST(page.description, "description");
    QTEST(page.siteName, "siteName");
    QTEST(page.publishedTime, "published");
    QTEST(page.image.toString(), "image");
}

void TestPageMetadata::parse_imageSizeOnlyWithOpenGraphImage()
{
    const PageMetadata og = PageMetadata::parse("<head><meta property=\"og:image\" content=\"https://i.example/a.jpg\">"
                                                "<meta property=\"og:image:width\" content=\"1200\">"
                                                "<meta property=\"og:image:height\" content=\"675\"></head>", {});
    QCOMPARE(og.imageWidth, 1200);
    QCOMPARE(og.imageHeight, 675);
    const PageMetadata twitter = PageMetadata::parse("<head><meta name=\"twitter:image\" content=\"https://i.example/b.jpg\">"
                                                     "<meta property=\"og:image:width\" content=\"1200\"></head>", {});
    QCOMPARE(twitter.image, QUrl(QStringLiteral("https://i.example/b.jpg")));
    QCOMPARE(twitter.imageWidth, -1);
    const PageMetadata nonsense = PageMetadata::parse("<head><meta property=\"og:image\" content=\"https://i.example/a.jpg\">"
                                                      "<meta property=\"og:image:width\" content=\"wide\"></head>", {});
    QCOMPARE(nonsense.imageWidth, -1);
}

void TestPageMetadata::parse_relativeImage_isResolvedAgainstThePage()
{
    const PageMetadata page = PageMetadata::parse("<head><meta property=\"og:image\" content=\"/images/a.jpg?w=1&amp;h=2\"></head>", {},
                                                  QUrl(QStringLiteral("https://news.example/2026/story.html")));
    QCOMPARE(page.image, QUrl(QStringLiteral("https://news.example/images/a.jpg?w=1&h=2")));
}

void TestPageMetadata::parse_nonWebImage_isLeftOut()
{
    const PageMetadata page = PageMetadata::parse("<head><meta property=\"og:image\" content=\"javascript:alert(1)\">"
                                                  "<meta property=\"og:title\" content=\"T\"></head>", {});
    QVERIFY(page.image.isEmpty());
    QCOMPARE(page.title, QStringLiteral("T"));
    // http, but without a host: relative to nothing, even on a page with an address.
    const PageMetadata hostless = PageMetadata::parse("<head><meta property=\"og:image\" content=\"http:picture.jpg\">"
                                                      "<meta property=\"og:image:width\" content=\"100\"></head>", {},
                                                      QUrl(QStringLiteral("https://news.example/story")));
    QVERIFY2(hostless.image.isEmpty(), qPrintable(hostless.image.toString()));
    QCOMPARE(hostless.imageWidth, -1);
}

void TestPageMetadata::parse_emptyOrBinary_givesNothing()
{
    QVERIFY(PageMetadata::parse({}, {}).isEmpty());
    QVERIFY(PageMetadata::parse(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "image/png").isEmpty());
    QVERIFY(PageMetadata::parse("<", {}).isEmpty());
    QVERIFY(PageMetadata::parse("<meta", {}).isEmpty());
}

void TestPageMetadata::decode_charsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("text");

    QTest::newRow("header wins over meta") << QByteArray("<meta charset=\"utf-8\">\xe9") << QByteArray("text/html;charset=\"latin1\"")
                                           << QStringLiteral("<meta charset=\"utf-8\">\u00e9");
    QTest::newRow("UTF-8 byte-order mark") << QByteArray("\xef\xbb\xbf<p>\xc3\xa9") << QByteArray() << QStringLiteral("<p>\u00e9");
    QTest::newRow("not UTF-8: windows-1252") << QByteArray("<p>\x93x\x94") << QByteArray() << QStringLiteral("<p>\u201cx\u201d");
    QTest::newRow("unknown label: UTF-8") << QByteArray("<p>\xc3\xa9") << QByteArray("text/html; charset=x-no-such-thing")
                                          << QStringLiteral("<p>\u00e9");
}

void TestPageMetadata::decode_charsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QTEST(PageMetadata::decode(bytes, contentType), "text");
}

QTEST_GUILESS_MAIN(TestPageMetadata)
#include "tst_pagemetadata.moc"
