#include "gitfixture.h"
#include "settings.h"
#include "storyeditor.h"
#include "storystore.h"
#include "syncrunner.h"
#include "testfiles.h"
#include "testvalues.h"
#include "userprompts.h"

#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

// File ▸ Sync against a bare remote: what came in reloads in the store and is said in the
// status bar; a story with unsaved edits that the sync changed becomes the store's conflict,
// resolved by Apply Mine on Top; the merge driver is offered once per repository; a remote
// that cannot be reached is a clear error.

using namespace Storydesk;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class FakePrompts final : public UserPrompts
{
public:
    ConflictChoice askConflict(const QString &) override { return ConflictChoice::ApplyMineOnTop; }
    UnsavedChoice askUnsaved(const QStringList &) override { return UnsavedChoice::Cancel; }
    bool askSetUpMergeDriver(const QString &repository) override
    {
        asked.append(repository);
        return setUpDriver;
    }
    void showError(const QString &, const QString &message) override { errors.append(message); }

    bool setUpDriver = false;
    QStringList asked;
    QStringList errors;
};

} // namespace

class TestSyncRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void incomingStory_reloadsInTheStoreAndIsSaid();
    void unsavedEditChangedBySync_goesThroughApplyMineOnTop();
    void mergeDriver_offeredOnceAndNoIsRemembered();
    void mergeDriver_yesSetsItUp();
    void mergeDriver_setUpBeforeAPullOfSharedAttributes_doesNotBlockIt();
    void unreachableRemote_isAClearError();
    void cancel_stopsBeforeAnythingComesIn();

private:
    bool syncB();
    // Editor A changes a story and pushes it.
    bool pushFromA(const char *name, const QByteArray &bytes);
    QString inB(const char *name) const { return QDir(m_team.b).filePath(s(name)); }
    int rowOf(const QString &path) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    GitFixture::Team m_team;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QStatusBar> m_statusBar;
    std::unique_ptr<StoryStore> m_store;
    std::unique_ptr<StoryEditor> m_editor;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<SyncRunner> m_runner;
};

void TestSyncRunner::initTestCase()
{
    GitFixture::isolateFromUserConfig();
    if (!GitProcess::isInstalled())
        QSKIP("git is not installed");
}

void TestSyncRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(GitFixture::makeTeam(m_dir->path(),
                                 {{s("x.md"), GitFixture::story(s("X"), false, 40)}, {s("y.md"), GitFixture::story(s("Y"), false, 60)}},
                                 &m_team));
    m_settings = std::make_unique<Settings>(QDir(m_dir->path()).filePath(s("settings.ini")));
    m_statusBar = std::make_unique<QStatusBar>();
    m_store = std::make_unique<StoryStore>();
    m_editor = std::make_unique<StoryEditor>(m_store.get());
    m_prompts = std::make_unique<FakePrompts>();
    m_runner = std::make_unique<SyncRunner>(m_statusBar.get(), m_store.get(), m_settings.get());
    m_runner->setPrompts(m_prompts.get());
    m_runner->setCliPath(s(STORYDESK_CLI_PATH));
    QSignalSpy loaded(m_store.get(), &StoryStore::loadFinished);
    m_store->openFolder(m_team.b);
    QVERIFY(loaded.wait(20000));
}

void TestSyncRunner::cleanup()
{
    m_runner.reset();
    m_editor.reset();
    m_store.reset();
    m_statusBar.reset();
    m_dir.reset();
}

bool TestSyncRunner::syncB()
{
    QSignalSpy ended(m_runner.get(), &SyncRunner::syncEnded);
    m_runner->sync(m_team.b);
    return ended.wait(60000) && !m_runner->isRunning();
}

bool TestSyncRunner::pushFromA(const char *name, const QByteArray &bytes)
{
    return GitFixture::commitFiles(m_team.a, {{s(name), bytes}}, s("A's triage"))
        && GitFixture::run(m_team.a, {s("push"), s("-q")});
}

int TestSyncRunner::rowOf(const QString &path) const
{
    for (int row = 0; row < m_store->count(); ++row) {
        if (m_store->summary(row).path == path)
            return row;
    }
    return -1;
}

void TestSyncRunner::incomingStory_reloadsInTheStoreAndIsSaid()
{
    QVERIFY(pushFromA("x.md", GitFixture::story(s("X"), true, 75)));
    QVERIFY(pushFromA("z.md", GitFixture::story(s("Z"))));
    QVERIFY(syncB());

    QCOMPARE(m_runner->outcome().sync.status, GitSyncResult::Status::Synced);
    QCOMPARE(m_runner->outcome().sync.incomingPaths, (QStringList{s("x.md"), s("z.md")}));
    QCOMPARE(TestFiles::read(inB("x.md")), GitFixture::story(s("X"), true, 75));
    // Through the live folder: the changed story reads again, the new one is added.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(inB("z.md")) >= 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(int(m_store->summary(rowOf(inB("x.md"))).quality), 75, 20000);
    QVERIFY2(m_statusBar->currentMessage().contains(s("2 stories came in")), qPrintable(m_statusBar->currentMessage()));
    QVERIFY(m_prompts->errors.isEmpty());
    QVERIFY(m_statusBar->findChild<QProgressBar *>(s("syncProgress"))->isHidden());
}

void TestSyncRunner::unsavedEditChangedBySync_goesThroughApplyMineOnTop()
{
    const QString x = inB("x.md");
    QVERIFY(m_editor->setValue(x, TestValues::path("quality"), TestValues::json("90")));
    QSignalSpy conflict(m_store.get(), &StoryStore::conflictDetected);
    QVERIFY(pushFromA("x.md", GitFixture::story(s("X"), true, 40)));
    QVERIFY(syncB());
    QCOMPARE(m_runner->outcome().sync.status, GitSyncResult::Status::Synced);

    // The store notices that the disk moved under the unsaved edit...
    QTRY_VERIFY_WITH_TIMEOUT(!conflict.isEmpty(), 20000);
    QCOMPARE(conflict.constFirst().constFirst().toString(), x);
    QVERIFY(m_editor->isModified(x));
    // ...so saving asks, and Apply Mine on Top keeps A's published with B's quality.
    QCOMPARE(m_editor->save(x), StoryEditor::SaveOutcome::ChangedOnDisk);
    QVERIFY(m_editor->applyMineOnTop(x));
    QCOMPARE(m_editor->save(x), StoryEditor::SaveOutcome::Saved);
    QCOMPARE(TestFiles::read(x), GitFixture::story(s("X"), true, 90));
}

void TestSyncRunner::mergeDriver_offeredOnceAndNoIsRemembered()
{
    QVERIFY(syncB());
    QCOMPARE(m_prompts->asked.size(), 1);
    const QString workTree = m_prompts->asked.constFirst();
    QCOMPARE(QDir(workTree).canonicalPath(), QDir(m_team.b).canonicalPath());
    QVERIFY(m_settings->mergeDriverDeclined(workTree));
    QVERIFY(!GitFixture::git(m_team.b, {s("config"), s("--get"), s("merge.storydesk.driver")}).ok());

    QVERIFY(syncB());
    QCOMPARE(m_prompts->asked.size(), 1);
}

void TestSyncRunner::mergeDriver_yesSetsItUp()
{
    m_prompts->setUpDriver = true;
    QVERIFY(syncB());
    QCOMPARE(m_prompts->asked.size(), 1);
    QVERIFY2(m_runner->outcome().setupError.isEmpty(), qPrintable(m_runner->outcome().setupError));
    QVERIFY(!m_runner->outcome().setupChanges.isEmpty());
    QVERIFY(GitFixture::git(m_team.b, {s("config"), s("--get"), s("merge.storydesk.driver")}).ok());
    // The lines go to the clone's own info/attributes: the work tree stays as it was.
    QCOMPARE(TestFiles::read(inB(".git/info/attributes")),
             QByteArray("*.md merge=storydesk\n*.markdown merge=storydesk\n*.txt merge=storydesk\n"));
    QVERIFY(!QFile::exists(inB(".gitattributes")));
    QCOMPARE(GitFixture::git(m_team.b, {s("status"), s("--porcelain")}).out, QByteArray());
    // Set up: not asked again.
    QVERIFY(syncB());
    QCOMPARE(m_prompts->asked.size(), 1);
}

void TestSyncRunner::mergeDriver_setUpBeforeAPullOfSharedAttributes_doesNotBlockIt()
{
    // A teammate shares the attributes; B accepts the offer on the sync that brings them in.
    // Written into B's work tree, they would be an untracked file the pull refuses to overwrite.
    const QByteArray shared("*.md merge=storydesk\n*.markdown merge=storydesk\n*.txt merge=storydesk\n");
    QVERIFY(pushFromA(".gitattributes", shared));
    m_prompts->setUpDriver = true;
    QVERIFY(syncB());
    QVERIFY2(m_runner->outcome().setupError.isEmpty(), qPrintable(m_runner->outcome().setupError));
    QCOMPARE(m_runner->outcome().sync.status, GitSyncResult::Status::Synced);
    QVERIFY(m_prompts->errors.isEmpty());
    QCOMPARE(TestFiles::read(inB(".gitattributes")), shared);
    QCOMPARE(GitFixture::git(m_team.b, {s("status"), s("--porcelain")}).out, QByteArray());
    QVERIFY(GitFixture::git(m_team.b, {s("config"), s("--get"), s("merge.storydesk.driver")}).ok());
}

void TestSyncRunner::unreachableRemote_isAClearError()
{
    QVERIFY(GitFixture::run(m_team.b, {s("remote"), s("set-url"), s("origin"), QDir(m_dir->path()).filePath(s("gone.git"))}));
    QVERIFY(syncB());
    QCOMPARE(m_runner->outcome().sync.status, GitSyncResult::Status::Unreachable);
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY2(m_prompts->errors.constFirst().contains(s("could not be reached")), qPrintable(m_prompts->errors.constFirst()));
}

void TestSyncRunner::cancel_stopsBeforeAnythingComesIn()
{
    QVERIFY(pushFromA("x.md", GitFixture::story(s("X"), true, 75)));
    const QByteArray before = TestFiles::read(inB("x.md"));
    QSignalSpy ended(m_runner.get(), &SyncRunner::syncEnded);
    m_runner->sync(m_team.b);
    QVERIFY(m_runner->isRunning());
    m_runner->cancel();   // the Cancel button
    QVERIFY(ended.wait(60000));
    QCOMPARE(m_runner->outcome().sync.status, GitSyncResult::Status::Cancelled);
    QVERIFY(m_prompts->asked.isEmpty());
    QVERIFY(m_prompts->errors.isEmpty());
    QVERIFY2(m_statusBar->currentMessage().contains(s("cancelled")), qPrintable(m_statusBar->currentMessage()));
    QCOMPARE(TestFiles::read(inB("x.md")), before);
    QVERIFY(m_statusBar->findChild<QProgressBar *>(s("syncProgress"))->isHidden());
}

QTEST_MAIN(TestSyncRunner)
#include "tst_syncrunner.moc"
