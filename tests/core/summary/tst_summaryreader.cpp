#include "summaryreader.h"
#include "testfiles.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using Storydesk::Problem;
using Storydesk::StorySummary;
using Storydesk::SummaryReader;

namespace {

// Problems as "W3:10" (severity, file line, file column), for compact data tables.
QString positions(const Storydesk::Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out.append(QStringLiteral("%1%2:%3").arg(QChar(p.isError() ? u'E' : u'W')).arg(p.line).arg(p.column));
    return out.join(QLatin1Char(' '));
}

QByteArray story(const QByteArray &frontMatter)
{
    return "---\n" + frontMatter + "---\nbody\n";
}

} // namespace

class TestSummaryReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleStory_readsEveryField();
    void quirks_data();
    void quirks();
    void brokenYaml_isOneErrorAtFileLineAndColumn_data();
    void brokenYaml_isOneErrorAtFileLineAndColumn();
    void deepFlowNesting_isCleanError();
    void conflictMarkers_areAnErrorAtTheOpeningLine_data();
    void conflictMarkers_areAnErrorAtTheOpeningLine();
    void hostileInput_isReadOrRefusedWithoutCrashing_data();
    void hostileInput_isReadOrRefusedWithoutCrashing();
    void oversizedFrontMatter_isBroken();
    void missingFile_isBrokenNotThrown();
    void read_setsIdentity();
    void searchKey_foldsCaseAndAccents();
    void imageSize_isFirstImagesWidthAndHeight_data();
    void imageSize_isFirstImagesWidthAndHeight();
    void realWorldCorpora_readWithoutCrashing();
    void mutatedStories_neverCrashAndBrokenOnesSayWhere();
};

void TestSummaryReader::exampleStory_readsEveryField()
{
    if (!QFile::exists(QStringLiteral(STORYDESK_EXAMPLE_STORY)))
        QSKIP("the example story is not available");
    const StorySummary s = SummaryReader::read(QStringLiteral(STORYDESK_EXAMPLE_STORY));
    QCOMPARE(positions(s.problems), QString());
    QVERIFY(!s.broken);
    QCOMPARE(s.title, QStringLiteral("Detroit Renews Facial Recognition Contract"));
    QVERIFY(QString::fromUtf8(s.excerpt).startsWith(QStringLiteral("The Detroit City Council voted to renew its police department’s")));
    QCOMPARE(s.category, QStringLiteral("news"));
    QCOMPARE(s.type, QStringLiteral("article"));
    QCOMPARE(s.providerName, QStringLiteral("Wall Street Journal"));
    QCOMPARE(s.providerDomain, QStringLiteral("wsj.com"));
    QCOMPARE(QString::fromUtf8(s.providerLogoUrl), QStringLiteral("https://smartableai.github.io/artificial-intelligence/assets/images/organizations/wsj.com-50x50.jpg"));
    QCOMPARE(QString::fromUtf8(s.imageUrl), QStringLiteral("https://images.wsj.net/im-238297/social"));
    QCOMPARE(s.imageWidth, 1280);
    QCOMPARE(s.imageHeight, 640);
    QCOMPARE(QString::fromUtf8(s.webUrl), QStringLiteral("https://www.wsj.com/articles/detroit-renews-facial-recognition-contract-11601422598"));
    QCOMPARE(s.topics, (QStringList{QStringLiteral("Computer Vision"), QStringLiteral("AI")}));
    QCOMPARE(s.publishedDateTime, QDateTime(QDate(2020, 9, 30), QTime(6, 5), Qt::UTC));
    QCOMPARE(s.quality, qint16(69));
    QCOMPARE(s.heat, qint16(89));
    QCOMPARE(s.published, StorySummary::Published::Yes);
    QCOMPARE(s.relatedCount, 2);
    QVERIFY(s.identity.isValid());
}

void TestSummaryReader::quirks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("topics");
    QTest::addColumn<int>("quality");
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<int>("published");
    QTest::addColumn<int>("related");
    QTest::addColumn<QString>("problems");

    const QDateTime none;
    const QDateTime d0605(QDate(2020, 9, 30), QTime(6, 5), Qt::UTC);
    const int missing = int(StorySummary::Published::Missing);
    const int yes = int(StorySummary::Published::Yes);
    const int no = int(StorySummary::Published::No);
    const int invalid = int(StorySummary::Published::Invalid);
    const QStringList noTopics;
    const QStringList ai{QStringLiteral("AI")};

    QTest::newRow("crlf") << QByteArray("---\r\ntitle: \"A\"\r\nquality: 50\r\ntopics:\r\n  - AI\r\n---\r\nbody\r\n")
                          << "A" << ai << 50 << none << missing << 0 << "";
    QTest::newRow("bom, problem lines still count from the fence")
        << QByteArray("\xEF\xBB\xBF---\ntitle: B\nquality: x\n---\n") << "B" << noTopics << -1 << none << missing << 0 << "W3:10";
    QTest::newRow("flow list") << story("topics: [AI, \"Computer Vision\"]\n") << ""
                               << QStringList{QStringLiteral("AI"), QStringLiteral("Computer Vision")} << -1 << none << missing << 0 << "";
    QTest::newRow("empty flow list") << story("topics: []\n") << "" << noTopics << -1 << none << missing << 0 << "";
    QTest::newRow("comments") << story("# a comment\ntitle: C # trailing\nquality: 7 # why\n") << "C" << noTopics << 7 << none << missing << 0 << "";
    QTest::newRow("literal block scalar") << story("title: |\n  line one\n  line two\n") << "line one\nline two\n" << noTopics << -1 << none << missing << 0 << "";
    QTest::newRow("folded block scalar, strip") << story("title: >-\n  folded\n  text\n") << "folded text" << noTopics << -1 << none << missing << 0 << "";
    QTest::newRow("quoted date") << story("publishedDateTime: \"2020-09-30T06:05:00Z\"\n") << "" << noTopics << -1 << d0605 << missing << 0 << "";
    QTest::newRow("date with offset") << story("publishedDateTime: 2020-09-30T08:05:00+02:00\n") << "" << noTopics << -1 << d0605 << missing << 0 << "";
    QTest::newRow("date with space and offset") << story("publishedDateTime: 2020-09-30 1:05:00 -0500\n") << "" << noTopics << -1 << d0605 << missing << 0 << "";
    QTest::newRow("unparsable date") << story("publishedDateTime: yesterday\n") << "" << noTopics << -1 << none << missing << 0 << "W2:20";
    QTest::newRow("missing keys") << story("title: only\n") << "only" << noTopics << -1 << none << missing << 0 << "";
    QTest::newRow("empty values read as missing") << story("title:\nquality:\npublished: ~\ntopics:\n") << "" << noTopics << -1 << none << missing << 0 << "";
    QTest::newRow("quality out of range") << story("title: Q\nquality: 150\n") << "Q" << noTopics << -1 << none << missing << 0 << "W3:10";
    QTest::newRow("quality not a number") << story("quality: high\n") << "" << noTopics << -1 << none << missing << 0 << "W2:10";
    QTest::newRow("quoted quality") << story("quality: \"69\"\n") << "" << noTopics << 69 << none << missing << 0 << "";
    QTest::newRow("published false") << story("published: false\n") << "" << noTopics << -1 << none << no << 0 << "";
    // One rule for booleans (YAML 1.2's core schema, StorySchema::parseBool): YAML 1.1's
    // yes/no/on/off and quoted text are not booleans to every reader, so they are problems.
    QTest::newRow("published True") << story("published: True\n") << "" << noTopics << -1 << none << yes << 0 << "";
    QTest::newRow("published yes is not a boolean") << story("published: yes\n") << "" << noTopics << -1 << none << invalid << 0 << "W2:12";
    QTest::newRow("published off is not a boolean") << story("published: off\n") << "" << noTopics << -1 << none << invalid << 0 << "W2:12";
    QTest::newRow("published quoted is text") << story("published: \"false\"\n") << "" << noTopics << -1 << none << invalid << 0 << "W2:12";
    QTest::newRow("duplicate top-level key is an error at the second") << story("title: a\nquality: 5\ntitle: b\n") << "b" << noTopics << 5
                                                                      << none << missing << 0 << "E4:1";
    QTest::newRow("same key in two related entries is no duplicate") << story("related:\n  - webUrl: a\n  - webUrl: b\n")
                                                                      << "" << noTopics << -1 << none << missing << 2 << "";
    QTest::newRow("published not a boolean") << story("published: maybe\n") << "" << noTopics << -1 << none << invalid << 0 << "W2:12";
    QTest::newRow("topics a single string") << story("topics: AI\n") << "" << noTopics << -1 << none << missing << 0 << "W2:9";
    QTest::newRow("topics with a map entry") << story("topics:\n  - AI\n  - {a: 1}\n") << "" << ai << -1 << none << missing << 0 << "W4:5";
    QTest::newRow("topics with an empty entry") << story("topics:\n  - AI\n  -\n") << "" << ai << -1 << none << missing << 0 << "W4:3";
    QTest::newRow("related entries counted") << story("related:\n  - webUrl: a\n  - webUrl: b\n    title: t\n") << "" << noTopics << -1 << none << missing << 2 << "";
    QTest::newRow("related entry without webUrl") << story("related:\n  - webUrl: a\n  - title: t\n") << "" << noTopics << -1 << none << missing << 2 << "W4:5";
    QTest::newRow("related flow entries") << story("related: [{webUrl: a}, {title: b}]\n") << "" << noTopics << -1 << none << missing << 2 << "W2:24";
    QTest::newRow("title as a list") << story("title: [a, b]\n") << "" << noTopics << -1 << none << missing << 0 << "W2:8";
    QTest::newRow("not a map") << story("- a\n- b\n") << "" << noTopics << -1 << none << missing << 0 << "W2:1";
    QTest::newRow("a scalar document") << story("just text\n") << "" << noTopics << -1 << none << missing << 0 << "W2:1";
    QTest::newRow("empty front matter") << QByteArray("---\n---\n") << "" << noTopics << -1 << none << missing << 0 << "";
    QTest::newRow("only comments") << story("# nothing here\n") << "" << noTopics << -1 << none << missing << 0 << "";
    QTest::newRow("unknown keys and nesting skipped") << story("extra:\n  deep: {a: [1, {b: 2}]}\ntitle: T\nsecured: \"x\"\n")
                                                     << "T" << noTopics << -1 << none << missing << 0 << "";
    QTest::newRow("nested keys named like story fields are ignored") << story("extra:\n  title: no\n  quality: 900\ntitle: yes\n")
                                                                     << "yes" << noTopics << -1 << none << missing << 0 << "";
    QTest::newRow("unicode column counts characters") << story("title: \"é€\"\nquality: \"é\"\n") << "é€" << noTopics << -1 << none << missing << 0 << "W3:10";
    QTest::newRow("anchors and aliases") << story("t: &x AI\ntopics: [*x]\n") << "" << noTopics << -1 << none << missing << 0 << "W3:10";
}

void TestSummaryReader::quirks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);
    QFETCH(QStringList, topics);
    QFETCH(int, quality);
    QFETCH(QDateTime, date);
    QFETCH(int, published);
    QFETCH(int, related);
    QFETCH(QString, problems);

    const StorySummary s = SummaryReader::fromBytes(QStringLiteral("/site/story.md"), bytes);
    QCOMPARE(positions(s.problems), problems);
    QVERIFY(!s.broken);
    QCOMPARE(s.path, QStringLiteral("/site/story.md"));
    QCOMPARE(s.title, title);
    QCOMPARE(s.topics, topics);
    QCOMPARE(int(s.quality), quality);
    QCOMPARE(s.publishedDateTime, date);
    QCOMPARE(int(s.published), published);
    QCOMPARE(s.relatedCount, related);
    for (const Problem &p : s.problems)
        QVERIFY2(!p.message.isEmpty(), "every problem says what is wrong");
}

void TestSummaryReader::brokenYaml_isOneErrorAtFileLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problems");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("no front matter") << QByteArray("# Just Markdown\n") << "W1:1" << "no front matter";
    QTest::newRow("unclosed") << QByteArray("---\ntitle: x\n") << "E1:1" << "never closed";
    QTest::newRow("nul byte") << QByteArray("---\ntitle: a\0b\n---\n", 19) << "E2:9" << "NUL";
    QTest::newRow("invalid utf-8") << QByteArray("---\ntitle: ok\nexcerpt: \xC3\x28\n---\n") << "E3:1" << "UTF-8";
    QTest::newRow("illegal map value") << story("title: a\nexcerpt: b: c\n") << "E3:11" << "illegal map value";
    QTest::newRow("illegal map value after multibyte text") << story("title: é: 2\n") << "E2:9" << "illegal map value";
    QTest::newRow("bad indentation, crlf") << QByteArray("---\r\ntitle: a\r\n  quality: 1\r\n---\r\n") << "E3:10" << "illegal map value";
    QTest::newRow("unterminated quote") << story("title: \"open\nquality: 5\n") << "E2:8" << "never closed";
    QTest::newRow("tab indentation") << story("provider:\n\tname: x\n") << "E3:6" << "";
}

void TestSummaryReader::brokenYaml_isOneErrorAtFileLineAndColumn()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problems);
    QFETCH(QString, messagePart);

    const StorySummary s = SummaryReader::fromBytes(QStringLiteral("/site/broken.md"), bytes);
    QVERIFY(s.broken);
    QCOMPARE(positions(s.problems), problems);
    QVERIFY2(s.problems.constFirst().message.contains(messagePart, Qt::CaseInsensitive),
             qPrintable(s.problems.constFirst().message));
}

void TestSummaryReader::conflictMarkers_areAnErrorAtTheOpeningLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problems");
    QTest::addColumn<bool>("broken");

    const QByteArray block("<<<<<<< ours\nquality: 1\n=======\nquality: 2\n>>>>>>> theirs\n");
    // In the front matter the markers are why it does not parse: they replace the YAML error.
    QTest::newRow("front matter") << story("title: a\n" + block) << "E3:1" << true;
    QTest::newRow("front matter, bom and crlf")
        << QByteArray("\xEF\xBB\xBF---\r\ntitle: a\r\n" + QByteArray(block).replace("\n", "\r\n") + "---\r\n") << "E3:1" << true;
    QTest::newRow("body, two blocks") << QByteArray("---\ntitle: a\n---\nx\n" + block + "y\n" + block) << "E5:1 E11:1" << false;
    QTest::newRow("larger markers") << QByteArray("---\ntitle: a\n---\n<<<<<<<<< HEAD\na\n=========\nb\n>>>>>>>>> main\n") << "E4:1" << false;
    QTest::newRow("no closing marker is no conflict") << QByteArray("---\ntitle: a\n---\n<<<<<<< ours\na\n=======\n") << "" << false;
    QTest::newRow("setext heading is no conflict") << QByteArray("---\ntitle: a\n---\nTitle\n=======\n") << "" << false;
    QTest::newRow("text after the marker is no marker") << QByteArray("---\ntitle: a\n---\n<<<<<<<ours\n=======\n>>>>>>>\n") << "" << false;
}

void TestSummaryReader::conflictMarkers_areAnErrorAtTheOpeningLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problems);
    QFETCH(bool, broken);

    const StorySummary s = SummaryReader::fromBytes(QStringLiteral("/site/story.md"), bytes);
    QCOMPARE(positions(s.problems), problems);
    QCOMPARE(s.broken, broken);
    for (const Problem &p : s.problems)
        QCOMPARE(p.message, QStringLiteral("unresolved merge conflict"));
}

void TestSummaryReader::deepFlowNesting_isCleanError()
{
    // Deep enough to overflow yaml-cpp's recursion if it ever saw it.
    const QByteArray deep = "title: x\nt: " + QByteArray(100000, '[') + QByteArray(100000, ']') + "\n";
    const StorySummary s = SummaryReader::fromBytes(QStringLiteral("/site/deep.md"), story(deep));
    QVERIFY(s.broken);
    QCOMPARE(s.problems.size(), 1);
    QVERIFY(s.problems.constFirst().isError());
    QCOMPARE(s.problems.constFirst().line, 3);
    QVERIFY(s.problems.constFirst().message.contains(QStringLiteral("64")));

    QByteArray blocks = "a:\n";
    for (int i = 1; i < 100; ++i)
        blocks += QByteArray(i * 2, ' ') + "a:\n";
    const StorySummary b = SummaryReader::fromBytes(QStringLiteral("/site/deep.md"), story(blocks));
    QVERIFY(b.broken);
    QVERIFY(b.problems.constFirst().line > 2);

    const QByteArray dashes = "t:\n" + QByteArray(2000, '-').replace("-", "- ") + "x\n";
    QVERIFY(SummaryReader::fromBytes(QStringLiteral("/site/deep.md"), story(dashes)).broken);
}

void TestSummaryReader::hostileInput_isReadOrRefusedWithoutCrashing_data()
{
    QTest::addColumn<QByteArray>("frontMatter");

    QTest::newRow("nested complex keys") << QByteArray("? ").repeated(3000) + "x\n";
    QTest::newRow("nested flow maps") << "a: " + QByteArray("{a: ").repeated(3000) + "\n";
    QTest::newRow("alias bomb") << QByteArray("a: &a [x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\ntopics: [*c, *c]\n");
    QTest::newRow("undefined alias") << QByteArray("topics: [*nope]\n");
    QTest::newRow("tags") << QByteArray("title: !!binary aGVsbG8=\nquality: !!int 5\ntopics: !!seq [a]\n");
    QTest::newRow("directive") << QByteArray("%YAML 1.2\ntitle: x\n");
    QTest::newRow("many documents") << QByteArray("title: a\n...\ntitle: b\n");
    QTest::newRow("huge key") << "x" + QByteArray(2 * 1024 * 1024, 'k') + ": 1\n";
    QTest::newRow("control characters") << QByteArray("title: \"\x01\x02\x1b[31m\"\n");
    QTest::newRow("lone surrogate escape") << QByteArray("title: \"\\uD800\"\n");
}

void TestSummaryReader::hostileInput_isReadOrRefusedWithoutCrashing()
{
    QFETCH(QByteArray, frontMatter);
    const StorySummary s = SummaryReader::fromBytes(QStringLiteral("/site/hostile.md"), story(frontMatter));
    if (s.broken)
        QVERIFY(s.problems.constFirst().line > 0);
}

void TestSummaryReader::oversizedFrontMatter_isBroken()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray big = "title: big\nexcerpt: \"" + QByteArray(5 * 1024 * 1024, 'x') + "\"\n";

    // Closed front matter, parsed in memory.
    const StorySummary closed = SummaryReader::fromBytes(QStringLiteral("/site/big.md"), story(big));
    QVERIFY(closed.broken);
    QVERIFY(closed.problems.constFirst().isError());

    // On disk the reader stops reading early and still says why.
    const QString path = dir.filePath(QStringLiteral("big.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(story(big));
    file.close();
    const StorySummary read = SummaryReader::read(path);
    QVERIFY(read.broken);
    QVERIFY2(read.problems.constFirst().message.contains(QStringLiteral("MB")), qPrintable(read.problems.constFirst().message));
}

void TestSummaryReader::missingFile_isBrokenNotThrown()
{
    const StorySummary s = SummaryReader::read(QStringLiteral("/nonexistent/storydesk/story.md"));
    QVERIFY(s.broken);
    QCOMPARE(s.problems.size(), 1);
    QVERIFY(s.problems.constFirst().isError());
    QVERIFY(!s.identity.isValid());
}

void TestSummaryReader::read_setsIdentity()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(story("title: A\n"));
    file.close();
    const StorySummary s = SummaryReader::read(path);
    QCOMPARE(s.title, QStringLiteral("A"));
    QCOMPARE(s.identity, Storydesk::FileIdentity::of(path));
}

void TestSummaryReader::searchKey_foldsCaseAndAccents()
{
    const StorySummary s = SummaryReader::fromBytes(
        QStringLiteral("/s.md"), story("title: \"Égalité à Montréal\"\nprovider:\n  name: Le Devoir\ntopics: [Ethics]\n"));
    QVERIFY(s.searchKey.contains("egalite a montreal"));
    QVERIFY(s.searchKey.contains("le devoir"));
    QVERIFY(s.searchKey.contains("ethics"));
}

void TestSummaryReader::imageSize_isFirstImagesWidthAndHeight_data()
{
    QTest::addColumn<QByteArray>("frontMatter");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<QString>("imageUrl");

    QTest::newRow("block map") << QByteArray("images:\n  - url: a.png\n    width: 800\n    height: 450\n") << 800 << 450 << "a.png";
    QTest::newRow("flow map, quoted") << QByteArray("images: [{url: a.png, width: \"640\", height: '360'}]\n") << 640 << 360 << "a.png";
    QTest::newRow("only the first image") << QByteArray("images:\n  - url: a.png\n  - url: b.png\n    width: 9\n    height: 9\n")
                                          << 0 << 0 << "a.png";
    QTest::newRow("missing") << QByteArray("images:\n  - url: a.png\n") << 0 << 0 << "a.png";
    QTest::newRow("not numbers") << QByteArray("images:\n  - url: a.png\n    width: wide\n    height: 1.5\n") << 0 << 0 << "a.png";
    QTest::newRow("zero and negative") << QByteArray("images:\n  - url: a.png\n    width: 0\n    height: -4\n") << 0 << 0 << "a.png";
    QTest::newRow("absurd") << QByteArray("images:\n  - url: a.png\n    width: 99999999999\n    height: 100001\n") << 0 << 0 << "a.png";
    QTest::newRow("the logo's size is not the picture's")
        << QByteArray("provider:\n  images:\n    - url: l.png\n      width: 50\n      height: 50\n") << 0 << 0 << "";
}

void TestSummaryReader::imageSize_isFirstImagesWidthAndHeight()
{
    QFETCH(QByteArray, frontMatter);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(QString, imageUrl);
    const StorySummary s = SummaryReader::fromBytes(QStringLiteral("/s.md"), story(frontMatter));
    QCOMPARE(positions(s.problems), QString());
    QCOMPARE(QString::fromUtf8(s.imageUrl), imageUrl);
    QCOMPARE(s.imageWidth, width);
    QCOMPARE(s.imageHeight, height);
}

void TestSummaryReader::realWorldCorpora_readWithoutCrashing()
{
    const QStringList stories = Storydesk::TestFiles::corpusStories();
    if (stories.isEmpty())
        QSKIP("the real-world corpora are not available");
    int files = 0;
    int broken = 0;
    for (const QString &path : stories) {
        const StorySummary s = SummaryReader::read(path);
        ++files;
        if (s.broken) {
            ++broken;
            QVERIFY2(!s.problems.isEmpty(), qPrintable(path));
            QVERIFY2(s.problems.constFirst().line > 0, qPrintable(path));
        }
        for (const Problem &p : s.problems)
            QVERIFY2(p.line > 0 && p.column > 0, qPrintable(path + QLatin1Char(' ') + p.message));
    }
    QVERIFY(files > 1000);
    qInfo("%d files read, %d without usable front matter", files, broken);
}

void TestSummaryReader::mutatedStories_neverCrashAndBrokenOnesSayWhere()
{
    const QByteArray original = Storydesk::TestFiles::exampleStory();
    if (original.isEmpty())
        QSKIP("the example story is not available");
    // Bytes that matter to YAML's structure, and a few that matter to encodings. Built with
    // its size, not from a C string, which would end at the NUL and drop the bytes after it.
    static constexpr char alphabetBytes[] = "-:[]{}\"'|>#&*!%@`,?\n\r\t \\\x00\xC3\xA9\xFF";
    const QByteArray alphabet(alphabetBytes, sizeof alphabetBytes - 1);
    QCOMPARE(alphabet.size(), 28);
    QVERIFY(alphabet.endsWith(QByteArray("\x00\xC3\xA9\xFF", 4)));
    QRandomGenerator random(20240321);
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = original;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(bytes.size());
            const char c = alphabet.at(random.bounded(alphabet.size()));
            switch (random.bounded(3)) {
            case 0: bytes[at] = c; break;
            case 1: bytes.insert(at, c); break;
            default: bytes.remove(at, 1 + random.bounded(8)); break;
            }
        }
        const StorySummary s = SummaryReader::fromBytes(QStringLiteral("/site/fuzz.txt"), bytes);
        if (s.broken) {
            QVERIFY(!s.problems.isEmpty());
            QVERIFY2(s.problems.constFirst().line > 0, qPrintable(s.problems.constFirst().message));
        }
    }
}

QTEST_GUILESS_MAIN(TestSummaryReader)
#include "tst_summaryreader.moc"
