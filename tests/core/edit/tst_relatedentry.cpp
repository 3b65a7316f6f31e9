#include "frontmatterdocument.h"
#include "pagemetadata.h"
#include "relatedentry.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

// RelatedEntry: the entries made from stories and links, their filling from a page, and
// the rules for adding them.

using namespace Storydesk;

namespace {

QStringList keys(const YamlValue &map)
{
    QStringList names;
    for (const auto &entry : map.entries())
        names.append(entry.first);
    return names;
}

const YamlValue &at(const YamlValue &map, const char *key)
{
    static const YamlValue missing;
    const YamlValue *value = map.find(QString::fromLatin1(key));
    return value ? *value : missing;
}

YamlValue frontMatter(const QByteArray &text)
{
    return FrontMatterDocument::fromBytes(text).value();
}

const QByteArray Story("---\n"
                       "title: \"Own Story\"\n"
                       "webUrl: \"https://news.example/own\"\n"
                       "related:\n"
                       "  - title: \"Known\"\n"
                       "    webUrl: \"https://Known.example/a/\"\n"
                       "---\n");

} // namespace

class TestRelatedEntry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromStory_example_hasTheShapeOfItsRelatedEntries();
    void fromStory_ampLinksAndNothingElse();
    void forLink_webUrlTypeAndDomain();
    void normalizedUrl_data();
    void normalizedUrl();
    void plan_refusesTheStoryItself_byFileAndByWebUrl();
    void plan_refusesWebUrlsAlreadyThere_andNamesTheirRows();
    void plan_sameLinkTwiceInOneDrop_addsItOnce();
    void filledFromPage_fillsUntouchedFieldsInTheExampleOrder();
    void filledFromPage_keepsWhatTheEditorChanged();
};

void TestRelatedEntry::fromStory_example_hasTheShapeOfItsRelatedEntries()
{
    const QByteArray example = TestFiles::exampleStory();
    if (example.isEmpty())
        QSKIP("the example story is not there");
    const FrontMatterDocument doc = FrontMatterDocument::fromBytes(example);
    const YamlValue entry = RelatedEntry::fromStory(doc);
    // The example's own related entries have these keys in this order (no amp links here).
    const YamlValue *related = doc.value().find(QStringLiteral("related"));
    QVERIFY(related && related->isSequence());
    QStringList expected = keys(related->items().first());
    expected.removeAll(QStringLiteral("ampWebUrl"));
    expected.removeAll(QStringLiteral("cdnAmpWebUrl"));
    QCOMPARE(keys(entry), expected);
    QCOMPARE(keys(at(entry, "provider")), (QStringList{QStringLiteral("name"), QStringLiteral("domain")}));
    QCOMPARE(at(entry, "title").text(), QStringLiteral("Detroit Renews Facial Recognition Contract"));
    // Dates and numbers keep their plain kind: they are written unquoted.
    QCOMPARE(at(entry, "publishedDateTime").scalarKind(), YamlValue::ScalarKind::Plain);
    QCOMPARE(at(entry, "publishedDateTime").text(), QStringLiteral("2020-09-30T06:05:00Z"));
    QCOMPARE(at(entry, "quality").toInt(), std::optional<qint64>(69));
    QCOMPARE(at(entry, "images").items().size(), 1);
    QCOMPARE(at(at(entry, "images").items().first(), "width").toInt(), std::optional<qint64>(1280));
    // The file it goes into decides the quoting.
    QCOMPARE(at(entry, "title").quoting(), YamlValue::Quoting::None);
}

void TestRelatedEntry::fromStory_ampLinksAndNothingElse()
{
    const YamlValue entry = RelatedEntry::fromStory(frontMatter("---\n"
                                                                "category: news\n"
                                                                "title: T\n"
                                                                "ampWebUrl: \"https://amp.example/1\"\n"
                                                                "webUrl: \"https://example.org/1\"\n"
                                                                "cdnAmpWebUrl: \"https://cdn.example/1\"\n"
                                                                "heat: 80\n"
                                                                "published: true\n"
                                                                "topics: [AI]\n"
                                                                "excerpt: ''\n"
                                                                "secured: \"x\"\n"
                                                                "---\n"));
    QCOMPARE(keys(entry), (QStringList{QStringLiteral("title"), QStringLiteral("webUrl"), QStringLiteral("ampWebUrl"),
                                       QStringLiteral("cdnAmpWebUrl")}));
}

void TestRelatedEntry::forLink_webUrlTypeAndDomain()
{
    const YamlValue entry = RelatedEntry::forLink(QUrl(QStringLiteral("https://www.Detroitnews.com/story/x?id=1")));
    QCOMPARE(keys(entry), (QStringList{QStringLiteral("webUrl"), QStringLiteral("type"), QStringLiteral("provider")}));
    QCOMPARE(at(entry, "webUrl").text(), QStringLiteral("https://www.detroitnews.com/story/x?id=1"));
    QCOMPARE(at(entry, "type").text(), QStringLiteral("article"));
    QCOMPARE(at(at(entry, "provider"), "domain").text(), QStringLiteral("detroitnews.com"));
}

void TestRelatedEntry::normalizedUrl_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("host case") << QStringLiteral("https://WWW.Example.com/a") << QStringLiteral("https://www.example.com/a") << true;
    QTest::newRow("scheme case") << QStringLiteral("HTTPS://example.com/a") << QStringLiteral("https://example.com/a") << true;
    QTest::newRow("trailing slash") << QStringLiteral("https://example.com/a/") << QStringLiteral("https://example.com/a") << true;
    QTest::newRow("bare host") << QStringLiteral("https://example.com/") << QStringLiteral("https://example.com") << true;
    QTest::newRow("default port") << QStringLiteral("https://example.com:443/a") << QStringLiteral("https://example.com/a") << true;
    QTest::newRow("spaces around") << QStringLiteral("  https://example.com/a ") << QStringLiteral("https://example.com/a") << true;
    QTest::newRow("path case matters") << QStringLiteral("https://example.com/A") << QStringLiteral("https://example.com/a") << false;
    QTest::newRow("query matters") << QStringLiteral("https://example.com/a?x=1") << QStringLiteral("https://example.com/a?x=2") << false;
    QTest::newRow("scheme matters") << QStringLiteral("http://example.com/a") << QStringLiteral("https://example.com/a") << false;
}

void TestRelatedEntry::normalizedUrl()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(RelatedEntry::normalizedUrl(a) == RelatedEntry::normalizedUrl(b), same);
}

void TestRelatedEntry::plan_refusesTheStoryItself_byFileAndByWebUrl()
{
    QTemporaryDir dir;
    const QString own = dir.filePath(QStringLiteral("own.md"));
    QVERIFY(TestFiles::write(own, Story));
    const YamlValue story = frontMatter(Story);
    const RelatedEntry::Plan plan = RelatedEntry::plan(own, story, {
        {dir.filePath(QStringLiteral("./own.md")), RelatedEntry::fromStory(story)},
        {QString(), RelatedEntry::forLink(QUrl(QStringLiteral("https://NEWS.example/own/")))},
        {QString(), RelatedEntry::forLink(QUrl(QStringLiteral("https://news.example/other")))},
    });
    QCOMPARE(plan.added.size(), 1);
    QCOMPARE(RelatedEntry::webUrl(plan.added.first()), QStringLiteral("https://news.example/other"));
    QCOMPARE(plan.refusals.size(), 2);
    QVERIFY(plan.refusals.first().endsWith(QStringLiteral("a story cannot be related to itself")));
    QVERIFY(plan.existingRows.isEmpty());
}

void TestRelatedEntry::plan_refusesWebUrlsAlreadyThere_andNamesTheirRows()
{
    const RelatedEntry::Plan plan = RelatedEntry::plan(QStringLiteral("/site/own.md"), frontMatter(Story), {
        {QString(), RelatedEntry::forLink(QUrl(QStringLiteral("https://known.example/a")))},
    });
    QVERIFY(plan.added.isEmpty());
    QCOMPARE(plan.existingRows, QList<qsizetype>{0});
    QCOMPARE(plan.refusals, QStringList{QStringLiteral("https://known.example/a: already related")});
}

void TestRelatedEntry::plan_sameLinkTwiceInOneDrop_addsItOnce()
{
    const YamlValue link = RelatedEntry::forLink(QUrl(QStringLiteral("https://new.example/x")));
    const RelatedEntry::Plan plan = RelatedEntry::plan(QStringLiteral("/site/own.md"), frontMatter(Story), {{QString(), link}, {QString(), link}});
    QCOMPARE(plan.added.size(), 1);
    QCOMPARE(plan.refusals.size(), 1);
}

void TestRelatedEntry::filledFromPage_fillsUntouchedFieldsInTheExampleOrder()
{
    const YamlValue created = RelatedEntry::forLink(QUrl(QStringLiteral("https://www.news.example/x")));
    PageMetadata page;
    page.title = QStringLiteral("Page Title");
    page.description = QStringLiteral("Page description.");
    page.siteName = QStringLiteral("News Example");
    page.publishedTime = QStringLiteral("2026-08-01T08:05:00+02:00");
    page.image = QUrl(QStringLiteral("https://img.news.example/a.jpg"));
    page.imageWidth = 1200;
    page.imageHeight = 675;
    const YamlValue filled = RelatedEntry::filledFromPage(created, created, page);
    QCOMPARE(keys(filled), (QStringList{QStringLiteral("title"), QStringLiteral("excerpt"), QStringLiteral("publishedDateTime"),
                                        QStringLiteral("webUrl"), QStringLiteral("type"), QStringLiteral("provider"),
                                        QStringLiteral("images")}));
    QCOMPARE(at(filled, "publishedDateTime").text(), QStringLiteral("2026-08-01T06:05:00Z"));
    QCOMPARE(at(filled, "publishedDateTime").scalarKind(), YamlValue::ScalarKind::Plain);
    QCOMPARE(keys(at(filled, "provider")), (QStringList{QStringLiteral("name"), QStringLiteral("domain")}));
    QCOMPARE(at(at(filled, "provider"), "domain").text(), QStringLiteral("news.example"));
    const YamlValue &image = at(filled, "images").items().first();
    QCOMPARE(keys(image), (QStringList{QStringLiteral("url"), QStringLiteral("width"), QStringLiteral("height")}));
    QCOMPARE(image.find(QStringLiteral("height"))->toInt(), std::optional<qint64>(675));

    // A date the schema cannot read is left out rather than written as text.
    page.publishedTime = QStringLiteral("last Tuesday");
    QVERIFY(!RelatedEntry::filledFromPage(created, created, page).find(QStringLiteral("publishedDateTime")));
}

void TestRelatedEntry::filledFromPage_keepsWhatTheEditorChanged()
{
    const YamlValue created = RelatedEntry::forLink(QUrl(QStringLiteral("https://news.example/x")));
    YamlValue edited = created;
    edited.entries().prepend({QStringLiteral("title"), YamlValue::string(QStringLiteral("Typed by the editor"))});
    edited.insert(QStringLiteral("provider"), YamlValue::map({{QStringLiteral("name"), YamlValue::string(QStringLiteral("Mine"))},
                                                              {QStringLiteral("domain"), YamlValue::string(QStringLiteral("news.example"))}}));
    PageMetadata page;
    page.title = QStringLiteral("Page Title");
    page.description = QStringLiteral("Page description.");
    page.siteName = QStringLiteral("Page Site");
    const YamlValue filled = RelatedEntry::filledFromPage(edited, created, page);
    QCOMPARE(at(filled, "title").text(), QStringLiteral("Typed by the editor"));
    QCOMPARE(at(at(filled, "provider"), "name").text(), QStringLiteral("Mine"));
    QCOMPARE(at(filled, "excerpt").text(), QStringLiteral("Page description."));   // untouched: filled
}

QTEST_GUILESS_MAIN(TestRelatedEntry)
#include "tst_relatedentry.moc"
