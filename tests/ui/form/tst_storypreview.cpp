#include "gitsitefixture.h"
#include "imagefetcherfixture.h"
#include "imageloader.h"
#include "pictureframe.h"
#include "storypreview.h"
#include "summaryreader.h"
#include "testimages.h"

#include <QLabel>
#include <QTest>
#include <QToolButton>

using Storydesk::ImageFetcher;
using Storydesk::ImageLoader;
using Storydesk::PictureFrame;
using Storydesk::StoryPreview;
using Storydesk::StorySummary;
using Storydesk::TestHttpServer;

namespace {

// What a label shows, without the invisible break opportunities added for wrapping.
QString shown(const QLabel *label)
{
    QString text = label->text();
    text.remove(QChar(0x200B));
    return text;
}

} // namespace

class TestStoryPreview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void markupInStory_isShownLiterally();
    void sampleStory_showsSitePictureAndLogoWithoutNetwork();
    void missingPicture_showsPlaceholderWithReason();
    void remoteSwitch_blocksThenLoadsRemotePicture();
    void fastSelectionChanges_showOnlyTheLastStorysPicture();
    void longUnbrokenText_doesNotWidenThePane();
    void openLink_onlyForWebLinks();
    void clear_showsNoStory();
    void relativeTime_countsBackFromNow_data();
    void relativeTime_countsBackFromNow();
    void commitLine_saysWhoLastCommittedTheStoryShown();
    void commitLine_isAbsentOutsideARepository();

private:
    PictureFrame *picture() const { return m_preview->findChild<PictureFrame *>(QStringLiteral("previewPicture")); }
    PictureFrame *logo() const { return m_preview->findChild<PictureFrame *>(QStringLiteral("previewLogo")); }
    QLabel *label(const char *name) const { return m_preview->findChild<QLabel *>(QLatin1StringView(name)); }

    std::unique_ptr<Storydesk::ImageFetcherFixture> m_bench;
    std::unique_ptr<ImageLoader> m_loader;
    std::unique_ptr<StoryPreview> m_preview;
};

void TestStoryPreview::init()
{
    m_bench = std::make_unique<Storydesk::ImageFetcherFixture>();
    m_loader = std::make_unique<ImageLoader>(&m_bench->fetcher);
    m_preview = std::make_unique<StoryPreview>(m_loader.get());
    m_preview->resize(420, 640);
    m_preview->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_preview.get()));
}

void TestStoryPreview::cleanup()
{
    // For looking at the preview as each test leaves it: STORYDESK_PREVIEW_GRABS=<folder>.
    const QString grabs = qEnvironmentVariable("STORYDESK_PREVIEW_GRABS");
    if (!grabs.isEmpty())
        m_preview->grab().save(grabs + QLatin1Char('/') + QLatin1StringView(QTest::currentTestFunction()) + QStringLiteral(".png"));
    m_preview.reset();
    m_loader.reset();
    m_bench.reset();
}

void TestStoryPreview::markupInStory_isShownLiterally()
{
    StorySummary story;
    story.title = QStringLiteral("<b>x</b>");
    story.excerpt = QStringLiteral("<img src=\"http://127.0.0.1/track.png\"><a href=\"file:///etc/passwd\">y</a>").toUtf8();
    story.providerName = QStringLiteral("<font color=red>P</font>");
    story.webUrl = QStringLiteral("https://a.example/<script>").toUtf8();
    m_preview->setStory(story);

    QCOMPARE(shown(label("previewTitle")), QStringLiteral("<b>x</b>"));
    QCOMPARE(shown(label("previewExcerpt")), QString::fromUtf8(story.excerpt));
    QVERIFY(shown(label("previewProvider")).startsWith(story.providerName));
    for (const QLabel *each : m_preview->findChildren<QLabel *>())
        QCOMPARE(each->textFormat(), Qt::PlainText);
    QTest::qWait(50);
    QCOMPARE(m_bench->server.totalHits(), 0); // the <img> was text, not a request
    QVERIFY(!picture()->isVisible()); // no picture: no empty frame either
}

void TestStoryPreview::sampleStory_showsSitePictureAndLogoWithoutNetwork()
{
    m_bench->fetcher.setSiteFolder(QStringLiteral(STORYDESK_SAMPLE_DIR));
    m_bench->fetcher.setRemoteImagesEnabled(false); // the sample's pictures are all site-hosted
    const StorySummary story = StorySummary(Storydesk::SummaryReader::read(
        QStringLiteral(STORYDESK_SAMPLE_DIR "/_posts/000_b1e655c36b2c682b.md")));
    QCOMPARE(story.imageWidth, 800);
    m_preview->setStory(story);
    // Laid out at the stated 800×450 before the picture arrives.
    QCOMPARE(picture()->height(), picture()->width() * 450 / 800);

    QTRY_VERIFY2(picture()->hasPicture(), qPrintable(picture()->placeholderText() + picture()->toolTip()));
    QTRY_VERIFY2(logo()->hasPicture(), qPrintable(logo()->toolTip()));
    const qreal ratio = picture()->devicePixelRatioF();
    // Decoded for the screen: device pixels, never more than the file has.
    QCOMPARE(picture()->picture().width(), qMin(800, qRound(picture()->width() * ratio)));
    QCOMPARE(logo()->picture().size(), QSize(24, 24) * ratio);
    QCOMPARE(shown(label("previewTitle")), story.title);
    QCOMPARE(shown(label("previewProvider")), QStringLiteral("Pixel Harbor Weekly · pixelharbor.example"));
    QVERIFY(!label("previewDate")->text().isEmpty());

}

void TestStoryPreview::missingPicture_showsPlaceholderWithReason()
{
    StorySummary story;
    story.title = QStringLiteral("No picture here");
    story.imageUrl = m_bench->server.url(QStringLiteral("/gone.jpg")).toString().toUtf8();
    m_preview->setStory(story);
    QCOMPARE(picture()->placeholderText(), QStringLiteral("Loading…"));
    QTRY_COMPARE(picture()->placeholderText(), QStringLiteral("Picture not found"));
    QVERIFY(picture()->toolTip().contains(QStringLiteral("HTTP 404 Not Found")));
    QVERIFY(!picture()->hasPicture());
}

void TestStoryPreview::remoteSwitch_blocksThenLoadsRemotePicture()
{
    m_bench->server.routeBody(QStringLiteral("/p.png"), "image/png", TestImages::encoded(QSize(320, 180), Qt::darkGreen, "PNG"));
    m_bench->fetcher.setRemoteImagesEnabled(false);
    StorySummary story;
    story.imageUrl = m_bench->server.url(QStringLiteral("/p.png")).toString().toUtf8();
    m_preview->setStory(story);
    QTRY_COMPARE(picture()->placeholderText(), QStringLiteral("Remote images are off"));
    QVERIFY(picture()->toolTip().contains(QStringLiteral("remote images are off")));
    QCOMPARE(m_bench->server.totalHits(), 0);

    m_bench->fetcher.setRemoteImagesEnabled(true); // the preview asks again by itself
    QTRY_VERIFY(picture()->hasPicture());
    QCOMPARE(m_bench->server.totalHits(), 1);
}

void TestStoryPreview::fastSelectionChanges_showOnlyTheLastStorysPicture()
{
    QList<StorySummary> stories;
    for (int i = 0; i < 20; ++i) {
        const QString path = QStringLiteral("/story-%1.png").arg(i);
        m_bench->server.routeBody(path, "image/png", TestImages::encoded(QSize(160, 90), QColor::fromHsv(i * 18, 255, 200), "PNG"));
        StorySummary story;
        story.title = QStringLiteral("Story %1").arg(i);
        story.imageUrl = m_bench->server.url(path).toString().toUtf8();
        stories.append(story);
    }
    // Key repeat: a new story per event, faster than any server answers.
    for (const StorySummary &story : std::as_const(stories)) {
        m_preview->setStory(story);
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY(picture()->hasPicture());
    QTest::qWait(100);
    QCOMPARE(picture()->picture().pixelColor(5, 5).hue(), QColor::fromHsv(19 * 18, 255, 200).hue());
    QCOMPARE(m_bench->server.hits(QStringLiteral("/story-19.png")), 1);
    QVERIFY2(m_bench->server.totalHits() <= 4, qPrintable(QString::number(m_bench->server.totalHits())));
    QCOMPARE(m_bench->fetcher.transfersInFlight(), 0);
}

void TestStoryPreview::longUnbrokenText_doesNotWidenThePane()
{
    StorySummary story;
    story.title = QString(3000, QLatin1Char('W'));
    story.excerpt = (QStringLiteral("https://example.org/") + QString(5000, QLatin1Char('x'))).toUtf8();
    story.providerName = QString(500, QLatin1Char('P'));
    story.webUrl = (QStringLiteral("https://example.org/") + QString(2000, QLatin1Char('y'))).toUtf8();
    m_preview->setStory(story);
    QTest::qWait(50);
    QVERIFY(m_preview->minimumSizeHint().width() <= m_preview->width());
    const QLabel *title = label("previewTitle");
    QVERIFY(title->geometry().right() <= m_preview->width());
    QVERIFY(title->height() > 3 * title->fontMetrics().height()); // wrapped, not cut off
    QVERIFY(shown(label("previewProvider")).endsWith(QChar(0x2026)));
    QVERIFY(label("previewProvider")->toolTip().contains(story.providerName));
    QVERIFY(label("previewLink")->text().contains(QChar(0x2026)));
}

void TestStoryPreview::openLink_onlyForWebLinks()
{
    auto *open = m_preview->findChild<QToolButton *>(QStringLiteral("previewOpenLink"));
    StorySummary story;
    story.webUrl = QStringLiteral("javascript:alert(1)").toUtf8();
    m_preview->setStory(story);
    QVERIFY(!open->isEnabled());
    story.webUrl = QStringLiteral("file:///etc/passwd").toUtf8();
    m_preview->setStory(story);
    QVERIFY(!open->isEnabled());
    story.webUrl = QStringLiteral("https://a.example/story").toUtf8();
    m_preview->setStory(story);
    QVERIFY(open->isEnabled());
    QCOMPARE(shown(label("previewLink")), QString::fromUtf8(story.webUrl));
}

void TestStoryPreview::clear_showsNoStory()
{
    StorySummary story;
    story.title = QStringLiteral("Shown");
    m_preview->setStory(story);
    QVERIFY(m_preview->hasStory());
    m_preview->clear();
    QVERIFY(!m_preview->hasStory());
    QVERIFY(label("previewEmpty")->isVisible());
    QVERIFY(label("previewTitle")->text().isEmpty());
}

void TestStoryPreview::relativeTime_countsBackFromNow_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("expected");
    const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    QTest::newRow("seconds") << qint64(20) << StoryPreview::tr("just now");
    QTest::newRow("clock ahead") << qint64(-300) << StoryPreview::tr("just now");
    QTest::newRow("minutes") << qint64(5 * 60 + 10) << StoryPreview::tr("%n minute(s) ago", nullptr, 5);
    QTest::newRow("hours") << qint64(2 * 3600 + 59) << StoryPreview::tr("%n hour(s) ago", nullptr, 2);
    QTest::newRow("days") << qint64(3 * 86400) << StoryPreview::tr("%n day(s) ago", nullptr, 3);
    QTest::newRow("long ago") << qint64(90 * 86400)
                              << QLocale().toString(now.addSecs(-90 * 86400).toLocalTime().date(), QLocale::ShortFormat);
}

void TestStoryPreview::relativeTime_countsBackFromNow()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    QCOMPARE(StoryPreview::relativeTime(now.addSecs(-secondsAgo), now), expected);
    Storydesk::GitRepository::LastCommit commit;
    commit.author = QStringLiteral("Ana Ruiz");
    commit.time = now.addSecs(-secondsAgo);
    QCOMPARE(StoryPreview::commitText(commit, now), QStringLiteral("Ana Ruiz, ") + expected);
}

void TestStoryPreview::commitLine_saysWhoLastCommittedTheStoryShown()
{
    GitSiteFixture site;
    site.write(QStringLiteral("a.md"), "title: \"Committed\"\n");
    site.write(QStringLiteral("b.md"), "title: \"Also committed\"\n");
    QVERIFY(site.init());
    QVERIFY(site.commitAll());
    site.write(QStringLiteral("new.md"), "title: \"New\"\n");
    QVERIFY(site.loadWithGit());
    m_preview->setGitStatus(&site.git);
    QLabel *commit = label("previewCommit");
    QVERIFY(commit);

    m_preview->setStory(site.store.summary(site.row(QStringLiteral("a.md"))));
    const QString expected = StoryPreview::commitText(site.git.repository().lastCommit(QStringLiteral("a.md")),
                                                      QDateTime::currentDateTimeUtc());
    QVERIFY(expected.startsWith(QStringLiteral("Ana Ruiz, ")));
    QTRY_COMPARE_WITH_TIMEOUT(commit->text(), expected, GitSiteFixture::Timeout);
    QVERIFY(commit->isVisible());
    // The exact date, in the tooltip.
    QVERIFY2(commit->toolTip().contains(QLocale().toString(QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC).toLocalTime(), QLocale::LongFormat).toHtmlEscaped()),
             qPrintable(commit->toolTip()));
    QVERIFY(commit->toolTip().contains(QStringLiteral("Ana Ruiz")));

    // A story git has never seen says so without asking git.
    m_preview->setStory(site.store.summary(site.row(QStringLiteral("new.md"))));
    QCOMPARE(commit->text(), StoryPreview::tr("Not committed yet"));

    // Walking on quickly: only the story shown last gets an answer, and nothing stale shows.
    m_preview->setStory(site.store.summary(site.row(QStringLiteral("a.md"))));
    QCOMPARE(commit->text(), QString());
    m_preview->setStory(site.store.summary(site.row(QStringLiteral("b.md"))));
    QTRY_VERIFY_WITH_TIMEOUT(commit->text().startsWith(QStringLiteral("Ana Ruiz, ")), GitSiteFixture::Timeout);
    m_preview->clear();
    QVERIFY(!commit->isVisible());
}

void TestStoryPreview::commitLine_isAbsentOutsideARepository()
{
    GitSiteFixture site;
    site.write(QStringLiteral("a.md"), "title: \"Not in git\"\n");
    site.git.followStore(&site.store);
    QSignalSpy refreshed(&site.git, &Storydesk::SiteGitStatus::refreshed);
    QVERIFY(site.load());
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, GitSiteFixture::Timeout);
    m_preview->setGitStatus(&site.git);
    m_preview->setStory(site.store.summary(0));
    QTest::qWait(300);
    QVERIFY(!label("previewCommit")->isVisible());
    QCOMPARE(label("previewCommit")->text(), QString());
}

QTEST_MAIN(TestStoryPreview)
#include "tst_storypreview.moc"
