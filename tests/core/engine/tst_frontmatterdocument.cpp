#include "frontmatterdocument.h"
#include "testfiles.h"
#include "testvalues.h"

#include <QFile>
#include <QTest>

using namespace Storydesk;

namespace {

using TestValues::json;
using TestValues::path;

} // namespace

class TestFrontMatterDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertEntry_putsTheKeyAfterTheGivenKey();
    void set_data();
    void set();
    void remove_data();
    void remove();
    void insertItem_data();
    void insertItem();
    void moveItem_data();
    void moveItem();
    void untouched_roundTripsByteForByte();
    void setSameValue_changesNothing();
    void brokenYaml_isNotEditableAndReportsFileLine();
    void duplicateKey_itsEditsRefusedOthersAndSourceTextAccepted();
    void example_setPublishedChangesOneLine();
    void example_setTopicsChangesOnlyTopicLines();
    void example_appendRelatedAddsOnlyTheEntry();
    void example_editRelatedTitleChangesOneLine();
    void hostileNesting_isRefusedWithClearError();
};

void TestFrontMatterDocument::set_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");   // JSON
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("bool plain") << QByteArray("---\na: 1\npublished: true\nb: 2\n---\nbody\n") << QByteArray("published") << QByteArray("false")
                                << QByteArray("---\na: 1\npublished: false\nb: 2\n---\nbody\n");
    QTest::newRow("keeps trailing comment") << QByteArray("---\nquality: 60 # checked\n---\n") << QByteArray("quality") << QByteArray("75")
                                            << QByteArray("---\nquality: 75 # checked\n---\n");
    QTest::newRow("crlf") << QByteArray("---\r\nquality: 60\r\ntitle: \"x\"\r\n---\r\nbody\r\n") << QByteArray("quality") << QByteArray("61")
                          << QByteArray("---\r\nquality: 61\r\ntitle: \"x\"\r\n---\r\nbody\r\n");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF---\nquality: 60\n---\n") << QByteArray("quality") << QByteArray("1")
                         << QByteArray("\xEF\xBB\xBF---\nquality: 1\n---\n");
    QTest::newRow("double quoted stays double") << QByteArray("---\ntitle: \"Old\"\n---\n") << QByteArray("title") << QByteArray("\"New \\\"one\\\"\"")
                                                << QByteArray("---\ntitle: \"New \\\"one\\\"\"\n---\n");
    QTest::newRow("single quoted stays single") << QByteArray("---\ntitle: 'Old'\n---\n") << QByteArray("title") << QByteArray("\"It's\"")
                                                << QByteArray("---\ntitle: 'It''s'\n---\n");
    QTest::newRow("plain stays plain") << QByteArray("---\ntype: article\n---\n") << QByteArray("type") << QByteArray("\"video\"")
                                       << QByteArray("---\ntype: video\n---\n");
    QTest::newRow("plain string that reads as bool is quoted") << QByteArray("---\ntype: article\n---\n") << QByteArray("type") << QByteArray("\"yes\"")
                                                               << QByteArray("---\ntype: \"yes\"\n---\n");
    QTest::newRow("plain string with colon space is quoted") << QByteArray("---\ntype: a\n---\n") << QByteArray("type") << QByteArray("\"a: b\"")
                                                             << QByteArray("---\ntype: \"a: b\"\n---\n");
    QTest::newRow("plain string that reads as number is quoted") << QByteArray("---\ntype: a\n---\n") << QByteArray("type") << QByteArray("\"1e3\"")
                                                                 << QByteArray("---\ntype: \"1e3\"\n---\n");
    QTest::newRow("plain string starting with star is quoted") << QByteArray("---\ntype: a\n---\n") << QByteArray("type") << QByteArray("\"*x\"")
                                                               << QByteArray("---\ntype: \"*x\"\n---\n");
    QTest::newRow("null value gets one") << QByteArray("---\ntitle:\nb: 1\n---\n") << QByteArray("title") << QByteArray("\"T\"")
                                         << QByteArray("---\ntitle: \"T\"\nb: 1\n---\n");
    QTest::newRow("flow list stays flow") << QByteArray("---\ntopics: [a, b]\nx: 1\n---\n") << QByteArray("topics") << QByteArray("[\"a\",\"c\"]")
                                          << QByteArray("---\ntopics: [a, c]\nx: 1\n---\n");
    QTest::newRow("flow list keeps item quoting") << QByteArray("---\ntopics: [\"a\", \"b\"]\n---\n") << QByteArray("topics") << QByteArray("[\"b\",\"Z z\"]")
                                                  << QByteArray("---\ntopics: [\"b\", \"Z z\"]\n---\n");
    QTest::newRow("block list item replaced in place") << QByteArray("---\ntopics:\n  - Computer Vision\n  - AI\nimages: []\n---\n") << QByteArray("topics")
                                                       << QByteArray("[\"AI\",\"Policy\"]")
                                                       << QByteArray("---\ntopics:\n  - AI\n  - Policy\nimages: []\n---\n");
    QTest::newRow("block list append keeps indentless style") << QByteArray("---\ntopics:\n- a\nb: 1\n---\n") << QByteArray("topics") << QByteArray("[\"a\",\"c\"]")
                                                             << QByteArray("---\ntopics:\n- a\n- c\nb: 1\n---\n");
    QTest::newRow("block list keeps quoted items") << QByteArray("---\ntopics:\n  - \"a\"\n---\n") << QByteArray("topics") << QByteArray("[\"a\",\"b\"]")
                                                   << QByteArray("---\ntopics:\n  - \"a\"\n  - \"b\"\n---\n");
    QTest::newRow("block list keeps comment inside") << QByteArray("---\ntopics:\n  - a # main\n  - b\nx: 1\n---\n") << QByteArray("topics")
                                                     << QByteArray("[\"a\"]") << QByteArray("---\ntopics:\n  - a # main\nx: 1\n---\n");
    QTest::newRow("empty list becomes flow") << QByteArray("---\ntopics:\n  - a\nx: 1\n---\n") << QByteArray("topics") << QByteArray("[]")
                                             << QByteArray("---\ntopics: []\nx: 1\n---\n");
    QTest::newRow("scalar to block list") << QByteArray("---\ntopics: a\nx: 1\n---\n") << QByteArray("topics") << QByteArray("[\"a\",\"b\"]")
                                          << QByteArray("---\ntopics:\n  - a\n  - b\nx: 1\n---\n");
    QTest::newRow("missing key added in schema order") << QByteArray("---\ntitle: \"T\"\ntype: article\nheat: 5\n---\n") << QByteArray("quality")
                                                       << QByteArray("50") << QByteArray("---\ntitle: \"T\"\ntype: article\nquality: 50\nheat: 5\n---\n");
    QTest::newRow("missing key before secured") << QByteArray("---\nfoo: 1\nsecured: \"x\"\n---\n") << QByteArray("bar") << QByteArray("2")
                                                << QByteArray("---\nfoo: 1\nbar: 2\nsecured: \"x\"\n---\n");
    QTest::newRow("missing key at end") << QByteArray("---\nfoo: 1\n---\n") << QByteArray("bar") << QByteArray("\"x y\"")
                                        << QByteArray("---\nfoo: 1\nbar: x y\n---\n");
    QTest::newRow("missing title is double quoted") << QByteArray("---\nfoo: 1\n---\n") << QByteArray("title") << QByteArray("\"x\"")
                                                    << QByteArray("---\nfoo: 1\ntitle: \"x\"\n---\n");
    QTest::newRow("empty front matter") << QByteArray("---\n---\nbody") << QByteArray("published") << QByteArray("true")
                                        << QByteArray("---\npublished: true\n---\nbody");
    QTest::newRow("nested key") << QByteArray("---\nprovider:\n  name: A\n  domain: a.com\n---\n") << QByteArray("provider.name") << QByteArray("\"B & C\"")
                                << QByteArray("---\nprovider:\n  name: B & C\n  domain: a.com\n---\n");
    QTest::newRow("nested missing parent") << QByteArray("---\ntitle: \"x\"\n---\n") << QByteArray("provider.name") << QByteArray("\"B\"")
                                           << QByteArray("---\ntitle: \"x\"\nprovider:\n  name: B\n---\n");
    QTest::newRow("multi-line plain scalar") << QByteArray("---\nexcerpt: one\n  two\nx: 1\n---\n") << QByteArray("excerpt") << QByteArray("\"three\"")
                                             << QByteArray("---\nexcerpt: three\nx: 1\n---\n");
    QTest::newRow("multi-line double quoted") << QByteArray("---\nexcerpt: \"one\n  two\"\nx: 1\n---\n") << QByteArray("excerpt") << QByteArray("\"three\"")
                                              << QByteArray("---\nexcerpt: \"three\"\nx: 1\n---\n");
    QTest::newRow("block scalar replaced") << QByteArray("---\nexcerpt: |\n  one\n  # two\nx: 1\n---\n") << QByteArray("excerpt") << QByteArray("\"three\"")
                                           << QByteArray("---\nexcerpt: three\nx: 1\n---\n");
    QTest::newRow("related entry field") << QByteArray("---\nrelated:\n  - title: \"A\"\n    quality: 5\n  - title: \"B\"\n---\n") << QByteArray("related.1.title")
                                         << QByteArray("\"C\"") << QByteArray("---\nrelated:\n  - title: \"A\"\n    quality: 5\n  - title: \"C\"\n---\n");
    QTest::newRow("key with comment line after") << QByteArray("---\nquality: 1\n# note\nheat: 2\n---\n") << QByteArray("quality") << QByteArray("2")
                                                 << QByteArray("---\nquality: 2\n# note\nheat: 2\n---\n");
    QTest::newRow("date with offset untouched") << QByteArray("---\ndate: 2024-03-21 4:00:00 +0000\nquality: 1\n---\n") << QByteArray("quality") << QByteArray("9")
                                                << QByteArray("---\ndate: 2024-03-21 4:00:00 +0000\nquality: 9\n---\n");
    QTest::newRow("no final newline in body") << QByteArray("---\na: 1\n---") << QByteArray("a") << QByteArray("2") << QByteArray("---\na: 2\n---");
    QTest::newRow("dots fence") << QByteArray("---\na: 1\n...\n") << QByteArray("a") << QByteArray("2") << QByteArray("---\na: 2\n...\n");
    QTest::newRow("unicode value") << QByteArray("---\ntitle: \"é\"\nq: 1\n---\n") << QByteArray("q") << QByteArray("2")
                                   << QByteArray("---\ntitle: \"é\"\nq: 2\n---\n");
    QTest::newRow("value needing escapes") << QByteArray("---\ntitle: \"x\"\n---\n") << QByteArray("title") << QByteArray("\"a\\nb\\\\c\"")
                                           << QByteArray("---\ntitle: \"a\\nb\\\\c\"\n---\n");
    QTest::newRow("crlf new key uses crlf") << QByteArray("---\r\ntitle: \"T\"\r\n---\r\n") << QByteArray("topics") << QByteArray("[\"AI\",\"Policy\"]")
                                           << QByteArray("---\r\ntitle: \"T\"\r\ntopics:\r\n  - AI\r\n  - Policy\r\n---\r\n");
    QTest::newRow("crlf list item appended") << QByteArray("---\r\ntopics:\r\n- a\r\nx: 1\r\n---\r\n") << QByteArray("topics") << QByteArray("[\"a\",\"b\"]")
                                             << QByteArray("---\r\ntopics:\r\n- a\r\n- b\r\nx: 1\r\n---\r\n");
    QTest::newRow("trailing whitespace kept") << QByteArray("---\nquality: 60   \nheat: 1 \n---\n") << QByteArray("quality") << QByteArray("61")
                                              << QByteArray("---\nquality: 61   \nheat: 1 \n---\n");
    QTest::newRow("folded strip block scalar") << QByteArray("---\nexcerpt: >-\n  one\n  two\nq: 1\n---\n") << QByteArray("q") << QByteArray("2")
                                               << QByteArray("---\nexcerpt: >-\n  one\n  two\nq: 2\n---\n");
    QTest::newRow("quoted date untouched") << QByteArray("---\ndate: \"2013-08-06\"\nq: 1\n---\n") << QByteArray("q") << QByteArray("2")
                                           << QByteArray("---\ndate: \"2013-08-06\"\nq: 2\n---\n");
    QTest::newRow("quoted date stays quoted") << QByteArray("---\ndate: \"2013-08-06\"\n---\n") << QByteArray("date") << QByteArray("\"2014-01-02\"")
                                              << QByteArray("---\ndate: \"2014-01-02\"\n---\n");
    QTest::newRow("plain date stays plain") << QByteArray("---\npublishedDateTime: 2020-09-30T06:05:00Z\n---\n") << QByteArray("publishedDateTime")
                                            << QByteArray("\"2020-10-01T08:00:00Z\"") << QByteArray("---\npublishedDateTime: 2020-10-01T08:00:00Z\n---\n");
    QTest::newRow("comment lines and blank lines kept") << QByteArray("---\n# Front matter\n\ntitle: \"T\" # main\n\n# end\n---\n") << QByteArray("title")
                                                        << QByteArray("\"U\"") << QByteArray("---\n# Front matter\n\ntitle: \"U\" # main\n\n# end\n---\n");
    QTest::newRow("secured blob untouched") << QByteArray("---\npublished: true\nsecured: \"a+b/c==;d==\"\n---\n") << QByteArray("published") << QByteArray("false")
                                            << QByteArray("---\npublished: false\nsecured: \"a+b/c==;d==\"\n---\n");
    QTest::newRow("map value in flow") << QByteArray("---\np: {a: 1, b: 2}\n---\n") << QByteArray("p.b") << QByteArray("3")
                                       << QByteArray("---\np: {a: 1, b: 3}\n---\n");
}

void TestFrontMatterDocument::set()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, after);

    FrontMatterDocument doc = FrontMatterDocument::fromBytes(before);
    QVERIFY2(doc.isEditable(), qPrintable(doc.problems().value(0).message));
    QString error;
    QVERIFY2(doc.set(path(key.constData()), json(value.constData()), &error), qPrintable(error));
    QCOMPARE(doc.toBytes(), after);
    QVERIFY(doc.valueAt(path(key.constData()))->sameAs(json(value.constData())));
}

void TestFrontMatterDocument::remove_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("top-level scalar") << QByteArray("---\na: 1\nb: 2\nc: 3\n---\n") << QByteArray("b") << QByteArray("---\na: 1\nc: 3\n---\n");
    QTest::newRow("block section keeps one blank line") << QByteArray("---\na: 1\n\nt:\n  - x\n\nc: 3\n---\n") << QByteArray("t")
                                                        << QByteArray("---\na: 1\n\nc: 3\n---\n");
    QTest::newRow("list item") << QByteArray("---\nt:\n  - x\n  - y\n  - z\n---\n") << QByteArray("t.1") << QByteArray("---\nt:\n  - x\n  - z\n---\n");
    QTest::newRow("last list item leaves empty list") << QByteArray("---\nt:\n  - x\nq: 1\n---\n") << QByteArray("t.0") << QByteArray("---\nt: []\nq: 1\n---\n");
    QTest::newRow("related entry") << QByteArray("---\nrelated:\n  - title: A\n    q: 1\n  - title: B\n    q: 2\nz: 1\n---\n") << QByteArray("related.0")
                                   << QByteArray("---\nrelated:\n  - title: B\n    q: 2\nz: 1\n---\n");
    QTest::newRow("first key of item") << QByteArray("---\nr:\n  - title: A\n    q: 1\n---\n") << QByteArray("r.0.title")
                                       << QByteArray("---\nr:\n  - q: 1\n---\n");
    QTest::newRow("missing key is no change") << QByteArray("---\na: 1\n---\n") << QByteArray("zz") << QByteArray("---\na: 1\n---\n");
}

void TestFrontMatterDocument::remove()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, after);
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(before);
    QString error;
    QVERIFY2(doc.remove(path(key.constData()), &error), qPrintable(error));
    QCOMPARE(doc.toBytes(), after);
}

void TestFrontMatterDocument::insertItem_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("append scalar") << QByteArray("---\nt:\n  - a\nx: 1\n---\n") << QByteArray("t") << 1 << QByteArray("\"b\"")
                                   << QByteArray("---\nt:\n  - a\n  - b\nx: 1\n---\n");
    QTest::newRow("prepend scalar") << QByteArray("---\nt:\n  - a\n---\n") << QByteArray("t") << 0 << QByteArray("\"b\"")
                                    << QByteArray("---\nt:\n  - b\n  - a\n---\n");
    QTest::newRow("into missing list") << QByteArray("---\ntitle: \"x\"\n---\n") << QByteArray("topics") << 0 << QByteArray("\"AI\"")
                                       << QByteArray("---\ntitle: \"x\"\ntopics:\n  - AI\n---\n");
    QTest::newRow("into flow list") << QByteArray("---\nt: [a]\n---\n") << QByteArray("t") << 1 << QByteArray("\"b\"")
                                    << QByteArray("---\nt: [a, b]\n---\n");
    QTest::newRow("map item") << QByteArray("---\nr:\n  - title: \"A\"\n    q: 1\n---\n") << QByteArray("r") << 1 << QByteArray("{\"title\":\"B\",\"q\":2}")
                              << QByteArray("---\nr:\n  - title: \"A\"\n    q: 1\n  - title: \"B\"\n    q: 2\n---\n");
}

void TestFrontMatterDocument::insertItem()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, list);
    QFETCH(int, index);
    QFETCH(QByteArray, item);
    QFETCH(QByteArray, after);
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(before);
    QString error;
    QVERIFY2(doc.insertItem(path(list.constData()), index, json(item.constData()), &error), qPrintable(error));
    QCOMPARE(doc.toBytes(), after);
}

void TestFrontMatterDocument::moveItem_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QByteArray>("after");
    const QByteArray three("---\nr:\n  - title: A # first\n    q: 1\n  - title: B\n  - title: C\nz: 1\n---\n");
    QTest::newRow("down") << three << 0 << 2 << QByteArray("---\nr:\n  - title: B\n  - title: C\n  - title: A # first\n    q: 1\nz: 1\n---\n");
    QTest::newRow("up") << three << 2 << 0 << QByteArray("---\nr:\n  - title: C\n  - title: A # first\n    q: 1\n  - title: B\nz: 1\n---\n");
    QTest::newRow("one down") << three << 1 << 2 << QByteArray("---\nr:\n  - title: A # first\n    q: 1\n  - title: C\n  - title: B\nz: 1\n---\n");
}

void TestFrontMatterDocument::moveItem()
{
    QFETCH(QByteArray, before);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QByteArray, after);
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(before);
    QString error;
    QVERIFY2(doc.moveItem(path("r"), from, to, &error), qPrintable(error));
    QCOMPARE(doc.toBytes(), after);
}

void TestFrontMatterDocument::untouched_roundTripsByteForByte()
{
    const QByteArray bytes = TestFiles::exampleStory();
    if (bytes.isEmpty())
        QSKIP("the example story is not available");
    const FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
    QVERIFY(doc.isEditable());
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.toBytes(), bytes);
}

void TestFrontMatterDocument::setSameValue_changesNothing()
{
    const QByteArray bytes("---\nquality:   60   # x\ntitle: 'T'\n---\n");
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
    QVERIFY(doc.set(path("quality"), YamlValue::integer(60)));
    QVERIFY(doc.set(path("title"), YamlValue::string(QStringLiteral("T"))));
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.toBytes(), bytes);
}

void TestFrontMatterDocument::brokenYaml_isNotEditableAndReportsFileLine()
{
    const QByteArray bytes("---\ntitle: \"ok\"\ntopics:\n\t- AI\n---\nbody\n");
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
    QVERIFY(!doc.isEditable());
    QCOMPARE(doc.problems().size(), 1);
    QCOMPARE(doc.problems().first().line, 4);
    QVERIFY(!doc.set(path("quality"), YamlValue::integer(1)));
    QCOMPARE(doc.toBytes(), bytes);
}

void TestFrontMatterDocument::duplicateKey_itsEditsRefusedOthersAndSourceTextAccepted()
{
    // Which `a` an edit means is what YAML readers disagree on (the engine's first, Jekyll's
    // last): no edit of `a` guesses. Other keys are edited as usual, both `a` kept, and the
    // Source view's whole-text edit is the way to repair it.
    const QByteArray bytes("---\na: 1\nlist: [x]\na: 2\n---\nbody\n");
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
    QVERIFY(doc.isEditable());
    const std::optional<Problem> duplicate = doc.duplicateKey();
    QVERIFY(duplicate);
    QCOMPARE(duplicate->line, 4);
    QCOMPARE(duplicate->column, 1);
    QVERIFY2(duplicate->message.contains(QLatin1String("a appears twice (first on line 2)")), qPrintable(duplicate->message));
    QVERIFY(!doc.duplicateKey(u"list"));
    QString error;
    QVERIFY(!doc.set(path("a"), YamlValue::integer(3), &error));
    QVERIFY2(error.contains(QLatin1String("line 4")) && error.contains(QLatin1String("appears twice")), qPrintable(error));
    QVERIFY(!doc.set(path("a"), YamlValue::integer(1)));   // not even to the value it has
    QVERIFY(!doc.remove(path("a")));
    QVERIFY(!doc.insertEntry(YamlPath(), QStringLiteral("a"), YamlValue::integer(5), QString()));
    QCOMPARE(doc.toBytes(), bytes);
    QVERIFY(doc.insertItem(path("list"), 1, YamlValue::string(QStringLiteral("y"))));
    QCOMPARE(doc.toBytes(), QByteArray("---\na: 1\nlist: [x, \"y\"]\na: 2\n---\nbody\n"));
    QVERIFY(doc.setFrontMatterText("a: 2\nlist: [x]\n"));
    QVERIFY(!doc.duplicateKey());
    QVERIFY(doc.set(path("a"), YamlValue::integer(3)));
    QCOMPARE(doc.toBytes(), QByteArray("---\na: 3\nlist: [x]\n---\nbody\n"));
}

void TestFrontMatterDocument::example_setPublishedChangesOneLine()
{
    const QByteArray bytes = TestFiles::exampleStory();
    if (bytes.isEmpty())
        QSKIP("the example story is not available");
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
    QVERIFY(doc.set(path("published"), YamlValue::boolean(false)));
    const auto [removed, added] = TestFiles::lineDiff(bytes, doc.toBytes());
    QCOMPARE(removed, QList<QByteArray>{"published: true"});
    QCOMPARE(added, QList<QByteArray>{"published: false"});
}

void TestFrontMatterDocument::example_setTopicsChangesOnlyTopicLines()
{
    const QByteArray bytes = TestFiles::exampleStory();
    if (bytes.isEmpty())
        QSKIP("the example story is not available");
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
    QVERIFY(doc.set(path("topics"), json("[\"AI\",\"Policy\"]")));
    const auto [removed, added] = TestFiles::lineDiff(bytes, doc.toBytes());
    QCOMPARE(removed, (QList<QByteArray>{"  - Computer Vision", "  - AI"}));
    QCOMPARE(added, (QList<QByteArray>{"  - AI", "  - Policy"}));
}

void TestFrontMatterDocument::example_appendRelatedAddsOnlyTheEntry()
{
    const QByteArray bytes = TestFiles::exampleStory();
    if (bytes.isEmpty())
        QSKIP("the example story is not available");
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
    const YamlValue entry = json(R"({"title":"A new one","excerpt":"Words.","publishedDateTime":"2020-09-30T01:00:00Z",)"
                                 R"("webUrl":"https://example.org/a","type":"article","provider":{"name":"Example News","domain":"example.org"},"quality":40})");
    QVERIFY(doc.insertItem(path("related"), 2, entry));
    const auto [removed, added] = TestFiles::lineDiff(bytes, doc.toBytes());
    QVERIFY(removed.isEmpty());
    QCOMPARE(added, (QList<QByteArray>{"  - title: \"A new one\"", "    excerpt: \"Words.\"", "    publishedDateTime: 2020-09-30T01:00:00Z",
                                       "    webUrl: \"https://example.org/a\"", "    type: article", "    provider:", "      name: Example News",
                                       "      domain: example.org", "    quality: 40"}));
}

void TestFrontMatterDocument::example_editRelatedTitleChangesOneLine()
{
    const QByteArray bytes = TestFiles::exampleStory();
    if (bytes.isEmpty())
        QSKIP("the example story is not available");
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
    QCOMPARE(doc.valueAt(path("related.1.provider.name"))->text(), QStringLiteral("Detroit Free Press"));
    QVERIFY(doc.set(path("related.0.title"), YamlValue::string(QStringLiteral("Renamed"))));
    const auto [removed, added] = TestFiles::lineDiff(bytes, doc.toBytes());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(added, QList<QByteArray>{"  - title: \"Renamed\""});
}

void TestFrontMatterDocument::hostileNesting_isRefusedWithClearError()
{
    const QByteArray bytes = "---\na: " + QByteArray(10000, '[') + QByteArray(10000, ']') + "\n---\n";
    const FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
    QVERIFY(!doc.isEditable());
    QCOMPARE(doc.problems().first().line, 2);
    QVERIFY(doc.problems().first().message.contains(QStringLiteral("nests")));
}

void TestFrontMatterDocument::insertEntry_putsTheKeyAfterTheGivenKey()
{
    const QByteArray bytes("---\ntitle: a # note\nzeta: 1\nsecured: x\n---\nbody\n");
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
    QVERIFY(doc.insertEntry(YamlPath(), QStringLiteral("custom"), YamlValue::plain(QStringLiteral("2")), QStringLiteral("title")));
    QCOMPARE(doc.toBytes(), QByteArray("---\ntitle: a # note\ncustom: 2\nzeta: 1\nsecured: x\n---\nbody\n"));
    // Without the key to follow, where set() would put it: before `secured`.
    QVERIFY(doc.insertEntry(YamlPath(), QStringLiteral("other"), YamlValue::plain(QStringLiteral("3")), QStringLiteral("missing")));
    QCOMPARE(doc.toBytes(), QByteArray("---\ntitle: a # note\ncustom: 2\nzeta: 1\nother: 3\nsecured: x\n---\nbody\n"));
    // A key that exists is set where it is.
    QVERIFY(doc.insertEntry(YamlPath(), QStringLiteral("zeta"), YamlValue::plain(QStringLiteral("9")), QStringLiteral("title")));
    QCOMPARE(doc.toBytes(), QByteArray("---\ntitle: a # note\ncustom: 2\nzeta: 9\nother: 3\nsecured: x\n---\nbody\n"));
    QVERIFY(!doc.insertEntry(YamlPath({QStringLiteral("title")}), QStringLiteral("k"), YamlValue::plain(QStringLiteral("1")), {}));
}

QTEST_GUILESS_MAIN(TestFrontMatterDocument)
#include "tst_frontmatterdocument.moc"
