#include "cliprocess.h"
#include "testfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// storydesk-cli duplicates, end to end: the built tool over a folder, its groups as TSV and
// as JSON, and its exit codes.

using namespace Storydesk;

namespace {

QByteArray story(const char *title, const char *url, const char *extra = "")
{
    return QByteArray("---\ntitle: \"") + title + "\"\nwebUrl: \"" + url + "\"\nprovider:\n  name: Wire\n" + extra + "---\nbody\n";
}

CliProcess::Run runCli(const QStringList &arguments)
{
    return CliProcess::run(QStringLiteral(STORYDESK_CLI_PATH), arguments);
}

} // namespace

class TestCliDuplicates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void duplicates_listsGroupsAsTsv();
    void duplicates_listsGroupsAsJson();
    void duplicates_noneFound_printsTheHeaderOnly();
    void listFilter_isDuplicate_comparesEveryStoryListed();
    void duplicates_usageErrors_data();
    void duplicates_usageErrors();

private:
    QTemporaryDir m_dir;
};

void TestCliDuplicates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir dir(m_dir.path());
    QVERIFY(dir.mkpath(QStringLiteral("stories")));
    QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("stories/a.md")),
                             story("Detroit renews facial recognition contract", "https://news.example/a", "published: true\nquality: 70\n")));
    QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("stories/b.md")),
                             story("Detroit Renews Facial-Recognition Contract", "https://other.example/b")));
    QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("stories/c.md")), story("Farmers test drones", "https://news.example/c")));
    QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("stories/d.txt")),
                             story("Another title altogether", "http://www.news.example/c/?utm_source=rss#top")));
    QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("stories/e.md")), story("Researchers open a lab", "https://news.example/e")));
}

void TestCliDuplicates::duplicates_listsGroupsAsTsv()
{
    const CliProcess::Run run = runCli({QStringLiteral("--no-index"), QStringLiteral("duplicates"), m_dir.path()});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QString root = m_dir.path();
    const QByteArray expected = "group\treason\tpath\ttitle\twebUrl\n"
                                "1\ttitle\t" + (root + QStringLiteral("/stories/a.md")).toUtf8()
        + "\tDetroit renews facial recognition contract\thttps://news.example/a\n"
          "1\ttitle\t" + (root + QStringLiteral("/stories/b.md")).toUtf8()
        + "\tDetroit Renews Facial-Recognition Contract\thttps://other.example/b\n"
          "2\tlink\t" + (root + QStringLiteral("/stories/c.md")).toUtf8()
        + "\tFarmers test drones\thttps://news.example/c\n"
          "2\tlink\t" + (root + QStringLiteral("/stories/d.txt")).toUtf8()
        + "\tAnother title altogether\thttp://www.news.example/c/?utm_source=rss#top\n";
    QCOMPARE(run.out, expected);
    QCOMPARE(run.err, QByteArray("2 groups, 4 of 5 stories\n"));
}

void TestCliDuplicates::duplicates_listsGroupsAsJson()
{
    // A relative folder is shown as given.
    const CliProcess::Run run = runCli({QStringLiteral("--no-index"), QStringLiteral("duplicates"), QStringLiteral("--json"),
                                        QDir::current().relativeFilePath(m_dir.path())});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray groups = root.value(QLatin1StringView("groups")).toArray();
    QCOMPARE(groups.size(), 2);
    const QJsonObject first = groups.at(0).toObject();
    QCOMPARE(first.value(QLatin1StringView("reasons")).toArray(), QJsonArray({QStringLiteral("title")}));
    const QJsonArray stories = first.value(QLatin1StringView("stories")).toArray();
    QCOMPARE(stories.size(), 2);
    const QJsonObject a = stories.at(0).toObject();
    QCOMPARE(a.value(QLatin1StringView("path")).toString(),
             QDir(QDir::current().relativeFilePath(m_dir.path())).filePath(QStringLiteral("stories/a.md")));
    QCOMPARE(a.value(QLatin1StringView("title")).toString(), QStringLiteral("Detroit renews facial recognition contract"));
    QCOMPARE(a.value(QLatin1StringView("provider")).toString(), QStringLiteral("Wire"));
    QCOMPARE(a.value(QLatin1StringView("published")), QJsonValue(true));
    QCOMPARE(a.value(QLatin1StringView("quality")), QJsonValue(70));
    QVERIFY(!stories.at(1).toObject().contains(QLatin1StringView("published")));   // not in the file
    QCOMPARE(groups.at(1).toObject().value(QLatin1StringView("reasons")).toArray(), QJsonArray({QStringLiteral("link")}));
}

void TestCliDuplicates::listFilter_isDuplicate_comparesEveryStoryListed()
{
    const QString root = m_dir.path();
    const auto list = [](const QStringList &arguments) {
        const CliProcess::Run run = runCli(QStringList{QStringLiteral("--no-index"), QStringLiteral("list"), QStringLiteral("--columns"),
                                                       QStringLiteral("path")} + arguments);
        return run.finished && run.exitCode == 0 ? run.out : QByteArray("failed: ") + run.err;
    };
    const QByteArray a = (root + QStringLiteral("/stories/a.md\n")).toUtf8();
    const QByteArray b = (root + QStringLiteral("/stories/b.md\n")).toUtf8();
    const QByteArray c = (root + QStringLiteral("/stories/c.md\n")).toUtf8();
    const QByteArray d = (root + QStringLiteral("/stories/d.txt\n")).toUtf8();
    const QByteArray e = (root + QStringLiteral("/stories/e.md\n")).toUtf8();
    QCOMPARE(list({QStringLiteral("--filter"), QStringLiteral("is:duplicate"), root}), "path\n" + a + b + c + d);
    QCOMPARE(list({QStringLiteral("--filter"), QStringLiteral("-is:duplicate"), root}), "path\n" + e);
    QCOMPARE(list({QStringLiteral("--filter"), QStringLiteral("is:duplicate quality:>=60"), root}), "path\n" + a);
    // Files named one by one are compared with each other too: c alone has no twin.
    QCOMPARE(list({QStringLiteral("--filter"), QStringLiteral("is:duplicate"), root + QStringLiteral("/stories/c.md"),
                   root + QStringLiteral("/stories/e.md")}),
             QByteArray("path\n"));
    QCOMPARE(list({QStringLiteral("--filter"), QStringLiteral("is:duplicate"), root + QStringLiteral("/stories/c.md"),
                   root + QStringLiteral("/stories/d.txt")}),
             "path\n" + c + d);
}

void TestCliDuplicates::duplicates_noneFound_printsTheHeaderOnly()
{
    QTemporaryDir dir;
    QVERIFY(TestFiles::write(QDir(dir.path()).filePath(QStringLiteral("a.md")), story("Farmers test drones", "https://x.example/a")));
    const CliProcess::Run run = runCli({QStringLiteral("--no-index"), QStringLiteral("duplicates"), dir.path()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("group\treason\tpath\ttitle\twebUrl\n"));
    QCOMPARE(run.err, QByteArray("0 groups, 0 of 1 story\n"));
    const CliProcess::Run json = runCli({QStringLiteral("--no-index"), QStringLiteral("duplicates"), QStringLiteral("--json"), dir.path()});
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1StringView("groups")).toArray().size(), 0);
}

void TestCliDuplicates::duplicates_usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no folder") << QStringList{QStringLiteral("duplicates")} << 2;
    QTest::newRow("two folders") << QStringList{QStringLiteral("duplicates"), QStringLiteral("a"), QStringLiteral("b")} << 2;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("duplicates"), QStringLiteral("--csv"), QStringLiteral("a")} << 2;
    QTest::newRow("missing folder") << QStringList{QStringLiteral("duplicates"), QStringLiteral("/nonexistent/folder")} << 1;
}

void TestCliDuplicates::duplicates_usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const CliProcess::Run run = runCli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliDuplicates)
#include "tst_cliduplicates.moc"
