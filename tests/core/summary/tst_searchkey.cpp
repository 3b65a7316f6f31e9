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
    void of_isEachFieldFoldedOnItsLine_data();
    void of_isEachFieldFoldedOnItsLine();
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

void TestSearchKey::of_isEachFieldFoldedOnItsLine_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("excerpt");
    QTest::addColumn<QStringList>("topics");
    QTest::newRow("ASCII") << QStringLiteral("A Chipmaker FUNDS [Vision] 2024") << QByteArray("Mixed Case\nand Lines\r\tTab") << QStringList{QStringLiteral("AI"), QStringLiteral("x-Y_z")};
    QTest::newRow("ASCII title, accented excerpt") << QStringLiteral("Plain Title") << QByteArray("Z\xC3\xBCrich \xE2\x80\x93 ok") << QStringList{QStringLiteral("Caf\u00E9")};
    QTest::newRow("accented title, ASCII excerpt") << QStringLiteral("\u00C9GALIT\u00C9\nnow") << QByteArray("Just ASCII") << QStringList{};
    QTest::newRow("compatibility forms and CJK") << QStringLiteral("\uFB01le \u6771\u4EAC") << QByteArray("\xEF\xAC\x81X") << QStringList{QStringLiteral("\u00DF")};
    QTest::newRow("invalid UTF-8 in the excerpt") << QStringLiteral("T") << QByteArray("bad \xFF byte") << QStringList{};
    QTest::newRow("empty") << QString() << QByteArray() << QStringList{QString()};
}

// The key is fold() of each field, line breaks as spaces, one field a line, as UTF-8.
void TestSearchKey::of_isEachFieldFoldedOnItsLine()
{
    QFETCH(QString, title);
    QFETCH(QByteArray, excerpt);
    QFETCH(QStringList, topics);
    StorySummary story;
    story.title = title;
    story.excerpt = excerpt;
    story.providerName = QStringLiteral("Z\u00FCrich Data Post");
    story.providerDomain = QStringLiteral("ZDP.example");
    story.topics = topics;
    QStringList fields{title, QString::fromUtf8(excerpt), story.providerName, story.providerDomain};
    fields += topics;
    for (QString &field : fields)
        field = SearchKey::fold(field).replace(QLatin1Char('\n'), QLatin1Char(' '));
    QCOMPARE(SearchKey::of(story), fields.join(QLatin1Char('\n')).toUtf8());
}

QTEST_GUILESS_MAIN(TestSearchKey)
#include "tst_searchkey.moc"
