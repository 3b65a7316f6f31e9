#include "fuzzchecks.h"
#include "summarysnapshot.h"
#include "testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// The fuzzers' invariants in the ordinary build: every seed through its checks, and every
// input a fuzzer once broke through the check that broke (regressions/<target>-<what>).

using namespace Storydesk;

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invariantsHold_data();
    void invariantsHold();
    void snapshotInvariantsHold_data();
    void snapshotInvariantsHold();
};

void TestFuzzRegressions::invariantsHold_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("parse");
    QTest::addColumn<bool>("edit");
    QTest::addColumn<bool>("query");
    QTest::addColumn<bool>("page");
    QTest::addColumn<bool>("events");

    const QDir seeds(QStringLiteral(STORYDESK_FUZZ_DIR "/seeds"));
    const QDir regressions(QStringLiteral(STORYDESK_FUZZ_DIR "/regressions"));
    const QDir sample(QStringLiteral(STORYDESK_SAMPLE_DIR "/_posts"));
    const QStringList seedFiles = seeds.entryList(QDir::Files);
    QVERIFY2(seedFiles.size() >= 10, "the seed corpus is missing");
    for (const QString &name : seedFiles) {
        if (!name.endsWith(QLatin1StringView(".md")) && !name.endsWith(QLatin1StringView(".txt")))
            continue;
        QTest::addRow("seed %s", qPrintable(name)) << seeds.filePath(name) << true << true << false << false << true;
    }
    for (const QString &name : sample.entryList(QDir::Files))
        QTest::addRow("sample %s", qPrintable(name)) << sample.filePath(name) << true << true << false << false << true;
    const QDir querySeeds(QStringLiteral(STORYDESK_FUZZ_DIR "/seeds-query"));
    for (const QString &name : querySeeds.entryList(QDir::Files))
        QTest::addRow("query seed %s", qPrintable(name)) << querySeeds.filePath(name) << false << false << true << false << false;
    const QDir pageSeeds(QStringLiteral(STORYDESK_FUZZ_DIR "/seeds-pagemetadata"));
    const QStringList pageSeedFiles = pageSeeds.entryList(QDir::Files);
    QVERIFY2(pageSeedFiles.size() >= 5, "the page seeds are missing");
    for (const QString &name : pageSeedFiles)
        QTest::addRow("page seed %s", qPrintable(name)) << pageSeeds.filePath(name) << false << false << false << true << false;
    for (const QString &name : regressions.entryList(QDir::Files)) {
        const bool parse = name.startsWith(QLatin1StringView("storyparse-"));
        const bool edit = name.startsWith(QLatin1StringView("storyedit-"));
        const bool query = name.startsWith(QLatin1StringView("query-"));
        const bool page = name.startsWith(QLatin1StringView("pagemetadata-"));
        // Every story input the engine's fuzzers kept is also one the two parsers must agree on.
        const bool events = parse || edit || name.startsWith(QLatin1StringView("eventsagree-"));
        if (parse || edit || query || page || events)
            QTest::addRow("regression %s", qPrintable(name)) << regressions.filePath(name) << parse << edit << query << page << events;
    }
}

void TestFuzzRegressions::invariantsHold()
{
    QFETCH(QString, fileName);
    QFETCH(bool, parse);
    QFETCH(bool, edit);
    QFETCH(bool, query);
    QFETCH(bool, page);
    QFETCH(bool, events);

    const QByteArray bytes = TestFiles::read(fileName);
    if (parse) {
        const QString problem = FuzzChecks::splitParseAndSummarize(bytes);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    if (edit) {
        const QString problem = FuzzChecks::editAndReparse(bytes);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    if (query) {
        const QString problem = FuzzChecks::parseAndMatchQueries(bytes);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    if (events) {
        const QString problem = FuzzChecks::libyamlAgreesWithYamlCpp(bytes);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    if (page) {
        const QString problem = FuzzChecks::parsePageMetadata(bytes);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestFuzzRegressions::snapshotInvariantsHold_data()
{
    QTest::addColumn<QByteArray>("body");   // after the header
    QTest::addColumn<int>("rows");          // it reads as; -1: refused; -2: not known

    const QList<QByteArray> seeds = FuzzChecks::snapshotSeeds();
    QCOMPARE(seeds.size(), 3);
    QTest::newRow("seed without rows") << seeds.at(0) << 0;
    QTest::newRow("seed of one row") << seeds.at(1) << 1;
    QTest::newRow("seed of twelve rows") << seeds.at(2) << 12;
    QTest::newRow("seed of twelve rows cut short") << seeds.at(2).chopped(1) << -1;
    const QDir regressions(QStringLiteral(STORYDESK_FUZZ_DIR "/regressions"));
    for (const QString &name : regressions.entryList({QStringLiteral("snapshot-*")}, QDir::Files))
        QTest::addRow("regression %s", qPrintable(name)) << TestFiles::read(regressions.filePath(name)) << -2;
}

void TestFuzzRegressions::snapshotInvariantsHold()
{
    QFETCH(QByteArray, body);
    QFETCH(int, rows);

    const QString problem = FuzzChecks::readSnapshot(body);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (rows == -2)
        return;
    // A seed the reader refused would leave the fuzzer nothing to start from.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("seed.snapshot"));
    QVERIFY(TestFiles::write(file, FuzzChecks::snapshotHeader() + body));
    SummarySnapshot snapshot;
    const bool opened = snapshot.open(file, QStringLiteral("/fuzz/site"));
    if (rows < 0) {
        QVERIFY(!opened);
        return;
    }
    QVERIFY(opened);
    const std::optional<QList<StorySummary>> read = snapshot.read(0, snapshot.blockCount());
    QVERIFY(read);
    QCOMPARE(read->size(), rows);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
