#include "cliprocess.h"
#include "hugosite.h"
#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// storydesk-cli on a site other than the story format: `fields` prints the map, `list`
// leaves out the roles the site does not have, `get`/`set` take role names (`published` is
// Hugo's `draft`, negated), `--fields FILE` overrides the site's map, and a broken map file
// is a FILE:LINE:COLUMN problem. Real processes, real files, the exact bytes left on disk.

using namespace Storydesk;

namespace {

QString cliCacheDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

CliProcess::Run runCli(const QStringList &arguments)
{
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cliCacheDir()));   // inherited by the tool
    return CliProcess::run(QStringLiteral(STORYDESK_CLI_PATH), arguments);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray replaced(QByteArray bytes, const QByteArray &from, const QByteArray &to)
{
    return bytes.replace(from, to);
}

// The `fields` output as role -> (key, why).
QHash<QString, QStringList> fieldRows(const QByteArray &out)
{
    QHash<QString, QStringList> rows;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> cells = line.split('\t');
        if (cells.size() == 3)
            rows.insert(QString::fromUtf8(cells.at(0)), {QString::fromUtf8(cells.at(1)), QString::fromUtf8(cells.at(2))});
    }
    return rows;
}

} // namespace

class TestCliFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fields_printsTheDetectedHugoMap();
    void fields_onTheSample_isTheStoryFormat();
    void setPublishedTrue_onAHugoDraft_writesExactlyDraftFalse();
    void setPublishedFalse_onAPostWithoutDraft_addsDraftTrue();
    void getPublished_readsTheSitesMeaning();
    void getTopics_readsTheTagsKey();
    void plainKeys_workAsBefore();
    void setUnboundRole_isRefusedAndWritesNothing();
    void list_leavesOutTheRolesTheSiteDoesNotHave();
    void fieldsOption_overridesTheSitesMap();
    void brokenFieldsOption_exits1WithFileLineColumnAndWritesNothing();
    void brokenSiteYaml_isAWarningAndDetectionIsUsed();
    void loadingAFolder_detectsNowAndRemembersNothing();
    void fields_secondRun_isTheMemo_untilAStoryChanges();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_site;
};

void TestCliFields::init()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(STORYDESK_CLI_PATH)), "storydesk-cli is not built");
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_site = m_dir->filePath(QStringLiteral("site"));
    QVERIFY(HugoSite::write(m_site));
}

void TestCliFields::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void TestCliFields::fields_printsTheDetectedHugoMap()
{
    const CliProcess::Run run = runCli({QStringLiteral("fields"), m_site});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QHash<QString, QStringList> rows = fieldRows(run.out);
    QCOMPARE(rows.size(), 14);
    QCOMPARE(rows.value(QStringLiteral("title")).value(0), QStringLiteral("title"));
    QCOMPARE(rows.value(QStringLiteral("date")).value(0), QStringLiteral("date"));
    QCOMPARE(rows.value(QStringLiteral("excerpt")).value(0), QStringLiteral("summary"));
    QCOMPARE(rows.value(QStringLiteral("topics")).value(0), QStringLiteral("tags"));
    QCOMPARE(rows.value(QStringLiteral("published")).value(0), QStringLiteral("draft"));
    QVERIFY2(rows.value(QStringLiteral("published")).value(1).contains(QStringLiteral("negated")), run.out.constData());
    // Roles Hugo has no key for are there, with no key.
    QCOMPARE(rows.value(QStringLiteral("quality")).value(0), QString());
    QCOMPARE(rows.value(QStringLiteral("heat")).value(0), QString());
    QVERIFY2(run.err.toLower().contains("hugo"), run.err.constData());
}

void TestCliFields::fields_onTheSample_isTheStoryFormat()
{
    const CliProcess::Run run = runCli({QStringLiteral("fields"), QStringLiteral(STORYDESK_SAMPLE_DIR)});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QHash<QString, QStringList> rows = fieldRows(run.out);
    QCOMPARE(rows.value(QStringLiteral("date")).value(0), QStringLiteral("publishedDateTime"));
    QCOMPARE(rows.value(QStringLiteral("published")).value(0), QStringLiteral("published"));
    QCOMPARE(rows.value(QStringLiteral("link")).value(0), QStringLiteral("webUrl"));
    QCOMPARE(rows.value(QStringLiteral("quality")).value(0), QStringLiteral("quality"));
    QVERIFY2(run.err.contains("story format"), run.err.constData());
}

void TestCliFields::setPublishedTrue_onAHugoDraft_writesExactlyDraftFalse()
{
    // A single FILE: the CLI finds its site (hugo.toml) by walking up from content/posts.
    const QString draft = HugoSite::draft(m_site);
    const CliProcess::Run run = runCli({QStringLiteral("set"), draft, QStringLiteral("published=true")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readFile(draft), replaced(HugoSite::Draft, "draft: true\n", "draft: false\n"));
}

void TestCliFields::setPublishedFalse_onAPostWithoutDraft_addsDraftTrue()
{
    const QString post = HugoSite::undrafted(m_site);
    const CliProcess::Run run = runCli({QStringLiteral("set"), post, QStringLiteral("published=false")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QByteArray after = readFile(post);
    QVERIFY2(after.contains("\ndraft: true\n"), after.constData());
    QCOMPARE(replaced(after, "draft: true\n", ""), HugoSite::Undrafted);
}

void TestCliFields::getPublished_readsTheSitesMeaning()
{
    const CliProcess::Run draft = runCli({QStringLiteral("get"), HugoSite::draft(m_site), QStringLiteral("published")});
    QCOMPARE(draft.exitCode, 0);
    QCOMPARE(draft.out, QByteArray("false\n"));
    // No draft key: Hugo publishes it.
    const CliProcess::Run undrafted = runCli({QStringLiteral("get"), HugoSite::undrafted(m_site), QStringLiteral("published")});
    QCOMPARE(undrafted.exitCode, 0);
    QCOMPARE(undrafted.out, QByteArray("true\n"));
}

void TestCliFields::getTopics_readsTheTagsKey()
{
    const CliProcess::Run run = runCli({QStringLiteral("get"), HugoSite::draft(m_site), QStringLiteral("topics")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("[\"Budget\",\"Council\"]\n"));
}

void TestCliFields::plainKeys_workAsBefore()
{
    const QString draft = HugoSite::draft(m_site);
    const CliProcess::Run get = runCli({QStringLiteral("get"), draft, QStringLiteral("draft")});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, QByteArray("true\n"));
    const CliProcess::Run set = runCli({QStringLiteral("set"), draft, QStringLiteral("draft=false")});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(readFile(draft), replaced(HugoSite::Draft, "draft: true\n", "draft: false\n"));
}

void TestCliFields::setUnboundRole_isRefusedAndWritesNothing()
{
    // Hugo has no heat: the role cannot be written, and nothing else of the call is.
    const QString draft = HugoSite::draft(m_site);
    const CliProcess::Run run = runCli({QStringLiteral("set"), draft, QStringLiteral("title=New"), QStringLiteral("heat=10")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("heat"), run.err.constData());
    QCOMPARE(readFile(draft), HugoSite::Draft);
}

void TestCliFields::list_leavesOutTheRolesTheSiteDoesNotHave()
{
    const CliProcess::Run run = runCli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"), m_site});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(rows.size(), 3);
    QJsonObject draft;
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(QStringLiteral("path")).toString().endsWith(QStringLiteral("draft.md")))
            draft = row.toObject();
    }
    QCOMPARE(draft.value(QStringLiteral("title")).toString(), QStringLiteral("Council adopts budget"));
    QCOMPARE(draft.value(QStringLiteral("published")).toBool(true), false);
    QCOMPARE(draft.value(QStringLiteral("topics")).toArray().size(), 2);
    for (const char *absent : {"quality", "heat", "related", "provider"})
        QVERIFY2(!draft.contains(QLatin1StringView(absent)), absent);
    QVERIFY(draft.contains(QStringLiteral("publishedDateTime")));
}

void TestCliFields::fieldsOption_overridesTheSitesMap()
{
    const QString file = m_dir->filePath(QStringLiteral("fields.yaml"));
    QVERIFY(HugoSite::writeFile(file, "fields:\n  topics: categories\n"));
    const CliProcess::Run run = runCli({QStringLiteral("--fields"), file, QStringLiteral("get"), HugoSite::draft(m_site),
                                        QStringLiteral("topics")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("[\"Politics\"]\n"));
    const CliProcess::Run fields = runCli({QStringLiteral("--fields"), file, QStringLiteral("fields"), m_site});
    QCOMPARE(fields.exitCode, 0);
    QCOMPARE(fieldRows(fields.out).value(QStringLiteral("topics")).value(0), QStringLiteral("categories"));
    // The other roles keep the site's own keys.
    QCOMPARE(fieldRows(fields.out).value(QStringLiteral("published")).value(0), QStringLiteral("draft"));
}

void TestCliFields::brokenFieldsOption_exits1WithFileLineColumnAndWritesNothing()
{
    const QString file = m_dir->filePath(QStringLiteral("broken.yaml"));
    QVERIFY(HugoSite::writeFile(file, "fields:\n  topics: [tags\n"));
    const QString draft = HugoSite::draft(m_site);
    const CliProcess::Run run = runCli({QStringLiteral("--fields"), file, QStringLiteral("set"), draft, QStringLiteral("published=true")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(QRegularExpression(QRegularExpression::escape(file) + QStringLiteral(":\\d+:\\d+: error: "))),
             run.err.constData());
    QCOMPARE(readFile(draft), HugoSite::Draft);
    // A missing one too: nothing is read with a map other than the one asked for.
    const CliProcess::Run missing = runCli({QStringLiteral("--fields"), m_dir->filePath(QStringLiteral("none.yaml")),
                                            QStringLiteral("list"), m_site});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.isEmpty());
}

void TestCliFields::brokenSiteYaml_isAWarningAndDetectionIsUsed()
{
    QVERIFY(QDir().mkpath(m_site + QStringLiteral("/.storydesk")));
    const QString siteYaml = m_site + QStringLiteral("/.storydesk/site.yaml");
    QVERIFY(HugoSite::writeFile(siteYaml, "fields:\n  title: title\n  topics: [tags\n"));
    const CliProcess::Run list = runCli({QStringLiteral("list"), QStringLiteral("--columns"), QStringLiteral("path,topics"), m_site});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(QString::fromUtf8(list.err).contains(QRegularExpression(QStringLiteral("site\\.yaml:\\d+:\\d+: warning: "))), list.err.constData());
    QVERIFY2(list.out.contains("Budget, Council") || list.out.contains("Budget,Council"), list.out.constData());
    // `fields` shows the detected map, and the broken file makes it exit 1.
    const CliProcess::Run fields = runCli({QStringLiteral("fields"), m_site});
    QCOMPARE(fields.exitCode, 1);
    QCOMPARE(fieldRows(fields.out).value(QStringLiteral("topics")).value(0), QStringLiteral("tags"));
    QVERIFY2(QString::fromUtf8(fields.err).contains(QRegularExpression(QStringLiteral("site\\.yaml:\\d+:\\d+: warning: "))), fields.err.constData());
}

// The window opens a folder with the detection remembered from its last open, checked
// afterwards; the CLI prints once, so it detects every time and keeps no such memory.
void TestCliFields::loadingAFolder_detectsNowAndRemembersNothing()
{
    const CliProcess::Run run = runCli({QStringLiteral("index"), QStringLiteral("--rebuild"), m_site});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("3 stories indexed"), run.err.constData());
    QDirIterator files(cliCacheDir(), {QStringLiteral("*.fields.json")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
}

void TestCliFields::fields_secondRun_isTheMemo_untilAStoryChanges()
{
    const auto titleReason = [this](const QStringList &options) {
        const CliProcess::Run run = runCli(options + QStringList{QStringLiteral("fields"), m_site});
        return run.finished && run.exitCode == 0 ? fieldRows(run.out).value(QStringLiteral("title")).value(1) : QStringLiteral("(failed)");
    };
    QVERIFY(TestFiles::backdate(m_site));   // settled stories: a memo is kept
    const QString detected = titleReason({});
    QVERIFY2(detected.contains(QStringLiteral("sampled stories")), qPrintable(detected));
    // This site's memo, in the cache with the index; a reason written into it shows that
    // the next run took the memo for the detection.
    QString memoFile;
    for (QDirIterator files(cliCacheDir(), {QStringLiteral("*.detection.json")}, QDir::Files, QDirIterator::Subdirectories); files.hasNext();) {
        const QString file = files.next();
        if (readFile(file).contains(QFileInfo(m_site).canonicalFilePath().toUtf8()))
            memoFile = file;
    }
    QVERIFY(!memoFile.isEmpty());
    const QByteArray marked = replaced(readFile(memoFile), detected.toUtf8(), "kept by the memo");
    QVERIFY(HugoSite::writeFile(memoFile, marked));
    QCOMPARE(titleReason({}), QStringLiteral("kept by the memo"));
    // --no-index: no cache is read, nor written.
    QCOMPARE(titleReason({QStringLiteral("--no-index")}), detected);
    QCOMPARE(readFile(memoFile), marked);
    // A sampled story edited: detected again.
    QVERIFY(HugoSite::writeFile(HugoSite::draft(m_site), HugoSite::Draft + "\n"));
    QCOMPARE(titleReason({}), detected);
    // Written just now, the story is not kept in a memo (it may change again within its
    // timestamp's tick): the marked memo stays as it was, and unused.
    QVERIFY(readFile(memoFile).contains("kept by the memo"));
    QCOMPARE(titleReason({}), detected);
}

QTEST_GUILESS_MAIN(TestCliFields)
#include "tst_clifields.moc"
