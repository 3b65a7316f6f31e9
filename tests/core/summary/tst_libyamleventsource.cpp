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
    void acceptsOnlySpaceAndCommentsAfterTheDocument();
    void realWorldCorpora_agreeWithYamlCpp();
};

namespace {

std::vector<std::string> libyamlEvents(const QByteArray &yaml, bool *accepted)
{
    YamlEventRecorder recorder;
    *accepted = LibYamlEventSource::parse(yaml, recorder);
    return recorder.events;
}

// Among the texts below, only YAML that libyaml refuses itself, documents that are no map
// (yaml-cpp ends a plain scalar at column 0 by rules of its own), explicit keys (`?`) and empty
// values in flow collections are left out of the fast path.
bool libyamlRefuses(const char *tag)
{
    const QByteArrayView name(tag);
    return name == QByteArrayView("value without key") || name == QByteArrayView("scalar document")
        || name == QByteArrayView("list document") || name == QByteArrayView("complex key") || name == QByteArrayView("map as a key")
        || name == QByteArrayView("explicit keys") || name == QByteArrayView("empty flow values");
}

} // namespace

// Texts the reader meets and the corners of yaml-cpp's event rules: nulls, tags, anchors,
// empty values (marked where the next token starts), styles, escapes and folding.
void TestLibYamlEventSource::agreesWithYamlCpp_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("story") << TestFiles::exampleStory();
    QTest::newRow("flat map") << QByteArray("title: \"A\"\nquality: 69\npublished: true\n");
    QTest::newRow("crlf") << QByteArray("title: A\r\ntopics:\r\n  - AI\r\n  - Tech\r\n");
    QTest::newRow("null spellings") << QByteArray("a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: nULL\ng: \"\"\nh: ''\n");
    QTest::newRow("empty values then keys") << QByteArray("a:\nb:\n  c:\nd:\n");
    QTest::newRow("empty list items") << QByteArray("topics:\n  -\n  - x\n  -\n");
    QTest::newRow("indentless list") << QByteArray("topics:\n- a\n- b\nnext: 1\n");
    QTest::newRow("flow") << QByteArray("topics: [a, \"b\", 'c']\nprovider: {name: X, domain: x.example}\nempty: []\nnone: {}\n");
    QTest::newRow("nested flow") << QByteArray("a: [[1, 2], {b: [c]}]\n");
    QTest::newRow("tags") << QByteArray("a: !!str 12\nb: !custom x\nd: !!null ~\ne: !!str\nf: !!map {x: 1}\ng: !!seq [1]\n");
    QTest::newRow("anchors and aliases") << QByteArray("a: &x hello\nb: *x\nc: &y [1, 2]\nd: *y\ne: &x again\nf: *x\n");
    QTest::newRow("anchored empty value") << QByteArray("a: &x\nb: *x\n");
    QTest::newRow("anchored map") << QByteArray("base: &b\n  name: X\nother: *b\n");
    QTest::newRow("block scalars") << QByteArray("a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n\nc: |+\n  keep\n\nd: x\n");
    QTest::newRow("escapes") << QByteArray("a: \"tab\\tnew\\nline \\u00e9 \\x41 \\\"q\\\"\"\nb: 'it''s'\n");
    QTest::newRow("multi-line plain") << QByteArray("title: a title that\n  goes on\n  and on\nnext: 1\n");
    QTest::newRow("multi-line quoted") << QByteArray("title: \"a title\n  folded\n\n  paragraph\"\nx: 'one\n  two'\n");
    QTest::newRow("comments") << QByteArray("# head\na: 1 # trailing\n# between\nb: 2\n");
    QTest::newRow("unicode") << QByteArray("title: \"Élan — 東京 😀\"\nprovider:\n  name: Ærø\n");
    QTest::newRow("complex key") << QByteArray("? a\n: b\n? [x, y]\n: z\n");
    QTest::newRow("map as a key") << QByteArray("? 'single':\n");
    QTest::newRow("explicit keys") << QByteArray("? a\n: b\n");
    QTest::newRow("question mark quoted in a flow list") << QByteArray("topics: [\"Why?\", 'How?']\n");
    QTest::newRow("question marks in text") << QByteArray("title: Why? Because\nexcerpt: |\n  What?\n");
    QTest::newRow("value without key") << QByteArray(": lonely\n");
    QTest::newRow("scalar document") << QByteArray("just text\n");
    QTest::newRow("list document") << QByteArray("- a\n- b\n");
    QTest::newRow("only a comment") << QByteArray("# nothing\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("explicit end") << QByteArray("a: 1\n...\n");
    QTest::newRow("empty flow values") << QByteArray("a: {b: , c: 1}\nd: [e: , f]\n");
    QTest::newRow("flow map in flow sequence") << QByteArray("a: [b: c, d]\n");
    QTest::newRow("colons and hashes in plain") << QByteArray("url: https://x.example/a#b\ntime: 12:30\n");
    QTest::newRow("tabs after values") << QByteArray("a: 1\t\nb:\tx\n");
    QTest::newRow("related entries") << QByteArray("related:\n  - title: A\n    webUrl: https://a\n    images:\n      - url: https://i\n        width: 10\n");
}

void TestLibYamlEventSource::agreesWithYamlCpp()
{
    QFETCH(QByteArray, yaml);
    const QString problem = FuzzChecks::libyamlAgreesWithYamlCpp(yaml);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// The fast path must be taken for what stories are made of, or it buys nothing.
void TestLibYamlEventSource::accepts_data()
{
    agreesWithYamlCpp_data();
}


void TestLibYamlEventSource::accepts()
{
    QFETCH(QByteArray, yaml);
    if (QByteArrayView(QTest::currentDataTag()) == QByteArrayView("story")) {
        const StoryFile file = StoryFile::split(yaml);
        yaml = yaml.sliced(file.frontMatterBegin(), file.frontMatterEnd() - file.frontMatterBegin());
    }
    bool accepted = false;
    const std::vector<std::string> events = libyamlEvents(yaml, &accepted);
    QCOMPARE(accepted, !libyamlRefuses(QTest::currentDataTag()));
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

// Declined: what libyaml refuses (yaml-cpp words the error), an alias to an anchor not yet
// defined (libyaml's parser passes it, yaml-cpp refuses it), a byte-order mark, text after
// the document (yaml-cpp reads one token past its end and may throw on it), directives, and
// tags beyond plain names, the line breaks only one of them knows,
// anchor names that end where only libyaml ends them, values with no `:` at all,
// documents that are not a map, lists or maps as keys, explicit keys (`? key`), and a `?` in
// a plain scalar of a flow collection (yaml-cpp refuses it), `%xx` in tags, and blank lines
// before a closing quote (yaml-cpp folds them into one), text without a final line break, and
// empty nodes inside flow collections.
void TestLibYamlEventSource::declines_data()
{
    QTest::addColumn<QByteArray>("yaml");
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
    QTest::newRow("utf-16 bom") << QByteArray("\xFF\xFE" "a\0:\0 \0001\0", 10);
}

void TestLibYamlEventSource::declines()
{
    QFETCH(QByteArray, yaml);
    bool accepted = true;
    libyamlEvents(yaml, &accepted);
    QVERIFY(!accepted);
}

void TestLibYamlEventSource::acceptsOnlySpaceAndCommentsAfterTheDocument()
{
    const QByteArray yaml("a: 1\n...\n# the end\n\n");
    bool accepted = false;
    const std::vector<std::string> events = libyamlEvents(yaml, &accepted);
    QVERIFY(accepted);
    QCOMPARE(events.back(), std::string("end document"));
    const QString problem = FuzzChecks::libyamlAgreesWithYamlCpp(yaml);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
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
