#include "fuzzchecks.h"
#include "testfiles.h"

#include <QDir>
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

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
