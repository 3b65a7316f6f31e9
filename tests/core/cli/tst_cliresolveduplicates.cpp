#include "duplicatestories.h"
#include "cliprocess.h"
#include "testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// storydesk-cli resolve-duplicates, end to end: the built tool keeps one story of a group,
// unpublishes the others (attaching them to it first with --attach), with the very bytes the
// app's Duplicates dock writes, and its exit codes.

using namespace Storydesk;

namespace {

using DuplicateStories::StoryA;
using DuplicateStories::StoryB;
using DuplicateStories::StoryC;


const QByteArray StoryBUnpublished = QByteArray(StoryB).replace("published: true", "published: false");
const QByteArray StoryCUnpublished("---\r\n"
                                   "title: \"Council vote on surveillance\"\r\n"
                                   "webUrl: \"http://www.news.example/a/?utm_source=rss\"\r\n"
                                   "quality: 30\r\n"
                                   "published: false\r\n"
                                   "---\r\n"
                                   "Body C.\r\n");

CliProcess::Run runCli(const QStringList &arguments)
{
    return CliProcess::run(QStringLiteral(STORYDESK_CLI_PATH), arguments);
}

} // namespace

class TestCliResolveDuplicates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keepOne_unpublishesTheOthers_onlyThosePublishedLines();
    void attach_addsTheOthersAsRelated_notTheKeptStorysOwnPage();
    void dryRun_printsTheSameAndWritesNothing();
    void keepNamedAmongTheOthers_isNeverUnpublished();
    void missingStory_othersDone_exit1();
    void usageErrors_exit2_data();
    void usageErrors_exit2();

private:
    QString file(const char *name) const { return QDir(m_dir->path()).filePath(QString::fromLatin1(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliResolveDuplicates::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(TestFiles::write(file("a.md"), StoryA));
    QVERIFY(TestFiles::write(file("b.md"), StoryB));
    QVERIFY(TestFiles::write(file("c.md"), StoryC));
}

void TestCliResolveDuplicates::keepOne_unpublishesTheOthers_onlyThosePublishedLines()
{
    const CliProcess::Run run = runCli({QStringLiteral("resolve-duplicates"), file("c.md"), file("a.md"), file("b.md")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, (file("a.md") + QStringLiteral(": unpublished\n") + file("b.md") + QStringLiteral(": unpublished\n")).toUtf8());
    QCOMPARE(run.err, QByteArray("2 stories changed\n"));
    QCOMPARE(TestFiles::read(file("a.md")), QByteArray(StoryA).replace("published: true #", "published: false #"));
    QCOMPARE(TestFiles::read(file("b.md")), StoryBUnpublished);
    QCOMPARE(TestFiles::read(file("c.md")), StoryC);   // the one kept
}

void TestCliResolveDuplicates::attach_addsTheOthersAsRelated_notTheKeptStorysOwnPage()
{
    const CliProcess::Run run = runCli({QStringLiteral("resolve-duplicates"), QStringLiteral("--attach"), file("a.md"), file("b.md"), file("c.md")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, (file("a.md") + QStringLiteral(": 1 related entry added\n") + file("b.md") + QStringLiteral(": unpublished\n")
                       + file("c.md") + QStringLiteral(": unpublished\n"))
                          .toUtf8());
    QCOMPARE(run.err, QByteArray("c.md: the same page, not attached\n3 stories changed\n"));
    QCOMPARE(TestFiles::read(file("a.md")), DuplicateStories::StoryAWithBAttached);
    QCOMPARE(TestFiles::read(file("b.md")), StoryBUnpublished);
    QCOMPARE(TestFiles::read(file("c.md")), StoryCUnpublished);
}

void TestCliResolveDuplicates::dryRun_printsTheSameAndWritesNothing()
{
    const CliProcess::Run run = runCli({QStringLiteral("resolve-duplicates"), QStringLiteral("--dry-run"), QStringLiteral("--attach"),
                                        file("a.md"), file("b.md")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, (file("a.md") + QStringLiteral(": 1 related entry added\n") + file("b.md") + QStringLiteral(": unpublished\n")).toUtf8());
    QCOMPARE(run.err, QByteArray("2 stories would change\n"));
    QCOMPARE(TestFiles::read(file("a.md")), StoryA);
    QCOMPARE(TestFiles::read(file("b.md")), StoryB);
}

void TestCliResolveDuplicates::keepNamedAmongTheOthers_isNeverUnpublished()
{
    // The same file under another spelling of its path, too.
    const QString again = QDir(m_dir->path()).filePath(QStringLiteral("./a.md"));
    const CliProcess::Run run = runCli({QStringLiteral("resolve-duplicates"), file("a.md"), again, file("b.md"), file("b.md")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray("1 story changed\n"));
    QCOMPARE(TestFiles::read(file("a.md")), StoryA);
    QCOMPARE(TestFiles::read(file("b.md")), StoryBUnpublished);
}

void TestCliResolveDuplicates::missingStory_othersDone_exit1()
{
    const CliProcess::Run run = runCli({QStringLiteral("resolve-duplicates"), file("c.md"), file("missing.md"), file("b.md")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QByteArray(file("missing.md").toUtf8() + ": ")), run.err.constData());
    QVERIFY2(run.err.endsWith("1 story changed\n"), run.err.constData());
    QCOMPARE(TestFiles::read(file("b.md")), StoryBUnpublished);
}

void TestCliResolveDuplicates::usageErrors_exit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{QStringLiteral("resolve-duplicates")};
    QTest::newRow("keep only") << QStringList{QStringLiteral("resolve-duplicates"), QStringLiteral("a.md")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("resolve-duplicates"), QStringLiteral("--json"), QStringLiteral("a.md"),
                                                   QStringLiteral("b.md")};
}

void TestCliResolveDuplicates::usageErrors_exit2()
{
    QFETCH(QStringList, arguments);
    const CliProcess::Run run = runCli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("Try 'storydesk-cli --help'"));
}

QTEST_GUILESS_MAIN(TestCliResolveDuplicates)
#include "tst_cliresolveduplicates.moc"
