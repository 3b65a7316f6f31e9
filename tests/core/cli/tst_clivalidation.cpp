#include "cliprocess.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// storydesk-cli refuses to write what `check` would report (issue #20): every refusal exits
// 1, names the file, key, value and rule, and leaves the file byte for byte as it was;
// --force writes anyway. Also: one rule for booleans, duplicate keys, a story visited once
// however many PATHs name it, and the small dishonest exits found the same way.

using namespace Storydesk;

namespace {

const QByteArray Story("---\n"
                       "title: \"T\"\n"
                       "webUrl: https://example.com/t\n"
                       "quality: 69\n"
                       "published: true\n"
                       "topics:\n"
                       "  - AI\n"
                       "related:\n"
                       "  - webUrl: https://example.com/a\n"
                       "    title: A\n"
                       "---\n"
                       "body\n");

QString cliCacheDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

CliProcess::Run runCli(const QStringList &arguments)
{
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cliCacheDir()));   // the tool's index, never the user's
    return CliProcess::run(QStringLiteral(STORYDESK_CLI_PATH), arguments);
}

} // namespace

class TestCliValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void setInvalidValue_exits1NamingFileKeyValueAndRuleAndLeavesTheFile_data();
    void setInvalidValue_exits1NamingFileKeyValueAndRuleAndLeavesTheFile();
    void setInvalidValueWithForce_writesItAndWarns();
    void setUnknownKey_needsNewKeyOrForce();
    void setExistingUnknownKey_isAllowed();
    void setBadJsonWithForce_writesTheText();
    void setInvalidValueNextToValidOne_writesNothing();
    void setPublishedFalse_writesPlainFalse();
    void setOnStoryWithInvalidValue_otherKeysStillEditable();
    void booleanRule_sameInCheckListAndFilter_data();
    void booleanRule_sameInCheckListAndFilter();
    void duplicateKey_checkReportsItWithLineAndColumn();
    void duplicateKey_editOfThatKeyRefusedAndFileUntouched();
    void overlappingPaths_listVisitsEachStoryOnce();
    void overlappingPaths_checkAndRenameTopicCountEachStoryOnce();
    void duplicatesJson_leavesOutMissingKeys();
    void relateHttpTwinOfRelatedHttps_isRefused();
    void listEmptyColumns_isAUsageError();
    void unsetMissingKey_exits1();
    void indexRebuildOfAFile_saysItIsNotAFolder();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Writes `bytes` as `name` in the test's folder; returns its path.
    QString story(const QString &name, const QByteArray &bytes) const
    {
        const QString file = path(name);
        QDir().mkpath(QFileInfo(file).path());
        if (!TestFiles::write(file, bytes))
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliValidation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliValidation::setInvalidValue_exits1NamingFileKeyValueAndRuleAndLeavesTheFile_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QByteArray>("rule");   // part of the message that states the rule
    QTest::newRow("quality not a number") << QStringLiteral("quality=oops") << QByteArray("quality must be a whole number from 0 to 100");
    QTest::newRow("quality out of range") << QStringLiteral("quality=150") << QByteArray("quality must be from 0 to 100, not 150");
    QTest::newRow("published maybe") << QStringLiteral("published=maybe") << QByteArray("published must be true or false");
    QTest::newRow("published no (YAML 1.1)") << QStringLiteral("published=no") << QByteArray("published must be true or false");
    QTest::newRow("published yes (YAML 1.1)") << QStringLiteral("published=yes") << QByteArray("published must be true or false");
    QTest::newRow("published quoted") << QStringLiteral("published=\"false\"") << QByteArray("published must be true or false");
    QTest::newRow("date yesterday") << QStringLiteral("publishedDateTime=yesterday") << QByteArray("publishedDateTime is not a date and time");
    QTest::newRow("topics a scalar") << QStringLiteral("topics=AI") << QByteArray("topics must be a list of strings");
    QTest::newRow("related a number") << QStringLiteral("related=5") << QByteArray("related must be a list of entries");
    QTest::newRow("title a list") << QStringLiteral("title=[\"a\"]") << QByteArray("title must be a single value");
    QTest::newRow("provider a scalar") << QStringLiteral("provider=Wire") << QByteArray("provider must be a map");
    QTest::newRow("related entry without webUrl") << QStringLiteral("related.0.webUrl=null") << QByteArray("related entry 1 has no webUrl");
    QTest::newRow("JSON typo") << QStringLiteral("topics=[\"AI\",") << QByteArray("not valid JSON");
    QTest::newRow("misspelt key") << QStringLiteral("qualty=80") << QByteArray("qualty is not a key of the story format");
}

void TestCliValidation::setInvalidValue_exits1NamingFileKeyValueAndRuleAndLeavesTheFile()
{
    QFETCH(QString, assignment);
    QFETCH(QByteArray, rule);
    const QString file = story(QStringLiteral("t.md"), Story);
    const CliProcess::Run run = runCli({QStringLiteral("set"), file, assignment});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QByteArray(file.toUtf8() + ": " + assignment.toUtf8() + " refused: ")), run.err.constData());
    QVERIFY2(run.err.contains(rule), run.err.constData());
    QCOMPARE(TestFiles::read(file), Story);
}

void TestCliValidation::setInvalidValueWithForce_writesItAndWarns()
{
    const QString file = story(QStringLiteral("t.md"), Story);
    const CliProcess::Run run = runCli({QStringLiteral("set"), QStringLiteral("--force"), file, QStringLiteral("quality=150")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QByteArray(file.toUtf8() + ":4:10: warning: quality must be from 0 to 100, not 150")), run.err.constData());
    const auto [removed, added] = TestFiles::lineDiff(Story, TestFiles::read(file));
    QCOMPARE(removed, QList<QByteArray>{"quality: 69"});
    QCOMPARE(added, QList<QByteArray>{"quality: 150"});
}

void TestCliValidation::setUnknownKey_needsNewKeyOrForce()
{
    const QString file = story(QStringLiteral("t.md"), Story);
    const CliProcess::Run refused = runCli({QStringLiteral("set"), file, QStringLiteral("layout=post")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("--new-key"), refused.err.constData());
    QCOMPARE(TestFiles::read(file), Story);

    const CliProcess::Run added = runCli({QStringLiteral("set"), file, QStringLiteral("--new-key"), QStringLiteral("layout=post")});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.err.isEmpty(), added.err.constData());
    QCOMPARE(TestFiles::lineDiff(Story, TestFiles::read(file)).second, QList<QByteArray>{"layout: post"});

    const QString other = story(QStringLiteral("u.md"), Story);
    QCOMPARE(runCli({QStringLiteral("set"), QStringLiteral("--force"), other, QStringLiteral("layout=post")}).exitCode, 0);
    QCOMPARE(TestFiles::read(other), TestFiles::read(file));
}

void TestCliValidation::setExistingUnknownKey_isAllowed()
{
    QByteArray withLayout = Story;
    withLayout.replace("title: \"T\"\n", "title: \"T\"\nlayout: post\n");
    const QString file = story(QStringLiteral("t.md"), withLayout);
    const CliProcess::Run run = runCli({QStringLiteral("set"), file, QStringLiteral("layout=page")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(TestFiles::lineDiff(withLayout, TestFiles::read(file)).second, QList<QByteArray>{"layout: page"});
}

void TestCliValidation::setBadJsonWithForce_writesTheText()
{
    const QString file = story(QStringLiteral("t.md"), Story);
    const CliProcess::Run run = runCli({QStringLiteral("set"), QStringLiteral("--force"), file, QStringLiteral("title=[Update")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("not valid JSON"), run.err.constData());
    QCOMPARE(TestFiles::lineDiff(Story, TestFiles::read(file)).second, QList<QByteArray>{"title: \"[Update\""});
}

void TestCliValidation::setInvalidValueNextToValidOne_writesNothing()
{
    const QString file = story(QStringLiteral("t.md"), Story);
    const CliProcess::Run run = runCli({QStringLiteral("set"), file, QStringLiteral("heat=5"), QStringLiteral("quality=150"),
                                        QStringLiteral("published=maybe")});
    QCOMPARE(run.exitCode, 1);
    // Both refusals are told at once, so one run shows everything to fix.
    QVERIFY2(run.err.contains("quality=150 refused") && run.err.contains("published=maybe refused"), run.err.constData());
    QCOMPARE(TestFiles::read(file), Story);
}

void TestCliValidation::setPublishedFalse_writesPlainFalse()
{
    const QString file = story(QStringLiteral("t.md"), Story);
    const CliProcess::Run run = runCli({QStringLiteral("set"), file, QStringLiteral("published=false")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(TestFiles::lineDiff(Story, TestFiles::read(file)).second, QList<QByteArray>{"published: false"});
}

void TestCliValidation::setOnStoryWithInvalidValue_otherKeysStillEditable()
{
    // A problem already in the story is not one the edit makes: the story can be repaired
    // key by key, and the bad value itself replaced by a good one.
    QByteArray bad = Story;
    bad.replace("quality: 69", "quality: oops");
    const QString file = story(QStringLiteral("t.md"), bad);
    QCOMPARE(runCli({QStringLiteral("set"), file, QStringLiteral("heat=5")}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("set"), file, QStringLiteral("quality=70")}).exitCode, 0);
    QCOMPARE(TestFiles::lineDiff(bad, TestFiles::read(file)).second, (QList<QByteArray>{"quality: 70", "heat: 5"}));
}

void TestCliValidation::booleanRule_sameInCheckListAndFilter_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("published");   // when valid
    QTest::newRow("true") << QByteArray("true") << true << true;
    QTest::newRow("True") << QByteArray("True") << true << true;
    QTest::newRow("FALSE") << QByteArray("FALSE") << true << false;
    QTest::newRow("yes") << QByteArray("yes") << false << false;
    QTest::newRow("on") << QByteArray("on") << false << false;
    QTest::newRow("no") << QByteArray("no") << false << false;
    QTest::newRow("tRUE") << QByteArray("tRUE") << false << false;
    QTest::newRow("quoted no") << QByteArray("\"no\"") << false << false;
    QTest::newRow("quoted true") << QByteArray("'true'") << false << false;
}

void TestCliValidation::booleanRule_sameInCheckListAndFilter()
{
    QFETCH(QByteArray, written);
    QFETCH(bool, valid);
    QFETCH(bool, published);
    QByteArray bytes = Story;
    bytes.replace("published: true", QByteArray("published: " + written));
    const QString file = story(QStringLiteral("b.md"), bytes);

    const CliProcess::Run check = runCli({QStringLiteral("check"), file});
    QCOMPARE(check.exitCode, valid ? 0 : 1);
    if (!valid)
        QVERIFY2(check.out.contains(":5:12: warning: published must be true or false"), check.out.constData());

    const CliProcess::Run list = runCli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
                                         QStringLiteral("--columns"), QStringLiteral("path,published"), file});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(rows.size(), 1);
    const QJsonValue shown = rows.at(0).toObject().value(QStringLiteral("published"));
    if (valid)
        QCOMPARE(shown, QJsonValue(published));
    else
        QVERIFY2(!shown.isBool(), list.out.constData());

    const CliProcess::Run isPublished = runCli({QStringLiteral("list"), QStringLiteral("--columns"), QStringLiteral("path"),
                                                QStringLiteral("--filter"), QStringLiteral("is:published"), file});
    QCOMPARE(isPublished.out.contains(file.toUtf8()), valid && published);
}

void TestCliValidation::duplicateKey_checkReportsItWithLineAndColumn()
{
    const QString file = story(QStringLiteral("d.md"), "---\ntitle: a\nquality: 5\ntitle: b\n---\n");
    const CliProcess::Run run = runCli({QStringLiteral("check"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QByteArray(file.toUtf8() + ":4:1: error: title appears twice (first on line 2)")), run.out.constData());
    // Still a row of the table, with its values.
    const CliProcess::Run list = runCli({QStringLiteral("list"), QStringLiteral("--columns"), QStringLiteral("quality"), file});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.endsWith("\n5\n"), list.out.constData());
}

void TestCliValidation::duplicateKey_editOfThatKeyRefusedAndFileUntouched()
{
    const QByteArray bytes("---\ntitle: a\nquality: 5\ntitle: b\n---\n");
    const QString file = story(QStringLiteral("d.md"), bytes);
    for (const QStringList &assignment : {QStringList{QStringLiteral("set"), QStringLiteral("--force"), file, QStringLiteral("title=\"c\"")},
                                          QStringList{QStringLiteral("set"), file, QStringLiteral("title=a")},
                                          QStringList{QStringLiteral("unset"), file, QStringLiteral("title")}}) {
        const CliProcess::Run run = runCli(assignment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("title appears twice") && run.err.contains("line 4"), run.err.constData());
        QCOMPARE(TestFiles::read(file), bytes);
    }
    // The other keys are not ambiguous: they are edited as usual, both titles kept.
    const CliProcess::Run other = runCli({QStringLiteral("set"), file, QStringLiteral("quality=6")});
    QCOMPARE(other.exitCode, 0);
    QCOMPARE(TestFiles::read(file), QByteArray("---\ntitle: a\nquality: 6\ntitle: b\n---\n"));
}

void TestCliValidation::overlappingPaths_listVisitsEachStoryOnce()
{
    story(QStringLiteral("site/_posts/a.md"), "---\ntitle: Same story\nwebUrl: https://example.com/a\n---\n");
    story(QStringLiteral("site/b.md"), "---\ntitle: Other\nwebUrl: https://example.com/b\n---\n");
    const QString site = path(QStringLiteral("site"));
    const QString posts = path(QStringLiteral("site/_posts"));
    const QString postA = path(QStringLiteral("site/_posts/a.md"));
    const CliProcess::Run run = runCli({QStringLiteral("list"), QStringLiteral("--columns"), QStringLiteral("title"), site, posts,
                                        postA, site + QStringLiteral("/_posts/../_posts/a.md")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("title\nSame story\nOther\n"));
    // Each story is one story, not a duplicate of itself.
    const CliProcess::Run duplicates = runCli({QStringLiteral("list"), QStringLiteral("--columns"), QStringLiteral("title"),
                                               QStringLiteral("--filter"), QStringLiteral("is:duplicate"), site, posts});
    QCOMPARE(duplicates.out, QByteArray("title\n"));
}

void TestCliValidation::overlappingPaths_checkAndRenameTopicCountEachStoryOnce()
{
    story(QStringLiteral("site/_posts/a.md"), "---\ntitle: A\ntopics: [ML]\nquality: 500\n---\n");
    const QString site = path(QStringLiteral("site"));
    const QString posts = path(QStringLiteral("site/_posts"));
    const CliProcess::Run check = runCli({QStringLiteral("check"), site, posts});
    QCOMPARE(check.exitCode, 1);
    QCOMPARE(check.out.count('\n'), 1);
    QVERIFY2(check.err.contains("1 file checked, 1 problem"), check.err.constData());

    const CliProcess::Run rename = runCli({QStringLiteral("rename-topic"), QStringLiteral("ML"), QStringLiteral("AI"), site, posts});
    QCOMPARE(rename.exitCode, 0);
    QCOMPARE(rename.out.count('\n'), 1);
    QVERIFY2(rename.err.contains("1 story changed"), rename.err.constData());
}

void TestCliValidation::duplicatesJson_leavesOutMissingKeys()
{
    story(QStringLiteral("site/a.md"), "---\ntitle: Floods close the coastal road tonight\n---\n");
    story(QStringLiteral("site/b.md"), "---\ntitle: Floods close the coastal road tonight\nwebUrl: https://example.com/b\n---\n");
    const CliProcess::Run run = runCli({QStringLiteral("duplicates"), QStringLiteral("--json"), path(QStringLiteral("site"))});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray stories = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("groups")).toArray().at(0).toObject()
                                   .value(QStringLiteral("stories")).toArray();
    QCOMPARE(stories.size(), 2);
    for (const QJsonValue &s : stories) {
        const QJsonObject o = s.toObject();
        QVERIFY2(!o.contains(QStringLiteral("provider")), run.out.constData());
        QCOMPARE(o.contains(QStringLiteral("webUrl")), o.value(QStringLiteral("path")).toString().endsWith(QLatin1String("b.md")));
    }
}

void TestCliValidation::relateHttpTwinOfRelatedHttps_isRefused()
{
    const QString file = story(QStringLiteral("t.md"), Story);
    const CliProcess::Run run = runCli({QStringLiteral("relate"), file, QStringLiteral("--url"), QStringLiteral("http://www.example.com/a"),
                                        QStringLiteral("--no-fetch")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("already related as https://example.com/a"), run.err.constData());
    QCOMPARE(TestFiles::read(file), Story);

    const CliProcess::Run own = runCli({QStringLiteral("relate"), file, QStringLiteral("--url"), QStringLiteral("http://example.com/t"),
                                        QStringLiteral("--no-fetch")});
    QCOMPARE(own.exitCode, 1);
    QVERIFY2(own.err.contains("cannot be related to itself"), own.err.constData());
    QCOMPARE(TestFiles::read(file), Story);
}

void TestCliValidation::listEmptyColumns_isAUsageError()
{
    const QString file = story(QStringLiteral("t.md"), Story);
    for (const QString &columns : {QString(), QStringLiteral(",")}) {
        const CliProcess::Run run = runCli({QStringLiteral("list"), QStringLiteral("--columns"), columns, file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("--columns needs at least one column"), run.err.constData());
    }
}

void TestCliValidation::unsetMissingKey_exits1()
{
    const QString file = story(QStringLiteral("t.md"), Story);
    const CliProcess::Run run = runCli({QStringLiteral("unset"), file, QStringLiteral("heat")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QByteArray(file.toUtf8() + ": no value at heat")), run.err.constData());
    QCOMPARE(TestFiles::read(file), Story);
}

void TestCliValidation::indexRebuildOfAFile_saysItIsNotAFolder()
{
    const QString file = story(QStringLiteral("t.md"), Story);
    const CliProcess::Run run = runCli({QStringLiteral("index"), QStringLiteral("--rebuild"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("not a folder") && !run.err.contains("no such"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliValidation)
#include "tst_clivalidation.moc"
