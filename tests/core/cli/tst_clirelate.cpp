#include "cliprocess.h"
#include "testfiles.h"
#include "testhttpserver.h"

#include <QTemporaryDir>
#include <QTest>

// storydesk-cli relate and unrelate, end to end: the built tool on real files, its exit
// codes, and the exact lines it adds to or removes from a story.

using namespace Storydesk;

namespace {

const QByteArray Target("---\n"
                        "title: \"Target Story\"\n"
                        "webUrl: \"https://news.example/target\"\n"
                        "quality: 50 # desk note\n"
                        "\n"
                        "related:\n"
                        "  - title: \"Known Coverage\"\n"
                        "    webUrl: \"https://known.example/a\"\n"
                        "    type: article\n"
                        "\n"
                        "secured: \"abc==\"\n"
                        "---\n"
                        "Body.\n");

const QByteArray Other("---\n"
                       "category: news\n"
                       "title: 'Other Story'\n"
                       "excerpt: \"What happened elsewhere.\"\n"
                       "publishedDateTime: 2026-08-02T10:30:00Z\n"
                       "webUrl: \"https://other.example/story\"\n"
                       "type: article\n"
                       "quality: 61\n"
                       "heat: 20\n"
                       "provider:\n"
                       "  name: Other Wire\n"
                       "  domain: other.example\n"
                       "  images:\n"
                       "    - url: \"https://other.example/logo.png\"\n"
                       "topics:\n"
                       "  - AI\n"
                       "images:\n"
                       "  - url: \"https://other.example/pic.jpg\"\n"
                       "    width: 800\n"
                       "    height: 450\n"
                       "---\n");

const QList<QByteArray> OtherEntryLines{
    "  - title: \"Other Story\"",
    "    excerpt: \"What happened elsewhere.\"",
    "    publishedDateTime: 2026-08-02T10:30:00Z",
    "    webUrl: \"https://other.example/story\"",
    "    type: article",
    "    provider:",
    "      name: Other Wire",
    "      domain: other.example",
    "    quality: 61",
    "    images:",
    "      - url: \"https://other.example/pic.jpg\"",
    "        width: 800",
    "        height: 450",
};

CliProcess::Run runCli(const QStringList &arguments)
{
    return CliProcess::run(QStringLiteral(STORYDESK_CLI_PATH), arguments);
}

} // namespace

class TestCliRelate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void relateStory_addsExactlyTheEntryLinesInTheFilesStyle();
    void relateTwoStories_appendsBothInOneWrite();
    void relateStory_toAStoryWithoutRelated_addsTheList();
    void relateUrl_noFetch_addsWebUrlTypeAndDomain();
    void relateUrl_fillsTheEntryFromTheLocalPage();
    void relateUrl_pageNotFound_addsWhatIsKnownAndSaysWhy();
    void unrelate_removesOnlyThatEntrysLines();
    void unrelateLastEntry_removesTheList();
    void refusals_exit1AndLeaveTheFile_data();
    void refusals_exit1AndLeaveTheFile();
    void usageErrors_exit2_data();
    void usageErrors_exit2();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_target;
    QString m_other;
};

void TestCliRelate::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_target = m_dir->filePath(QStringLiteral("target.md"));
    m_other = m_dir->filePath(QStringLiteral("other.md"));
    QVERIFY(TestFiles::write(m_target, Target));
    QVERIFY(TestFiles::write(m_other, Other));
}

void TestCliRelate::relateStory_addsExactlyTheEntryLinesInTheFilesStyle()
{
    const CliProcess::Run run = runCli({QStringLiteral("relate"), m_target, QStringLiteral("--story"), m_other});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QCOMPARE(TestFiles::lineDiff(Target, TestFiles::read(m_target)), qMakePair(QList<QByteArray>(), OtherEntryLines));
    QCOMPARE(TestFiles::read(m_other), Other);
}

void TestCliRelate::relateTwoStories_appendsBothInOneWrite()
{
    const QString third = m_dir->filePath(QStringLiteral("third.md"));
    QVERIFY(TestFiles::write(third, "---\ntitle: Third\nwebUrl: https://third.example/x\n---\n"));
    const CliProcess::Run run = runCli({QStringLiteral("relate"), m_target, QStringLiteral("--story"), m_other, third});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QCOMPARE(TestFiles::lineDiff(Target, TestFiles::read(m_target)).second,
             OtherEntryLines + (QList<QByteArray>{"  - title: \"Third\"", "    webUrl: \"https://third.example/x\""}));
}

void TestCliRelate::relateStory_toAStoryWithoutRelated_addsTheList()
{
    const CliProcess::Run run = runCli({QStringLiteral("relate"), m_other, QStringLiteral("--story"), m_target});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    const QList<QByteArray> added = TestFiles::lineDiff(Other, TestFiles::read(m_other)).second;
    QCOMPARE(added.value(0), QByteArray("related:"));
    QVERIFY(added.contains("  - title: 'Target Story'"));   // this file quotes its titles so
    QVERIFY(added.contains("    quality: 50"));
    QVERIFY(TestFiles::lineDiff(Other, TestFiles::read(m_other)).first.isEmpty());
}

void TestCliRelate::relateUrl_noFetch_addsWebUrlTypeAndDomain()
{
    const CliProcess::Run run = runCli({QStringLiteral("relate"), m_target, QStringLiteral("--url"),
                               QStringLiteral("https://www.detroitnews.com/story/x"), QStringLiteral("--no-fetch")});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QCOMPARE(TestFiles::lineDiff(Target, TestFiles::read(m_target)),
             qMakePair(QList<QByteArray>(), QList<QByteArray>{"  - webUrl: \"https://www.detroitnews.com/story/x\"", "    type: article",
                                                              "    provider:", "      domain: detroitnews.com"}));
}

void TestCliRelate::relateUrl_fillsTheEntryFromTheLocalPage()
{
    TestHttpServer server;
    server.routeBody(QStringLiteral("/page"), "text/html; charset=windows-1252",
                     "<html><head><title>Ignored</title>"
                     "<meta property=\"og:title\" content=\"Council \x93Votes\x94\">"
                     "<meta property=\"og:description\" content=\"The council voted.\">"
                     "<meta property=\"og:site_name\" content=\"Local News\">"
                     "<meta property=\"article:published_time\" content=\"2026-08-03T09:00:00Z\">"
                     "<meta property=\"og:image\" content=\"/pic.jpg\">"
                     "<meta property=\"og:image:width\" content=\"1200\"><meta property=\"og:image:height\" content=\"675\">"
                     "</head><body></body></html>");
    const QString url = server.url(QStringLiteral("/page")).toString();
    const CliProcess::Run run = runCli({QStringLiteral("relate"), m_target, QStringLiteral("--url"), url});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QCOMPARE(server.hits(QStringLiteral("/page")), 1);
    QCOMPARE(TestFiles::lineDiff(Target, TestFiles::read(m_target)).second,
             (QList<QByteArray>{"  - title: \"Council \xe2\x80\x9cVotes\xe2\x80\x9d\"",
                                "    excerpt: \"The council voted.\"",
                                "    publishedDateTime: 2026-08-03T09:00:00Z",
                                "    webUrl: \"" + url.toUtf8() + "\"",
                                "    type: article",
                                "    provider:",
                                "      name: Local News",
                                "      domain: 127.0.0.1",
                                "    images:",
                                "      - url: \"" + server.url(QStringLiteral("/pic.jpg")).toString().toUtf8() + "\"",
                                "        width: 1200",
                                "        height: 675"}));
}

void TestCliRelate::relateUrl_pageNotFound_addsWhatIsKnownAndSaysWhy()
{
    TestHttpServer server;
    const QString url = server.url(QStringLiteral("/missing")).toString();
    const CliProcess::Run run = runCli({QStringLiteral("relate"), m_target, QStringLiteral("--url"), url});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("HTTP 404 Not Found"), run.err.constData());
    QCOMPARE(TestFiles::lineDiff(Target, TestFiles::read(m_target)).second.value(0), "  - webUrl: \"" + url.toUtf8() + "\"");
}

void TestCliRelate::unrelate_removesOnlyThatEntrysLines()
{
    QVERIFY(runCli({QStringLiteral("relate"), m_target, QStringLiteral("--story"), m_other}).exitCode == 0);
    const QByteArray related = TestFiles::read(m_target);
    // Matched as links are compared: host case and a trailing slash do not matter.
    const CliProcess::Run run = runCli({QStringLiteral("unrelate"), m_target, QStringLiteral("https://KNOWN.example/a/")});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QCOMPARE(TestFiles::lineDiff(related, TestFiles::read(m_target)),
             qMakePair(QList<QByteArray>{"  - title: \"Known Coverage\"", "    webUrl: \"https://known.example/a\"", "    type: article"},
                       QList<QByteArray>()));
}

void TestCliRelate::unrelateLastEntry_removesTheList()
{
    const CliProcess::Run run = runCli({QStringLiteral("unrelate"), m_target, QStringLiteral("https://known.example/a")});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    const QByteArray after = TestFiles::read(m_target);
    QVERIFY(!after.contains("related"));
    QVERIFY(after.contains("secured: \"abc==\"\n---\nBody.\n"));
}

void TestCliRelate::refusals_exit1AndLeaveTheFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("itself") << QStringList{QStringLiteral("--story"), QStringLiteral("target.md")} << QByteArray("related to itself");
    QTest::newRow("its own link") << QStringList{QStringLiteral("--url"), QStringLiteral("https://NEWS.example/target/"), QStringLiteral("--no-fetch")}
                                  << QByteArray("related to itself");
    QTest::newRow("a link already related") << QStringList{QStringLiteral("--url"), QStringLiteral("https://known.example/a/")}
                                            << QByteArray("already related");
    QTest::newRow("one good, one refused") << QStringList{QStringLiteral("--story"), QStringLiteral("other.md"), QStringLiteral("target.md")}
                                           << QByteArray("related to itself");
    QTest::newRow("unrelate an unknown link") << QStringList{QStringLiteral("unrelate"), QStringLiteral("https://nowhere.example/")}
                                              << QByteArray("no related entry");
}

void TestCliRelate::refusals_exit1AndLeaveTheFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QStringList args{QStringLiteral("relate"), m_target};
    if (arguments.first() == QLatin1String("unrelate"))
        args = QStringList{QStringLiteral("unrelate"), m_target} + arguments.mid(1);
    else
        args += arguments;
    for (QString &arg : args) {
        if (arg.endsWith(QLatin1String(".md")) && !arg.contains(QLatin1Char('/')))
            arg = m_dir->filePath(arg);
    }
    const CliProcess::Run run = runCli(args);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(run.err.startsWith(m_target.toUtf8()));
    QCOMPARE(TestFiles::read(m_target), Target);
}

void TestCliRelate::usageErrors_exit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing to relate") << QStringList{QStringLiteral("relate"), QStringLiteral("FILE")};
    QTest::newRow("no file") << QStringList{QStringLiteral("relate"), QStringLiteral("--story"), QStringLiteral("a.md")};
    QTest::newRow("not a web link") << QStringList{QStringLiteral("relate"), QStringLiteral("FILE"), QStringLiteral("--url"),
                                                   QStringLiteral("ftp://files.example/x")};
    QTest::newRow("--url without a value") << QStringList{QStringLiteral("relate"), QStringLiteral("FILE"), QStringLiteral("--url")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("relate"), QStringLiteral("FILE"), QStringLiteral("--fast")};
    QTest::newRow("unrelate without a link") << QStringList{QStringLiteral("unrelate"), QStringLiteral("FILE")};
}

void TestCliRelate::usageErrors_exit2()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QStringLiteral("FILE"), m_target);
    const CliProcess::Run run = runCli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Try 'storydesk-cli --help'"), run.err.constData());
    QCOMPARE(TestFiles::read(m_target), Target);
}

QTEST_GUILESS_MAIN(TestCliRelate)
#include "tst_clirelate.moc"
