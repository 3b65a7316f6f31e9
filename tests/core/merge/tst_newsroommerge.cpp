#include "cliprocess.h"
#include "frontmatterdocument.h"
#include "gitprocess.h"
#include "testfiles.h"
#include "yamlvalue.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// The newsroom: a bare repository and two editors' clones triaging the same stories at once,
// with real git and the built storydesk-cli as the merge driver (set up by its git-setup).

using namespace Storydesk;

namespace {

const QString Site = QStringLiteral("site");
// The sample's stories: quality and published / topics / related.
const QString Triage = QStringLiteral("site/_posts/001_e2176994bcd720b1.md");
const QString Tagged = QStringLiteral("site/_posts/002_62b37c4fbcf69685.md");
const QString Linked = QStringLiteral("site/_posts/000_b1e655c36b2c682b.md");

QString sample(const QString &story)
{
    return QStringLiteral(STORYDESK_SAMPLE_DIR "/_posts/") + QFileInfo(story).fileName();
}

// One editor's decision: the story it touches and what it does to the story's bytes (the
// front matter through the engine, as the app edits it; the body as text).
struct Decision
{
    QString story;
    std::function<QByteArray(const QByteArray &)> apply;
};

QByteArray editFrontMatter(const QByteArray &bytes, const std::function<bool(FrontMatterDocument &)> &edit)
{
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
    return edit(doc) ? doc.toBytes() : QByteArray();
}

Decision setValue(const QString &story, const QString &key, const YamlValue &value)
{
    return {story, [key, value](const QByteArray &b) {
                return editFrontMatter(b, [&](FrontMatterDocument &d) { return d.set(YamlPath({key}), value); });
            }};
}

Decision appendItem(const QString &story, const QString &key, const YamlValue &item)
{
    return {story, [key, item](const QByteArray &b) {
                return editFrontMatter(b, [&](FrontMatterDocument &d) {
                    const YamlPath list({key});
                    return d.insertItem(list, d.valueAt(list)->items().size(), item);
                });
            }};
}

Decision removeItem(const QString &story, const QString &key, int index)
{
    return {story, [key, index](const QByteArray &b) {
                return editFrontMatter(b, [&](FrontMatterDocument &d) { return d.remove(YamlPath({key, QString::number(index)})); });
            }};
}

Decision replaceText(const QString &story, const QByteArray &from, const QByteArray &to)
{
    return {story, [from, to](QByteArray b) { return b.contains(from) ? b.replace(from, to) : QByteArray(); }};
}

YamlValue relatedEntry(const QString &title, const QString &url)
{
    return YamlValue::map({{QStringLiteral("title"), YamlValue::string(title)},
                           {QStringLiteral("webUrl"), YamlValue::string(url)},
                           {QStringLiteral("type"), YamlValue::string(QStringLiteral("article"))}});
}

// Editor A: quality on one story, a topic on another, a related entry on a third, and the
// last line of a body.
QList<Decision> decisionsOfA()
{
    return {setValue(Triage, QStringLiteral("quality"), YamlValue::integer(70)),
            appendItem(Tagged, QStringLiteral("topics"), YamlValue::string(QStringLiteral("Europe"))),
            replaceText(Tagged, "*Source: Kestrel Wire.*", "*Source: Kestrel Wire, confirmed by the desk.*"),
            appendItem(Linked, QStringLiteral("related"),
                       relatedEntry(QStringLiteral("Fab Workers Union Signs Deal"), QStringLiteral("https://a-pick.example/fab-deal")))};
}

// Editor B, at the same time: published on the first, another topic, another related
// entry, and one related entry removed.
QList<Decision> decisionsOfB()
{
    return {setValue(Triage, QStringLiteral("published"), YamlValue::boolean(false)),
            appendItem(Tagged, QStringLiteral("topics"), YamlValue::string(QStringLiteral("Startups"))),
            removeItem(Tagged, QStringLiteral("related"), 0),
            appendItem(Linked, QStringLiteral("related"),
                       relatedEntry(QStringLiteral("Chip Subsidies Explained"), QStringLiteral("https://b-pick.example/subsidies")))};
}

QByteArray applied(QByteArray bytes, const QString &story, const QList<Decision> &decisions)
{
    for (const Decision &d : decisions) {
        if (d.story == story && !bytes.isEmpty())
            bytes = d.apply(bytes);
    }
    return bytes;
}

GitResult git(const QString &dir, const QStringList &args)
{
    return GitProcess(dir).run(args);
}

#define GIT_OK(dir, ...)                                                                  \
    do {                                                                                  \
        const GitResult r_ = git(dir, __VA_ARGS__);                                       \
        QVERIFY2(r_.ok(), qPrintable(QStringLiteral("git %1: %2").arg(QStringList(__VA_ARGS__).join(QLatin1Char(' ')), r_.errorText()))); \
    } while (false)

// The lines a change adds and removes (`git diff -U0`, headers left out): what `git log -p`
// shows of it.
QStringList changedLines(const QByteArray &diff)
{
    QStringList lines;
    for (const QByteArray &line : diff.split('\n')) {
        if ((line.startsWith('+') || line.startsWith('-')) && !line.startsWith("+++") && !line.startsWith("---"))
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

} // namespace

class TestNewsroomMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoEditors_driverKeepsEveryDecision_data();
    void twoEditors_driverKeepsEveryDecision();
    void twoEditors_withoutDriver_gitConflictsOnTopicsAndRelated();
    void sameKeyTwoWays_oneConflictBlockAroundThatLine_checkReportsIt();
    void gitSetup_secondRun_changesNothing();

private:
    // origin.git with the three sample stories, cloned as a/ and b/ (each set up with the
    // driver when `driver`), with `pull.rebase` as given.
    bool makeNewsroom(const QString &root, bool driver, bool rebase);
    void commitDecisions(const QString &clone, const QList<Decision> &decisions, const QString &message);
};

void TestNewsroomMerge::initTestCase()
{
    if (!GitProcess::isInstalled())
        QSKIP("git is not installed");
}

bool TestNewsroomMerge::makeNewsroom(const QString &root, bool driver, bool rebase)
{
    const auto ok = [](const GitResult &r) {
        if (!r.ok())
            qWarning("%s", qPrintable(r.errorText()));
        return r.ok();
    };
    const QString a = root + QStringLiteral("/a");
    const QString b = root + QStringLiteral("/b");
    if (!ok(git(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("--initial-branch=main"),
                       QStringLiteral("origin.git")})))
        return false;
    const auto clone = [&](const QString &name, const QString &who) {
        const QString dir = root + QLatin1Char('/') + name;
        return ok(git(root, {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("origin.git"), name}))
            && ok(git(dir, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD"), QStringLiteral("refs/heads/main")}))
            && ok(git(dir, {QStringLiteral("config"), QStringLiteral("user.name"), who}))
            && ok(git(dir, {QStringLiteral("config"), QStringLiteral("user.email"), name + QStringLiteral("@newsroom.example")}))
            && ok(git(dir, {QStringLiteral("config"), QStringLiteral("pull.rebase"), rebase ? QStringLiteral("true") : QStringLiteral("false")}));
    };
    const auto setUp = [&](const QString &dir) {
        if (!driver)
            return true;
        const CliProcess::Run run = CliProcess::run(QStringLiteral(STORYDESK_CLI_PATH), {QStringLiteral("git-setup"), dir + QLatin1Char('/') + Site});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.exitCode == 0;
    };
    if (!clone(QStringLiteral("a"), QStringLiteral("Editor A")))
        return false;
    for (const QString &story : {Triage, Tagged, Linked}) {
        if (!TestFiles::write(a + QLatin1Char('/') + story, TestFiles::read(sample(story))))
            return false;
    }
    // A sets the driver up and shares .gitattributes; B, cloning after, needs only its config.
    return setUp(a) && ok(git(a, {QStringLiteral("add"), QStringLiteral("-A")}))
        && ok(git(a, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Incoming stories")}))
        && ok(git(a, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("-u"), QStringLiteral("origin"), QStringLiteral("main")}))
        && clone(QStringLiteral("b"), QStringLiteral("Editor B")) && setUp(b);
}

void TestNewsroomMerge::commitDecisions(const QString &clone, const QList<Decision> &decisions, const QString &message)
{
    for (const QString &story : {Triage, Tagged, Linked}) {
        const QString path = clone + QLatin1Char('/') + story;
        const QByteArray edited = applied(TestFiles::read(path), story, decisions);
        QVERIFY2(!edited.isEmpty(), qPrintable(story));
        QVERIFY(TestFiles::write(path, edited));
    }
    GIT_OK(clone, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-a"), QStringLiteral("-m"), message});
}

void TestNewsroomMerge::twoEditors_driverKeepsEveryDecision_data()
{
    QTest::addColumn<bool>("rebase");
    QTest::newRow("merge") << false;
    QTest::newRow("rebase") << true;
}

void TestNewsroomMerge::twoEditors_driverKeepsEveryDecision()
{
    QFETCH(bool, rebase);
    QTemporaryDir root;
    QVERIFY(makeNewsroom(root.path(), true, rebase));
    const QString a = root.filePath(QStringLiteral("a"));
    const QString b = root.filePath(QStringLiteral("b"));
    QCOMPARE(TestFiles::read(b + QStringLiteral("/.gitattributes")),
             QByteArray("site/**/*.md merge=storydesk\nsite/**/*.markdown merge=storydesk\nsite/**/*.txt merge=storydesk\n"));

    commitDecisions(a, decisionsOfA(), QStringLiteral("Triage A"));
    commitDecisions(b, decisionsOfB(), QStringLiteral("Triage B"));
    if (QTest::currentTestFailed())
        return;

    GIT_OK(a, {QStringLiteral("pull"), QStringLiteral("-q"), QStringLiteral("--no-edit")});
    GIT_OK(a, {QStringLiteral("push"), QStringLiteral("-q")});
    GIT_OK(b, {QStringLiteral("pull"), QStringLiteral("-q"), QStringLiteral("--no-edit")});
    GIT_OK(b, {QStringLiteral("push"), QStringLiteral("-q")});
    GIT_OK(a, {QStringLiteral("pull"), QStringLiteral("-q"), QStringLiteral("--no-edit")});

    // B integrated A's work: in a merge B's version is ours, in a rebase A's is (B's commit
    // is replayed on it). The result is both editors' decisions, in that order, as the
    // engine writes them: byte for byte what careful hands would have typed.
    const QList<Decision> &ours = rebase ? decisionsOfA() : decisionsOfB();
    const QList<Decision> &theirs = rebase ? decisionsOfB() : decisionsOfA();
    for (const QString &story : {Triage, Tagged, Linked}) {
        const QByteArray expected = applied(applied(TestFiles::read(sample(story)), story, ours), story, theirs);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(TestFiles::read(a + QLatin1Char('/') + story), expected);
        QCOMPARE(TestFiles::read(b + QLatin1Char('/') + story), expected);

        // The commit that brought the other editor's work shows only the lines of those decisions.
        QTemporaryDir scratch;
        const QString before = scratch.filePath(QStringLiteral("before"));
        const QString after = scratch.filePath(QStringLiteral("after"));
        QVERIFY(TestFiles::write(before, TestFiles::read(sample(story))));
        QVERIFY(TestFiles::write(after, applied(TestFiles::read(sample(story)), story, theirs)));
        const GitResult wanted = git(scratch.path(), {QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("-U0"), before, after});
        const GitResult shown = git(b, {QStringLiteral("diff"), QStringLiteral("-U0"), QStringLiteral("HEAD^"), QStringLiteral("HEAD"), QStringLiteral("--"), story});
        QVERIFY2(shown.ok(), qPrintable(shown.errorText()));
        QCOMPARE(changedLines(shown.out), changedLines(wanted.out));
    }
    // Each decision is a line or an entry: the whole history shows just them.
    const GitResult numstat = git(a, {QStringLiteral("diff"), QStringLiteral("--numstat"), QStringLiteral("HEAD~2"), QStringLiteral("HEAD"), QStringLiteral("--"), Triage});
    QCOMPARE(numstat.outLine(), QStringLiteral("2\t2\t") + Triage);
    GIT_OK(a, {QStringLiteral("diff"), QStringLiteral("--quiet"), QStringLiteral("origin/main")});
}

void TestNewsroomMerge::twoEditors_withoutDriver_gitConflictsOnTopicsAndRelated()
{
    QTemporaryDir root;
    QVERIFY(makeNewsroom(root.path(), false, false));
    const QString a = root.filePath(QStringLiteral("a"));
    const QString b = root.filePath(QStringLiteral("b"));
    commitDecisions(a, decisionsOfA(), QStringLiteral("Triage A"));
    commitDecisions(b, decisionsOfB(), QStringLiteral("Triage B"));
    if (QTest::currentTestFailed())
        return;
    GIT_OK(a, {QStringLiteral("push"), QStringLiteral("-q")});

    // What the driver buys: plain git stops on the topics and the related stories.
    const GitResult pull = git(b, {QStringLiteral("pull"), QStringLiteral("-q"), QStringLiteral("--no-edit")});
    QVERIFY(pull.finished());
    QVERIFY(pull.exitCode != 0);
    const GitResult unmerged = git(b, {QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("--diff-filter=U")});
    QCOMPARE(QString::fromUtf8(unmerged.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts), QStringList({Linked, Tagged}));
}

void TestNewsroomMerge::sameKeyTwoWays_oneConflictBlockAroundThatLine_checkReportsIt()
{
    QTemporaryDir root;
    QVERIFY(makeNewsroom(root.path(), true, false));
    const QString a = root.filePath(QStringLiteral("a"));
    const QString b = root.filePath(QStringLiteral("b"));
    commitDecisions(a, {setValue(Triage, QStringLiteral("quality"), YamlValue::integer(70)),
                        appendItem(Triage, QStringLiteral("topics"), YamlValue::string(QStringLiteral("Europe")))},
                    QStringLiteral("Triage A"));
    commitDecisions(b, {setValue(Triage, QStringLiteral("quality"), YamlValue::integer(80))}, QStringLiteral("Triage B"));
    if (QTest::currentTestFailed())
        return;
    GIT_OK(a, {QStringLiteral("push"), QStringLiteral("-q")});

    const GitResult pull = git(b, {QStringLiteral("pull"), QStringLiteral("-q"), QStringLiteral("--no-edit")});
    QVERIFY(pull.finished());
    QVERIFY(pull.exitCode != 0);
    const QByteArray original = TestFiles::read(sample(Triage));
    QVERIFY(original.contains("\nquality: 3\n"));
    // One block around the quality line only; A's topic merged in cleanly.
    const QByteArray expected = applied(original, Triage, {appendItem(Triage, QStringLiteral("topics"), YamlValue::string(QStringLiteral("Europe")))})
                                    .replace("\nquality: 3\n", "\n<<<<<<< ours\nquality: 80\n=======\nquality: 70\n>>>>>>> theirs\n");
    const QByteArray merged = TestFiles::read(b + QLatin1Char('/') + Triage);
    QCOMPARE(merged, expected);

    const qsizetype markerLine = merged.left(merged.indexOf("<<<<<<<")).count('\n') + 1;
    const CliProcess::Run check = CliProcess::run(QStringLiteral(STORYDESK_CLI_PATH), {QStringLiteral("check"), b + QLatin1Char('/') + Triage});
    QCOMPARE(check.exitCode, 1);
    QCOMPARE(check.out, QStringLiteral("%1/%2:%3:1: error: unresolved merge conflict\n").arg(b, Triage).arg(markerLine).toUtf8());
}

void TestNewsroomMerge::gitSetup_secondRun_changesNothing()
{
    QTemporaryDir root;
    QVERIFY(makeNewsroom(root.path(), true, false));
    const QString a = root.filePath(QStringLiteral("a"));
    const QByteArray attributes = TestFiles::read(a + QStringLiteral("/.gitattributes"));
    const CliProcess::Run again = CliProcess::run(QStringLiteral(STORYDESK_CLI_PATH), {QStringLiteral("git-setup"), a + QLatin1Char('/') + Site});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QByteArray("the storydesk merge driver is already set up: nothing changed\n"));
    QCOMPARE(TestFiles::read(a + QStringLiteral("/.gitattributes")), attributes);
    const GitResult driver = git(a, {QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("merge.storydesk.driver")});
    QCOMPARE(driver.outLine(), QStringLiteral("'" STORYDESK_CLI_PATH "' merge-file --marker-size %L --path %P -L ours -L base -L theirs %O %A %B"));
}

QTEST_GUILESS_MAIN(TestNewsroomMerge)
#include "tst_newsroommerge.moc"
