#include "storydocument.h"
#include "storystore.h"
#include "summaryreader.h"
#include "testfiles.h"
#include "unprivilegedrun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

// A folder of files a crawler, a broken tool or an attacker could leave among the stories:
// each is read without crashing, hanging or blowing up memory, shown as a broken row with
// an error at its file, line and column (through the reader, the store and the CLI), and
// never written.

using namespace Storydesk;

namespace {

constexpr int Timeout = 60000;

const QByteArray goodStory("---\ntitle: \"Good\"\npublished: true\ntopics:\n  - AI\n---\nBody.\n");

QByteArray fiftyMegabytes()
{
    QByteArray bytes("---\ntitle: \"Huge\"\n");
    bytes.reserve(50 * 1024 * 1024 + 64);
    for (int i = 0; bytes.size() < 50 * 1024 * 1024; ++i)
        bytes += "key" + QByteArray::number(i).rightJustified(8, '0') + ": \"a value that goes on for a while\"\n";
    return bytes + "---\nbody\n";
}

// Billion laughs: nine levels of nine references, 9^9 values once expanded, 800 bytes.
QByteArray aliasBomb()
{
    QByteArray bytes("---\ntitle: \"lol\"\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    for (char level = 'b'; level <= 'i'; ++level) {
        const QByteArray ref = "*" + QByteArray(1, char(level - 1));
        bytes += QByteArray(1, level) + ": &" + QByteArray(1, level) + " [" + QByteArray(ref + ", ").repeated(8) + ref + "]\n";
    }
    return bytes + "topics: *i\n---\n";
}

// Anchors nesting anchors: each line 60 levels deep (within the nesting limit of the text),
// a thousand of them nest 60,000 levels deep once the aliases are followed.
QByteArray aliasDepthBomb()
{
    QByteArray bytes("---\ntitle: \"deep\"\nd0: &d0 x\n");
    for (int i = 1; i <= 1000; ++i) {
        bytes += "d" + QByteArray::number(i) + ": &d" + QByteArray::number(i) + " " + QByteArray(60, '[') + "*d"
            + QByteArray::number(i - 1) + QByteArray(60, ']') + "\n";
    }
    return bytes + "---\n";
}

QByteArray utf16WithBom()
{
    const QString text = QString::fromUtf8(goodStory);
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

// What the reader and the document should say about a file: an error (or a warning) at
// a file line and column, with words that say what is wrong.
struct Expected
{
    const char *name;
    QByteArray bytes;
    char severity;           // 'E' or 'W'
    int line;                // 0: only that the problem is on some line of the front matter
    int column;
    const char *message;
};

QList<Expected> hostileFiles()
{
    return {
        {"huge.md", fiftyMegabytes(), 'E', 2, 1, "MB"},
        {"deep-block.md", "---\ntitle: \"deep\"\ndeep:\n  " + QByteArray("- ").repeated(10000) + "x\n---\n", 'E', 4, 127, "nests more than 64 levels"},
        {"deep-flow.md", "---\ntitle: \"deep\"\ndeep: " + QByteArray(10000, '[') + QByteArray(10000, ']') + "\n---\n", 'E', 3, 69, "nests more than 64 levels"},
        {"deep-flow-map.md", "---\ndeep: " + QByteArray("{a: ").repeated(10000) + QByteArray(10000, '}') + "\n---\n", 'E', 2, 0, "nests more than 64 levels"},
        {"alias-bomb.md", aliasBomb(), 'E', 0, 0, "too many values"},
        {"alias-depth.md", aliasDepthBomb(), 'E', 0, 0, "too"},
        {"nul.md", QByteArray("---\ntitle: \"a\0b\"\n---\n", 21), 'E', 2, 10, "NUL"},
        {"invalid-utf8.md", "---\ntitle: ok\nexcerpt: \"caf\xE9\"\n---\n", 'E', 3, 1, "UTF-8"},
        {"utf16.md", utf16WithBom(), 'E', 1, 1, "UTF-16"},
        {"empty.md", QByteArray(), 'W', 1, 1, "no front matter"},
    };
}

// The problem says what is wrong at the expected place (line 0: somewhere in the front matter).
void verifyProblem(const Problem &p, int line, int column, const QString &message)
{
    QVERIFY2(p.message.contains(message), qPrintable(p.message));
    if (line > 0) {
        QCOMPARE(p.line, line);
        if (column > 0)
            QCOMPARE(p.column, column);
    } else {
        QVERIFY2(p.line >= 2 && p.column >= 1, qPrintable(QStringLiteral("%1:%2").arg(p.line).arg(p.column)));
    }
}

QByteArray fingerprint(const QString &fileName)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(fileName).constData(), &st) != 0)
        return "missing";
    QByteArray print = QByteArray::number(qint64(st.st_ino)) + ':' + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
        + QByteArray::number(qint64(st.st_mtim.tv_nsec)) + ':' + QByteArray::number(qint64(st.st_size));
    if (S_ISREG(st.st_mode) && (st.st_mode & 0444))
        print += ':' + QCryptographicHash::hash(TestFiles::read(fileName), QCryptographicHash::Sha1).toHex();
    return print;
}

} // namespace

class TestHostileFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void summaryReader_reportsEachAtItsPlace_data();
    void summaryReader_reportsEachAtItsPlace();
    void document_refusesEachAtItsPlaceAndNeverWrites_data();
    void document_refusesEachAtItsPlaceAndNeverWrites();
    void notAFile_isRefusedAtOnceNamingIt_data();
    void notAFile_isRefusedAtOnceNamingIt();
    void unreadableFile_isBrokenRowSayingSo();
    void store_listsEveryStoryOnceWithItsError();
    void store_fileDeletedWhileLoading_leavesNoRow();
    void cli_check_exits1AndPrintsEachAtItsPlace();
    void cli_checkAndGetOnNonFiles_exit1WithoutBlocking_data();
    void cli_checkAndGetOnNonFiles_exit1WithoutBlocking();

private:
    QString site(const char *name) const { return m_site.filePath(QString::fromUtf8(name)); }

    QTemporaryDir m_dir;
    QDir m_site;
    QHash<QString, QByteArray> m_before;   // every entry of the site: what it was
};

void TestHostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_site = QDir(m_dir.filePath(QStringLiteral("site")));
    QVERIFY(QDir().mkpath(m_site.path()));
    for (const Expected &e : hostileFiles())
        QVERIFY(TestFiles::write(site(e.name), e.bytes));
    QVERIFY(TestFiles::write(site("good.md"), goodStory));
    QVERIFY(QDir().mkpath(site("x.md")));
    QVERIFY(TestFiles::write(site("x.md/inner.md"), goodStory));
    QVERIFY(TestFiles::write(site("unreadable.md"), goodStory));
    QCOMPARE(::chmod(QFile::encodeName(site("unreadable.md")).constData(), 0), 0);
    QCOMPARE(::mkfifo(QFile::encodeName(site("fifo.md")).constData(), 0644), 0);
    QVERIFY(QFile::link(QStringLiteral("loop.md"), site("loop.md")));
    QVERIFY(QFile::link(QStringLiteral("loop-b.md"), site("loop-a.md")));
    QVERIFY(QFile::link(QStringLiteral("loop-a.md"), site("loop-b.md")));
    QVERIFY(QDir().mkpath(site("sub")));
    QVERIFY(QFile::link(QStringLiteral(".."), site("sub/up")));
    for (const QString &name : m_site.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot))
        m_before.insert(name, fingerprint(m_site.filePath(name)));
    m_before.insert(QStringLiteral("x.md/inner.md"), fingerprint(site("x.md/inner.md")));
}

void TestHostileFiles::cleanupTestCase()
{
    // Whatever each test did, no file of the site was written, replaced or removed.
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
        QVERIFY2(fingerprint(m_site.filePath(it.key())) == it.value(), qPrintable(it.key() + QStringLiteral(" changed")));
    QCOMPARE(m_site.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size() + 1, m_before.size());
    ::chmod(QFile::encodeName(site("unreadable.md")).constData(), 0644);
}

void TestHostileFiles::summaryReader_reportsEachAtItsPlace_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<char>("severity");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    for (const Expected &e : hostileFiles())
        QTest::newRow(e.name) << site(e.name) << e.severity << e.line << e.column << QString::fromUtf8(e.message);
}

void TestHostileFiles::summaryReader_reportsEachAtItsPlace()
{
    QFETCH(QString, fileName);
    QFETCH(char, severity);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    QElapsedTimer timer;
    timer.start();
    const StorySummary s = SummaryReader::read(fileName);
    QVERIFY2(timer.elapsed() < 10000, "reading one hostile file took more than 10 s");
    QVERIFY(s.broken);
    QVERIFY(!s.problems.isEmpty());
    const Problem &p = s.problems.constFirst();
    QCOMPARE(p.isError() ? 'E' : 'W', severity);
    verifyProblem(p, line, column, message);
}

void TestHostileFiles::document_refusesEachAtItsPlaceAndNeverWrites_data()
{
    summaryReader_reportsEachAtItsPlace_data();
}

void TestHostileFiles::document_refusesEachAtItsPlaceAndNeverWrites()
{
    QFETCH(QString, fileName);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    QString error;
    std::optional<StoryDocument> doc = StoryDocument::load(fileName, &error);
    QVERIFY2(doc, qPrintable(error));
    FrontMatterDocument &fm = doc->frontMatter();
    QVERIFY(!fm.isEditable());
    QVERIFY(!fm.problems().isEmpty());
    const Problem &p = fm.problems().constFirst();
    verifyProblem(p, line, column, message);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(!fm.set(YamlPath({QStringLiteral("published")}), YamlValue::boolean(false), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!doc->isModified());
    QCOMPARE(doc->save(&error), StoryDocument::SaveResult::NotEditable);
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QCOMPARE(fingerprint(fileName), m_before.value(QFileInfo(fileName).fileName()));
}

void TestHostileFiles::notAFile_isRefusedAtOnceNamingIt_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("message");
    QTest::newRow("a folder named x.md") << site("x.md") << QStringLiteral("folder");
    QTest::newRow("a named pipe") << site("fifo.md") << QStringLiteral("not a regular file");
    QTest::newRow("a link to itself") << site("loop.md") << QStringLiteral("cannot read");
    QTest::newRow("links to each other") << site("loop-a.md") << QStringLiteral("cannot read");
    // Listed by a scan, then deleted (a git checkout) before a worker got to it.
    QTest::newRow("deleted after it was found") << site("deleted.md") << QStringLiteral("cannot read");
}

void TestHostileFiles::notAFile_isRefusedAtOnceNamingIt()
{
    QFETCH(QString, fileName);
    QFETCH(QString, message);

    // A pipe must not be opened at all: open() would wait for a writer forever.
    QElapsedTimer timer;
    timer.start();
    const StorySummary s = SummaryReader::read(fileName);
    QVERIFY(s.broken);
    QCOMPARE(s.problems.size(), 1);
    QVERIFY(s.problems.constFirst().isError());
    QVERIFY2(s.problems.constFirst().message.contains(message), qPrintable(s.problems.constFirst().message));

    QString error;
    QVERIFY(!StoryDocument::load(fileName, &error));
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(timer.elapsed() < 5000);
}

void TestHostileFiles::unreadableFile_isBrokenRowSayingSo()
{
    // Root reads a file without read permission: the case runs again as nobody.
    if (UnprivilegedRun::isRoot()) {
        QVERIFY(!SummaryReader::read(site("unreadable.md")).broken);
        const UnprivilegedRun::Run asNobody = UnprivilegedRun::currentTestAsNobody();
        QVERIFY2(asNobody.passed, asNobody.output.constData());
        return;
    }
    const StorySummary s = SummaryReader::read(site("unreadable.md"));
    QVERIFY(s.broken);
    QVERIFY2(s.problems.value(0).message.contains(QStringLiteral("Permission denied")), qPrintable(s.problems.value(0).message));
    QString error;
    QVERIFY(!StoryDocument::load(site("unreadable.md"), &error));
    QVERIFY2(error.contains(site("unreadable.md")), qPrintable(error));
}

void TestHostileFiles::store_listsEveryStoryOnceWithItsError()
{
    StoryStore store;
    QSignalSpy finished(&store, &StoryStore::loadFinished);
    store.openFolder(m_site.path());
    QVERIFY(finished.wait(Timeout));

    QHash<QString, const StorySummary *> rows;
    for (int row = 0; row < store.count(); ++row) {
        const StorySummary &s = store.summary(row);
        QVERIFY2(!rows.contains(s.path), qPrintable(s.path + QStringLiteral(" is listed twice")));
        rows.insert(m_site.relativeFilePath(s.path), &s);
    }
    // Every regular story file is a row: the folder, the pipe and the looping links are not
    // stories, and the link back to the folder does not list it twice.
    QStringList expected{QStringLiteral("good.md"), QStringLiteral("x.md/inner.md"), QStringLiteral("unreadable.md")};
    for (const Expected &e : hostileFiles())
        expected.append(QString::fromUtf8(e.name));
    QStringList listed = rows.keys();
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);

    for (const Expected &e : hostileFiles()) {
        const StorySummary *s = rows.value(QString::fromUtf8(e.name));
        QVERIFY(s->broken);
        QVERIFY2(s->problems.value(0).message.contains(QString::fromUtf8(e.message)), e.name);
        if (e.line > 0)
            QCOMPARE(s->problems.value(0).line, e.line);
    }
    QVERIFY(!rows.value(QStringLiteral("good.md"))->broken);
    QVERIFY(!rows.value(QStringLiteral("x.md/inner.md"))->broken);
    QCOMPARE(rows.value(QStringLiteral("unreadable.md"))->broken, ::geteuid() != 0);
}

void TestHostileFiles::store_fileDeletedWhileLoading_leavesNoRow()
{
    // Stories deleted while the load runs: some are found and then gone before they are
    // parsed (broken "cannot read" rows at first). Once the folder settles none is left.
    QTemporaryDir dir;
    for (int i = 0; i < 2000; ++i)
        QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("s%1.md").arg(i)), goodStory));
    StoryStore store;
    store.setRescanDelay(std::chrono::milliseconds(50));
    QSignalSpy finished(&store, &StoryStore::loadFinished);
    store.openFolder(dir.path());
    for (int i = 0; i < 2000; ++i)
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("s%1.md").arg(i))));
    QVERIFY(finished.count() > 0 || finished.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(store.count(), 0, Timeout);
}

void TestHostileFiles::cli_check_exits1AndPrintsEachAtItsPlace()
{
    QProcess cli;
    cli.start(QStringLiteral(STORYDESK_CLI_PATH), {QStringLiteral("check"), m_site.path()});
    QVERIFY(cli.waitForFinished(Timeout));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 1);
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    const QByteArray prefix = QFile::encodeName(m_site.path()) + '/';
    for (const Expected &e : hostileFiles()) {
        QByteArray where = prefix + e.name + ':';
        if (e.line > 0)
            where += QByteArray::number(e.line) + ':' + (e.column > 0 ? QByteArray::number(e.column) + ':' : QByteArray());
        QVERIFY2(out.contains(where), QByteArray(where + " missing in:\n" + out.left(4000)).constData());
        const qsizetype at = out.indexOf(QByteArray(prefix + e.name + ':'));
        const QByteArray line = out.mid(at, out.indexOf('\n', at) - at);
        QVERIFY2(line.contains(e.severity == 'E' ? ": error: " : ": warning: "), line);
        QVERIFY2(line.contains(e.message), line);
    }
    QVERIFY2(!out.contains("good.md") && !out.contains("inner.md"), out);
    // Root reads unreadable.md, a good story then; anyone else is refused it: one problem more.
    const QByteArray unreadable = prefix + "unreadable.md:";
    if (UnprivilegedRun::isRoot()) {
        QVERIFY2(!out.contains(unreadable), out.constData());
        QVERIFY2(err.contains("13 files checked, 10 problems\n"), err.constData());
    } else {
        const qsizetype at = out.indexOf(unreadable);
        QVERIFY2(at >= 0, out.constData());
        const QByteArray line = out.mid(at, out.indexOf('\n', at) - at);
        QVERIFY2(line.contains(": error: ") && line.contains("Permission denied"), line.constData());
        QVERIFY2(err.contains("13 files checked, 11 problems\n"), err.constData());
    }
}

void TestHostileFiles::cli_checkAndGetOnNonFiles_exit1WithoutBlocking_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("a named pipe") << site("fifo.md") << QByteArray("not a regular file");
    QTest::newRow("a link to itself") << site("loop.md") << QByteArray("");
}

void TestHostileFiles::cli_checkAndGetOnNonFiles_exit1WithoutBlocking()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, message);
    for (const QStringList &args : {QStringList{QStringLiteral("check"), fileName},
                                    QStringList{QStringLiteral("get"), fileName, QStringLiteral("title")},
                                    QStringList{QStringLiteral("set"), fileName, QStringLiteral("published=false")}}) {
        QProcess cli;
        cli.start(QStringLiteral(STORYDESK_CLI_PATH), args);
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 1);
        const QByteArray output = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(output.contains(QFile::encodeName(fileName)) && output.contains(message), output);
    }
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
