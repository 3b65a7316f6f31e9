#include "cliprocess.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// storydesk-cli rename-topic and merge-topics, run as the built tool on a temporary corpus:
// exit codes, what they print, and the exact lines they change in each file.

using namespace Storydesk;

namespace {

const QByteArray BlockStory("---\ntitle: \"Block\"\ntopics:\n  - Computer Vision\n  - ML\nquality: 40\n---\nbody\n");
const QByteArray FlowStory("---\r\ntitle: 'Flow'\r\ntopics: [\"Policy\", \"ml\", \"AI\"]\r\n---\r\n");
const QByteArray OtherStory("---\ntitle: Other\ntopics: [Policy]\n---\n");
const QByteArray BrokenStory("---\ntitle: \"Broken\ntopics: [ML]\n---\n");

QString cliCacheDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

CliProcess::Run runCli(const QStringList &arguments)
{
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cliCacheDir()));   // the tool's index, never the user's
    return CliProcess::run(QStringLiteral(STORYDESK_CLI_PATH), arguments);
}

QStringList args(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'));
}

} // namespace

class TestCliTopics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void renameTopic_changesOnlyTopicLines();
    void renameTopic_dryRunPrintsAndWritesNothing();
    void renameTopic_caseOnly();
    void mergeTopics_intoOneOfThem_dropsTheDuplicates();
    void renameTopic_absentTopic_changesNothingAndExits0();
    void renameTopic_brokenStory_isReportedAndExits1();
    void usageErrors_exit2_data();
    void usageErrors_exit2();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromUtf8(name)); }
    void writeCorpus(bool withBroken);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliTopics::init()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(STORYDESK_CLI_PATH)), "storydesk-cli is not built");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeCorpus(false);
}

void TestCliTopics::writeCorpus(bool withBroken)
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("_posts")));
    QVERIFY(TestFiles::write(path("_posts/block.md"), BlockStory));
    QVERIFY(TestFiles::write(path("_posts/flow.txt"), FlowStory));
    QVERIFY(TestFiles::write(path("other.md"), OtherStory));
    if (withBroken)
        QVERIFY(TestFiles::write(path("broken.md"), BrokenStory));
}

void TestCliTopics::renameTopic_changesOnlyTopicLines()
{
    const CliProcess::Run run = runCli({QStringLiteral("rename-topic"), QStringLiteral("ML"), QStringLiteral("Machine Learning"), m_dir->path()});
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray root = QFile::encodeName(m_dir->path());
    QCOMPARE(run.out, root + "/_posts/block.md: Computer Vision, ML -> Computer Vision, Machine Learning\n"
                    + root + "/_posts/flow.txt: Policy, ml, AI -> Policy, Machine Learning, AI\n");
    QCOMPARE(run.err, QByteArray("2 stories changed\n"));
    auto [removed, added] = TestFiles::lineDiff(BlockStory, TestFiles::read(path("_posts/block.md")));
    QCOMPARE(removed, QList<QByteArray>{"  - ML"});
    QCOMPARE(added, QList<QByteArray>{"  - Machine Learning"});
    std::tie(removed, added) = TestFiles::lineDiff(FlowStory, TestFiles::read(path("_posts/flow.txt")));
    QCOMPARE(removed, QList<QByteArray>{"topics: [\"Policy\", \"ml\", \"AI\"]\r"});
    QCOMPARE(added, QList<QByteArray>{"topics: [\"Policy\", \"Machine Learning\", \"AI\"]\r"});
    QCOMPARE(TestFiles::read(path("other.md")), OtherStory);
}

void TestCliTopics::renameTopic_dryRunPrintsAndWritesNothing()
{
    const CliProcess::Run run = runCli({QStringLiteral("rename-topic"), QStringLiteral("--dry-run"), QStringLiteral("policy"), QStringLiteral("Politics"), m_dir->path()});
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count('\n'), 2);
    QVERIFY(run.out.contains("/other.md: Policy -> Politics\n"));
    QCOMPARE(run.err, QByteArray("2 stories would change\n"));
    QCOMPARE(TestFiles::read(path("_posts/flow.txt")), FlowStory);
    QCOMPARE(TestFiles::read(path("other.md")), OtherStory);
}

void TestCliTopics::renameTopic_caseOnly()
{
    // "ml" and "ML" are the same topic spelled two ways: both become "ML"; "ML" is kept as it is.
    const CliProcess::Run run = runCli({QStringLiteral("rename-topic"), QStringLiteral("ml"), QStringLiteral("ML"), m_dir->path()});
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.err, QByteArray("1 story changed\n"));
    QCOMPARE(TestFiles::read(path("_posts/block.md")), BlockStory);
    const auto [removed, added] = TestFiles::lineDiff(FlowStory, TestFiles::read(path("_posts/flow.txt")));
    QCOMPARE(removed, QList<QByteArray>{"topics: [\"Policy\", \"ml\", \"AI\"]\r"});
    QCOMPARE(added, QList<QByteArray>{"topics: [\"Policy\", \"ML\", \"AI\"]\r"});
}

void TestCliTopics::mergeTopics_intoOneOfThem_dropsTheDuplicates()
{
    const CliProcess::Run run = runCli(args("merge-topics|ML|Computer Vision|--into|AI") << m_dir->path());
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.err, QByteArray("2 stories changed\n"));
    auto [removed, added] = TestFiles::lineDiff(BlockStory, TestFiles::read(path("_posts/block.md")));
    QCOMPARE(removed, (QList<QByteArray>{"  - Computer Vision", "  - ML"}));
    QCOMPARE(added, QList<QByteArray>{"  - AI"});
    std::tie(removed, added) = TestFiles::lineDiff(FlowStory, TestFiles::read(path("_posts/flow.txt")));
    QCOMPARE(removed, QList<QByteArray>{"topics: [\"Policy\", \"ml\", \"AI\"]\r"});
    QCOMPARE(added, QList<QByteArray>{"topics: [\"Policy\", \"AI\"]\r"});
    QCOMPARE(TestFiles::read(path("other.md")), OtherStory);
}

void TestCliTopics::renameTopic_absentTopic_changesNothingAndExits0()
{
    const CliProcess::Run run = runCli({QStringLiteral("rename-topic"), QStringLiteral("Sports"), QStringLiteral("Sport"), m_dir->path()});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err, QByteArray("0 stories changed\n"));
    QCOMPARE(TestFiles::read(path("_posts/block.md")), BlockStory);
}

void TestCliTopics::renameTopic_brokenStory_isReportedAndExits1()
{
    writeCorpus(true);
    const CliProcess::Run run = runCli({QStringLiteral("rename-topic"), QStringLiteral("ML"), QStringLiteral("AI"), m_dir->path()});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    // The others are renamed; the broken one is named with the place of its error.
    QVERIFY2(run.err.startsWith(QByteArray(QFile::encodeName(m_dir->path()) + "/broken.md:2:")), run.err.constData());
    QVERIFY2(run.err.contains(": skipped: "), run.err.constData());
    QVERIFY2(run.err.endsWith("\n2 stories changed\n"), run.err.constData());
    QCOMPARE(TestFiles::read(path("broken.md")), BrokenStory);
    QVERIFY(TestFiles::read(path("_posts/block.md")) != BlockStory);
}

void TestCliTopics::usageErrors_exit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("rename without path") << args("rename-topic|ML|AI");
    QTest::newRow("rename unknown option") << args("rename-topic|--force|ML|AI|.");
    QTest::newRow("rename to an empty name") << args("rename-topic|ML| |.");
    QTest::newRow("merge without --into") << args("merge-topics|ML|AI|.");
    QTest::newRow("merge without topics") << args("merge-topics|--into|AI|.");
    QTest::newRow("merge without path") << args("merge-topics|ML|--into|AI");
    QTest::newRow("merge with two --into") << args("merge-topics|ML|--into|AI|--into|X|.");
}

void TestCliTopics::usageErrors_exit2()
{
    QFETCH(QStringList, arguments);
    const CliProcess::Run run = runCli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("Try 'storydesk-cli --help'"));
    QCOMPARE(TestFiles::read(path("_posts/block.md")), BlockStory);
}

QTEST_GUILESS_MAIN(TestCliTopics)
#include "tst_clitopics.moc"
