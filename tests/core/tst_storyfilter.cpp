#include "storyfilter.h"

#include <QTest>

using Storydesk::StoryFilter;
using Storydesk::StorySummary;

namespace {

StorySummary detroitStory()
{
    StorySummary s;
    s.path = QStringLiteral("/site/detroit.md");
    s.title = QStringLiteral("Detroit Renews Facial Recognition Contract");
    s.excerpt = QStringLiteral("The Detroit City Council voted to renew its police department’s contract.");
    s.providerName = QStringLiteral("Wall Street Journal");
    s.providerDomain = QStringLiteral("wsj.com");
    s.topics = {QStringLiteral("Computer Vision"), QStringLiteral("AI")};
    s.quality = 69;
    s.heat = 89;
    s.published = StorySummary::Published::Yes;
    s.searchKey = StoryFilter::searchKeyOf(s);
    return s;
}

StorySummary montrealStory()
{
    StorySummary s;
    s.path = QStringLiteral("/site/montreal.md");
    s.title = QStringLiteral("Égalité à Montréal: une IA jugée");
    s.providerName = QStringLiteral("Le Devoir");
    s.providerDomain = QStringLiteral("ledevoir.com");
    s.topics = {QStringLiteral("Ethics")};
    s.quality = -1; // missing
    s.heat = 12;
    s.published = StorySummary::Published::Missing;
    s.searchKey = StoryFilter::searchKeyOf(s);
    return s;
}

} // namespace

class TestStoryFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_matches_data();
    void parse_matches();
    void parseErrors_carryPosition_data();
    void parseErrors_carryPosition();
    void typedTerms_matchLikeParsedOnes();
    void emptyFilter_matchesEverything();
    void fold_dropsCaseAndAccents_data();
    void fold_dropsCaseAndAccents();
    void narrows_data();
    void narrows();
    void compareTitles_ignoresCaseAndAccentsThenExcerpts_data();
    void compareTitles_ignoresCaseAndAccentsThenExcerpts();
};

void TestStoryFilter::parse_matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("detroit");
    QTest::addColumn<bool>("montreal");

    QTest::newRow("free word in title") << "facial" << true << false;
    QTest::newRow("free word, any case") << "DETROIT" << true << false;
    QTest::newRow("free word in excerpt") << "council" << true << false;
    QTest::newRow("free word in excerpt with typographic apostrophe") << "department’s" << true << false;
    QTest::newRow("free word in provider name") << "journal" << true << false;
    QTest::newRow("free word in provider domain") << "ledevoir" << false << true;
    QTest::newRow("free word in topics") << "vision" << true << false;
    QTest::newRow("accent-insensitive: plain query") << "egalite montreal" << false << true;
    QTest::newRow("accent-insensitive: accented query") << "MONTRÉAL" << false << true;
    QTest::newRow("all words must match") << "detroit ethics" << false << false;
    QTest::newRow("quoted phrase") << "\"facial recognition\"" << true << false;
    QTest::newRow("quoted phrase in wrong order") << "\"recognition facial\"" << false << false;
    QTest::newRow("words may come from different fields") << "contract council" << true << false;
    QTest::newRow("a phrase does not span the title and the excerpt") << "\"contract the detroit\"" << false << false;
    QTest::newRow("published:true") << "published:true" << true << false;
    QTest::newRow("published:false includes missing") << "published:false" << false << true;
    QTest::newRow("published:no") << "published:no" << false << true;
    QTest::newRow("key is case-insensitive") << "Published:TRUE" << true << false;
    QTest::newRow("quality:>=60") << "quality:>=60" << true << false;
    QTest::newRow("quality:>69") << "quality:>69" << false << false;
    QTest::newRow("quality:<=69") << "quality:<=69" << true << false;
    QTest::newRow("quality:<70 skips missing") << "quality:<70" << true << false;
    QTest::newRow("quality:=69") << "quality:=69" << true << false;
    QTest::newRow("quality:69") << "quality:69" << true << false;
    QTest::newRow("heat:<20") << "heat:<20" << false << true;
    QTest::newRow("heat:>20") << "heat:>20" << true << false;
    QTest::newRow("topic quoted") << "topic:\"Computer Vision\"" << true << false;
    QTest::newRow("topic any case") << "topic:ai" << true << false;
    QTest::newRow("topic is whole, not part") << "topic:Vision" << false << false;
    QTest::newRow("provider domain") << "provider:wsj.com" << true << false;
    QTest::newRow("provider name quoted") << "provider:\"le devoir\"" << false << true;
    QTest::newRow("terms combine") << "published:false heat:<20 topic:Ethics egalite" << false << true;
    QTest::newRow("unknown key is a free word") << "re:invent" << false << false;
    QTest::newRow("colon word matches text") << "montréal:" << false << true;
    QTest::newRow("extra spaces") << "   facial    detroit  " << true << false;
}

void TestStoryFilter::parse_matches()
{
    QFETCH(QString, filter);
    QFETCH(bool, detroit);
    QFETCH(bool, montreal);

    StoryFilter::ParseError error;
    const StoryFilter f = StoryFilter::parse(filter, &error);
    QCOMPARE(error.position, qsizetype(-1));
    QVERIFY(error.message.isEmpty());
    QCOMPARE(f.matches(detroitStory()), detroit);
    QCOMPARE(f.matches(montrealStory()), montreal);
}

void TestStoryFilter::parseErrors_carryPosition_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unterminated phrase") << "ai \"facial rec" << qsizetype(3) << "quote";
    QTest::newRow("unterminated field value") << "topic:\"Computer" << qsizetype(6) << "quote";
    QTest::newRow("missing value") << "ai topic:" << qsizetype(9) << "value";
    QTest::newRow("empty quoted value") << "provider:\"\"" << qsizetype(10) << "value";
    QTest::newRow("published not a boolean") << "published:maybe" << qsizetype(10) << "true or false";
    QTest::newRow("quality not a number") << "quality:>=high" << qsizetype(10) << "number";
    QTest::newRow("quality operator only") << "x quality:>=" << qsizetype(12) << "number";
    QTest::newRow("quality out of range") << "quality:101" << qsizetype(8) << "0 to 100";
    QTest::newRow("heat negative") << "heat:<-5" << qsizetype(6) << "0 to 100";
    QTest::newRow("error after good terms") << "facial published:true heat:>x" << qsizetype(28) << "heat";
}

void TestStoryFilter::parseErrors_carryPosition()
{
    QFETCH(QString, filter);
    QFETCH(qsizetype, position);
    QFETCH(QString, messagePart);

    StoryFilter::ParseError error;
    const StoryFilter f = StoryFilter::parse(filter, &error);
    QCOMPARE(error.position, position);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QVERIFY(f.isEmpty());
}

void TestStoryFilter::typedTerms_matchLikeParsedOnes()
{
    StoryFilter typed;
    typed.requirePublished(true);
    typed.requireScore(StoryFilter::Score::Quality, StoryFilter::Comparison::GreaterOrEqual, 60);
    typed.requireTopic(QStringLiteral("AI"));
    typed.requireProvider(QStringLiteral("WSJ.com"));
    typed.requireWords(u"Facial");
    QCOMPARE(typed, StoryFilter::parse(u"published:true quality:>=60 topic:AI provider:WSJ.com facial"));
    QVERIFY(typed.matches(detroitStory()));
    QVERIFY(!typed.matches(montrealStory()));

    StoryFilter combined = StoryFilter::parse(u"heat:<20");
    combined.requireAll(StoryFilter::parse(u"ethics"));
    QVERIFY(!combined.matches(detroitStory()));
    QVERIFY(combined.matches(montrealStory()));
}

void TestStoryFilter::emptyFilter_matchesEverything()
{
    const StoryFilter f = StoryFilter::parse(u"   ");
    QVERIFY(f.isEmpty());
    QVERIFY(f.matches(detroitStory()));
    QVERIFY(f.matches(StorySummary()));
}

void TestStoryFilter::fold_dropsCaseAndAccents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("ascii") << "Hello World" << "hello world";
    QTest::newRow("latin accents") << "Égalité Ça Über ñ" << "egalite ca uber n";
    QTest::newRow("already decomposed") << QStringLiteral("e\u0301te\u0301") << "ete";
    QTest::newRow("ligature") << QStringLiteral("\uFB01nance") << "finance";
    QTest::newRow("greek") << "Ελλάδα" << "ελλαδα";
    QTest::newRow("typographic quotes kept") << "“AI’s”" << "“ai’s”";
}

void TestStoryFilter::fold_dropsCaseAndAccents()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(StoryFilter::fold(text), folded);
}

void TestStoryFilter::narrows_data()
{
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("before");
    QTest::addColumn<bool>("narrows");

    QTest::newRow("typing on") << "facial" << "fac" << true;
    QTest::newRow("accents folded") << "Égal" << "eg" << true;
    QTest::newRow("a word added") << "fac city" << "fac" << true;
    QTest::newRow("a term added") << "fac published:false" << "fac" << true;
    QTest::newRow("same") << "topic:AI" << "topic:AI" << true;
    QTest::newRow("from nothing") << "x" << "" << true;
    QTest::newRow("deleting") << "fac" << "facial" << false;
    QTest::newRow("changed word") << "fact" << "faci" << false;
    QTest::newRow("other topic") << "topic:ML" << "topic:AI" << false;
    QTest::newRow("term removed") << "fac" << "fac published:false" << false;
    QTest::newRow("to nothing") << "" << "x" << false;
}

void TestStoryFilter::narrows()
{
    QFETCH(QString, now);
    QFETCH(QString, before);
    QFETCH(bool, narrows);
    QCOMPARE(StoryFilter::parse(now).narrows(StoryFilter::parse(before)), narrows);
}

void TestStoryFilter::compareTitles_ignoresCaseAndAccentsThenExcerpts_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("leftExcerpt");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("order");

    QTest::newRow("case ignored") << "apple" << "" << "Banana" << -1;
    QTest::newRow("accent ignored") << "Éclair" << "" << "eclipse" << -1;
    QTest::newRow("prefix first") << "Eel" << "zzz" << "Eels" << -1;
    QTest::newRow("excerpt breaks ties") << "Same" << "aaa" << "SAME" << 1;
    QTest::newRow("folded alike, original decides") << "ÉTÉ" << "" << "été" << -1;
}

void TestStoryFilter::compareTitles_ignoresCaseAndAccentsThenExcerpts()
{
    QFETCH(QString, left);
    QFETCH(QString, leftExcerpt);
    QFETCH(QString, right);
    QFETCH(int, order);
    StorySummary a;
    a.title = left;
    a.excerpt = leftExcerpt;
    a.searchKey = StoryFilter::searchKeyOf(a);
    StorySummary b;
    b.title = right;
    b.searchKey = StoryFilter::searchKeyOf(b);
    const auto sign = [](int v) { return (v > 0) - (v < 0); };
    QCOMPARE(sign(StoryFilter::compareTitles(a, b)), order);
    QCOMPARE(sign(StoryFilter::compareTitles(b, a)), -order);
}

QTEST_GUILESS_MAIN(TestStoryFilter)
#include "tst_storyfilter.moc"
