#include "topicindex.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using Storydesk::StorySummary;
using Storydesk::TopicIndex;

namespace {

StorySummary story(const QStringList &topics, const QString &provider, const QString &domain = QString())
{
    StorySummary s;
    s.topics = topics;
    s.providerName = provider;
    s.providerDomain = domain;
    return s;
}

} // namespace

class TestTopicIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topicsByUse_mostUsedFirstThenAlphabetical();
    void remove_forgetsUnusedTopics();
    void providers_countedByNameOrDomain();
    void publish_signalsOncePerBatchOfChanges();
    void addCounts_isAddingOneByOne_intoFewerOrMore();
};

void TestTopicIndex::topicsByUse_mostUsedFirstThenAlphabetical()
{
    TopicIndex index;
    index.add(story({QStringLiteral("AI"), QStringLiteral("Ethics")}, QStringLiteral("WSJ")));
    index.add(story({QStringLiteral("AI"), QStringLiteral("Robotics")}, QStringLiteral("WSJ")));
    index.add(story({QStringLiteral("Computer Vision"), QStringLiteral("AI")}, QStringLiteral("BBC")));
    index.add(story({QStringLiteral("Computer Vision")}, QString()));
    QCOMPARE(index.topicsByUse(), (QStringList{QStringLiteral("AI"), QStringLiteral("Computer Vision"),
                                               QStringLiteral("Ethics"), QStringLiteral("Robotics")}));
    QCOMPARE(index.topicCount(QStringLiteral("AI")), 3);
    QCOMPARE(index.topicCount(QStringLiteral("Nope")), 0);
    QCOMPARE(index.topicUses().constFirst(), (TopicIndex::Use{QStringLiteral("AI"), 3}));
}

void TestTopicIndex::remove_forgetsUnusedTopics()
{
    TopicIndex index;
    const StorySummary a = story({QStringLiteral("AI"), QStringLiteral("Ethics")}, QStringLiteral("WSJ"));
    const StorySummary b = story({QStringLiteral("AI")}, QStringLiteral("WSJ"));
    index.add(a);
    index.add(b);
    index.remove(a);
    QCOMPARE(index.topicsByUse(), QStringList{QStringLiteral("AI")});
    QCOMPARE(index.topicCount(QStringLiteral("AI")), 1);
    QCOMPARE(index.providerCount(QStringLiteral("WSJ")), 1);
    index.remove(b);
    QVERIFY(index.topicsByUse().isEmpty());
    QVERIFY(index.providerUses().isEmpty());
}

void TestTopicIndex::providers_countedByNameOrDomain()
{
    TopicIndex index;
    index.add(story({}, QStringLiteral("Wall Street Journal"), QStringLiteral("wsj.com")));
    index.add(story({}, QStringLiteral("Wall Street Journal"), QStringLiteral("wsj.com")));
    index.add(story({}, QString(), QStringLiteral("example.org")));
    QCOMPARE(index.providerUses(), (QList<TopicIndex::Use>{{QStringLiteral("Wall Street Journal"), 2},
                                                           {QStringLiteral("example.org"), 1}}));
}

void TestTopicIndex::publish_signalsOncePerBatchOfChanges()
{
    TopicIndex index;
    QSignalSpy changed(&index, &TopicIndex::changed);
    index.add(story({QStringLiteral("AI")}, QString()));
    index.add(story({QStringLiteral("ML")}, QString()));
    QCOMPARE(changed.size(), 0);
    index.publish();
    QCOMPARE(changed.size(), 1);
    index.publish();
    QCOMPARE(changed.size(), 1); // nothing new
    index.clear();
    index.publish();
    QCOMPARE(changed.size(), 2);
    index.clear();
    index.publish();
    QCOMPARE(changed.size(), 2); // clearing an empty index changes nothing
}

void TestTopicIndex::addCounts_isAddingOneByOne_intoFewerOrMore()
{
    // A reopened folder's first screen, then its other rows counted elsewhere (more than it
    // has), and a few counted elsewhere into many: each the same as adding story by story.
    QList<StorySummary> stories;
    for (int n = 0; n < 300; ++n) {
        StorySummary s = story({QStringLiteral("T%1").arg(n % 7), QStringLiteral("T%1").arg(n % 3)}, QStringLiteral("P%1").arg(n % 5));
        s.category = QStringLiteral("C%1").arg(n % 4);
        s.quality = qint16(n % 6 - 1);
        s.published = n % 2 ? StorySummary::Published::Yes : StorySummary::Published::No;
        if (n % 9)
            s.publishedDateTime = QDateTime::fromMSecsSinceEpoch(1700000000000 + qint64(n % 50) * 60000, Qt::UTC);
        stories.append(s);
    }
    TopicIndex oneByOne;
    for (const StorySummary &s : std::as_const(stories))
        oneByOne.add(s);
    const QDate today(2023, 11, 15);
    for (const qsizetype split : {qsizetype(0), qsizetype(20), qsizetype(150), qsizetype(290), qsizetype(300)}) {
        TopicIndex index;
        for (qsizetype i = 0; i < split; ++i)
            index.add(stories.at(i));
        TopicIndex::Counts rest;
        for (qsizetype i = split; i < stories.size(); ++i)
            rest.apply(stories.at(i), +1);
        index.addCounts(std::move(rest));
        QCOMPARE(index.storyCount(), oneByOne.storyCount());
        for (const auto facet : {Storydesk::Facet::Topic, Storydesk::Facet::Provider, Storydesk::Facet::Category,
                                 Storydesk::Facet::Published, Storydesk::Facet::Quality, Storydesk::Facet::Date})
            QCOMPARE(index.items(facet, today), oneByOne.items(facet, today));
        QCOMPARE(index.topicUses(), oneByOne.topicUses());
    }
}

QTEST_GUILESS_MAIN(TestTopicIndex)
#include "tst_topicindex.moc"
