// Facet counts kept by the store's TopicIndex as stories are added, changed and removed on
// disk, and the rule that an item counted N selects exactly N stories.
#include "storyfixture.h"

#include "facetselection.h"
#include "storyindex.h"
#include "storyfacets.h"
#include "topicindex.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTest>

using namespace Storydesk;

namespace {

constexpr int Timeout = 60000;

QByteArray story(const QString &topics, const char *provider, int quality, bool published, const QDateTime &date,
                 const char *category = "news")
{
    QByteArray fm = "title: \"A story\"\ncategory: " + QByteArray(category) + "\n";
    fm += "provider:\n  name: " + QByteArray(provider) + "\n";
    if (quality >= 0)
        fm += "quality: " + QByteArray::number(quality) + "\n";
    fm += QByteArray("published: ") + (published ? "true" : "false") + "\n";
    if (date.isValid())
        fm += "publishedDateTime: " + date.toUTC().toString(Qt::ISODate).toUtf8() + "\n";
    fm += "topics: [" + topics.toUtf8() + "]\n";
    return fm;
}

using Counts = QMap<QString, int>;

Counts countsOf(const TopicIndex *index, Facet facet, QDate today = QDate::currentDate())
{
    Counts counts;
    for (const TopicIndex::Item &item : index->items(facet, today))
        counts.insert(item.id, item.count);
    return counts;
}

int matching(const StoryStore &store, Facet facet, const QString &id, QDate today = QDate::currentDate())
{
    FacetSelection selection;
    selection.setToday(today);
    selection.add(facet, id);
    int n = 0;
    for (int row = 0; row < store.count(); ++row)
        n += selection.matches(store.summary(row)) ? 1 : 0;
    return n;
}

} // namespace

class TestFacetIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_followStoriesAddedChangedAndDeleted();
    void everyItemCount_selectsThatManyStories();
    void dateBuckets_moveWithTheDayWithoutRecounting();
    void repeatedTopic_countsOncePerStory();
    void indexReopen_countsWhatAFreshLoadCounts();
};

void TestFacetIndex::counts_followStoriesAddedChangedAndDeleted()
{
    StoryFixture site;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    site.write(QStringLiteral("a.md"), story(QStringLiteral("AI, Robotics"), "Wire", 85, true, now));
    site.write(QStringLiteral("b.md"), story(QStringLiteral("AI"), "Wire", 30, false, now.addDays(-3)));
    site.write(QStringLiteral("c.md"), story(QStringLiteral("Space"), "Daily", -1, false, QDateTime(), "analysis"));
    site.store.setPollingForced(true);
    site.store.setPollInterval(std::chrono::milliseconds(50));
    QVERIFY(site.load());
    const TopicIndex *index = site.store.topicIndex();

    QCOMPARE(countsOf(index, Facet::Topic), (Counts{{QStringLiteral("AI"), 2}, {QStringLiteral("Robotics"), 1}, {QStringLiteral("Space"), 1}}));
    QCOMPARE(countsOf(index, Facet::Provider), (Counts{{QStringLiteral("Wire"), 2}, {QStringLiteral("Daily"), 1}}));
    QCOMPARE(countsOf(index, Facet::Published), (Counts{{QStringLiteral("published"), 1}, {QStringLiteral("unpublished"), 2}}));
    QCOMPARE(countsOf(index, Facet::Quality), (Counts{{QStringLiteral("80-100"), 1}, {QStringLiteral("20-39"), 1}, {QStringLiteral("none"), 1}}));
    QCOMPARE(countsOf(index, Facet::Category), (Counts{{QStringLiteral("news"), 2}, {QStringLiteral("analysis"), 1}}));
    const Counts dates = countsOf(index, Facet::Date);
    QCOMPARE(dates.value(QStringLiteral("7d")), 2);
    QCOMPARE(dates.value(QStringLiteral("30d")), 2);
    QCOMPARE(dates.value(QStringLiteral("none")), 1);

    // Changed on disk: b becomes published, high quality, about Space.
    site.write(QStringLiteral("b.md"), story(QStringLiteral("Space"), "Wire", 90, true, now.addDays(-3)));
    QTRY_COMPARE_WITH_TIMEOUT(countsOf(index, Facet::Topic).value(QStringLiteral("Space")), 2, Timeout);
    QCOMPARE(countsOf(index, Facet::Topic).value(QStringLiteral("AI")), 1);
    QCOMPARE(countsOf(index, Facet::Published), (Counts{{QStringLiteral("published"), 2}, {QStringLiteral("unpublished"), 1}}));
    QCOMPARE(countsOf(index, Facet::Quality), (Counts{{QStringLiteral("80-100"), 2}, {QStringLiteral("none"), 1}}));

    // Deleted: its items go, and items no story holds any more are not listed.
    QVERIFY(QFile::remove(site.path(QStringLiteral("a.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(index->storyCount(), 2, Timeout);
    QCOMPARE(countsOf(index, Facet::Topic), (Counts{{QStringLiteral("Space"), 2}}));
    QCOMPARE(countsOf(index, Facet::Quality), (Counts{{QStringLiteral("80-100"), 1}, {QStringLiteral("none"), 1}}));
    QCOMPARE(countsOf(index, Facet::Date).value(QStringLiteral("today")), 0);

    // Added.
    site.write(QStringLiteral("d.md"), story(QStringLiteral("AI"), "Daily", 50, false, now));
    QTRY_COMPARE_WITH_TIMEOUT(index->storyCount(), 3, Timeout);
    QCOMPARE(countsOf(index, Facet::Provider), (Counts{{QStringLiteral("Wire"), 1}, {QStringLiteral("Daily"), 2}}));
    QCOMPARE(countsOf(index, Facet::Date).value(QStringLiteral("today")), 1);
}

void TestFacetIndex::everyItemCount_selectsThatManyStories()
{
    StoryFixture site;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const char *providers[] = {"Wire", "Daily", "Post"};
    for (int i = 0; i < 60; ++i) {
        const QString topics = QStringList{QStringLiteral("AI"), QStringLiteral("Space"), QStringLiteral("Chips")}.mid(i % 3, 1 + i % 2).join(u", ");
        site.write(QStringLiteral("s%1.md").arg(i),
                   story(topics, providers[i % 3], i % 7 == 0 ? -1 : (i * 13) % 101, i % 4 == 0,
                         i % 11 == 0 ? QDateTime() : now.addSecs(-qint64(i) * 3600 * 19), i % 5 == 0 ? "analysis" : "news"));
    }
    QVERIFY(site.load());
    for (int f = 0; f < FacetCount; ++f) {
        const Facet facet = Facet(f);
        const QList<TopicIndex::Item> items = site.store.topicIndex()->items(facet);
        QVERIFY(!items.isEmpty());
        for (const TopicIndex::Item &item : items)
            QVERIFY2(matching(site.store, facet, item.id) == item.count,
                     qPrintable(StoryFacets::facetId(facet) + QLatin1Char(':') + item.id));
    }
}

void TestFacetIndex::dateBuckets_moveWithTheDayWithoutRecounting()
{
    StoryFixture site;
    const QDate today = QDate::currentDate();
    const QDateTime noonToday(today, QTime(12, 0));
    site.write(QStringLiteral("today.md"), story(QStringLiteral("AI"), "Wire", 50, true, noonToday));
    site.write(QStringLiteral("week.md"), story(QStringLiteral("AI"), "Wire", 50, true, noonToday.addDays(-6)));
    site.write(QStringLiteral("month.md"), story(QStringLiteral("AI"), "Wire", 50, true, noonToday.addDays(-20)));
    QVERIFY(site.load());
    const TopicIndex *index = site.store.topicIndex();
    Counts counts = countsOf(index, Facet::Date, today);
    QCOMPARE(counts.value(QStringLiteral("today")), 1);
    QCOMPARE(counts.value(QStringLiteral("7d")), 2);
    QCOMPARE(counts.value(QStringLiteral("30d")), 3);
    // Seen from a day later, and eleven days later: the same counts read on another day.
    counts = countsOf(index, Facet::Date, today.addDays(1));
    QCOMPARE(counts.value(QStringLiteral("today")), 0);
    QCOMPARE(counts.value(QStringLiteral("7d")), 1);
    QCOMPARE(matching(site.store, Facet::Date, QStringLiteral("7d"), today.addDays(1)), 1);
    counts = countsOf(index, Facet::Date, today.addDays(11));
    QCOMPARE(counts.value(QStringLiteral("30d")), 2);
    QCOMPARE(matching(site.store, Facet::Date, QStringLiteral("30d"), today.addDays(11)), 2);
    // Months add up to every dated story.
    int inMonths = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        inMonths += StoryFacets::monthOf(it.key()) ? it.value() : 0;
    QCOMPARE(inMonths, 3);
}

void TestFacetIndex::repeatedTopic_countsOncePerStory()
{
    TopicIndex index;
    StorySummary summary;
    summary.topics = {QStringLiteral("AI"), QStringLiteral("AI"), QStringLiteral("Space")};
    index.add(summary);
    QCOMPARE(index.topicCount(QStringLiteral("AI")), 1);
    index.remove(summary);
    QCOMPARE(index.topicCount(QStringLiteral("AI")), 0);
    QCOMPARE(index.storyCount(), 0);
}

void TestFacetIndex::indexReopen_countsWhatAFreshLoadCounts()
{
    QTemporaryDir indexes;
    StoryIndex::setDirectory(indexes.path());
    const auto restore = qScopeGuard([] { StoryIndex::setDirectory({}); });
    StoryFixture site;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 30; ++i) {
        site.write(QStringLiteral("s%1.md").arg(i),
                   story(i % 2 ? QStringLiteral("AI, Space") : QStringLiteral("Chips"), i % 3 ? "Wire" : "Daily", (i * 7) % 101,
                         i % 4 == 0, i % 9 == 0 ? QDateTime() : now.addDays(-i * 5), i % 5 ? "news" : "analysis"));
    }
    QVERIFY(site.load());
    site.store.waitForIndex();
    QList<Counts> fresh;
    for (int f = 0; f < FacetCount; ++f)
        fresh.append(countsOf(site.store.topicIndex(), Facet(f)));

    // Reopened, the index's rows arrive first, counted by the threads that read them.
    StoryStore reopened;
    QSignalSpy added(&reopened, &StoryStore::storiesAdded);
    reopened.openFolder(QFileInfo(site.path(QStringLiteral("s0.md"))).path());
    QVERIFY(added.wait(Timeout));
    QCOMPARE(reopened.count(), 30);
    for (int f = 0; f < FacetCount; ++f)
        QCOMPARE(countsOf(reopened.topicIndex(), Facet(f)), fresh.at(f));
    QCOMPARE(reopened.topicIndex()->storyCount(), 30);
}

QTEST_GUILESS_MAIN(TestFacetIndex)
#include "tst_facetindex.moc"
