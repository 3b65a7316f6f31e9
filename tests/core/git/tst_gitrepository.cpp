#include "gitfixture.h"
#include "gitrepository.h"
#include "testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// GitRepository: the work tree of a site folder, its config, branch, upstream, operations
// in progress, the last commit of a story, and files at a revision.

using namespace Storydesk;

class TestGitRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GitFixture::isolateFromUserConfig(); }

    void open_folderOutsideRepository_isInvalid()
    {
        QTemporaryDir dir;
        const GitRepository repository = GitRepository::open(dir.path());
        QVERIFY(!repository.isValid());
        QCOMPARE(repository.operationInProgress(), GitRepository::Operation::None);
        QVERIFY(!repository.isDetached());
    }

    void open_missingFolder_isInvalid()
    {
        QVERIFY(!GitRepository::open(QStringLiteral("/nonexistent/site")).isValid());
    }

    void open_withoutGit_isInvalid()
    {
        QTemporaryDir dir;
        QVERIFY(GitFixture::run(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        const bool valid = GitRepository::open(dir.path()).isValid();
        qputenv("PATH", path);
        QVERIFY(!valid);
    }

    void open_subfolder_findsWorkTreeAndPrefix()
    {
        QTemporaryDir dir;
        QVERIFY(GitFixture::run(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("content/news")));
        const GitRepository repository = GitRepository::open(dir.path() + QStringLiteral("/content/news"));
        QVERIFY(repository.isValid());
        QCOMPARE(QFileInfo(repository.workTree()).canonicalFilePath(), QFileInfo(dir.path()).canonicalFilePath());
        QCOMPARE(repository.sitePrefix(), QStringLiteral("content/news/"));
        QCOMPARE(repository.toRepositoryPath(QStringLiteral("a.md")), QStringLiteral("content/news/a.md"));
        QCOMPARE(repository.toSitePath(QStringLiteral("content/news/x/a.md")), QStringLiteral("x/a.md"));
        QVERIFY(repository.toSitePath(QStringLiteral("other/a.md")).isEmpty());
    }

    void config_readsValuesAndIdentity()
    {
        QTemporaryDir dir;
        QVERIFY(GitFixture::run(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
        const GitRepository repository = GitRepository::open(dir.path());
        QVERIFY(!repository.config(QStringLiteral("user.name")));
        QVERIFY(!repository.hasIdentity());
        QVERIFY(GitFixture::setIdentity(dir.path(), QStringLiteral("Ana Ruiz")));
        QCOMPARE(repository.config(QStringLiteral("user.name")).value_or(QString()), QStringLiteral("Ana Ruiz"));
        QVERIFY(repository.hasIdentity());
    }

    void branchAndUpstream_ofAClone()
    {
        QTemporaryDir dir;
        GitFixture::Team team;
        QVERIFY(GitFixture::makeTeam(dir.path(), {{QStringLiteral("a.md"), GitFixture::story(QStringLiteral("A"))}}, &team));
        const GitRepository repository = GitRepository::open(team.b);
        QCOMPARE(repository.currentBranch(), QStringLiteral("main"));
        QVERIFY(!repository.isDetached());
        const GitRepository::Upstream upstream = repository.upstream();
        QCOMPARE(upstream.remote, QStringLiteral("origin"));
        QCOMPARE(upstream.mergeRef, QStringLiteral("refs/heads/main"));
        QCOMPARE(upstream.shortName, QStringLiteral("origin/main"));
        QCOMPARE(repository.head().size(), 40);
    }

    void detachedHead_hasNoBranchNorUpstream()
    {
        QTemporaryDir dir;
        GitFixture::Team team;
        QVERIFY(GitFixture::makeTeam(dir.path(), {{QStringLiteral("a.md"), GitFixture::story(QStringLiteral("A"))}}, &team));
        QVERIFY(GitFixture::run(team.b, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach")}));
        const GitRepository repository = GitRepository::open(team.b);
        QVERIFY(repository.isDetached());
        QVERIFY(repository.currentBranch().isEmpty());
        QVERIFY(!repository.upstream().isValid());
    }

    void operationInProgress_data()
    {
        QTest::addColumn<bool>("rebase");
        QTest::addColumn<int>("operation");
        QTest::newRow("merge") << false << int(GitRepository::Operation::Merge);
        QTest::newRow("rebase") << true << int(GitRepository::Operation::Rebase);
    }

    void operationInProgress()
    {
        QFETCH(bool, rebase);
        QFETCH(int, operation);
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(GitFixture::run(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}));
        QVERIFY(GitFixture::setIdentity(root, QStringLiteral("Ana Ruiz")));
        QVERIFY(GitFixture::commitFiles(root, {{QStringLiteral("s.md"), GitFixture::story(QStringLiteral("S"))}}, QStringLiteral("one")));
        QVERIFY(GitFixture::run(root, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("other")}));
        QVERIFY(GitFixture::commitFiles(root, {{QStringLiteral("s.md"), GitFixture::story(QStringLiteral("S"), false, 70)}}, QStringLiteral("70")));
        QVERIFY(GitFixture::run(root, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
        QVERIFY(GitFixture::commitFiles(root, {{QStringLiteral("s.md"), GitFixture::story(QStringLiteral("S"), false, 60)}}, QStringLiteral("60")));
        const GitRepository repository = GitRepository::open(root);
        QCOMPARE(repository.operationInProgress(), GitRepository::Operation::None);
        QVERIFY(!GitFixture::git(root, {rebase ? QStringLiteral("rebase") : QStringLiteral("merge"), QStringLiteral("other")}).ok());
        QCOMPARE(int(repository.operationInProgress()), operation);
    }

    void lastCommit_givesAuthorAndTime()
    {
        QTemporaryDir dir;
        GitFixture::Team team;
        QVERIFY(GitFixture::makeTeam(dir.path(), {{QStringLiteral("news/a.md"), GitFixture::story(QStringLiteral("A"))},
                                                  {QStringLiteral("news/b.md"), GitFixture::story(QStringLiteral("B"))}},
                                     &team));
        QVERIFY(GitFixture::commitFiles(team.b, {{QStringLiteral("news/b.md"), GitFixture::story(QStringLiteral("B"), true)}}, QStringLiteral("b")));
        const GitRepository repository = GitRepository::open(team.b + QStringLiteral("/news"));
        const GitRepository::LastCommit a = repository.lastCommit(QStringLiteral("a.md"));
        QCOMPARE(a.author, QStringLiteral("Ana Ruiz"));
        QVERIFY(qAbs(a.time.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(repository.lastCommit(QStringLiteral("b.md")).author, QStringLiteral("Ben Ode"));
        QVERIFY(!repository.lastCommit(QStringLiteral("never.md")).isValid());
    }

    void readFiles_givesBytesAtRevision()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(GitFixture::run(root, {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(GitFixture::setIdentity(root, QStringLiteral("Ana Ruiz")));
        const QByteArray a = GitFixture::story(QStringLiteral("A"));
        const QByteArray b("no final newline\n\nbut blank lines");
        QVERIFY(GitFixture::commitFiles(root, {{QStringLiteral("s/a.md"), a}, {QStringLiteral("s/b c.md"), b}}, QStringLiteral("one")));
        const GitRepository repository = GitRepository::open(root + QStringLiteral("/s"));
        const auto files = repository.readFiles(QStringLiteral("HEAD"), {QStringLiteral("a.md"), QStringLiteral("missing.md"), QStringLiteral("b c.md")});
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(0).value_or(QByteArray()), a);
        QVERIFY(!files.at(1));
        QCOMPARE(files.at(2).value_or(QByteArray()), b);
    }
};

QTEST_GUILESS_MAIN(TestGitRepository)
#include "tst_gitrepository.moc"
