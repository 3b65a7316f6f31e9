#include "topictally.h"

#include <QTest>

// The topics a form shows for a selection: once each, in first-listed order, with counts.

using namespace Storydesk;

class TestTopicTally final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topics_onceEachInFirstListedOrder_data();
    void topics_onceEachInFirstListedOrder();
    void sharedStrings_countAsTheirText();
};

using Topics = QList<TopicEditor::Topic>;

void TestTopicTally::topics_onceEachInFirstListedOrder_data()
{
    QTest::addColumn<QList<QStringList>>("stories");
    QTest::addColumn<bool>("interned");
    QTest::addColumn<Topics>("expected");
    const QList<QStringList> stories{{QStringLiteral("AI"), QStringLiteral("Tech")},
                                     {QStringLiteral("tech"), QStringLiteral(" Climate "), QStringLiteral("TECH")},
                                     {QString(), QStringLiteral("  "), QStringLiteral("ai")}};
    const Topics expected{{QStringLiteral("AI"), 2}, {QStringLiteral("Tech"), 2}, {QStringLiteral("Climate"), 1}};
    QTest::newRow("read from files") << stories << false << expected;
    QTest::newRow("the store's strings") << stories << true << expected;
    QTest::newRow("none") << QList<QStringList>{{}, {}} << true << Topics();
}

void TestTopicTally::topics_onceEachInFirstListedOrder()
{
    QFETCH(QList<QStringList>, stories);
    QFETCH(bool, interned);
    QFETCH(Topics, expected);
    TopicTally tally;
    for (const QStringList &names : std::as_const(stories))
        tally.addStory(names, interned);
    QCOMPARE(tally.topics(), expected);
}

// Known by address, a string shared by many stories is one topic; another string with the
// same text (not shared) is the same topic still.
void TestTopicTally::sharedStrings_countAsTheirText()
{
    const QString shared = QStringLiteral("Politics");
    QString copy = QStringLiteral("Politic");
    copy.append(QLatin1Char('s'));   // same text, its own characters
    QVERIFY(copy.constData() != shared.constData());
    const QList<QStringList> stories{{shared}, {shared, copy}, {copy}, {QStringLiteral("politics ")}};
    TopicTally tally;
    for (const QStringList &names : stories)
        tally.addStory(names, true);
    QCOMPARE(tally.topics(), (Topics{{QStringLiteral("Politics"), 4}}));
}

QTEST_GUILESS_MAIN(TestTopicTally)
#include "tst_topictally.moc"
