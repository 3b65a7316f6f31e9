#include "cliprocess.h"
#include "gitfixture.h"
#include "gitrepository.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// storydesk-cli commit and sync, run as the built tool on real repositories (a bare
// remote and two clones): exit codes, what they print, what ends up committed.

using namespace Storydesk;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

CliProcess::Run runCli(const QStringList &arguments)
{
    static QTemporaryDir cache;
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
    return CliProcess::run(QStringLiteral(STORYDESK_CLI_PATH), arguments);
}

QMap<QString, QByteArray> stories()
{
    return {{s("news/a.md"), GitFixture::story(s("A"))},
            {s("news/b.md"), GitFixture::story(s("B"), false, 50, {s("Cloud")})},
            {s("news/c.md"), GitFixture::story(s("C"))},
            {s("notes.txt"), "not a story\n"}};
}

QStringList committedFiles(const QString &dir)
{
    const GitResult result = GitFixture::git(dir, {s("show"), s("--name-only"), s("--format="), s("HEAD")});
    return QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCliGit final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    GitFixture::Team m_team;

private Q_SLOTS:
    void initTestCase() { GitFixture::isolateFromUserConfig(); }
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
        QVERIFY(GitFixture::makeTeam(m_dir.path(), stories(), &m_team));
    }

    void commit_withoutPaths_commitsEveryChangedStoryWithGeneratedMessage()
    {
        QVERIFY(TestFiles::write(m_team.a + s("/news/a.md"), GitFixture::story(s("A"), true, 70)));
        QVERIFY(TestFiles::write(m_team.a + s("/news/b.md"), GitFixture::story(s("B"), false, 50, {s("AI")})));
        QVERIFY(TestFiles::write(m_team.a + s("/news/d.md"), GitFixture::story(s("D"))));
        QVERIFY(TestFiles::write(m_team.a + s("/notes.txt"), "changed, but not a story\n"));

        const CliProcess::Run run = runCli({s("commit"), m_team.a + s("/news")});
        QCOMPARE(run.exitCode, 0);
        const QString folder = m_team.a + s("/news");
        QCOMPARE(QString::fromUtf8(run.out),
                 folder + s("/a.md: published: false \u2192 true, quality 50 \u2192 70\n")
                     + folder + s("/b.md: topics +AI \u2212Cloud\n")
                     + folder + s("/d.md: new story\n")
                     + s("\nTriage: add 1, publish 1, quality on 1, topics on 1 story\n\n"
                         "- a.md: published: false \u2192 true, quality 50 \u2192 70\n"
                         "- b.md: topics +AI \u2212Cloud\n"
                         "- d.md: new story\n"));
        QCOMPARE(committedFiles(m_team.a), (QStringList{s("news/a.md"), s("news/b.md"), s("news/d.md")}));
        QCOMPARE(GitFixture::git(m_team.a, {s("log"), s("-1"), s("--format=%s")}).outLine(),
                 s("Triage: add 1, publish 1, quality on 1, topics on 1 story"));
        QVERIFY(GitFixture::git(m_team.a, {s("status"), s("--porcelain")}).out.contains(" M notes.txt"));
    }

    void commit_givenPathsAndMessage_commitsOnlyThose()
    {
        QVERIFY(TestFiles::write(m_team.a + s("/news/a.md"), GitFixture::story(s("A"), true)));
        QVERIFY(TestFiles::write(m_team.a + s("/news/c.md"), GitFixture::story(s("C"), true)));
        const CliProcess::Run run = runCli({s("commit"), m_team.a + s("/news"), s("-m"), s("Publish A"), m_team.a + s("/news/a.md")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out), m_team.a + s("/news/a.md: published: false \u2192 true\n"));
        QCOMPARE(committedFiles(m_team.a), QStringList{s("news/a.md")});
        QCOMPARE(GitFixture::git(m_team.a, {s("log"), s("-1"), s("--format=%B")}).outLine(), s("Publish A"));
        QVERIFY(GitFixture::git(m_team.a, {s("status"), s("--porcelain")}).out.contains(" M news/c.md"));
    }

    void commit_nothingToCommit_isExitZeroWithNote()
    {
        const CliProcess::Run run = runCli({s("commit"), m_team.a});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("nothing to commit"), run.err.constData());
    }

    void commit_refusals_exitOne_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no identity") << s("identity") << QByteArray("user.email");
        QTest::newRow("merge in progress") << s("merge") << QByteArray("a merge");
        QTest::newRow("not a repository") << s("plain") << QByteArray("not in a git repository");
    }

    void commit_refusals_exitOne()
    {
        QFETCH(QString, setup);
        QFETCH(QByteArray, message);
        QString folder = m_team.b;
        if (setup == QLatin1String("identity")) {
            QVERIFY(GitFixture::run(m_team.b, {s("config"), s("--unset"), s("user.name")}));
        } else if (setup == QLatin1String("merge")) {
            QVERIFY(GitFixture::commitFiles(m_team.a, {{s("news/a.md"), GitFixture::story(s("A"), false, 70)}}, s("70")));
            QVERIFY(GitFixture::run(m_team.a, {s("push"), s("-q")}));
            QVERIFY(GitFixture::commitFiles(m_team.b, {{s("news/a.md"), GitFixture::story(s("A"), false, 60)}}, s("60")));
            QVERIFY(!GitFixture::git(m_team.b, {s("pull"), s("--no-rebase")}).ok());
        } else {
            folder = m_dir.path();
        }
        QVERIFY(TestFiles::write(folder + s("/news/c.md"), GitFixture::story(s("C"), true)));
        const CliProcess::Run run = runCli({s("commit"), folder});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    void commit_usage_exitTwo()
    {
        QCOMPARE(runCli({s("commit")}).exitCode, 2);
        QCOMPARE(runCli({s("commit"), m_team.a, s("-m")}).exitCode, 2);
        QCOMPARE(runCli({s("commit"), m_team.a, s("--bogus")}).exitCode, 2);
        QCOMPARE(runCli({s("sync")}).exitCode, 2);
        QCOMPARE(runCli({s("sync"), m_team.a, m_team.b}).exitCode, 2);
    }

    void sync_bringsTheOtherEditorsWork()
    {
        QVERIFY(TestFiles::write(m_team.a + s("/news/a.md"), GitFixture::story(s("A"), true)));
        QCOMPARE(runCli({s("commit"), m_team.a}).exitCode, 0);
        QCOMPARE(runCli({s("sync"), m_team.a}).exitCode, 0);

        const CliProcess::Run run = runCli({s("sync"), m_team.b + s("/news")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out), m_team.b + s("/news/a.md: incoming\n"));
        QCOMPARE(TestFiles::read(m_team.b + s("/news/a.md")), GitFixture::story(s("A"), true));
    }

    void sync_conflict_printsFileAndLineAndExitsOne()
    {
        QVERIFY(GitFixture::commitFiles(m_team.a, {{s("news/b.md"), GitFixture::story(s("B"), false, 70, {s("Cloud")})}}, s("70")));
        QCOMPARE(runCli({s("sync"), m_team.a}).exitCode, 0);
        QVERIFY(GitFixture::commitFiles(m_team.b, {{s("news/b.md"), GitFixture::story(s("B"), false, 60, {s("Cloud")})}}, s("60")));

        const CliProcess::Run run = runCli({s("sync"), m_team.b});
        QCOMPARE(run.exitCode, 1);
        // The story's fourth line (quality) is the first that differs.
        QCOMPARE(QString::fromUtf8(run.out), m_team.b + s("/news/b.md:4: unresolved merge conflict\n"));
        const QList<QByteArray> lines = TestFiles::read(m_team.b + s("/news/b.md")).split('\n');
        QVERIFY(lines.at(3).startsWith("<<<<<<< "));
    }

    void sync_unreachableRemote_exitsOneWithReason()
    {
        QVERIFY(GitFixture::run(m_team.b, {s("remote"), s("set-url"), s("origin"), m_dir.path() + s("/gone.git")}));
        const CliProcess::Run run = runCli({s("sync"), m_team.b});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot be reached"), run.err.constData());
    }

    void sync_noUpstream_exitsZeroWithNote()
    {
        QVERIFY(GitFixture::run(m_team.b, {s("branch"), s("--unset-upstream")}));
        const CliProcess::Run run = runCli({s("sync"), m_team.b});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("no upstream"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliGit)
#include "tst_cligit.moc"
