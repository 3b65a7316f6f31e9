#include "gitfixture.h"
#include "gitrepository.h"
#include "gitstatus.h"
#include "testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// GitStatus: porcelain v2 records parsed into per-story states (a table of raw records),
// and one real `git status` over a site folder inside a repository.

using namespace Storydesk;

namespace {

const QByteArray H = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391";
const QByteArray Z = "0000000000000000000000000000000000000000";

QByteArray ordinary(const char *xy, const QByteArray &path)
{
    return "1 " + QByteArray(xy) + " N... 100644 100644 100644 " + H + " " + H + " " + path + '\0';
}

} // namespace

class TestGitStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GitFixture::isolateFromUserConfig(); }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("porcelain");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("count");

        QTest::newRow("modified in work tree") << ordinary(".M", "a.md") << QString() << "a.md" << int(GitFileState::Changed) << 1;
        QTest::newRow("modified and staged") << ordinary("M.", "a.md") << QString() << "a.md" << int(GitFileState::Changed) << 1;
        QTest::newRow("staged and modified again") << ordinary("MM", "a.md") << QString() << "a.md" << int(GitFileState::Changed) << 1;
        QTest::newRow("added") << ("1 A. N... 000000 100644 100644 " + Z + " " + H + " new.md" + '\0') << QString() << "new.md"
                               << int(GitFileState::New) << 1;
        QTest::newRow("added then modified") << ordinary("AM", "new.md") << QString() << "new.md" << int(GitFileState::New) << 1;
        QTest::newRow("untracked") << QByteArray("? fresh.md\0", 11) << QString() << "fresh.md" << int(GitFileState::New) << 1;
        QTest::newRow("deleted in work tree") << ordinary(".D", "gone.md") << QString() << "gone.md" << int(GitFileState::Deleted) << 1;
        QTest::newRow("deleted and staged") << ordinary("D.", "gone.md") << QString() << "gone.md" << int(GitFileState::Deleted) << 1;
        QTest::newRow("path with spaces") << ordinary(".M", "news/a story with  spaces.md") << QString()
                                          << "news/a story with  spaces.md" << int(GitFileState::Changed) << 1;
        QTest::newRow("unicode path") << ordinary(".M", "noticias/caf\xc3\xa9 \xe2\x80\x94 \xe6\x97\xa5\xe6\x9c\xac.md") << QString()
                                      << QStringLiteral("noticias/caf\u00e9 \u2014 \u65e5\u672c.md") << int(GitFileState::Changed) << 1;
        const QByteArray renamed = "2 R. N... 100644 100644 100644 " + H + " " + H + " R100 news/new name.md" + '\0' + "news/old name.md" + '\0';
        QTest::newRow("renamed: new path is new") << renamed << QString() << "news/new name.md" << int(GitFileState::New) << 2;
        QTest::newRow("renamed: old path is deleted") << renamed << QString() << "news/old name.md" << int(GitFileState::Deleted) << 2;
        QTest::newRow("record after a rename is read") << (renamed + ordinary(".M", "b.md")) << QString() << "b.md" << int(GitFileState::Changed) << 3;
        const QByteArray unmerged = "u UU N... 100644 100644 100644 100644 " + H + " " + H + " " + H + " news/both changed.md" + '\0';
        QTest::newRow("unmerged") << unmerged << QString() << "news/both changed.md" << int(GitFileState::Conflict) << 1;
        QTest::newRow("unmerged: deleted by them") << ("u UD N... 100644 100644 000000 100644 " + H + " " + H + " " + Z + " x.md" + '\0')
                                                   << QString() << "x.md" << int(GitFileState::Conflict) << 1;
        QTest::newRow("ignored files are not listed") << QByteArray("! build/x.md\0", 13) << QString() << "build/x.md" << int(GitFileState::Clean) << 0;
        QTest::newRow("site prefix is stripped") << ordinary(".M", "site/news/a.md") << QStringLiteral("site/") << "news/a.md"
                                                 << int(GitFileState::Changed) << 1;
        QTest::newRow("outside the site is left out") << ordinary(".M", "other/a.md") << QStringLiteral("site/") << "other/a.md"
                                                      << int(GitFileState::Clean) << 0;
        QTest::newRow("branch headers are skipped") << (QByteArray("# branch.oid ") + H + '\0' + ordinary(".M", "a.md")) << QString()
                                                    << "a.md" << int(GitFileState::Changed) << 1;
        QTest::newRow("empty output") << QByteArray() << QString() << "a.md" << int(GitFileState::Clean) << 0;
    }

    void parse()
    {
        QFETCH(QByteArray, porcelain);
        QFETCH(QString, prefix);
        QFETCH(QString, path);
        QFETCH(int, state);
        QFETCH(int, count);
        const GitStatus status = GitStatus::parse(porcelain, prefix);
        QCOMPARE(int(status.state(path)), state);
        QCOMPARE(status.states().size(), count);
    }

    void incoming_readsIncomingUnlessChangedSince()
    {
        GitStatus status = GitStatus::parse(ordinary(".M", "b.md"));
        status.setIncoming({QStringLiteral("a.md"), QStringLiteral("b.md")});
        QCOMPARE(status.state(QStringLiteral("a.md")), GitFileState::Incoming);
        QCOMPARE(status.state(QStringLiteral("b.md")), GitFileState::Changed);
        QCOMPARE(status.pathsIn(GitFileState::Incoming), QStringList{QStringLiteral("a.md")});
        QCOMPARE(status.count(GitFileState::Incoming), 1);
        QCOMPARE(status.state(QStringLiteral("c.md")), GitFileState::Clean);
    }

    void read_realRepository_givesEachStoryItsState()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(GitFixture::run(root, {QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(GitFixture::setIdentity(root, QStringLiteral("Ana Ruiz")));
        QVERIFY(GitFixture::commitFiles(root, {{QStringLiteral("site/clean.md"), GitFixture::story(QStringLiteral("Clean"))},
                                               {QStringLiteral("site/changed.md"), GitFixture::story(QStringLiteral("Changed"))},
                                               {QStringLiteral("site/gone.md"), GitFixture::story(QStringLiteral("Gone"))},
                                               {QStringLiteral("outside.md"), GitFixture::story(QStringLiteral("Outside"))}},
                                        QStringLiteral("Stories")));
        QVERIFY(TestFiles::write(root + QStringLiteral("/site/changed.md"), GitFixture::story(QStringLiteral("Changed"), true)));
        QVERIFY(QFile::remove(root + QStringLiteral("/site/gone.md")));
        QVERIFY(TestFiles::write(root + QStringLiteral("/site/deep/new story \u00e9.md"), GitFixture::story(QStringLiteral("New"))));
        QVERIFY(TestFiles::write(root + QStringLiteral("/site/added.md"), GitFixture::story(QStringLiteral("Added"))));
        QVERIFY(GitFixture::run(root, {QStringLiteral("add"), QStringLiteral("site/added.md")}));
        QVERIFY(TestFiles::write(root + QStringLiteral("/outside.md"), GitFixture::story(QStringLiteral("Outside"), true)));

        const GitRepository repository = GitRepository::open(root + QStringLiteral("/site"));
        QVERIFY(repository.isValid());
        bool ok = false;
        const GitStatus status = GitStatus::read(repository, nullptr, &ok);
        QVERIFY(ok);
        QCOMPARE(status.state(QStringLiteral("clean.md")), GitFileState::Clean);
        QCOMPARE(status.state(QStringLiteral("changed.md")), GitFileState::Changed);
        QCOMPARE(status.state(QStringLiteral("gone.md")), GitFileState::Deleted);
        QCOMPARE(status.state(QStringLiteral("deep/new story \u00e9.md")), GitFileState::New);
        QCOMPARE(status.state(QStringLiteral("added.md")), GitFileState::New);
        // Scoped to the site folder: the modified file beside it is not listed.
        QCOMPARE(status.changedPaths(), (QStringList{QStringLiteral("added.md"), QStringLiteral("changed.md"),
                                                     QStringLiteral("deep/new story \u00e9.md"), QStringLiteral("gone.md")}));
    }

    void read_mergeConflict_isConflict()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(GitFixture::run(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}));
        QVERIFY(GitFixture::setIdentity(root, QStringLiteral("Ana Ruiz")));
        QVERIFY(GitFixture::commitFiles(root, {{QStringLiteral("s.md"), GitFixture::story(QStringLiteral("S"))}}, QStringLiteral("one")));
        QVERIFY(GitFixture::run(root, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("other")}));
        QVERIFY(GitFixture::commitFiles(root, {{QStringLiteral("s.md"), GitFixture::story(QStringLiteral("S"), false, 70)}}, QStringLiteral("70")));
        QVERIFY(GitFixture::run(root, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
        QVERIFY(GitFixture::commitFiles(root, {{QStringLiteral("s.md"), GitFixture::story(QStringLiteral("S"), false, 60)}}, QStringLiteral("60")));
        QVERIFY(!GitFixture::git(root, {QStringLiteral("merge"), QStringLiteral("other")}).ok());

        const GitStatus status = GitStatus::read(GitRepository::open(root));
        QCOMPARE(status.state(QStringLiteral("s.md")), GitFileState::Conflict);
        QCOMPARE(status.pathsIn(GitFileState::Conflict), QStringList{QStringLiteral("s.md")});
    }
};

QTEST_GUILESS_MAIN(TestGitStatus)
#include "tst_gitstatus.moc"
