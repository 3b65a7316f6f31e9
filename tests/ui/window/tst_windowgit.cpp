#include "commitdialog.h"
#include "conflictresolverdialog.h"
#include "gitfixture.h"
#include "mainwindow.h"
#include "problemsmodel.h"
#include "problemsview.h"
#include "storystore.h"
#include "testfiles.h"
#include "userprompts.h"

#include <QAction>
#include <QDir>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The git parts of the window: File ▸ Commit… and File ▸ Sync with keys no other action
// has, and a story left with conflict markers listed in the Problems dock and opened in the
// resolver from there.

using namespace Storydesk;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class FakePrompts final : public UserPrompts
{
public:
    ConflictChoice askConflict(const QString &) override { return ConflictChoice::Cancel; }
    UnsavedChoice askUnsaved(const QStringList &) override { return UnsavedChoice::Discard; }
    void showError(const QString &, const QString &) override {}
};

} // namespace

class TestWindowGit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fileMenu_hasCommitAndSyncOnFreeKeys();
    void commit_opensTheCommitDialog();
    void conflictedStory_isAProblemThatOpensTheResolver();

private:
    QString story(const char *name) const { return QDir(m_dir->path()).filePath(s(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    MainWindow *m_window = nullptr;
};

void TestWindowGit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    GitFixture::isolateFromUserConfig();
    if (!GitProcess::isInstalled())
        QSKIP("git is not installed");
}

// a.md conflicted on quality by a merge; b.md clean.
void TestWindowGit::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString root = m_dir->path();
    QVERIFY(GitFixture::run(root, {s("init"), s("-q"), s("-b"), s("main")}));
    QVERIFY(GitFixture::setIdentity(root, s("Ana Ruiz")));
    QVERIFY(GitFixture::commitFiles(root, {{s("a.md"), GitFixture::story(s("A"))}, {s("b.md"), GitFixture::story(s("B"))}}, s("base")));
    QVERIFY(GitFixture::run(root, {s("checkout"), s("-q"), s("-b"), s("side")}));
    QVERIFY(GitFixture::commitFiles(root, {{s("a.md"), GitFixture::story(s("A"), false, 40)}}, s("side")));
    QVERIFY(GitFixture::run(root, {s("checkout"), s("-q"), s("main")}));
    QVERIFY(GitFixture::commitFiles(root, {{s("a.md"), GitFixture::story(s("A"), false, 70)}}, s("main")));
    QVERIFY(!GitFixture::git(root, {s("merge"), s("-q"), s("side")}).ok());

    m_window = new MainWindow;
    m_window->setPrompts(std::make_unique<FakePrompts>());
    QVERIFY(m_window->openFolder(root));
    m_window->show();
    QVERIFY(QTest::qWaitFor([this] { return !m_window->store()->isLoading(); }, 20000));
}

void TestWindowGit::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_dir.reset();
}

void TestWindowGit::fileMenu_hasCommitAndSyncOnFreeKeys()
{
    const QAction *commit = nullptr;
    const QAction *sync = nullptr;
    for (const QAction *action : m_window->windowActions()) {
        if (action->objectName() == s("commit"))
            commit = action;
        else if (action->objectName() == s("sync"))
            sync = action;
    }
    QVERIFY(commit && sync);
    QCOMPARE(commit->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(sync->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    for (const QAction *action : m_window->windowActions()) {
        if (action == commit || action == sync)
            continue;
        for (const QKeySequence &key : action->shortcuts())
            QVERIFY2(key != commit->shortcut() && key != sync->shortcut(), qPrintable(action->objectName()));
    }
}

void TestWindowGit::commit_opensTheCommitDialog()
{
    for (QAction *action : m_window->windowActions()) {
        if (action->objectName() == s("commit"))
            action->trigger();
    }
    auto *dialog = m_window->findChild<CommitDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Mid-merge: the dialog refuses and says why.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->plan().refusal() == CommitPlan::Refusal::OperationInProgress, 20000);
    dialog->reject();
}

void TestWindowGit::conflictedStory_isAProblemThatOpensTheResolver()
{
    auto *problems = m_window->findChild<ProblemsView *>(s("problemsView"));
    QVERIFY(problems);
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            problems->model()->refresh();
            for (int i = 0; i < problems->model()->rowCount(); ++i) {
                if (problems->model()->pathAt(i) == story("a.md")) {
                    row = i;
                    return true;
                }
            }
            return false;
        }(),
        20000);
    Q_EMIT problems->problemActivated(story("a.md"), problems->model()->problemAt(row).line, 1);
    QPointer<ConflictResolverDialog> resolver = m_window->findChild<ConflictResolverDialog *>();
    QVERIFY(resolver);
    QTRY_VERIFY(resolver->isVisible());
    QCOMPARE(resolver->story().blocks().size(), 1);
    QCOMPARE(resolver->story().blocks().constFirst().keys, QStringList{s("quality")});
    resolver->choose(0, ConflictedStory::Side::Theirs);
    resolver->save();
    // Saved and staged, the resolver closes (and goes: it deletes itself on close).
    QTRY_VERIFY_WITH_TIMEOUT(resolver.isNull(), 20000);
    QCOMPARE(TestFiles::read(story("a.md")), GitFixture::story(s("A"), false, 40));
}

QTEST_MAIN(TestWindowGit)
#include "tst_windowgit.moc"
