#include "cliprocess.h"
#include "gitprocess.h"
#include "testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// storydesk-cli list --filter git:…, end to end on a real repository: the built tool asks
// git once and filters as the app's table does.

using namespace Storydesk;

namespace {

QByteArray story(const char *title)
{
    return QByteArray("---\ntitle: \"") + title + "\"\npublished: false\n---\nbody\n";
}

bool git(const QString &directory, const QStringList &arguments)
{
    const GitResult result = GitProcess(directory).run(arguments);
    if (!result.ok())
        qWarning("git %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(result.errorText()));
    return result.ok();
}

} // namespace

class TestCliGitFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void list_gitFilter_keepsTheStoriesInThatState_data();
    void list_gitFilter_keepsTheStoriesInThatState();
    void list_gitFilter_outsideARepository_matchesNothing();

private:
    QByteArray list(const QString &filter, const QString &path) const;
    QTemporaryDir m_dir;
    QString m_site;
};

void TestCliGitFilter::initTestCase()
{
    if (!GitProcess::isInstalled())
        QSKIP("git is not installed");
    QVERIFY(m_dir.isValid());
    // The site is a subfolder of the repository, as newsrooms often have it.
    const QString root = m_dir.filePath(QStringLiteral("repo"));
    m_site = QDir(root).filePath(QStringLiteral("site"));
    const QDir site(m_site);
    QVERIFY(QDir().mkpath(m_site));
    for (const char *name : {"clean", "changed", "conflict"})
        QVERIFY(TestFiles::write(site.filePath(QString::fromLatin1(name) + QStringLiteral(".md")), story(name)));
    QVERIFY(git(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}));
    QVERIFY(git(root, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ana Ruiz")}));
    QVERIFY(git(root, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("ana@example.org")}));
    QVERIFY(git(root, {QStringLiteral("add"), QStringLiteral("-A")}));
    QVERIFY(git(root, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Stories")}));
    // A conflict: both branches change the same line.
    QVERIFY(git(root, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("other")}));
    QVERIFY(TestFiles::write(site.filePath(QStringLiteral("conflict.md")), story("theirs")));
    QVERIFY(git(root, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("theirs")}));
    QVERIFY(git(root, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
    QVERIFY(TestFiles::write(site.filePath(QStringLiteral("conflict.md")), story("ours")));
    QVERIFY(git(root, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("ours")}));
    QVERIFY(!GitProcess(root).run({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("other")}).ok());
    QVERIFY(TestFiles::write(site.filePath(QStringLiteral("changed.md")), story("changed, saved")));
    QVERIFY(TestFiles::write(site.filePath(QStringLiteral("new.md")), story("new")));
    // Outside the site: git lists it, the site's listing never shows it.
    QVERIFY(TestFiles::write(QDir(root).filePath(QStringLiteral("elsewhere.md")), story("elsewhere")));
}

QByteArray TestCliGitFilter::list(const QString &filter, const QString &path) const
{
    const CliProcess::Run run = CliProcess::run(QStringLiteral(STORYDESK_CLI_PATH),
                                                {QStringLiteral("--no-index"), QStringLiteral("list"), QStringLiteral("--columns"),
                                                 QStringLiteral("path"), QStringLiteral("--filter"), filter, path});
    return run.finished && run.exitCode == 0 ? run.out : QByteArray("failed: ") + run.err;
}

void TestCliGitFilter::list_gitFilter_keepsTheStoriesInThatState_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("new") << QStringLiteral("git:new") << QStringList{QStringLiteral("new.md")};
    QTest::newRow("changed") << QStringLiteral("git:changed") << QStringList{QStringLiteral("changed.md")};
    QTest::newRow("conflict") << QStringLiteral("git:conflict") << QStringList{QStringLiteral("conflict.md")};
    QTest::newRow("incoming: no sync here") << QStringLiteral("git:incoming") << QStringList{};
    QTest::newRow("or") << QStringLiteral("git:new or git:changed") << QStringList{QStringLiteral("changed.md"), QStringLiteral("new.md")};
    QTest::newRow("not") << QStringLiteral("-git:new -git:changed -git:conflict") << QStringList{QStringLiteral("clean.md")};
    QTest::newRow("with other terms") << QStringLiteral("git:changed or title:clean")
                                      << QStringList{QStringLiteral("changed.md"), QStringLiteral("clean.md")};
}

void TestCliGitFilter::list_gitFilter_keepsTheStoriesInThatState()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QByteArray lines = "path\n";
    for (const QString &name : std::as_const(expected))
        lines += QDir(m_site).filePath(name).toUtf8() + '\n';
    QCOMPARE(list(filter, m_site), lines);
    // A file named alone is asked about in its own folder.
    if (expected.size() == 1) {
        const QString file = QDir(m_site).filePath(expected.constFirst());
        QCOMPARE(list(filter, file), "path\n" + file.toUtf8() + '\n');
    }
}

void TestCliGitFilter::list_gitFilter_outsideARepository_matchesNothing()
{
    QTemporaryDir plain;
    QVERIFY(TestFiles::write(QDir(plain.path()).filePath(QStringLiteral("a.md")), story("a")));
    QCOMPARE(list(QStringLiteral("git:new or git:changed"), plain.path()), QByteArray("path\n"));
    QCOMPARE(list(QStringLiteral("-git:changed"), plain.path()), "path\n" + QDir(plain.path()).filePath(QStringLiteral("a.md")).toUtf8() + '\n');
}

QTEST_GUILESS_MAIN(TestCliGitFilter)
#include "tst_cligitfilter.moc"
