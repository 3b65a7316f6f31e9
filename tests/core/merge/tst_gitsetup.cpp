#include "gitfixture.h"
#include "gitsetup.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// GitSetup registers the story merge driver: the attribute lines go to the shared
// .gitattributes (the CLI's git-setup, to be committed) or to the clone's own
// info/attributes (the app's offer before a sync, which must leave the work tree alone);
// existing lines, line ends and other attributes are kept, and a second run changes nothing.

using namespace Storydesk;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray TopLines("*.md merge=storydesk\n*.markdown merge=storydesk\n*.txt merge=storydesk\n");

} // namespace

class TestGitSetup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void shared_appendsTheLinesInTheFilesOwnLineEnds();
    void shared_siteInASubfolder_scopesTheLinesToIt();
    void local_writesInfoAttributesAndLeavesTheWorkTreeClean();
    void local_linesTheSharedFileHas_areNotRepeated();
    void secondRun_changesNothing();
    void outsideAWorkTree_isAnError();

private:
    QString file(const char *name) const { return QDir(m_repository).filePath(s(name)); }
    GitSetup::Result setUp(const QString &folder, GitSetup::Attributes where) const
    {
        return GitSetup::run(folder, s("/usr/bin/storydesk-cli"), where);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_repository;
};

void TestGitSetup::initTestCase()
{
    GitFixture::isolateFromUserConfig();
    if (!GitProcess::isInstalled())
        QSKIP("git is not installed");
}

void TestGitSetup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_repository = m_dir->filePath(s("site"));
    QVERIFY(QDir().mkpath(m_repository + s("/content")));
    QVERIFY(GitFixture::run(m_repository, {s("init"), s("-q"), s("-b"), s("main")}));
    QVERIFY(GitFixture::setIdentity(m_repository, s("Ana Ruiz")));
    QVERIFY(GitFixture::commitFiles(m_repository, {{s("content/a.md"), GitFixture::story(s("A"))}}, s("First story")));
}

void TestGitSetup::shared_appendsTheLinesInTheFilesOwnLineEnds()
{
    QVERIFY(TestFiles::write(file(".gitattributes"), "*.png binary\r\n# ours"));
    const GitSetup::Result result = setUp(m_repository, GitSetup::Attributes::Shared);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(TestFiles::read(file(".gitattributes")),
             QByteArray("*.png binary\r\n# ours\r\n*.md merge=storydesk\r\n*.markdown merge=storydesk\r\n*.txt merge=storydesk\r\n"));
    QCOMPARE(GitFixture::git(m_repository, {s("config"), s("--local"), s("--get"), s("merge.storydesk.driver")}).outLine(),
             GitSetup::driverCommand(s("/usr/bin/storydesk-cli")));
    QCOMPARE(result.changes.size(), 5);   // three lines, two settings
}

void TestGitSetup::shared_siteInASubfolder_scopesTheLinesToIt()
{
    QVERIFY(setUp(file("content"), GitSetup::Attributes::Shared).ok);
    QCOMPARE(TestFiles::read(file(".gitattributes")),
             QByteArray("content/**/*.md merge=storydesk\ncontent/**/*.markdown merge=storydesk\ncontent/**/*.txt merge=storydesk\n"));
}

void TestGitSetup::local_writesInfoAttributesAndLeavesTheWorkTreeClean()
{
    QVERIFY(TestFiles::write(file(".git/info/attributes"), "*.jpg -diff\n"));
    const GitSetup::Result result = setUp(m_repository, GitSetup::Attributes::Local);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(TestFiles::read(file(".git/info/attributes")), QByteArray("*.jpg -diff\n") + TopLines);
    QVERIFY(!QFile::exists(file(".gitattributes")));
    QCOMPARE(GitFixture::git(m_repository, {s("status"), s("--porcelain"), s("--ignored")}).out, QByteArray());
    // git itself now sees the driver for a story.
    QCOMPARE(GitFixture::git(m_repository, {s("check-attr"), s("merge"), s("--"), s("content/a.md")}).outLine(),
             s("content/a.md: merge: storydesk"));
}

void TestGitSetup::local_linesTheSharedFileHas_areNotRepeated()
{
    QVERIFY(GitFixture::commitFiles(m_repository, {{s(".gitattributes"), TopLines}}, s("Share the merge driver")));
    const GitSetup::Result result = setUp(m_repository, GitSetup::Attributes::Local);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.changes.size(), 2);   // only the local config
    QVERIFY(TestFiles::read(file(".git/info/attributes")).indexOf("merge=storydesk") < 0);
}

void TestGitSetup::secondRun_changesNothing()
{
    for (const GitSetup::Attributes where : {GitSetup::Attributes::Shared, GitSetup::Attributes::Local}) {
        QVERIFY(setUp(m_repository, where).ok);
        const QByteArray shared = TestFiles::read(file(".gitattributes"));
        const QByteArray local = TestFiles::read(file(".git/info/attributes"));
        const GitSetup::Result again = setUp(m_repository, where);
        QVERIFY(again.ok);
        QCOMPARE(again.changes, QStringList());
        QCOMPARE(TestFiles::read(file(".gitattributes")), shared);
        QCOMPARE(TestFiles::read(file(".git/info/attributes")), local);
    }
}

void TestGitSetup::outsideAWorkTree_isAnError()
{
    QTemporaryDir elsewhere;
    const GitSetup::Result result = setUp(elsewhere.path(), GitSetup::Attributes::Local);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, s("not inside a git work tree"));
}

QTEST_MAIN(TestGitSetup)
#include "tst_gitsetup.moc"
