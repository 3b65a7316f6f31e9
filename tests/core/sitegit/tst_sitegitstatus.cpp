#include "gitprocess.h"
#include "gitrepository.h"
#include "lastcommitfetcher.h"
#include "sitegitstatus.h"
#include "storystore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

// SiteGitStatus on real repositories made here: the states one `git status` gives by the
// store's paths, a site in a subfolder, incoming marks after a sync, refreshes that follow
// the store, coalesced requests; LastCommitFetcher for the preview.

using namespace Storydesk;
using namespace std::chrono_literals;

namespace {

constexpr int Timeout = 20000;   // ms: git on a loaded machine

QByteArray story(const QByteArray &title, const QByteArray &extra = QByteArray())
{
    return "---\ntitle: \"" + title + "\"\npublished: false\n" + extra + "---\nBody.\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Runs git in `directory`, failing the test when it fails.
#define GIT(directory, ...)                                                                         \
    do {                                                                                            \
        const GitResult result_ = GitProcess(directory).run(QStringList{__VA_ARGS__});              \
        QVERIFY2(result_.ok(), qPrintable(result_.errorText()));                                    \
    } while (false)

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestSiteGitStatus : public QObject
{
    Q_OBJECT

private:
    // A work tree with an identity of its own and `files` committed in one commit.
    void makeRepository(const QString &path, const QStringList &files);
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!GitProcess::isInstalled())
            QSKIP("git is not installed");
        qRegisterMetaType<GitRepository::LastCommit>();
    }

    void locate_outsideWorkTree_isInactive()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(s("a.md")), story("A")));
        QVERIFY(!GitRepository::open(dir.path()).isValid());
        SiteGitStatus status;
        QSignalSpy active(&status, &SiteGitStatus::activeChanged);
        QSignalSpy refreshed(&status, &SiteGitStatus::refreshed);
        status.setFolder(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, Timeout);
        QVERIFY(!status.isActive());
        QCOMPARE(active.count(), 0);
        QCOMPARE(status.state(dir.filePath(s("a.md"))), GitFileState::Clean);
        QVERIFY(!status.lookup());
    }

    void refresh_reportsNewChangedAndConflict()
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        makeRepository(dir.path(), {s("changed.md"), s("same.md"), s("conflict.md"), s("staged.md")});
        // A conflict: both branches change the same line.
        GIT(dir.path(), s("checkout"), s("-q"), s("-b"), s("other"));
        QVERIFY(writeFile(root.filePath(s("conflict.md")), story("Theirs")));
        GIT(dir.path(), s("commit"), s("-q"), s("-am"), s("theirs"));
        GIT(dir.path(), s("checkout"), s("-q"), s("-"));
        QVERIFY(writeFile(root.filePath(s("conflict.md")), story("Ours")));
        GIT(dir.path(), s("commit"), s("-q"), s("-am"), s("ours"));
        QVERIFY(!GitProcess(dir.path()).run({s("merge"), s("-q"), s("other")}).ok());
        QVERIFY(writeFile(root.filePath(s("changed.md")), story("Changed")));
        QVERIFY(writeFile(root.filePath(s("staged.md")), story("Staged")));
        GIT(dir.path(), s("add"), s("staged.md"));
        QVERIFY(writeFile(root.filePath(s("new folder/untracked one.md")), story("New")));
        QVERIFY(writeFile(root.filePath(s("added.md")), story("Added")));
        GIT(dir.path(), s("add"), s("added.md"));

        SiteGitStatus status;
        QSignalSpy active(&status, &SiteGitStatus::activeChanged);
        QSignalSpy changed(&status, &SiteGitStatus::statesChanged);
        status.setFolder(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(active.count(), 1, Timeout);
        QVERIFY(status.isActive());
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, Timeout);
        QCOMPARE(status.state(root.filePath(s("changed.md"))), GitFileState::Changed);
        QCOMPARE(status.state(root.filePath(s("staged.md"))), GitFileState::Changed);
        QCOMPARE(status.state(root.filePath(s("same.md"))), GitFileState::Clean);
        QCOMPARE(status.state(root.filePath(s("conflict.md"))), GitFileState::Conflict);
        QCOMPARE(status.state(root.filePath(s("new folder/untracked one.md"))), GitFileState::New);
        QCOMPARE(status.state(root.filePath(s("added.md"))), GitFileState::New);
        QStringList paths = changed.at(0).at(0).toStringList();
        paths.sort();
        QCOMPARE(paths, QStringList({root.filePath(s("added.md")), root.filePath(s("changed.md")), root.filePath(s("conflict.md")),
                                     root.filePath(s("new folder/untracked one.md")), root.filePath(s("staged.md"))}));
        // The lookup the matching threads get reads the same states.
        const GitStateLookup lookup = status.lookup();
        QVERIFY(lookup);
        QCOMPARE(lookup(root.filePath(s("changed.md"))), GitFileState::Changed);
    }

    void refresh_siteInSubfolder_listsOnlyItsFiles()
    {
        QTemporaryDir dir;
        makeRepository(dir.path(), {s("site/a.md"), s("outside.md")});
        const QString site = QDir(dir.path()).filePath(s("site"));
        QVERIFY(writeFile(QDir(site).filePath(s("a.md")), story("Changed")));
        QVERIFY(writeFile(QDir(dir.path()).filePath(s("outside.md")), story("Changed")));
        QVERIFY(writeFile(QDir(dir.path()).filePath(s("site-notes.md")), story("Not the site")));
        const GitRepository repository = GitRepository::open(site);
        QVERIFY(repository.isValid());
        QCOMPARE(repository.sitePrefix(), s("site/"));
        bool ok = false;
        const GitStates states = SiteGitStatus::read(repository, {}, nullptr, &ok);
        QVERIFY(ok);
        QCOMPARE(states, GitStates({{QDir(site).filePath(s("a.md")), GitFileState::Changed}}));
    }

    void refresh_coalescesRequests()
    {
        QTemporaryDir dir;
        makeRepository(dir.path(), {s("a.md")});
        SiteGitStatus status;
        status.setRefreshDelay(100ms);
        QSignalSpy refreshed(&status, &SiteGitStatus::refreshed);
        status.setFolder(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, Timeout);
        for (int i = 0; i < 20; ++i)
            status.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, Timeout);
        // Requests while a run is under way make one more run, not one each.
        status.setRefreshDelay(0ms);
        status.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(status.isRefreshing(), Timeout);
        for (int i = 0; i < 20; ++i)
            status.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 4, Timeout);
        QTest::qWait(500);
        QCOMPARE(refreshed.count(), 4);
    }

    void followStore_refreshesWhenStoriesChangeOnDisk()
    {
        QTemporaryDir dir;
        makeRepository(dir.path(), {s("a.md"), s("b.md")});
        StoryStore store;
        store.setIndexEnabled(false);
        store.setPollingForced(true);
        store.setPollInterval(100ms);
        SiteGitStatus status;
        status.setRefreshDelay(50ms);
        status.followStore(&store);
        QSignalSpy active(&status, &SiteGitStatus::activeChanged);
        QSignalSpy loaded(&store, &StoryStore::loadFinished);
        store.openFolder(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(status.isActive(), Timeout);
        const QString a = QDir(dir.path()).filePath(s("a.md"));
        const QString c = QDir(dir.path()).filePath(s("c.md"));
        QCOMPARE(status.state(a), GitFileState::Clean);
        // Someone else edits one story and adds another: the store notices, and so does git.
        QTest::qWait(1100);   // a later modification time than the load saw
        QVERIFY(writeFile(a, story("A, edited elsewhere")));
        QVERIFY(writeFile(c, story("C")));
        QTRY_COMPARE_WITH_TIMEOUT(status.state(c), GitFileState::New, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(status.state(a), GitFileState::Changed, Timeout);
        // Committed elsewhere: a deleted story refreshes the states too.
        GIT(dir.path(), s("add"), s("-A"));
        GIT(dir.path(), s("commit"), s("-q"), s("-m"), s("more"));
        QVERIFY(QFile::remove(QDir(dir.path()).filePath(s("b.md"))));
        QTRY_COMPARE_WITH_TIMEOUT(status.state(QDir(dir.path()).filePath(s("b.md"))), GitFileState::Deleted, Timeout);
        QCOMPARE(status.state(a), GitFileState::Clean);
        QCOMPARE(status.state(c), GitFileState::Clean);
    }

    void markIncoming_marksWhatTheSyncBroughtUntilTheNextSync()
    {
        QTemporaryDir dir;
        const QString bare = QDir(dir.path()).filePath(s("site.git"));
        const QString seed = QDir(dir.path()).filePath(s("seed"));
        makeRepository(seed, {s("a.md"), s("b.md")});
        GIT(dir.path(), s("clone"), s("-q"), s("--bare"), seed, bare);
        const QString mine = QDir(dir.path()).filePath(s("mine"));
        const QString theirs = QDir(dir.path()).filePath(s("theirs"));
        for (const QString &clone : {mine, theirs}) {
            GIT(dir.path(), s("clone"), s("-q"), bare, clone);
            GIT(clone, s("config"), s("user.name"), s("Ana Ruiz"));
            GIT(clone, s("config"), s("user.email"), s("ana@example.org"));
        }
        QVERIFY(writeFile(QDir(theirs).filePath(s("a.md")), story("A, theirs")));
        GIT(theirs, s("commit"), s("-q"), s("-am"), s("theirs"));
        GIT(theirs, s("push"), s("-q"));

        SiteGitStatus status;
        status.setRefreshDelay(0ms);
        QSignalSpy refreshed(&status, &SiteGitStatus::refreshed);
        status.setFolder(mine);
        QTRY_VERIFY_WITH_TIMEOUT(status.isActive(), Timeout);
        const QString before = status.repository().head();
        QVERIFY(!before.isEmpty());
        GIT(mine, s("pull"), s("-q"), s("--no-rebase"));
        // What a sync reports as incoming (GitSyncResult::incomingPaths): site paths.
        const GitResult diff = GitProcess(mine).run({s("diff"), s("--name-only"), before, s("HEAD")});
        QVERIFY(diff.ok());
        QCOMPARE(diff.outLine(), s("a.md"));
        status.markIncoming({diff.outLine()});
        const QString a = QDir(mine).filePath(s("a.md"));
        const QString b = QDir(mine).filePath(s("b.md"));
        QTRY_COMPARE_WITH_TIMEOUT(status.state(a), GitFileState::Incoming, Timeout);
        QCOMPARE(status.state(b), GitFileState::Clean);
        // Later refreshes keep the mark; an edit here says more than it.
        const int runs = int(refreshed.count());
        status.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > runs, Timeout);
        QCOMPARE(status.state(a), GitFileState::Incoming);
        QVERIFY(writeFile(b, story("B, mine")));
        QVERIFY(writeFile(a, story("A, mine on top")));
        status.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(status.state(a), GitFileState::Changed, Timeout);
        GIT(mine, s("checkout"), s("--"), s("a.md"));
        status.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(status.state(a), GitFileState::Incoming, Timeout);
        // The next sync brought nothing: no marks left.
        status.markIncoming({});
        QTRY_COMPARE_WITH_TIMEOUT(status.state(a), GitFileState::Clean, Timeout);
        QCOMPARE(status.state(b), GitFileState::Changed);
    }

    void setFolder_forgetsThePreviousFolder()
    {
        QTemporaryDir repository;
        QTemporaryDir plain;
        makeRepository(repository.path(), {s("a.md")});
        QVERIFY(writeFile(QDir(repository.path()).filePath(s("a.md")), story("Changed")));
        SiteGitStatus status;
        QSignalSpy active(&status, &SiteGitStatus::activeChanged);
        status.setFolder(repository.path());
        QTRY_COMPARE_WITH_TIMEOUT(status.state(QDir(repository.path()).filePath(s("a.md"))), GitFileState::Changed, Timeout);
        const GitStateLookup before = status.lookup();
        QSignalSpy changed(&status, &SiteGitStatus::statesChanged);
        status.setFolder(plain.path());
        QCOMPARE(active.count(), 2);
        QCOMPARE(active.at(1).at(0).toBool(), false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(status.state(QDir(repository.path()).filePath(s("a.md"))), GitFileState::Clean);
        // A lookup handed out before keeps reading its own snapshot.
        QCOMPARE(before(QDir(repository.path()).filePath(s("a.md"))), GitFileState::Changed);
    }

    void lastCommitFetcher_answersOnlyTheLastRequest()
    {
        QTemporaryDir dir;
        makeRepository(dir.path(), {s("a.md"), s("b.md")});
        const GitRepository repository = GitRepository::open(dir.path());
        QVERIFY(repository.isValid());
        LastCommitFetcher fetcher;
        QSignalSpy fetched(&fetcher, &LastCommitFetcher::fetched);
        fetcher.fetch(repository, QDir(dir.path()).filePath(s("a.md")));
        fetcher.fetch(repository, QDir(dir.path()).filePath(s("b.md")));
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, Timeout);
        QTest::qWait(300);
        QCOMPARE(fetched.count(), 1);
        QCOMPARE(fetched.at(0).at(0).toString(), QDir(dir.path()).filePath(s("b.md")));
        const auto commit = fetched.at(0).at(1).value<GitRepository::LastCommit>();
        QCOMPARE(commit.author, s("Ana Ruiz"));
        QCOMPARE(commit.time, QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC));
        // Cancelled: no answer at all.
        fetcher.fetch(repository, QDir(dir.path()).filePath(s("a.md")));
        fetcher.cancel();
        QTest::qWait(500);
        QCOMPARE(fetched.count(), 1);
        // Never committed: an answer that says so.
        QVERIFY(writeFile(QDir(dir.path()).filePath(s("new.md")), story("New")));
        fetcher.fetch(repository, QDir(dir.path()).filePath(s("new.md")));
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 2, Timeout);
        QVERIFY(!fetched.at(1).at(1).value<GitRepository::LastCommit>().isValid());
    }
};

void TestSiteGitStatus::makeRepository(const QString &path, const QStringList &files)
{
    QVERIFY(QDir().mkpath(path));
    GIT(path, s("init"), s("-q"), s("-b"), s("main"));
    GIT(path, s("config"), s("user.name"), s("Ana Ruiz"));
    GIT(path, s("config"), s("user.email"), s("ana@example.org"));
    for (const QString &file : files)
        QVERIFY(writeFile(QDir(path).filePath(file), story(file.toUtf8())));
    GIT(path, s("add"), s("-A"));
    GitProcess git(path);
    git.setEnvironmentVariable(s("GIT_AUTHOR_DATE"), s("2026-03-01T09:30:00Z"));
    git.setEnvironmentVariable(s("GIT_COMMITTER_DATE"), s("2026-03-01T09:30:00Z"));
    const GitResult result = git.run({s("commit"), s("-q"), s("-m"), s("Stories")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
}

QTEST_GUILESS_MAIN(TestSiteGitStatus)
#include "tst_sitegitstatus.moc"
