#include "searchkey.h"
#include "storyfilter.h"

#include <QTest>

using Storydesk::GitFileState;
using Storydesk::StoryFilter;
namespace SearchKey = Storydesk::SearchKey;
using Storydesk::StorySummary;

namespace {

StorySummary detroitStory()
{
    StorySummary s;
    s.path = QStringLiteral("/site/detroit.md");
    s.title = QStringLiteral("Detroit Renews Facial Recognition Contract");
    s.excerpt = QStringLiteral("The Detroit City Council voted to renew its police department’s contract.").toUtf8();
    s.providerName = QStringLiteral("Wall Street Journal");
    s.providerDomain = QStringLiteral("wsj.com");
    s.topics = {QStringLiteral("Computer Vision"), QStringLiteral("AI")};
    s.quality = 69;
    s.heat = 89;
    s.published = StorySummary::Published::Yes;
    s.searchKey = SearchKey::of(s);
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
    s.searchKey = SearchKey::of(s);
    return s;
}

// A fixed "now" for relative dates: 2026-10-15 12:00 UTC.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 10, 15), QTime(12, 0), Qt::UTC);
}

QDateTime utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

// Five stories, one letter each, that the query table refers to. "a" is the Detroit story.
QList<StorySummary> corpus()
{
    StorySummary a = detroitStory();
    a.path = QStringLiteral("a");
    a.publishedDateTime = utc(2026, 10, 14, 9); // 27 hours before now
    a.relatedCount = 3;
    a.imageUrl = QStringLiteral("https://img.example/detroit.jpg").toUtf8();
    a.webUrl = QStringLiteral("https://www.wsj.com/articles/Detroit-Facial").toUtf8();
    a.category = QStringLiteral("news");
    a.type = QStringLiteral("article");

    StorySummary b = montrealStory();
    b.path = QStringLiteral("b");
    b.publishedDateTime = utc(2026, 9, 20, 6); // 25 days before now

    StorySummary c;
    c.path = QStringLiteral("c");
    c.title = QStringLiteral("And or not: the logic of AI ethics");
    c.excerpt = QStringLiteral("Why city council votes on recognition matter.").toUtf8();
    c.providerName = QStringLiteral("The Verge");
    c.providerDomain = QStringLiteral("theverge.com");
    c.topics = {QStringLiteral("AI"), QStringLiteral("Ethics")};
    c.quality = 40;
    c.heat = 30;
    c.published = StorySummary::Published::No;
    c.publishedDateTime = utc(2020, 9, 1, 8);
    c.relatedCount = 1;
    c.imageUrl = QStringLiteral("https://img.example/logic.png").toUtf8();
    c.webUrl = QStringLiteral("https://theverge.com/ai-ethics").toUtf8();
    c.category = QStringLiteral("Analysis");
    c.type = QStringLiteral("article");
    c.searchKey = SearchKey::of(c);

    StorySummary d;
    d.path = QStringLiteral("d");
    d.title = QStringLiteral("Broken file");
    d.broken = true;
    d.published = StorySummary::Published::Invalid;
    d.problems = {Storydesk::Problem{Storydesk::Problem::Severity::Error, 3, 1, QStringLiteral("bad YAML")}};
    d.searchKey = SearchKey::of(d);

    StorySummary e;
    e.path = QStringLiteral("e");
    e.title = QStringLiteral("Robots in warehouses");
    e.excerpt = QStringLiteral("Automation, and the council of the future.").toUtf8();
    e.providerDomain = QStringLiteral("robots.example");
    e.topics = {QStringLiteral("Robotics")};
    e.quality = 100;
    e.heat = 5;
    e.published = StorySummary::Published::Yes;
    e.publishedDateTime = utc(2025, 10, 15, 11); // a year and an hour before now
    e.relatedCount = 5;
    e.category = QStringLiteral("news");
    e.problems = {Storydesk::Problem{Storydesk::Problem::Severity::Warning, 2, 8, QStringLiteral("heat out of range")}};
    e.searchKey = SearchKey::of(e);
    return {a, b, c, d, e};
}

// The letters of the corpus stories `filter` matches, in corpus order.
QString matching(const StoryFilter &filter, const StoryFilter::RowFacts &facts = {})
{
    QString ids;
    for (const StorySummary &story : corpus()) {
        if (filter.matches(story, facts))
            ids += story.path;
    }
    return ids;
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
    void query_matchesExpectedStories_data();
    void query_matchesExpectedStories();
    void precedence_notThenAndThenOr_data();
    void precedence_notThenAndThenOr();
    void url_matchesInAnyCaseAsciiOrNot_data();
    void url_matchesInAnyCaseAsciiOrNot();
    void relativeDates_countBackFromNow();
    void rowFacts_answerModifiedAndDuplicate();
    void needsRowFacts_onlyForModifiedAndDuplicate_data();
    void needsRowFacts_onlyForModifiedAndDuplicate();
    void rowFacts_answerGitStates_data();
    void rowFacts_answerGitStates();
    void needsGitState_onlyForGitTerms_data();
    void needsGitState_onlyForGitTerms();
    void requireAll_keepsBothQueriesWhole();
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
    QTest::newRow("unclosed parenthesis") << "ai (council or robots" << qsizetype(3) << "unbalanced parenthesis";
    QTest::newRow("unclosed inner parenthesis") << "((ai) or robots" << qsizetype(0) << "never closed";
    QTest::newRow("stray closing parenthesis") << "ai) robots" << qsizetype(2) << "unbalanced parenthesis";
    QTest::newRow("closing parenthesis first") << ")" << qsizetype(0) << "no '(' before";
    QTest::newRow("empty parentheses") << "ai ()" << qsizetype(4) << "empty parentheses";
    QTest::newRow("or at the end") << "ai or" << qsizetype(3) << "dangling 'or'";
    QTest::newRow("or at the start") << "OR ai" << qsizetype(0) << "dangling 'OR': put a term before it";
    QTest::newRow("and and") << "ai and and robots" << qsizetype(3) << "dangling 'and'";
    QTest::newRow("or before closing") << "(ai or) robots" << qsizetype(4) << "dangling 'or'";
    QTest::newRow("not at the end") << "ai not" << qsizetype(3) << "dangling 'not'";
    QTest::newRow("lone minus") << "ai - robots" << qsizetype(3) << "dangling '-'";
    QTest::newRow("minus at the end") << "ai -" << qsizetype(3) << "dangling '-'";
    QTest::newRow("unknown is:") << "ai is:pending" << qsizetype(6) << "unknown is:pending: expects published, unpublished";
    QTest::newRow("unknown git:") << "ai git:renamed" << qsizetype(7) << "unknown git:renamed: expects new, changed, incoming or conflict";
    QTest::newRow("git: clean is no term") << "git:clean" << qsizetype(4) << "unknown git:clean";
    QTest::newRow("unknown has:") << "has:pictures" << qsizetype(4) << "unknown has:pictures: expects image, related";
    QTest::newRow("bad date") << "date:>=2020-13-01" << qsizetype(7) << "bad date";
    QTest::newRow("bad date text") << "date:yesterday" << qsizetype(5) << "bad date";
    QTest::newRow("bad date, day 31 of a 30-day month") << "date:2020-09-31" << qsizetype(5) << "bad date";
    QTest::newRow("bad age unit") << "date:<7s" << qsizetype(6) << "bad date";
    QTest::newRow("age without a number") << "date:<d" << qsizetype(6) << "bad date";
    QTest::newRow("short year") << "date:20-09-01" << qsizetype(5) << "bad date";
    QTest::newRow("bad number") << "related:>lots" << qsizetype(9) << "bad number";
    QTest::newRow("negative related") << "related:-1" << qsizetype(8) << "bad number";
    QTest::newRow("quality bad number") << "(quality:>=6o)" << qsizetype(11) << "bad number";
    QTest::newRow("missing value before parenthesis") << "(topic:)" << qsizetype(7) << "value";
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

void TestStoryFilter::query_matchesExpectedStories_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("ids");

    QTest::newRow("word") << "council" << "ace";
    QTest::newRow("two words, implicit and") << "council recognition" << "ac";
    QTest::newRow("and") << "council and recognition" << "ac";
    QTest::newRow("AND in capitals") << "council AND recognition" << "ac";
    QTest::newRow("or") << "detroit or robots" << "ae";
    QTest::newRow("Or in mixed case") << "detroit Or robots" << "ae";
    QTest::newRow("not") << "not council" << "bd";
    QTest::newRow("NOT in capitals") << "NOT council" << "bd";
    QTest::newRow("minus") << "-council" << "bd";
    QTest::newRow("minus a field") << "council -topic:ai" << "e";
    QTest::newRow("minus a group") << "-(topic:ai or topic:ethics)" << "de";
    QTest::newRow("not not") << "not not council" << "ace";
    QTest::newRow("parentheses") << "(detroit or robots) and council" << "ae";
    QTest::newRow("nested parentheses") << "((ai) or (robots)) -published:true" << "c";
    QTest::newRow("parentheses touching words") << "(detroit)or(montreal)" << "ab";
    QTest::newRow("quoted and is a phrase") << "\"and\"" << "ce";
    QTest::newRow("quoted or is a phrase") << "\"or not\"" << "c";
    QTest::newRow("word containing an operator") << "android or oregon" << "";
    QTest::newRow("dash inside a word") << "re-invent" << "";
    QTest::newRow("title contains") << "title:recognition" << "a";
    QTest::newRow("title quoted, folded") << "title:\"FACIAL récognition\"" << "a";
    QTest::newRow("title not the excerpt") << "title:council" << "";
    QTest::newRow("excerpt contains") << "excerpt:council" << "ace";
    QTest::newRow("excerpt not the title") << "excerpt:detroit" << "a";
    QTest::newRow("excerpt not the topics") << "excerpt:ai" << "";
    QTest::newRow("url contains, any case") << "url:wsj.com/articles/detroit" << "a";
    QTest::newRow("url part") << "url:theverge" << "c";
    QTest::newRow("category exact, any case") << "category:analysis" << "c";
    QTest::newRow("category not partial") << "category:anal" << "";
    QTest::newRow("type") << "type:article" << "ac";
    QTest::newRow("topic exact") << "topic:ethics" << "bc";
    QTest::newRow("provider name") << "provider:\"the verge\"" << "c";
    QTest::newRow("quality:>=60") << "quality:>=60" << "ae";
    QTest::newRow("quality:<60 skips missing") << "quality:<60" << "c";
    QTest::newRow("heat:<30") << "heat:<30" << "be";
    QTest::newRow("related:0") << "related:0" << "bd";
    QTest::newRow("related:>2") << "related:>2" << "ae";
    QTest::newRow("related:<=1") << "related:<=1" << "bcd";
    QTest::newRow("date:>=2020-09-01") << "date:>=2020-09-01" << "abce";
    QTest::newRow("date:>2020-09-01 is after that day") << "date:>2020-09-01" << "abe";
    QTest::newRow("date:2020-09-01 is that day") << "date:2020-09-01" << "c";
    QTest::newRow("date:2026-10 is that month") << "date:2026-10" << "a";
    QTest::newRow("date:2026 is that year") << "date:2026" << "ab";
    QTest::newRow("date:<2026 is before that year") << "date:<2026" << "ce";
    QTest::newRow("date:<=2026-09 includes that month") << "date:<=2026-09" << "bce";
    QTest::newRow("date:>2025 is after that year") << "date:>2025" << "ab";
    QTest::newRow("date instant") << "date:>=2026-10-14T09:00:00Z" << "a";
    QTest::newRow("date:<7d") << "date:<7d" << "a";
    QTest::newRow("date:<2d") << "date:<2d" << "a";
    QTest::newRow("date:<24h") << "date:<24h" << "";
    QTest::newRow("date:<28h") << "date:<28h" << "a";
    QTest::newRow("date:<4w") << "date:<4w" << "ab";
    QTest::newRow("date:<1m") << "date:<1m" << "ab";
    QTest::newRow("date:>30d") << "date:>30d" << "ce";
    QTest::newRow("date:>1y") << "date:>1y" << "ce";
    QTest::newRow("date:<1y") << "date:<1y" << "ab";
    QTest::newRow("date:7d means within 7 days") << "date:7d" << "a";
    QTest::newRow("date misses undated") << "-date:<100y" << "d";
    QTest::newRow("has:image") << "has:image" << "ac";
    QTest::newRow("has:related") << "has:related" << "ace";
    QTest::newRow("has:topics") << "has:topics" << "abce";
    QTest::newRow("has:url") << "has:url" << "ac";
    QTest::newRow("has:date") << "has:date" << "abce";
    QTest::newRow("has:quality") << "has:quality" << "ace";
    QTest::newRow("has:category") << "has:category" << "ace";
    QTest::newRow("has:type") << "has:type" << "ac";
    QTest::newRow("has:excerpt") << "has:excerpt" << "ace";
    QTest::newRow("has:provider") << "has:provider" << "abce";
    QTest::newRow("is:published") << "is:published" << "ae";
    QTest::newRow("is:unpublished includes missing and invalid") << "is:unpublished" << "bcd";
    QTest::newRow("is:broken") << "is:broken" << "d";
    QTest::newRow("is:invalid") << "is:invalid" << "de";
    QTest::newRow("IS:INVALID") << "IS:INVALID" << "de";
    QTest::newRow("is:modified without facts") << "is:modified" << "";
    QTest::newRow("is:duplicate without facts") << "is:duplicate" << "";
    QTest::newRow("compound") << "(topic:ai or topic:robotics) and quality:>=60 -is:invalid date:>=2026-01-01" << "a";
    QTest::newRow("compound with or of ands") << "has:image related:0 or is:broken or heat:<10 quality:100" << "de";
    QTest::newRow("unknown key stays a word") << "re:invent or council" << "ace";
}

void TestStoryFilter::query_matchesExpectedStories()
{
    QFETCH(QString, query);
    QFETCH(QString, ids);
    StoryFilter::ParseError error;
    const StoryFilter filter = StoryFilter::parse(query, &error, fixedNow());
    QVERIFY2(error.position < 0, qPrintable(error.message));
    QCOMPARE(matching(filter), ids);
}

void TestStoryFilter::precedence_notThenAndThenOr_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("sameAs");
    QTest::addColumn<QString>("differentFrom");

    // Each "differentFrom" is the other grouping, which the corpus tells apart.
    QTest::newRow("and before or, right") << "detroit or council robots" << "detroit or (council robots)" << "(detroit or council) robots";
    QTest::newRow("and before or, left") << "council recognition or montreal" << "(council recognition) or montreal" << "council (recognition or montreal)";
    QTest::newRow("not before and") << "not council recognition" << "(not council) recognition" << "not (council recognition)";
    QTest::newRow("not before or") << "not council or detroit" << "(not council) or detroit" << "not (council or detroit)";
    QTest::newRow("minus before or") << "-council or detroit" << "(-council) or detroit" << "-(council or detroit)";
    QTest::newRow("explicit and like implicit") << "ai and ethics or robots" << "(ai ethics) or robots" << "ai (ethics or robots)";
}

void TestStoryFilter::precedence_notThenAndThenOr()
{
    QFETCH(QString, query);
    QFETCH(QString, sameAs);
    QFETCH(QString, differentFrom);
    const QString ids = matching(StoryFilter::parse(query));
    QCOMPARE(ids, matching(StoryFilter::parse(sameAs)));
    QVERIFY2(ids != matching(StoryFilter::parse(differentFrom)), qPrintable(ids));
}

// The URL is held as UTF-8: ASCII URLs are searched in place, others as text; both
// ignore case the same way.
void TestStoryFilter::url_matchesInAnyCaseAsciiOrNot_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");
    QTest::newRow("ascii, other case") << "https://Ex.example/Story" << "url:ex.EXAMPLE/story" << true;
    QTest::newRow("ascii, absent") << "https://ex.example/story" << "url:other" << false;
    QTest::newRow("ascii url, accented needle") << "https://ex.example/cafe" << "url:café" << false;
    QTest::newRow("accented url, other case") << "https://ex.example/café?q=1" << "url:CAFÉ?Q=1" << true;
    QTest::newRow("accented url, ascii needle") << "https://ex.example/café" << "url:EX.EXAMPLE" << true;
    QTest::newRow("accented url, accents not folded") << "https://ex.example/café" << "url:cafe" << false;
}

void TestStoryFilter::url_matchesInAnyCaseAsciiOrNot()
{
    QFETCH(QString, url);
    QFETCH(QString, query);
    QFETCH(bool, matches);
    StorySummary story;
    story.path = QStringLiteral("s");
    story.webUrl = url.toUtf8();
    story.searchKey = SearchKey::of(story);
    QCOMPARE(StoryFilter::parse(query).matches(story), matches);
}

void TestStoryFilter::relativeDates_countBackFromNow()
{
    // The same text means other stories as time passes: "now" is an argument.
    QCOMPARE(matching(StoryFilter::parse(u"date:<7d", nullptr, fixedNow())), QStringLiteral("a"));
    QCOMPARE(matching(StoryFilter::parse(u"date:<7d", nullptr, fixedNow().addDays(7))), QString());
    // Stories dated after "now" (scheduled ones) are younger than any age.
    QCOMPARE(matching(StoryFilter::parse(u"date:<7d", nullptr, utc(2026, 9, 25))), QStringLiteral("ab"));
    // Calendar months, to the hour: from 20 October back to 20 September.
    QCOMPARE(matching(StoryFilter::parse(u"date:<=1m", nullptr, utc(2026, 10, 20, 6))), QStringLiteral("ab"));
    QCOMPARE(matching(StoryFilter::parse(u"date:<=1m", nullptr, utc(2026, 10, 20, 7))), QStringLiteral("a"));
    // Without a "now", the current time.
    StorySummary recent;
    recent.publishedDateTime = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(StoryFilter::parse(u"date:<1h").matches(recent));
    recent.publishedDateTime = QDateTime::currentDateTimeUtc().addSecs(-7200);
    QVERIFY(!StoryFilter::parse(u"date:<1h").matches(recent));
    // A later parse of the same age narrows the earlier one: the table need not recheck.
    QVERIFY(StoryFilter::parse(u"date:<7d", nullptr, fixedNow().addSecs(60))
                .narrows(StoryFilter::parse(u"date:<7d", nullptr, fixedNow())));
    QVERIFY(!StoryFilter::parse(u"date:>7d", nullptr, fixedNow().addSecs(60))
                 .narrows(StoryFilter::parse(u"date:>7d", nullptr, fixedNow())));
}

void TestStoryFilter::rowFacts_answerModifiedAndDuplicate()
{
    const StoryFilter modified = StoryFilter::parse(u"is:modified");
    const StoryFilter duplicate = StoryFilter::parse(u"is:duplicate");
    const StoryFilter notModified = StoryFilter::parse(u"-is:modified council");
    StoryFilter::RowFacts facts;
    QCOMPARE(matching(modified, facts), QString());
    QCOMPARE(matching(notModified, facts), QStringLiteral("ace"));
    facts.modified = true;
    QCOMPARE(matching(modified, facts), QStringLiteral("abcde"));
    QCOMPARE(matching(duplicate, facts), QString());
    QCOMPARE(matching(notModified, facts), QString());
    facts = {};
    facts.duplicate = true;
    QCOMPARE(matching(modified, facts), QString());
    QCOMPARE(matching(duplicate, facts), QStringLiteral("abcde"));
}

void TestStoryFilter::needsRowFacts_onlyForModifiedAndDuplicate_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("needs");

    QTest::newRow("empty") << "" << false;
    QTest::newRow("words and fields") << "council quality:>=60 is:broken is:invalid is:published" << false;
    QTest::newRow("is:modified") << "is:modified" << true;
    QTest::newRow("negated, nested") << "council or not (ai -is:duplicate)" << true;
    QTest::newRow("git:changed") << "git:changed" << true;
    QTest::newRow("git: negated, nested") << "council or (ai -git:new)" << true;
}

void TestStoryFilter::needsRowFacts_onlyForModifiedAndDuplicate()
{
    QFETCH(QString, query);
    QFETCH(bool, needs);
    QCOMPARE(StoryFilter::parse(query).needsRowFacts(), needs);
}

void TestStoryFilter::rowFacts_answerGitStates_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("expected");

    const auto state = [](GitFileState s) { return int(s); };
    QTest::newRow("new") << "git:new" << state(GitFileState::New) << "abcde";
    QTest::newRow("changed") << "git:changed" << state(GitFileState::Changed) << "abcde";
    QTest::newRow("incoming") << "git:incoming" << state(GitFileState::Incoming) << "abcde";
    QTest::newRow("conflict") << "git:conflict" << state(GitFileState::Conflict) << "abcde";
    QTest::newRow("case-insensitive") << "GIT:Changed" << state(GitFileState::Changed) << "abcde";
    QTest::newRow("another state") << "git:changed" << state(GitFileState::New) << "";
    QTest::newRow("clean is none of them") << "git:new or git:changed or git:incoming or git:conflict" << state(GitFileState::Clean) << "";
    QTest::newRow("deleted is none of them") << "git:changed" << state(GitFileState::Deleted) << "";
    QTest::newRow("or") << "git:new or git:changed" << state(GitFileState::Changed) << "abcde";
    QTest::newRow("negated") << "-git:changed" << state(GitFileState::Clean) << "abcde";
    QTest::newRow("with other terms") << "git:changed council" << state(GitFileState::Changed) << "ace";
    QTest::newRow("with the other facts") << "git:changed -is:modified" << state(GitFileState::Changed) << "abcde";
}

void TestStoryFilter::rowFacts_answerGitStates()
{
    QFETCH(QString, query);
    QFETCH(int, state);
    QFETCH(QString, expected);
    StoryFilter::RowFacts facts;
    facts.git = GitFileState(state);
    StoryFilter::ParseError error;
    const StoryFilter filter = StoryFilter::parse(query, &error);
    QCOMPARE(error.position, qsizetype(-1));
    QCOMPARE(matching(filter, facts), expected);
    // Without facts a story is clean: in no git state.
    if (!query.startsWith(QLatin1Char('-')))
        QCOMPARE(matching(filter), QString());
}

void TestStoryFilter::needsGitState_onlyForGitTerms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("needs");

    QTest::newRow("empty") << "" << false;
    QTest::newRow("other row facts") << "is:modified or is:duplicate" << false;
    QTest::newRow("a word git") << "git" << false;
    QTest::newRow("git:new") << "git:new" << true;
    QTest::newRow("negated, nested") << "council or not (ai -git:conflict)" << true;
}

void TestStoryFilter::needsGitState_onlyForGitTerms()
{
    QFETCH(QString, query);
    QFETCH(bool, needs);
    QCOMPARE(StoryFilter::parse(query).needsGitState(), needs);
}

void TestStoryFilter::requireAll_keepsBothQueriesWhole()
{
    // "a or b" required alongside "c" is (a or b) and c, not a or (b and c).
    StoryFilter filter = StoryFilter::parse(u"detroit or robots");
    filter.requireAll(StoryFilter::parse(u"-topic:robotics or is:broken"));
    filter.requireWords(u"council");
    QCOMPARE(matching(filter), QStringLiteral("a"));
    QCOMPARE(filter, StoryFilter::parse(u"(detroit or robots) (-topic:robotics or is:broken) council"));
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
    QCOMPARE(SearchKey::fold(text), folded);
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
    QTest::newRow("a git term added") << "fac git:changed" << "fac" << true;
    QTest::newRow("another git state") << "git:new" << "git:changed" << false;
    QTest::newRow("from nothing") << "x" << "" << true;
    QTest::newRow("deleting") << "fac" << "facial" << false;
    QTest::newRow("changed word") << "fact" << "faci" << false;
    QTest::newRow("other topic") << "topic:ML" << "topic:AI" << false;
    QTest::newRow("term removed") << "fac" << "fac published:false" << false;
    QTest::newRow("to nothing") << "" << "x" << false;
    QTest::newRow("typing on inside or") << "fac or robots" << "fa or robots" << true;
    QTest::newRow("or dropped a branch") << "fac" << "fac or robots" << true;
    QTest::newRow("or gained a branch") << "fac or robots" << "fac" << false;
    QTest::newRow("typing on under not") << "-facial" << "-fac" << false;
    QTest::newRow("deleting under not") << "-fac" << "-facial" << true;
    QTest::newRow("group added") << "x (a or b)" << "x" << true;
    QTest::newRow("and inside group") << "(a b) or c" << "a or c" << true;
    QTest::newRow("changed is:") << "is:broken" << "is:invalid" << false;
    QTest::newRow("title typed on") << "title:facial" << "title:fac" << true;
    QTest::newRow("title is not any word") << "fac" << "title:fac" << false;
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
    a.excerpt = leftExcerpt.toUtf8();
    a.searchKey = SearchKey::of(a);
    StorySummary b;
    b.title = right;
    b.searchKey = SearchKey::of(b);
    const auto sign = [](int v) { return (v > 0) - (v < 0); };
    QCOMPARE(sign(SearchKey::compareTitles(a, b)), order);
    QCOMPARE(sign(SearchKey::compareTitles(b, a)), -order);
}

QTEST_GUILESS_MAIN(TestStoryFilter)
#include "tst_storyfilter.moc"
