#include "gitcommit.h"
#include "gitfixture.h"
#include "gitrepository.h"
#include "gitstatus.h"
#include "testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// GitCommit: exactly the given stories are committed, nothing else is staged, and the
// refusals say what to do.

using namespace Storydesk;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList committedFiles(const QString &dir)
{
    const GitResult result = GitFixture::git(dir, {s("show"), s("--name-only"), s("--format="), s("HEAD")});
    return QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestGitCommit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;

    void makeRepository()
    {
        m_root = m_dir.path() + QStringLiteral("/repo");
        QVERIFY(QDir().mkpath(m_root));
        QVERIFY(GitFixture::run(m_root, {s("init"), s("-q"), s("-b"), s("main")}));
        QVERIFY(GitFixture::setIdentity(m_root, s("Ana Ruiz")));
        QVERIFY(GitFixture::commitFiles(m_root, {{s("site/a.md"), GitFixture::story(s("A"))},
                                                 {s("site/b.md"), GitFixture::story(s("B"))},
                                                 {s("site/c.md"), GitFixture::story(s("C"))}},
                                        s("Stories")));
    }

private Q_SLOTS:
    void initTestCase() { GitFixture::isolateFromUserConfig(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path() + QStringLiteral("/repo")).removeRecursively();
        makeRepository();
    }

    void commit_exactlyTheGivenPaths()
    {
        QVERIFY(TestFiles::write(m_root + s("/site/a.md"), GitFixture::story(s("A"), true)));
        QVERIFY(TestFiles::write(m_root + s("/site/b.md"), GitFixture::story(s("B"), true)));
        QVERIFY(TestFiles::write(m_root + s("/site/new one.md"), GitFixture::story(s("New"))));
        QVERIFY(TestFiles::write(m_root + s("/site/other new.md"), GitFixture::story(s("Other"))));
        // A file staged by someone else stays staged and out of this commit.
        QVERIFY(TestFiles::write(m_root + s("/site/c.md"), GitFixture::story(s("C"), false, 90)));
        QVERIFY(GitFixture::run(m_root, {s("add"), s("site/c.md")}));

        const GitRepository repository = GitRepository::open(m_root + s("/site"));
        const GitCommitResult result = GitCommit::commit(repository, {s("a.md"), s("new one.md")}, s("Triage: publish 1 story"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.paths, (QStringList{s("a.md"), s("new one.md")}));
        QCOMPARE(result.commit, repository.head());
        QCOMPARE(committedFiles(m_root), (QStringList{s("site/a.md"), s("site/new one.md")}));

        const GitStatus status = GitStatus::read(repository);
        QCOMPARE(status.state(s("a.md")), GitFileState::Clean);
        QCOMPARE(status.state(s("new one.md")), GitFileState::Clean);
        QCOMPARE(status.state(s("b.md")), GitFileState::Changed);
        QCOMPARE(status.state(s("other new.md")), GitFileState::New);
        QCOMPARE(status.state(s("c.md")), GitFileState::Changed);
        // c.md is still staged, other new.md still untracked.
        const QByteArray porcelain = GitFixture::git(m_root, {s("status"), s("--porcelain")}).out;
        QVERIFY2(porcelain.contains("M  site/c.md"), porcelain.constData());
        QVERIFY2(porcelain.contains("?? \"site/other new.md\"") || porcelain.contains("?? site/other new.md"), porcelain.constData());
        QCOMPARE(GitFixture::git(m_root, {s("log"), s("-1"), s("--format=%s")}).outLine(), s("Triage: publish 1 story"));
    }

    void commit_deletedStory_commitsTheRemoval()
    {
        QVERIFY(QFile::remove(m_root + s("/site/b.md")));
        const GitRepository repository = GitRepository::open(m_root + s("/site"));
        const GitCommitResult result = GitCommit::commit(repository, {s("b.md")}, s("Remove b"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(committedFiles(m_root), QStringList{s("site/b.md")});
        QVERIFY(GitFixture::git(m_root, {s("status"), s("--porcelain")}).out.isEmpty());
    }

    void commit_pathWithGlobCharacters_isLiteral()
    {
        QVERIFY(TestFiles::write(m_root + s("/site/[x]*.md"), GitFixture::story(s("Glob"))));
        QVERIFY(TestFiles::write(m_root + s("/site/x1.md"), GitFixture::story(s("X1"))));
        const GitRepository repository = GitRepository::open(m_root + s("/site"));
        const GitCommitResult result = GitCommit::commit(repository, {s("[x]*.md")}, s("Glob"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(committedFiles(m_root), QStringList{s("site/[x]*.md")});
    }

    void commit_nothingChanged_isNothingToCommit()
    {
        const GitRepository repository = GitRepository::open(m_root + s("/site"));
        const QString head = repository.head();
        const GitCommitResult result = GitCommit::commit(repository, {s("a.md"), s("b.md")}, s("Nothing"));
        QCOMPARE(result.status, GitCommitResult::Status::NothingToCommit);
        QCOMPARE(repository.head(), head);
        QCOMPARE(GitCommit::commit(repository, {}, s("Nothing")).status, GitCommitResult::Status::NothingToCommit);
    }

    void commit_withoutIdentity_isRefusedWithHowTo()
    {
        QVERIFY(GitFixture::run(m_root, {s("config"), s("--unset"), s("user.email")}));
        QVERIFY(TestFiles::write(m_root + s("/site/a.md"), GitFixture::story(s("A"), true)));
        const GitRepository repository = GitRepository::open(m_root + s("/site"));
        const QString head = repository.head();
        const GitCommitResult result = GitCommit::commit(repository, {s("a.md")}, s("Publish"));
        QCOMPARE(result.status, GitCommitResult::Status::NoIdentity);
        QVERIFY(result.message.contains(s("git config --global user.email")));
        QCOMPARE(repository.head(), head);
    }

    void commit_duringMerge_isRefused()
    {
        QVERIFY(GitFixture::run(m_root, {s("checkout"), s("-q"), s("-b"), s("other")}));
        QVERIFY(GitFixture::commitFiles(m_root, {{s("site/a.md"), GitFixture::story(s("A"), false, 70)}}, s("70")));
        QVERIFY(GitFixture::run(m_root, {s("checkout"), s("-q"), s("main")}));
        QVERIFY(GitFixture::commitFiles(m_root, {{s("site/a.md"), GitFixture::story(s("A"), false, 60)}}, s("60")));
        QVERIFY(!GitFixture::git(m_root, {s("merge"), s("other")}).ok());
        QVERIFY(TestFiles::write(m_root + s("/site/b.md"), GitFixture::story(s("B"), true)));

        const GitRepository repository = GitRepository::open(m_root + s("/site"));
        const GitCommitResult result = GitCommit::commit(repository, {s("b.md")}, s("Publish"));
        QCOMPARE(result.status, GitCommitResult::Status::OperationInProgress);
        QVERIFY(result.message.contains(s("a merge")));
    }

    void commit_outsideRepository_isNotARepository()
    {
        QTemporaryDir plain;
        const GitCommitResult result = GitCommit::commit(GitRepository::open(plain.path()), {s("a.md")}, s("x"));
        QCOMPARE(result.status, GitCommitResult::Status::NotARepository);
    }

    void commit_failingHook_leavesNewStoriesUntracked()
    {
        QVERIFY(TestFiles::write(m_root + s("/.git/hooks/pre-commit"), "#!/bin/sh\necho 'no commits today' >&2\nexit 1\n"));
        QVERIFY(QFile::setPermissions(m_root + s("/.git/hooks/pre-commit"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(TestFiles::write(m_root + s("/site/new.md"), GitFixture::story(s("New"))));
        const GitRepository repository = GitRepository::open(m_root + s("/site"));
        const GitCommitResult result = GitCommit::commit(repository, {s("new.md")}, s("New"));
        QCOMPARE(result.status, GitCommitResult::Status::Failed);
        QVERIFY2(result.message.contains(s("no commits today")), qPrintable(result.message));
        QVERIFY(GitFixture::git(m_root, {s("status"), s("--porcelain")}).out.contains("?? site/new.md"));
    }
};

QTEST_GUILESS_MAIN(TestGitCommit)
#include "tst_gitcommit.moc"
