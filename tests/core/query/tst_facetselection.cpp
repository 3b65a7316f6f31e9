// FacetSelection: AND across facets, OR within one, and its map form for desks.
#include "facetselection.h"

#include <QTest>

using namespace Storydesk;

namespace {

StorySummary story(const QStringList &topics, const QString &provider, int quality, StorySummary::Published published,
                   const QDateTime &date, const QString &category = QStringLiteral("news"))
{
    StorySummary s;
    s.topics = topics;
    s.providerName = provider;
    s.quality = qint16(quality);
    s.published = published;
    s.publishedDateTime = date;
    s.category = category;
    return s;
}

} // namespace

class TestFacetSelection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void map_roundTripsAndDropsUnknownFacets();
    void equality_ignoresTheDay();
};

void TestFacetSelection::matches_data()
{
    QTest::addColumn<FacetSelection::Map>("selection");
    QTest::addColumn<bool>("expected");
    // The story: topics AI and Space, provider Wire, quality 65, unpublished, today, news.
    using Map = FacetSelection::Map;
    const auto L = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *item : items)
            list.append(QString::fromUtf8(item));
        return list;
    };
    QTest::newRow("nothing chosen") << Map{} << true;
    QTest::newRow("one topic") << Map{{QStringLiteral("topic"), L({"AI"})}} << true;
    QTest::newRow("other topic") << Map{{QStringLiteral("topic"), L({"Chips"})}} << false;
    QTest::newRow("OR within topics") << Map{{QStringLiteral("topic"), L({"Chips", "Space"})}} << true;
    QTest::newRow("topic is exact") << Map{{QStringLiteral("topic"), L({"ai"})}} << false;
    QTest::newRow("AND across facets") << Map{{QStringLiteral("topic"), L({"AI"})}, {QStringLiteral("provider"), L({"Wire"})}} << true;
    QTest::newRow("AND fails on one") << Map{{QStringLiteral("topic"), L({"AI"})}, {QStringLiteral("provider"), L({"Daily"})}} << false;
    QTest::newRow("quality band") << Map{{QStringLiteral("quality"), L({"60-79"})}} << true;
    QTest::newRow("other band") << Map{{QStringLiteral("quality"), L({"80-100", "none"})}} << false;
    QTest::newRow("unpublished") << Map{{QStringLiteral("published"), L({"unpublished"})}} << true;
    QTest::newRow("published") << Map{{QStringLiteral("published"), L({"published"})}} << false;
    QTest::newRow("both published states") << Map{{QStringLiteral("published"), L({"published", "unpublished"})}} << true;
    QTest::newRow("today") << Map{{QStringLiteral("date"), L({"today"})}} << true;
    QTest::newRow("no date") << Map{{QStringLiteral("date"), L({"none"})}} << false;
    QTest::newRow("category") << Map{{QStringLiteral("category"), L({"news"})}} << true;
    QTest::newRow("no category") << Map{{QStringLiteral("category"), L({""})}} << false;
    QTest::newRow("unknown item matches nothing") << Map{{QStringLiteral("quality"), L({"excellent"})}} << false;
    QTest::newRow("unknown facet is ignored") << Map{{QStringLiteral("mood"), L({"sad"})}} << true;
}

void TestFacetSelection::matches()
{
    QFETCH(FacetSelection::Map, selection);
    QFETCH(bool, expected);
    const QDate today = QDate::currentDate();
    const StorySummary s = story({QStringLiteral("AI"), QStringLiteral("Space")}, QStringLiteral("Wire"), 65,
                                 StorySummary::Published::No, QDateTime(today, QTime(9, 30)));
    FacetSelection facets = FacetSelection::fromMap(selection);
    facets.setToday(today);
    QCOMPARE(facets.matches(s), expected);
}

void TestFacetSelection::map_roundTripsAndDropsUnknownFacets()
{
    const FacetSelection::Map map{{QStringLiteral("topic"), {QStringLiteral("AI"), QStringLiteral("AI"), QStringLiteral("Space")}},
                                  {QStringLiteral("date"), {QStringLiteral("2020-09")}},
                                  {QStringLiteral("colour"), {QStringLiteral("red")}}};
    const FacetSelection selection = FacetSelection::fromMap(map);
    QCOMPARE(selection.items(Facet::Topic), (QStringList{QStringLiteral("AI"), QStringLiteral("Space")}));
    QCOMPARE(selection.toMap(), (FacetSelection::Map{{QStringLiteral("topic"), {QStringLiteral("AI"), QStringLiteral("Space")}},
                                                    {QStringLiteral("date"), {QStringLiteral("2020-09")}}}));
    QVERIFY(selection.matches(story({}, {}, -1, StorySummary::Published::Missing, QDateTime(QDate(2020, 9, 30), QTime(23, 0)))) == false);
    FacetSelection month;
    month.add(Facet::Date, QStringLiteral("2020-09"));
    QVERIFY(month.matches(story({}, {}, -1, StorySummary::Published::Missing, QDateTime(QDate(2020, 9, 30), QTime(23, 0)))));
    QVERIFY(!month.matches(story({}, {}, -1, StorySummary::Published::Missing, QDateTime(QDate(2020, 10, 1), QTime(0, 0)))));
}

void TestFacetSelection::equality_ignoresTheDay()
{
    FacetSelection a;
    a.add(Facet::Date, QStringLiteral("today"));
    FacetSelection b = a;
    b.setToday(QDate(2001, 1, 1));
    QVERIFY(a == b);
    b.remove(Facet::Date, QStringLiteral("today"));
    QVERIFY(b.isEmpty());
    QVERIFY(!(a == b));
}

QTEST_GUILESS_MAIN(TestFacetSelection)
#include "tst_facetselection.moc"
