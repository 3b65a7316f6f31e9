#include "topicindex.h"

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

QTEST_GUILESS_MAIN(TestTopicIndex)
#include "tst_topicindex.moc"
