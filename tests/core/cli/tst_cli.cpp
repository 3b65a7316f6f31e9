#include "cliprocess.h"
#include "storylistformat.h"
#include "testfiles.h"
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QProcess>
#include <QTest>

// End-to-end tests of the built storydesk-cli: real processes, real files, exit codes and
// the exact bytes they leave on disk.

using namespace Storydesk;

namespace {

// The CLI's cache (its folder indexes) for the whole test run, never the user's.
QString cliCacheDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

CliProcess::Run runCli(const QStringList &arguments, const QString &cacheDir = cliCacheDir())
{
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cacheDir));   // inherited by the tool
    return CliProcess::run(QStringLiteral(STORYDESK_CLI_PATH), arguments);
}

// Why a `list --format json` of the sample is not what it should be: a clean exit and one
// row for each story file of the sample. Empty when it is.
QString listProblem(const CliProcess::Run &run)
{
    if (!run.finished || run.exitCode != 0)
        return QStringLiteral("exit %1 (finished: %2): %3").arg(run.exitCode).arg(run.finished).arg(QString::fromLocal8Bit(run.err));
    QJsonParseError error;
    const QJsonDocument rows = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !rows.isArray())
        return QStringLiteral("not a JSON array: ") + error.errorString();
    const qsizetype stories = QDir(QStringLiteral(STORYDESK_SAMPLE_DIR "/_posts")).entryList(QDir::Files).size();
    if (stories == 0 || rows.array().size() != stories)
        return QStringLiteral("%1 rows for %2 stories").arg(rows.array().size()).arg(stories);
    return {};
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void setPublished_changesOneLine();
    void setTopics_changesOnlyTopicLines();
    void setPublishedDateTime_changesOneLineKeepingItPlain();
    void setTwoAssignments_appliesBothInOneWrite();
    void setWithOneRefusedAssignment_writesNothing();
    void setSameValue_leavesFileUntouched();
    void setOverFileSizeLimit_exits1AndLeavesTheFile();
    void unsetHeat_removesOnlyThatLine();
    void get_printsValue_data();
    void get_printsValue();
    void getMissingKey_exits1NamingTheFile();
    void getMissingFile_exits1NamingTheFile();
    void usageErrors_exit2_data();
    void usageErrors_exit2();
    void setOnBrokenYaml_exits1WithFileLineColumnAndLeavesFile();
    void version_printsNameAndVersion();
    void help_printsUsageAndExits0();
    void listSample_json_hasEveryStoryAndTheBrokenOneWithItsError();
    void listSample_filter_keepsOnlyMatchingRows();
    void list_compoundFilter_keepsExactlyTheMatchingStories_data();
    void list_compoundFilter_keepsExactlyTheMatchingStories();
    void listSample_csv_quotesFieldsWithCommas();
    void list_badFilter_exits2PointingAtThePosition();
    void checkSample_printsFileLineColumnAndExits1();
    void checkCleanFile_exits0();
    void list_withIndexWithoutAndRebuilt_printsTheSame();
    void list_eachColumnFromTheIndex_isWhatTheFilesSay();
    void list_gatheredForDuplicates_printsTheStreamedRows();
    void cliProcess_programThatCannotStart_isNotFinished();

private:
    QTemporaryDir m_dir;
    QByteArray m_example;
    QString m_story;   // a fresh copy of the example for each test
    int m_counter = 0;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // in-process runs keep their index in the test cache
    QVERIFY2(QFileInfo::exists(QStringLiteral(STORYDESK_CLI_PATH)), "storydesk-cli is not built");
    QVERIFY(m_dir.isValid());
    m_example = TestFiles::exampleStory();
}

void TestCli::init()
{
    if (m_example.isEmpty())
        QSKIP("the example story is not available");
    m_story = m_dir.filePath(QStringLiteral("story%1.md").arg(++m_counter));
    QVERIFY(TestFiles::write(m_story, m_example));
}

void TestCli::setOverFileSizeLimit_exits1AndLeavesTheFile()
{
    // `ulimit -f` smaller than the story: the kernel refuses the write (and would kill the
    // CLI with SIGXFSZ if it did not ignore it). The save fails cleanly and changes nothing.
    QProcess process;
    process.start(QStringLiteral("prlimit"), {QStringLiteral("--fsize=%1").arg(m_example.size() / 2), QStringLiteral(STORYDESK_CLI_PATH),
                                              QStringLiteral("set"), m_story, QStringLiteral("published=false")});
    if (!process.waitForStarted())
        QSKIP("prlimit (util-linux) is not installed");
    QVERIFY(process.waitForFinished(30000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 1, err.constData());
    QVERIFY2(err.contains(QFile::encodeName(m_story)) && err.contains("File too large"), err.constData());
    QCOMPARE(TestFiles::read(m_story), m_example);
    QCOMPARE(QDir(QFileInfo(m_story).path()).entryList({QStringLiteral("%1*").arg(QFileInfo(m_story).fileName())}, QDir::Files | QDir::Hidden),
             QStringList{QFileInfo(m_story).fileName()});
}

void TestCli::setPublished_changesOneLine()
{
    const CliProcess::Run run = runCli({QStringLiteral("set"), m_story, QStringLiteral("published=false")});
    QVERIFY(run.finished);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.exitCode, 0);
    const auto [removed, added] = TestFiles::lineDiff(m_example, TestFiles::read(m_story));
    QCOMPARE(removed, QList<QByteArray>{"published: true"});
    QCOMPARE(added, QList<QByteArray>{"published: false"});
}

void TestCli::setTopics_changesOnlyTopicLines()
{
    const CliProcess::Run run = runCli({QStringLiteral("set"), m_story, QStringLiteral("topics=[\"AI\",\"Policy\"]")});
    QVERIFY(run.finished);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.exitCode, 0);
    const auto [removed, added] = TestFiles::lineDiff(m_example, TestFiles::read(m_story));
    QCOMPARE(removed, (QList<QByteArray>{"  - Computer Vision", "  - AI"}));
    QCOMPARE(added, (QList<QByteArray>{"  - AI", "  - Policy"}));
}

void TestCli::setPublishedDateTime_changesOneLineKeepingItPlain()
{
    // Dates are written plain, as in every story (site generators read them as dates).
    const CliProcess::Run run = runCli({QStringLiteral("set"), m_story, QStringLiteral("publishedDateTime=2020-10-01T08:00:00Z")});
    QVERIFY(run.finished);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.exitCode, 0);
    const auto [removed, added] = TestFiles::lineDiff(m_example, TestFiles::read(m_story));
    QCOMPARE(removed, QList<QByteArray>{"publishedDateTime: 2020-09-30T06:05:00Z"});
    QCOMPARE(added, QList<QByteArray>{"publishedDateTime: 2020-10-01T08:00:00Z"});
}

void TestCli::setTwoAssignments_appliesBothInOneWrite()
{
    const CliProcess::Run run = runCli({QStringLiteral("set"), m_story, QStringLiteral("published=false"), QStringLiteral("quality=75")});
    QVERIFY(run.finished);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.exitCode, 0);
    const auto [removed, added] = TestFiles::lineDiff(m_example, TestFiles::read(m_story));
    QCOMPARE(removed, (QList<QByteArray>{"quality: 69", "heat: 89", "published: true"}));
    QCOMPARE(added, (QList<QByteArray>{"quality: 75", "heat: 89", "published: false"}));
}

void TestCli::setWithOneRefusedAssignment_writesNothing()
{
    // The second assignment cannot apply (a title has no children): the first is not written alone.
    const CliProcess::Run run = runCli({QStringLiteral("set"), m_story, QStringLiteral("published=false"), QStringLiteral("title.x=1")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(m_story.toUtf8()), run.err.constData());
    QCOMPARE(TestFiles::read(m_story), m_example);
}

void TestCli::setSameValue_leavesFileUntouched()
{
    const QDateTime old = QDateTime::fromSecsSinceEpoch(1600000000);
    {
        QFile f(m_story);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
    const CliProcess::Run run = runCli({QStringLiteral("set"), m_story, QStringLiteral("published=true"), QStringLiteral("quality=69")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(TestFiles::read(m_story), m_example);
    QCOMPARE(QFileInfo(m_story).lastModified(), old);
}

void TestCli::unsetHeat_removesOnlyThatLine()
{
    const CliProcess::Run run = runCli({QStringLiteral("unset"), m_story, QStringLiteral("heat")});
    QVERIFY(run.finished);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.exitCode, 0);
    const auto [removed, added] = TestFiles::lineDiff(m_example, TestFiles::read(m_story));
    QCOMPARE(removed, QList<QByteArray>{"heat: 89"});
    QVERIFY(added.isEmpty());
}

void TestCli::get_printsValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("nested in list") << QStringLiteral("related.1.provider.name") << QByteArray("Detroit Free Press\n");
    QTest::newRow("list as JSON") << QStringLiteral("topics") << QByteArray("[\"Computer Vision\",\"AI\"]\n");
    QTest::newRow("integer") << QStringLiteral("quality") << QByteArray("69\n");
    QTest::newRow("boolean") << QStringLiteral("published") << QByteArray("true\n");
    QTest::newRow("quoted string unquoted") << QStringLiteral("title") << QByteArray("Detroit Renews Facial Recognition Contract\n");
    QTest::newRow("timestamp") << QStringLiteral("publishedDateTime") << QByteArray("2020-09-30T06:05:00Z\n");
}

void TestCli::get_printsValue()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, expected);
    const CliProcess::Run run = runCli({QStringLiteral("get"), m_story, key});
    QVERIFY(run.finished);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, expected);
    QCOMPARE(TestFiles::read(m_story), m_example);
}

void TestCli::getMissingKey_exits1NamingTheFile()
{
    const CliProcess::Run run = runCli({QStringLiteral("get"), m_story, QStringLiteral("nosuchkey")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(m_story.toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("nosuchkey"), run.err.constData());
}

void TestCli::getMissingFile_exits1NamingTheFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.md"));
    const CliProcess::Run run = runCli({QStringLiteral("get"), missing, QStringLiteral("quality")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(missing.toUtf8()), run.err.constData());
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCli::usageErrors_exit2_data()
{
    QTest::addColumn<QStringList>("arguments");   // FILE stands for the story copy
    QTest::newRow("no arguments") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("FILE")};
    QTest::newRow("get without key") << QStringList{QStringLiteral("get"), QStringLiteral("FILE")};
    QTest::newRow("get without file") << QStringList{QStringLiteral("get")};
    QTest::newRow("get with extra argument") << QStringList{QStringLiteral("get"), QStringLiteral("FILE"), QStringLiteral("quality"), QStringLiteral("heat")};
    QTest::newRow("get with empty key segment") << QStringList{QStringLiteral("get"), QStringLiteral("FILE"), QStringLiteral("provider..name")};
    QTest::newRow("set without assignment") << QStringList{QStringLiteral("set"), QStringLiteral("FILE")};
    QTest::newRow("set without =") << QStringList{QStringLiteral("set"), QStringLiteral("FILE"), QStringLiteral("published")};
    QTest::newRow("set with empty key") << QStringList{QStringLiteral("set"), QStringLiteral("FILE"), QStringLiteral("=1")};
    QTest::newRow("unset without key") << QStringList{QStringLiteral("unset"), QStringLiteral("FILE")};
}

void TestCli::usageErrors_exit2()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^FILE$")), m_story);
    const CliProcess::Run run = runCli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(TestFiles::read(m_story), m_example);
}

void TestCli::setOnBrokenYaml_exits1WithFileLineColumnAndLeavesFile()
{
    const QByteArray broken("---\ntitle: \"ok\"\ntopics:\n\t- AI\n---\nbody\n");
    QVERIFY(TestFiles::write(m_story, broken));
    const CliProcess::Run run = runCli({QStringLiteral("set"), m_story, QStringLiteral("published=false")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    const QRegularExpression location(QStringLiteral("^%1:4:\\d+: \\S").arg(QRegularExpression::escape(m_story)));
    QVERIFY2(location.match(err).hasMatch(), qPrintable(err));
    QCOMPARE(TestFiles::read(m_story), broken);
}

void TestCli::version_printsNameAndVersion()
{
    const CliProcess::Run run = runCli({QStringLiteral("--version")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("storydesk-cli " STORYDESK_VERSION "\n"));
    QVERIFY(QRegularExpression(QStringLiteral("^storydesk-cli \\d+\\.\\d+\\.\\d+\n$")).match(QString::fromUtf8(run.out)).hasMatch());
}

void TestCli::help_printsUsageAndExits0()
{
    const CliProcess::Run run = runCli({QStringLiteral("--help")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("Usage: storydesk-cli"));
    for (const char *command : {"get", "set", "unset", "list", "check"})
        QVERIFY2(run.out.contains(QByteArray(QByteArray("\n  ") + command + ' ')), command);
    QVERIFY(run.err.isEmpty());
}

void TestCli::listSample_json_hasEveryStoryAndTheBrokenOneWithItsError()
{
    const CliProcess::Run run = runCli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral(STORYDESK_SAMPLE_DIR)});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonArray rows = QJsonDocument::fromJson(run.out, &parseError).array();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(rows.size(), 72);
    int broken = 0;
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        if (o.contains(QStringLiteral("error"))) {
            ++broken;
            QVERIFY(o.value(QStringLiteral("path")).toString().contains(QStringLiteral("broken")));
            QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("line")).toInt(), 3);
        } else {
            QVERIFY(o.value(QStringLiteral("quality")).isDouble());
            QVERIFY(o.value(QStringLiteral("topics")).isArray());
        }
    }
    QCOMPARE(broken, 1);
}

void TestCli::listSample_filter_keepsOnlyMatchingRows()
{
    const CliProcess::Run run = runCli({QStringLiteral("list"), QStringLiteral("--columns"), QStringLiteral("quality,published"),
                               QStringLiteral("--filter"), QStringLiteral("published:false quality:>=60"), QStringLiteral(STORYDESK_SAMPLE_DIR)});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("quality\tpublished"));
    QVERIFY(lines.size() > 2);
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> fields = line.split('\t');
        QVERIFY2(fields.at(0).toInt() >= 60, line.constData());
        QCOMPARE(fields.at(1), QByteArray("false"));
    }
}

void TestCli::list_compoundFilter_keepsExactlyTheMatchingStories_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QByteArray>("titles");

    QTest::newRow("or, not") << "(topic:AI or related:>1) -is:published" << QByteArray("B\nC\n");
    QTest::newRow("and a date") << "(topic:AI or related:>1) and not is:published and date:>=2020-09" << QByteArray("B\n");
    QTest::newRow("or is:broken") << "(topic:ai OR related:>1) -is:published or is:broken" << QByteArray("B\nC\n\n");
    QTest::newRow("field text and has:") << "title:d or has:related" << QByteArray("C\nD\n");
    QTest::newRow("is:modified is never true here") << "is:modified or is:duplicate" << QByteArray();
}

void TestCli::list_compoundFilter_keepsExactlyTheMatchingStories()
{
    QFETCH(QString, filter);
    QFETCH(QByteArray, titles);
    const QDir dir(m_dir.filePath(QStringLiteral("query")));
    if (!dir.exists()) {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("query")));
        QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("a.md")),
                                 "---\ntitle: A\ntopics: [AI]\npublished: true\npublishedDateTime: 2020-09-05T00:00:00Z\n---\n"));
        QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("b.md")),
                                 "---\ntitle: B\ntopics: [AI]\npublished: false\npublishedDateTime: 2020-10-01T00:00:00Z\n---\n"));
        QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("c.md")),
                                 "---\ntitle: C\ntopics: [Ethics]\nrelated: [{webUrl: x}, {webUrl: y}]\n"
                                 "publishedDateTime: 2020-08-01T00:00:00Z\n---\n"));
        QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("d.md")),
                                 "---\ntitle: D\ntopics: [Ethics]\npublished: true\n---\n"));
        QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("e.md")), "---\ntitle: [unclosed\n---\n"));
    }
    const CliProcess::Run run = runCli({QStringLiteral("list"), QStringLiteral("--columns"), QStringLiteral("title"),
                                        QStringLiteral("--filter"), filter, dir.path()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, "title\n" + titles);
}

void TestCli::listSample_csv_quotesFieldsWithCommas()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("csv"));
    QVERIFY(TestFiles::write(m_dir.filePath(QStringLiteral("csv/a.md")), "---\ntitle: \"One, two \\\"three\\\"\"\nquality: 5\n---\n"));
    const CliProcess::Run run = runCli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--columns"),
                               QStringLiteral("title,quality"), m_dir.filePath(QStringLiteral("csv"))});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("title,quality\r\n\"One, two \"\"three\"\"\",5\r\n"));
}

void TestCli::list_badFilter_exits2PointingAtThePosition()
{
    const CliProcess::Run run = runCli({QStringLiteral("list"), QStringLiteral("--filter"), QStringLiteral("quality:>=x"), m_dir.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("position 11"), run.err.constData());
    QVERIFY(run.out.isEmpty());

    const CliProcess::Run unbalanced = runCli({QStringLiteral("list"), QStringLiteral("--filter"), QStringLiteral("(ai or ml"), m_dir.path()});
    QCOMPARE(unbalanced.exitCode, 2);
    QVERIFY2(unbalanced.err.contains("unbalanced parenthesis") && unbalanced.err.contains("position 1"), unbalanced.err.constData());
}

void TestCli::checkSample_printsFileLineColumnAndExits1()
{
    const CliProcess::Run run = runCli({QStringLiteral("check"), QStringLiteral(STORYDESK_SAMPLE_DIR)});
    QCOMPARE(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().endsWith(".md:3:25: error: end of map not found"), lines.first().constData());
    QVERIFY(lines.first().contains("_posts/064_broken_"));
    QVERIFY(run.err.contains("72 files checked, 1 problem"));
}

void TestCli::checkCleanFile_exits0()
{
    const CliProcess::Run run = runCli({QStringLiteral("check"), m_story});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
}

void TestCli::list_withIndexWithoutAndRebuilt_printsTheSame()
{
    // A cache of its own: earlier tests indexed the sample in the shared one, which would
    // make the first run here warm.
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    const auto list = [&cache](const QStringList &arguments) { return runCli(arguments, cache.path()); };
    const QString sample = QStringLiteral(STORYDESK_SAMPLE_DIR);
    const QStringList listSample{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"), sample};
    QVERIFY(QDir(cache.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
    const CliProcess::Run cold = list(listSample);   // writes the index
    QVERIFY2(listProblem(cold).isEmpty(), qPrintable(QStringLiteral("cold: ") + listProblem(cold)));
    QVERIFY2(!QDir(cache.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot), "the first run wrote no index");
    const CliProcess::Run warm = list(listSample);   // reads it
    QVERIFY2(listProblem(warm).isEmpty(), qPrintable(QStringLiteral("warm: ") + listProblem(warm)));
    const CliProcess::Run bypass = list(QStringList{QStringLiteral("--no-index")} + listSample);
    QVERIFY2(listProblem(bypass).isEmpty(), qPrintable(QStringLiteral("without the index: ") + listProblem(bypass)));
    QCOMPARE(warm.out, cold.out);
    QCOMPARE(bypass.out, cold.out);

    const CliProcess::Run rebuild = list({QStringLiteral("index"), QStringLiteral("--rebuild"), sample});
    QVERIFY(rebuild.finished);
    QCOMPARE(rebuild.exitCode, 0);
    QVERIFY2(rebuild.err.contains("indexed"), rebuild.err.constData());
    const CliProcess::Run rebuilt = list(listSample);
    QVERIFY2(listProblem(rebuilt).isEmpty(), qPrintable(QStringLiteral("after the rebuild: ") + listProblem(rebuilt)));
    QCOMPARE(rebuilt.out, cold.out);

    const CliProcess::Run bad = list({QStringLiteral("index"), sample});
    QVERIFY(bad.finished);
    QCOMPARE(bad.exitCode, 2);
}

void TestCli::list_eachColumnFromTheIndex_isWhatTheFilesSay()
{
    // Rows from the index hold only what the columns print (StoryIndex::RowParts): each
    // column alone, and check (problems only), must print what reading every file prints.
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    const QString sample = QStringLiteral(STORYDESK_SAMPLE_DIR);
    const auto run = [&cache](const QStringList &arguments) { return runCli(arguments, cache.path()); };
    QCOMPARE(run({QStringLiteral("list"), sample}).exitCode, 0);   // writes the index
    for (const QString &column : StoryListFormat::availableColumns()) {
        for (const QString &format : {QStringLiteral("tsv"), QStringLiteral("json")}) {
            const QStringList list{QStringLiteral("list"), QStringLiteral("--format"), format, QStringLiteral("--columns"), column, sample};
            const CliProcess::Run warm = run(list);
            const CliProcess::Run files = run(QStringList{QStringLiteral("--no-index")} + list);
            QVERIFY2(warm.finished && warm.exitCode == 0, qPrintable(column));
            QVERIFY2(warm.out.count('\n') > 70, qPrintable(column));
            QVERIFY2(warm.out == files.out, qPrintable(column + QLatin1Char(' ') + format));
        }
    }
    const CliProcess::Run checked = run({QStringLiteral("check"), sample});
    QVERIFY(checked.out.contains(":"));
    QCOMPARE(checked.out, run({QStringLiteral("--no-index"), QStringLiteral("check"), sample}).out);
}

void TestCli::list_gatheredForDuplicates_printsTheStreamedRows()
{
    // Rows stream unless a filter needs every story first (is:duplicate): a filter that
    // keeps every row must print exactly what the streamed list prints, cold and warm.
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    const QString sample = QStringLiteral(STORYDESK_SAMPLE_DIR);
    const QStringList streamed{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"), sample};
    const QStringList gathered{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--filter"), QStringLiteral("is:duplicate or not is:duplicate"), sample};
    const CliProcess::Run cold = runCli(gathered, cache.path());
    const CliProcess::Run warm = runCli(streamed, cache.path());
    const CliProcess::Run warmGathered = runCli(gathered, cache.path());
    QVERIFY2(listProblem(cold).isEmpty(), qPrintable(listProblem(cold)));
    QVERIFY2(listProblem(warm).isEmpty(), qPrintable(listProblem(warm)));
    QCOMPARE(cold.out, warm.out);
    QCOMPARE(warmGathered.out, warm.out);
}

void TestCli::cliProcess_programThatCannotStart_isNotFinished()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliProcess::Run run = CliProcess::run(dir.filePath(QStringLiteral("no-such-program")), {});
    QVERIFY(!run.finished);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
