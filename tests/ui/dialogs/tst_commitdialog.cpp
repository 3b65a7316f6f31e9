#include "commitdialog.h"
#include "gitfixture.h"
#include "screenshotcatalogue.h"
#include "storyeditor.h"
#include "storystore.h"
#include "testfiles.h"
#include "testvalues.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// File ▸ Commit… over a real repository: the saved, uncommitted stories with what each
// changes, the generated message, exactly the checked stories committed, unsaved edits
// never committed, and the refusals.

using namespace Storydesk;

class TestCommitDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lists_savedUncommittedStoriesWithTheirChanges();
    void message_followsTheCheckedStoriesUntilTyped();
    void commit_takesExactlyTheCheckedStories();
    void unsavedEdits_areOfferedToSaveFirstAndNeverCommitted();
    void noIdentity_isRefusedWithHowToSetIt();
    void mergeInProgress_isRefused();
    void nothingToCommit_isSaid();
    void shownForAScreenshot();

private:
    QString site(const char *name) const { return QDir(m_dir->path()).filePath(QString::fromUtf8(name)); }
    std::unique_ptr<CommitDialog> openDialog(StoryEditor *editor = nullptr, std::function<bool()> saveAll = {});
    static QStringList lines(const QByteArray &out);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

void TestCommitDialog::initTestCase()
{
    // No global identity or config of the machine's user: an empty global config file and HOME.
    m_home = std::make_unique<QTemporaryDir>();
    const QString empty = QDir(m_home->path()).filePath(s("gitconfig"));
    QVERIFY(TestFiles::write(empty, QByteArray()));
    GitFixture::isolateFromUserConfig();
    qputenv("HOME", m_home->path().toUtf8());
    qputenv("GIT_CONFIG_GLOBAL", empty.toUtf8());
    if (!GitProcess::isInstalled())
        QSKIP("git is not installed");
}

// a.md and b.md committed, then a.md published with a new quality, b.md's topics changed,
// c.md new, notes.json changed (not a story: never listed), d.md untouched.
void TestCommitDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString root = m_dir->path();
    QVERIFY(GitFixture::run(root, {s("init"), s("-q"), s("-b"), s("main")}));
    QVERIFY(GitFixture::setIdentity(root, s("Ana Ruiz")));
    QVERIFY(GitFixture::commitFiles(root,
                                    {{s("a.md"), GitFixture::story(s("A"), false, 63)},
                                     {s("b.md"), GitFixture::story(s("B"), true, 50, {s("Cloud")})},
                                     {s("d.md"), GitFixture::story(s("D"))},
                                     {s("notes.json"), "{}\n"}},
                                    s("First stories")));
    QVERIFY(TestFiles::write(site("a.md"), GitFixture::story(s("A"), true, 70)));
    QVERIFY(TestFiles::write(site("b.md"), GitFixture::story(s("B"), true, 50, {s("AI")})));
    QVERIFY(TestFiles::write(site("c.md"), GitFixture::story(s("C"))));
    QVERIFY(TestFiles::write(site("notes.json"), "{\"x\": 1}\n"));
}

void TestCommitDialog::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<CommitDialog> TestCommitDialog::openDialog(StoryEditor *editor, std::function<bool()> saveAll)
{
    auto dialog = std::make_unique<CommitDialog>(m_dir->path(), editor, std::move(saveAll));
    QSignalSpy read(dialog.get(), &CommitDialog::planRead);
    if (!read.wait(20000))
        qWarning("the commit plan was not read");
    return dialog;
}

QStringList TestCommitDialog::lines(const QByteArray &out)
{
    QStringList result = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    result.sort();
    return result;
}

void TestCommitDialog::lists_savedUncommittedStoriesWithTheirChanges()
{
    const auto dialog = openDialog();
    QCOMPARE(dialog->listedPaths(), (QStringList{s("a.md"), s("b.md"), s("c.md")}));
    QCOMPARE(dialog->checkedPaths(), dialog->listedPaths());
    QCOMPARE(dialog->changesShown(s("a.md")), s("published: false → true, quality 63 → 70"));
    QCOMPARE(dialog->changesShown(s("b.md")), s("topics +AI −Cloud"));
    QCOMPARE(dialog->changesShown(s("c.md")), s("new story"));
    QVERIFY(dialog->notice().isEmpty());
    QVERIFY(dialog->findChild<QPushButton *>(s("commitButton"))->isEnabled());
}

void TestCommitDialog::message_followsTheCheckedStoriesUntilTyped()
{
    const auto dialog = openDialog();
    const QString all = dialog->message();
    QCOMPARE(all, dialog->plan().message({s("a.md"), s("b.md"), s("c.md")}));
    QVERIFY2(all.startsWith(s("Triage: ")), qPrintable(all));
    QVERIFY(all.contains(s("publish 1")));
    QVERIFY(all.contains(s("topics on 1")));

    dialog->setChecked(s("b.md"), false);
    QCOMPARE(dialog->message(), dialog->plan().message({s("a.md"), s("c.md")}));
    QVERIFY(!dialog->message().contains(s("topics on")));

    dialog->setMessage(s("Morning triage"));
    dialog->setChecked(s("b.md"), true);
    QCOMPARE(dialog->message(), s("Morning triage"));
}

void TestCommitDialog::commit_takesExactlyTheCheckedStories()
{
    const QByteArray bBefore = TestFiles::read(site("b.md"));
    const auto dialog = openDialog();
    dialog->setChecked(s("b.md"), false);
    const QString message = dialog->message();
    QSignalSpy ended(dialog.get(), &CommitDialog::commitEnded);
    dialog->findChild<QPushButton *>(s("commitButton"))->click();
    QVERIFY(ended.wait(20000));
    QVERIFY2(dialog->result().ok(), qPrintable(dialog->result().message));
    QVERIFY2(dialog->outcome().startsWith(s("Committed 2 ")), qPrintable(dialog->outcome()));

    const QString root = m_dir->path();
    QCOMPARE(lines(GitFixture::git(root, {s("show"), s("--name-only"), s("--format="), s("HEAD")}).out), (QStringList{s("a.md"), s("c.md")}));
    QCOMPARE(QString::fromUtf8(GitFixture::git(root, {s("log"), s("-1"), s("--format=%B")}).out).trimmed(), message.trimmed());
    // b.md and the other file are still changed, and nothing else was staged.
    QCOMPARE(lines(GitFixture::git(root, {s("status"), s("--porcelain")}).out), (QStringList{s(" M b.md"), s(" M notes.json")}));
    QCOMPARE(TestFiles::read(site("b.md")), bBefore);
}

void TestCommitDialog::unsavedEdits_areOfferedToSaveFirstAndNeverCommitted()
{
    StoryStore store;
    QSignalSpy loaded(&store, &StoryStore::loadFinished);
    store.openFolder(m_dir->path());
    QVERIFY(loaded.wait(20000));
    StoryEditor editor(&store);
    QVERIFY(editor.setValue(site("d.md"), TestValues::path("quality"), TestValues::json("90")));
    QVERIFY(editor.setValue(site("a.md"), TestValues::path("quality"), TestValues::json("80")));

    int saves = 0;
    const auto dialog = openDialog(&editor, [&] {
        ++saves;
        bool all = true;
        for (const QString &path : editor.modifiedStories())
            all = editor.save(path) == StoryEditor::SaveOutcome::Saved && all;
        return all;
    });
    // The saved versions are listed; the unsaved edit of d.md is not, and the dialog says so.
    QCOMPARE(dialog->listedPaths(), (QStringList{s("a.md"), s("b.md"), s("c.md")}));
    QCOMPARE(dialog->changesShown(s("a.md")), s("published: false → true, quality 63 → 70"));
    QCOMPARE(dialog->unsavedStories(), (QStringList{s("a.md"), s("d.md")}));
    auto *label = dialog->findChild<QLabel *>(s("unsavedLabel"));
    QVERIFY(label->isVisibleTo(dialog.get()));
    QVERIFY(label->text().contains(s("never committed")));

    QSignalSpy reread(dialog.get(), &CommitDialog::planRead);
    dialog->findChild<QPushButton *>(s("saveAllFirst"))->click();
    QCOMPARE(saves, 1);
    QVERIFY(reread.wait(20000));
    QVERIFY(!label->isVisibleTo(dialog.get()));
    QCOMPARE(dialog->listedPaths(), (QStringList{s("a.md"), s("b.md"), s("c.md"), s("d.md")}));
    QCOMPARE(dialog->changesShown(s("a.md")), s("published: false → true, quality 63 → 80"));
    QCOMPARE(dialog->changesShown(s("d.md")), s("quality 50 → 90"));
}

void TestCommitDialog::noIdentity_isRefusedWithHowToSetIt()
{
    const QString root = m_dir->path();
    QVERIFY(GitFixture::run(root, {s("config"), s("--unset"), s("user.name")}));
    QVERIFY(GitFixture::run(root, {s("config"), s("--unset"), s("user.email")}));
    const QByteArray head = GitFixture::git(root, {s("rev-parse"), s("HEAD")}).out;

    const auto dialog = openDialog();
    QCOMPARE(dialog->plan().refusal(), CommitPlan::Refusal::NoIdentity);
    QVERIFY2(dialog->notice().contains(s("git config --global user.name")), qPrintable(dialog->notice()));
    QVERIFY(dialog->notice().contains(s("user.email")));
    QVERIFY(!dialog->findChild<QPushButton *>(s("commitButton"))->isEnabled());
    dialog->commit();
    QVERIFY(!dialog->isBusy());
    QCOMPARE(GitFixture::git(root, {s("rev-parse"), s("HEAD")}).out, head);
}

void TestCommitDialog::mergeInProgress_isRefused()
{
    const QString root = m_dir->path();
    // A conflicting merge of a side branch leaves MERGE_HEAD behind.
    QVERIFY(GitFixture::run(root, {s("stash"), s("-q"), s("-u")}));
    QVERIFY(GitFixture::run(root, {s("checkout"), s("-q"), s("-b"), s("side")}));
    QVERIFY(GitFixture::commitFiles(root, {{s("a.md"), GitFixture::story(s("A"), false, 10)}}, s("side")));
    QVERIFY(GitFixture::run(root, {s("checkout"), s("-q"), s("main")}));
    QVERIFY(GitFixture::commitFiles(root, {{s("a.md"), GitFixture::story(s("A"), false, 20)}}, s("main")));
    QVERIFY(!GitFixture::git(root, {s("merge"), s("-q"), s("side")}).ok());
    QVERIFY(TestFiles::write(site("b.md"), GitFixture::story(s("B"), false, 50, {s("Cloud")})));

    const auto dialog = openDialog();
    QCOMPARE(dialog->plan().refusal(), CommitPlan::Refusal::OperationInProgress);
    QVERIFY2(dialog->notice().contains(s("merge")), qPrintable(dialog->notice()));
    QVERIFY(!dialog->findChild<QPushButton *>(s("commitButton"))->isEnabled());
}

void TestCommitDialog::nothingToCommit_isSaid()
{
    const QString root = m_dir->path();
    QVERIFY(GitFixture::run(root, {s("add"), s("-A")}));
    QVERIFY(GitFixture::run(root, {s("commit"), s("-q"), s("-m"), s("all")}));
    const auto dialog = openDialog();
    QCOMPARE(dialog->listedPaths(), QStringList());
    QCOMPARE(dialog->plan().refusal(), CommitPlan::Refusal::NothingToCommit);
    QVERIFY(dialog->notice().contains(s("Nothing to commit")));
    QVERIFY(!dialog->findChild<QPushButton *>(s("commitButton"))->isEnabled());
}

// Not a check: with STORYDESK_SCREENSHOT_SECONDS set (and a real display), shows the dialog
// over the prepared repository for that long, for `import -window root`.
void TestCommitDialog::shownForAScreenshot()
{
    const int seconds = qEnvironmentVariableIntValue("STORYDESK_SCREENSHOT_SECONDS");
    if (seconds <= 0)
        QSKIP("set STORYDESK_SCREENSHOT_SECONDS to show the dialog");
    const ScreenshotCatalogue language;
    StoryStore store;
    QSignalSpy loaded(&store, &StoryStore::loadFinished);
    store.openFolder(m_dir->path());
    QVERIFY(loaded.wait(20000));
    StoryEditor editor(&store);
    QVERIFY(editor.setValue(site("d.md"), TestValues::path("quality"), TestValues::json("90")));
    const auto dialog = openDialog(&editor, [] { return true; });
    dialog->move(40, 40);
    dialog->show();
    QTest::qWait(seconds * 1000);
}

QTEST_MAIN(TestCommitDialog)
#include "tst_commitdialog.moc"
