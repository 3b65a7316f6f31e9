#include "gitcommit.h"
#include "gitfixture.h"
#include "gitrepository.h"
#include "gitstatus.h"
#include "gitsync.h"
#include "testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// GitSync: fetch, integrate as configured, push; incoming paths; and each failure
// classified, with real repositories (a bare remote and two clones).

using namespace Storydesk;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QMap<QString, QByteArray> stories()
{
    return {{s("news/a.md"), GitFixture::story(s("A"))},
            {s("news/b.md"), GitFixture::story(s("B"))},
            {s("news/c.md"), GitFixture::story(s("C"))}};
}

} // namespace

class TestGitSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GitFixture::isolateFromUserConfig(); }

    void sync_takesTheOtherEditorsCommitAndReportsIncoming()
    {
        QTemporaryDir dir;
        GitFixture::Team team;
        QVERIFY(GitFixture::makeTeam(dir.path(), stories(), &team));
        QVERIFY(GitFixture::commitFiles(team.a, {{s("news/a.md"), GitFixture::story(s("A"), true)},
                                                 {s("news/d.md"), GitFixture::story(s("D"))}}, s("A's triage")));
        QVERIFY(GitSync::sync(GitRepository::open(team.a + s("/news"))).ok());

        QList<GitSync::Phase> phases;
        const GitSyncResult result = GitSync::sync(GitRepository::open(team.b + s("/news")),
                                                   [&phases](GitSync::Phase phase) { phases.append(phase); });
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.incomingPaths, (QStringList{s("a.md"), s("d.md")}));
        QVERIFY(!result.pushed);
        QCOMPARE(phases, (QList<GitSync::Phase>{GitSync::Phase::Fetch, GitSync::Phase::Integrate, GitSync::Phase::Done}));
        QCOMPARE(TestFiles::read(team.b + s("/news/a.md")), GitFixture::story(s("A"), true));
    }

    void sync_mergesBothEditorsWorkAndPushes()
    {
        QTemporaryDir dir;
        GitFixture::Team team;
        QVERIFY(GitFixture::makeTeam(dir.path(), stories(), &team));
        QVERIFY(GitFixture::commitFiles(team.a, {{s("news/a.md"), GitFixture::story(s("A"), true)}}, s("A")));
        QVERIFY(GitSync::sync(GitRepository::open(team.a)).ok());
        QVERIFY(GitFixture::commitFiles(team.b, {{s("news/b.md"), GitFixture::story(s("B"), true)}}, s("B")));
        // B has an uncommitted story too: sync sets it aside and puts it back.
        QVERIFY(TestFiles::write(team.b + s("/news/c.md"), GitFixture::story(s("C"), false, 80)));

        const GitRepository b = GitRepository::open(team.b);
        const GitSyncResult result = GitSync::sync(b);
        QVERIFY2(result.ok(), qPrintable(result.message + result.gitOutput));
        QVERIFY(result.pushed);
        QCOMPARE(result.incomingPaths, QStringList{s("news/a.md")});
        QCOMPARE(TestFiles::read(team.b + s("/news/c.md")), GitFixture::story(s("C"), false, 80));
        // A merge commit (no pull.rebase), now on the remote.
        QCOMPARE(GitFixture::git(team.b, {s("rev-list"), s("--count"), s("--merges"), s("HEAD")}).outLine(), s("1"));
        QCOMPARE(GitFixture::git(team.remote, {s("rev-parse"), s("main")}).outLine(), b.head());

        const GitSyncResult back = GitSync::sync(GitRepository::open(team.a));
        QVERIFY(back.ok());
        QCOMPARE(back.incomingPaths, QStringList{s("news/b.md")});
    }

    void sync_pullRebase_rebasesInsteadOfMerging_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("pull.rebase") << s("pull.rebase");
        QTest::newRow("branch.main.rebase") << s("branch.main.rebase");
    }

    void sync_pullRebase_rebasesInsteadOfMerging()
    {
        QFETCH(QString, key);
        QTemporaryDir dir;
        GitFixture::Team team;
        QVERIFY(GitFixture::makeTeam(dir.path(), stories(), &team));
        QVERIFY(GitFixture::commitFiles(team.a, {{s("news/a.md"), GitFixture::story(s("A"), true)}}, s("A")));
        QVERIFY(GitSync::sync(GitRepository::open(team.a)).ok());
        QVERIFY(GitFixture::commitFiles(team.b, {{s("news/b.md"), GitFixture::story(s("B"), true)}}, s("B")));
        QVERIFY(GitFixture::run(team.b, {s("config"), key, s("true")}));
        const GitRepository b = GitRepository::open(team.b);
        QVERIFY(GitSync::rebases(b, s("main")));

        const GitSyncResult result = GitSync::sync(b);
        QVERIFY2(result.ok(), qPrintable(result.message + result.gitOutput));
        QCOMPARE(GitFixture::git(team.b, {s("rev-list"), s("--count"), s("--merges"), s("HEAD")}).outLine(), s("0"));
        QCOMPARE(GitFixture::git(team.b, {s("rev-list"), s("--count"), s("HEAD")}).outLine(), s("3"));
        QCOMPARE(GitFixture::git(team.remote, {s("rev-parse"), s("main")}).outLine(), b.head());
    }

    void sync_branchSettingWinsOverPullRebase()
    {
        QTemporaryDir dir;
        GitFixture::Team team;
        QVERIFY(GitFixture::makeTeam(dir.path(), stories(), &team));
        QVERIFY(GitFixture::run(team.b, {s("config"), s("pull.rebase"), s("true")}));
        QVERIFY(GitFixture::run(team.b, {s("config"), s("branch.main.rebase"), s("false")}));
        QVERIFY(!GitSync::rebases(GitRepository::open(team.b), s("main")));
    }

    void sync_unreachableRemote_isClassified()
    {
        QTemporaryDir dir;
        GitFixture::Team team;
        QVERIFY(GitFixture::makeTeam(dir.path(), stories(), &team));
        QVERIFY(GitFixture::run(team.b, {s("remote"), s("set-url"), s("origin"), dir.path() + s("/no-such-remote.git")}));
        const GitSyncResult result = GitSync::sync(GitRepository::open(team.b));
        QCOMPARE(result.status, GitSyncResult::Status::Unreachable);
        QVERIFY(result.message.contains(s("cannot be reached")));
    }

    void sync_rejectedPush_isClassifiedAsSyncAgain()
    {
        QTemporaryDir dir;
        GitFixture::Team team;
        QVERIFY(GitFixture::makeTeam(dir.path(), stories(), &team));
        QVERIFY(GitFixture::commitFiles(team.a, {{s("news/a.md"), GitFixture::story(s("A"), true)}}, s("A")));
        QVERIFY(GitFixture::commitFiles(team.b, {{s("news/b.md"), GitFixture::story(s("B"), true)}}, s("B")));
        QVERIFY(GitSync::sync(GitRepository::open(team.a)).ok());
        // B pushes without integrating: the real rejection git gives.
        const GitResult push = GitFixture::git(team.b, {s("push"), s("origin"), s("main")});
        QVERIFY(!push.ok());
        QCOMPARE(GitSync::classify(push.err), GitSyncResult::Status::PushRejected);
        // A push hook on the remote that moves main between B's fetch and B's push gives the
        // same through sync.
        const QString hook = team.remote + s("/hooks/pre-receive");
        QVERIFY(TestFiles::write(hook, "#!/bin/sh\necho 'moved on' >&2\nexit 1\n"));
        QVERIFY(QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const GitSyncResult refused = GitSync::sync(GitRepository::open(team.b));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.status, GitSyncResult::Status::PushRejected);
        QVERIFY(refused.message.contains(s("sync again")));
    }

    void classify_data()
    {
        QTest::addColumn<QString>("stderr");
        QTest::addColumn<int>("status");
        QTest::newRow("missing path remote")
            << s("fatal: '/tmp/x.git' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\n"
                 "Please make sure you have the correct access rights\nand the repository exists.\n")
            << int(GitSyncResult::Status::Unreachable);
        QTest::newRow("dns") << s("fatal: unable to access 'https://git.example/x.git/': Could not resolve host: git.example\n")
                             << int(GitSyncResult::Status::Unreachable);
        QTest::newRow("ssh refused") << s("ssh: connect to host git.example port 22: Connection refused\nfatal: Could not read from remote repository.\n")
                                     << int(GitSyncResult::Status::Unreachable);
        QTest::newRow("https no prompt") << s("fatal: could not read Username for 'https://github.com': terminal prompts disabled\n")
                                         << int(GitSyncResult::Status::AuthenticationFailed);
        QTest::newRow("https bad token") << s("remote: Invalid username or password.\nfatal: Authentication failed for 'https://github.com/x/y.git/'\n")
                                         << int(GitSyncResult::Status::AuthenticationFailed);
        QTest::newRow("ssh key") << s("git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.\n")
                                 << int(GitSyncResult::Status::AuthenticationFailed);
        QTest::newRow("fetch first") << s("To /tmp/r.git\n ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs to '/tmp/r.git'\n")
                                     << int(GitSyncResult::Status::PushRejected);
        QTest::newRow("non-fast-forward") << s(" ! [rejected]        main -> main (non-fast-forward)\n")
                                          << int(GitSyncResult::Status::PushRejected);
        QTest::newRow("other") << s("fatal: bad object HEAD\n") << int(GitSyncResult::Status::Failed);
    }

    void classify()
    {
        QFETCH(QString, stderr);
        QFETCH(int, status);
        QCOMPARE(int(GitSync::classify(stderr)), status);
    }

    void sync_detachedHead_isRefused()
    {
        QTemporaryDir dir;
        GitFixture::Team team;
        QVERIFY(GitFixture::makeTeam(dir.path(), stories(), &team));
        QVERIFY(GitFixture::run(team.b, {s("checkout"), s("-q"), s("--detach")}));
        const GitSyncResult result = GitSync::sync(GitRepository::open(team.b));
        QCOMPARE(result.status, GitSyncResult::Status::DetachedHead);
        QVERIFY(result.message.contains(s("detached")));
    }

    void sync_noUpstream_saysCommitsStayLocal()
    {
        QTemporaryDir dir;
        QVERIFY(GitFixture::run(dir.path(), {s("init"), s("-q"), s("-b"), s("main")}));
        QVERIFY(GitFixture::setIdentity(dir.path(), s("Ana Ruiz")));
        QVERIFY(GitFixture::commitFiles(dir.path(), stories(), s("one")));
        const GitSyncResult result = GitSync::sync(GitRepository::open(dir.path()));
        QCOMPARE(result.status, GitSyncResult::Status::NoUpstream);
        QVERIFY(result.message.contains(s("stay on this machine")));
    }

    void sync_midMerge_isRefused()
    {
        QTemporaryDir dir;
        GitFixture::Team team;
        QVERIFY(GitFixture::makeTeam(dir.path(), stories(), &team));
        QVERIFY(GitFixture::commitFiles(team.a, {{s("news/a.md"), GitFixture::story(s("A"), false, 70)}}, s("70")));
        QVERIFY(GitSync::sync(GitRepository::open(team.a)).ok());
        QVERIFY(GitFixture::commitFiles(team.b, {{s("news/a.md"), GitFixture::story(s("A"), false, 60)}}, s("60")));
        QVERIFY(GitFixture::run(team.b, {s("fetch"), s("-q")}));
        QVERIFY(!GitFixture::git(team.b, {s("merge"), s("origin/main")}).ok());

        const GitSyncResult result = GitSync::sync(GitRepository::open(team.b));
        QCOMPARE(result.status, GitSyncResult::Status::OperationInProgress);
        QVERIFY(result.message.contains(s("a merge")));
        QCOMPARE(result.conflictPaths, QStringList{s("news/a.md")});
    }

    void sync_conflict_leavesConflictedPathsListed()
    {
        QTemporaryDir dir;
        GitFixture::Team team;
        QVERIFY(GitFixture::makeTeam(dir.path(), stories(), &team));
        QVERIFY(GitFixture::commitFiles(team.a, {{s("news/a.md"), GitFixture::story(s("A"), false, 70)}}, s("70")));
        QVERIFY(GitSync::sync(GitRepository::open(team.a)).ok());
        QVERIFY(GitFixture::commitFiles(team.b, {{s("news/a.md"), GitFixture::story(s("A"), false, 60)},
                                                 {s("news/b.md"), GitFixture::story(s("B"), true)}}, s("60")));
        const GitRepository b = GitRepository::open(team.b + s("/news"));
        const QString before = b.head();

        const GitSyncResult result = GitSync::sync(b);
        QCOMPARE(result.status, GitSyncResult::Status::Conflicts);
        QCOMPARE(result.conflictPaths, QStringList{s("a.md")});
        QVERIFY(TestFiles::read(team.b + s("/news/a.md")).contains("<<<<<<< "));
        QCOMPARE(b.operationInProgress(), GitRepository::Operation::Merge);
        // Nothing pushed: the remote still has only A's work.
        QVERIFY(GitFixture::git(team.remote, {s("rev-parse"), s("main")}).outLine() != before);
        QCOMPARE(GitStatus::read(b).state(s("a.md")), GitFileState::Conflict);
    }

    void sync_cancelledBeforeFetch_changesNothing()
    {
        QTemporaryDir dir;
        GitFixture::Team team;
        QVERIFY(GitFixture::makeTeam(dir.path(), stories(), &team));
        QVERIFY(GitFixture::commitFiles(team.a, {{s("news/a.md"), GitFixture::story(s("A"), true)}}, s("A")));
        QVERIFY(GitSync::sync(GitRepository::open(team.a)).ok());
        std::atomic_bool cancel = true;
        const GitRepository b = GitRepository::open(team.b);
        const QString head = b.head();
        const GitSyncResult result = GitSync::sync(b, {}, &cancel);
        QCOMPARE(result.status, GitSyncResult::Status::Cancelled);
        QCOMPARE(b.head(), head);
    }
};

QTEST_GUILESS_MAIN(TestGitSync)
#include "tst_gitsync.moc"
