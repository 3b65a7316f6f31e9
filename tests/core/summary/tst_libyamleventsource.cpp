#include "fuzzchecks.h"
#include "libyamleventsource.h"
#include "storyfile.h"
#include "testfiles.h"
#include "yamleventrecorder.h"

#include <QDirIterator>
#include <QTest>

// libyaml through LibYamlEventSource against yaml-cpp's own parser: the same events for every
// text the source accepts (FuzzChecks::libyamlAgreesWithYamlCpp), and a refusal where the two
// could disagree, so the summary reader falls back to yaml-cpp.

using namespace Storydesk;

class TestLibYamlEventSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithYamlCpp_data();
    void agreesWithYamlCpp();
    void accepts_data();
    void accepts();
    void marksAreByteOffsets_evenAfterWideCharactersAndCrlf();
    void declines_data();
    void declines();
    void realWorldCorpora_agreeWithYamlCpp();

private:
    static void addAcceptedRows();
    static void addDeclinedRows();
};

namespace {

std::vector<std::string> libyamlEvents(const QByteArray &yaml, bool *accepted)
{
    YamlEventRecorder recorder;
    *accepted = LibYamlEventSource::parse(yaml, recorder);
    return recorder.events;
}

} // namespace

// Texts the reader meets and the corners of yaml-cpp's event rules: nulls, tags, anchors,
// empty values (marked where the next token starts), styles, escapes and folding. Whatever
// the source takes of them must agree; what it declines, yaml-cpp reads.
void TestLibYamlEventSource::agreesWithYamlCpp_data()
{
    QTest::addColumn<QByteArray>("yaml");
    addAcceptedRows();
    addDeclinedRows();
    QTest::newRow("flow map") << QByteArray("provider: {name: X, domain: x.example}\nnone: {}\n");
    QTest::newRow("nested flow") << QByteArray("a: [[1, 2], {b: [c]}]\n");
    QTest::newRow("complex key") << QByteArray("? a\n: b\n? [x, y]\n: z\n");
    QTest::newRow("value without key") << QByteArray(": lonely\n");
    QTest::newRow("scalar document") << QByteArray("just text\n");
    QTest::newRow("list document") << QByteArray("- a\n- b\n");
    QTest::newRow("empty flow values") << QByteArray("a: {b: , c: 1}\nd: [e: , f]\n");
    QTest::newRow("flow map in flow sequence") << QByteArray("a: [b: c, d]\n");
}

void TestLibYamlEventSource::agreesWithYamlCpp()
{
    QFETCH(QByteArray, yaml);
    const QString problem = FuzzChecks::libyamlAgreesWithYamlCpp(yaml);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// The fast path must be taken for what front matter is made of, or it buys nothing.
void TestLibYamlEventSource::accepts_data()
{
    QTest::addColumn<QByteArray>("yaml");
    addAcceptedRows();
}

void TestLibYamlEventSource::addAcceptedRows()
{
    const QByteArray story = TestFiles::exampleStory();
    const StoryFile file = StoryFile::split(story);
    QTest::newRow("story") << story.sliced(file.frontMatterBegin(), file.frontMatterEnd() - file.frontMatterBegin());
    QTest::newRow("flat map") << QByteArray("title: \"A\"\nquality: 69\npublished: true\n");
    QTest::newRow("crlf") << QByteArray("title: A\r\ntopics:\r\n  - AI\r\n  - Tech\r\n");
    QTest::newRow("null spellings") << QByteArray("a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: nULL\ng: \"\"\nh: ''\n");
    QTest::newRow("empty values then keys") << QByteArray("a:\nb:\n  c:\nd:\n");
    QTest::newRow("empty list items") << QByteArray("topics:\n  -\n  - x\n  -\n");
    QTest::newRow("indentless list") << QByteArray("topics:\n- a\n- b\nnext: 1\n");
    QTest::newRow("flow list") << QByteArray("topics: [a, \"b\", 'c', /x/y, 2024]\nempty: []\n");
    QTest::newRow("block scalars") << QByteArray("a: |\n  line one\n    deeper\n  line two\nb: >-\n  folded\n  text\n\nc: |-\n  kept\n\n  apart\nd: x\n");
    QTest::newRow("escapes") << QByteArray("a: \"tab\\tnew\\nline \\u00e9 \\/ \\\"q\\\"\"\nb: 'it''s'\n");
    QTest::newRow("multi-line plain") << QByteArray("title: a title that\n  goes on\n  and on\nnext: 1\n");
    QTest::newRow("multi-line quoted") << QByteArray("title: \"a title\n  folded\"\nx: 'one\n  two'\n");
    QTest::newRow("comments") << QByteArray("# head\na: 1 # trailing\n# between\n\nb: 2\n");
    QTest::newRow("unicode") << QByteArray("title: \"Élan — 東京 😀\"\nprovider:\n  name: Ærø\n");
    QTest::newRow("question mark quoted in a flow list") << QByteArray("topics: [\"Why?\", 'How?']\n");
    QTest::newRow("question marks in text") << QByteArray("title: Why? Because\nexcerpt: |\n  What?\n");
    QTest::newRow("only a comment") << QByteArray("# nothing\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("colons and hashes in plain") << QByteArray("url: https://x.example/a#b\ntime: 12:30\n");
    QTest::newRow("nested list items") << QByteArray("a:\n  - - x\n    - y\n  -   z\n");
    QTest::newRow("related entries") << QByteArray("related:\n  - title: A\n    webUrl: https://a\n    images:\n      - url: https://i\n        width: 10\n");
}

void TestLibYamlEventSource::accepts()
{
    QFETCH(QByteArray, yaml);
    bool accepted = false;
    libyamlEvents(yaml, &accepted);
    QVERIFY(accepted);
}

void TestLibYamlEventSource::marksAreByteOffsets_evenAfterWideCharactersAndCrlf()
{
    const QByteArray yaml("a: \"é😀\"\r\nb: x\r\n");
    bool accepted = false;
    const std::vector<std::string> events = libyamlEvents(yaml, &accepted);
    QVERIFY(accepted);
    // document, map, a, "é😀", b, x, end map, end document
    QCOMPARE(events.size(), size_t(8));
    QCOMPARE(events.at(3), std::string("scalar @3 line 0 tag ! \"é😀\""));
    QCOMPARE(yaml.indexOf("b:"), 13);
    QCOMPARE(events.at(4), std::string("scalar @13 line 1 tag ? \"b\""));
    QCOMPARE(events.at(5), std::string("scalar @16 line 1 tag ? \"x\""));
}

// Declined: what libyaml refuses (yaml-cpp then words the error), and everything outside the
// subset the source takes (libyamleventsource.cpp): tags, anchors and aliases, directives and
// document markers, explicit keys, flow maps and nested or multi-line flow lists, escapes
// beyond the simple ones, blank lines inside quoted and plain scalars, block scalars with
// indicators or uneven lines, tabs, control characters and the line breaks only one parser
// knows. Many are fuzz findings: corners the two parsers read apart.
void TestLibYamlEventSource::declines_data()
{
    QTest::addColumn<QByteArray>("yaml");
    addDeclinedRows();
}

void TestLibYamlEventSource::addDeclinedRows()
{
    QTest::newRow("unknown alias") << QByteArray("a: *nowhere\n");
    QTest::newRow("alias before its anchor") << QByteArray("a: *x\nb: &x 1\n");
    QTest::newRow("unclosed quote") << QByteArray("title: \"never closed\n");
    QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n");
    QTest::newRow("tab indentation") << QByteArray("a:\n\tb: 1\n");
    QTest::newRow("invalid utf-8") << QByteArray("a: \xff\xfe\n");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" "a: 1\n");
    QTest::newRow("text after the document's end") << QByteArray("a: 1\n...\nbody `text`\n");
    QTest::newRow("a second document") << QByteArray("a: 1\n--- b\n");
    QTest::newRow("tag with a second bang") << QByteArray("a: !!binar!mytag value\n");
    QTest::newRow("verbatim tag") << QByteArray("a: !<tag:example.com,2000:x> value\n");
    QTest::newRow("tag directive") << QByteArray("%TAG !e! tag:example.com,2000:\n---\na: !e!x value\n");
    QTest::newRow("yaml directive") << QByteArray("%YAML 1.1\n---\na: 1\n");
    QTest::newRow("a carriage return alone") << QByteArray("a: |\n  one\rtwo\n");
    QTest::newRow("next line") << QByteArray("a: one\xC2\x85two\n");
    QTest::newRow("line separator") << QByteArray("a: one\xE2\x80\xA8two\n");
    QTest::newRow("paragraph separator") << QByteArray("a: one\xE2\x80\xA9two\n");
    QTest::newRow("byte-order mark inside") << QByteArray("a: |\n  x\xEF\xBB\xBFy\n");
    QTest::newRow("anchor name running into a colon") << QByteArray("&topics:\n  - a\n");
    QTest::newRow("alias name running into a dot") << QByteArray("a: &x 1\nb: *x.y\n");
    QTest::newRow("explicit key without a value") << QByteArray("? |\n  key\n'next': 4\n");
    QTest::newRow("flow map keys without values") << QByteArray("a: {b, c}\n");
    QTest::newRow("plain scalar document running on at column 0") << QByteArray("&-a kba pna1\n-4 --\n");
    QTest::newRow("bare tag at the end") << QByteArray("title: !");
    QTest::newRow("bare tag") << QByteArray("c: ! y\n");
    QTest::newRow("list as a key") << QByteArray("? [x, y]\n: z\n");
    QTest::newRow("map as a key") << QByteArray("? 'single':\n");
    QTest::newRow("empty explicit key and value") << QByteArray("? \n:");
    QTest::newRow("explicit key in a list") << QByteArray("- ? a\n  : b\n");
    QTest::newRow("explicit key in a flow map") << QByteArray("a: {? b : c}\n");
    QTest::newRow("question mark in a flow list") << QByteArray("topics: [AI, Roboti?cs]\n");
    QTest::newRow("question mark in a flow map") << QByteArray("a: {b: Why?}\n");
    QTest::newRow("percent escape in a tag") << QByteArray("title: !!str%44x\n");
    QTest::newRow("blank lines before a closing quote") << QByteArray("a: \"x\n\n\n\"\nb: 'y\n\n  \n'\n");
    QTest::newRow("no line break at the end") << QByteArray("hart: >-\n | F+F+\n ");
    QTest::newRow("anchored empty key in a flow map") << QByteArray("d: [e, {f: [ {&h :i}]}]\n");
    QTest::newRow("only line breaks in quotes") << QByteArray("-s: \"\n\n \"\n");
    QTest::newRow("one blank line before a closing quote") << QByteArray("y: \"z\n\n\"\n");
    QTest::newRow("list item below its dash") << QByteArray("e:\n  -\n  | \n\n");
    QTest::newRow("map item below its dash") << QByteArray("related:\n  -\n    title: x\n");
    QTest::newRow("question mark starting a flow key") << QByteArray("d: [e, {?f: [g, {h: i}]}]\n");
    QTest::newRow("tags") << QByteArray("a: !!str 12\n");
    QTest::newRow("local tag") << QByteArray("b: !custom x\n");
    QTest::newRow("anchor and alias") << QByteArray("a: &x hello\nb: *x\n");
    QTest::newRow("anchored map") << QByteArray("base: &b\n  name: X\n");
    QTest::newRow("flow map value") << QByteArray("provider: {name: X}\n");
    QTest::newRow("list in a flow list") << QByteArray("a: [[1, 2]]\n");
    QTest::newRow("flow list over lines") << QByteArray("aliases: [\n  a,\n  b,\n]\n");
    QTest::newRow("quoted scalar over lines in a flow list") << QByteArray("a: [\"x\n  y\", 'z\n  w']\n");
    QTest::newRow("indicator in a flow word") << QByteArray("a: [b|c]\n");
    QTest::newRow("hex escape") << QByteArray("a: \"\\x41\"\n");
    QTest::newRow("surrogate escape") << QByteArray("a: \"\\ud83d\"\n");
    QTest::newRow("escaped line break") << QByteArray("a: \"one \\\n  two\"\n");
    QTest::newRow("paragraph in quotes") << QByteArray("a: \"one\n\n  two\"\n");
    QTest::newRow("paragraph in a plain scalar") << QByteArray("a: one\n\n  two\nb: 1\n");
    QTest::newRow("keep chomping") << QByteArray("a: |+\n  keep\n\nb: 1\n");
    QTest::newRow("indentation indicator") << QByteArray("a: |2\n   x\n");
    QTest::newRow("deeper line in a folded scalar") << QByteArray("a: >\n  x\n    y\n  z\n");
    QTest::newRow("blank first line in a block scalar") << QByteArray("a: |\n\n  x\n");
    QTest::newRow("spaces alone in a block scalar") << QByteArray("a: |\n  x\n   \n  y\n");
    QTest::newRow("explicit document end") << QByteArray("a: 1\n...\n# the end\n");
    QTest::newRow("explicit document start") << QByteArray("---\na: 1\n");
    QTest::newRow("tab after a value") << QByteArray("a: 1\t\n");
    QTest::newRow("control character") << QByteArray("a: x\x01y\n");
    QTest::newRow("node less indented than the root map") << QByteArray(" a: 1\n~\n");
    QTest::newRow("list item below its dash after a comment") << QByteArray("e:\n-\n # c\n  k: v\n");
    QTest::newRow("folded item below its dash after a comment") << QByteArray("e:\n- # c\n >\n  x\n");
    QTest::newRow("flow map as the document") << QByteArray("{a: 1}\n");
    QTest::newRow("utf-16 bom") << QByteArray("\xFF\xFE" "a\0:\0 \0001\0", 10);
}

void TestLibYamlEventSource::declines()
{
    QFETCH(QByteArray, yaml);
    bool accepted = true;
    libyamlEvents(yaml, &accepted);
    QVERIFY(!accepted);
}

void TestLibYamlEventSource::realWorldCorpora_agreeWithYamlCpp()
{
    const QString root = QStringLiteral(STORYDESK_CORPORA_DIR);
    if (!QFileInfo(root).isDir())
        QSKIP("the real-world corpora are not available");
    int files = 0;
    int declined = 0;
    QDirIterator it(root, {QStringLiteral("*.md"), QStringLiteral("*.markdown"), QStringLiteral("*.html")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = TestFiles::read(path);
        const QString problem = FuzzChecks::libyamlAgreesWithYamlCpp(bytes);
        QVERIFY2(problem.isEmpty(), qPrintable(path + QStringLiteral(": ") + problem));
        ++files;
        const StoryFile file = StoryFile::split(bytes);
        if (file.hasFrontMatter()) {
            YamlEventRecorder recorder;
            if (!LibYamlEventSource::parse(QByteArrayView(bytes).sliced(file.frontMatterBegin(), file.frontMatterEnd() - file.frontMatterBegin()), recorder))
                ++declined;
        }
    }
    QVERIFY(files > 1000);
    qInfo("%d files agree; libyaml declined the front matter of %d (yaml-cpp reads those)", files, declined);
    // The fast path is the rule: a source that declines most files would buy nothing.
    QVERIFY2(declined * 100 < files, qPrintable(QStringLiteral("%1 of %2 declined").arg(declined).arg(files)));
}

QTEST_GUILESS_MAIN(TestLibYamlEventSource)
#include "tst_libyamleventsource.moc"
