#include "searchkey.h"
#include "storysummary.h"

#include <QTest>

using namespace Storydesk;

class TestSearchKey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void of_foldsTitleExcerptProviderAndTopics_oneLineEach();
    void of_holdsNoSpareBytes();
};

void TestSearchKey::of_foldsTitleExcerptProviderAndTopics_oneLineEach()
{
    StorySummary story;
    story.title = QStringLiteral("Égalité Now");
    story.excerpt = QByteArray("Two\nlines");
    story.providerName = QStringLiteral("Wire");
    story.providerDomain = QStringLiteral("wire.example");
    story.topics = {QStringLiteral("AI"), QStringLiteral("Café")};
    QCOMPARE(SearchKey::of(story), QByteArray("egalite now\ntwo lines\nwire\nwire.example\nai\ncafe"));
}

void TestSearchKey::of_holdsNoSpareBytes()
{
    // Every story keeps its key as long as it is listed: 100,000 of them.
    StorySummary story;
    story.title = QStringLiteral("Détroit renews its contract");
    story.excerpt = QByteArray("The council voted to renew it. ").repeated(8);
    const QByteArray key = SearchKey::of(story);
    QVERIFY(key.size() > story.excerpt.size());
    QCOMPARE(key.capacity(), key.size());
}

QTEST_GUILESS_MAIN(TestSearchKey)
#include "tst_searchkey.moc"
