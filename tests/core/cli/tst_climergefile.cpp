#include "cliprocess.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

// storydesk-cli merge-file, as git runs it as a merge driver: the result written over OURS,
// exit 0 clean, 1 with conflicts left, 2 for usage and I/O errors.

using namespace Storydesk;

namespace {

const QByteArray Base("---\ntitle: \"A\"\nquality: 55 # desk\npublished: false\ntopics:\n  - Chips\n---\nBody.\n");

CliProcess::Run cli(const QStringList &arguments)
{
    return CliProcess::run(QStringLiteral(STORYDESK_CLI_PATH), arguments);
}

QByteArray edited(const QByteArray &from, const QByteArray &to)
{
    return QByteArray(Base).replace(from, to);
}

} // namespace

class TestCliMergeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanMerge_writesOursAndExitsZero();
    void conflict_leavesMarkersWithGitsLabelsAndExitsOne();
    void stdout_printsResultAndLeavesOursAlone();
    void unparsableVersion_fallsBackToLineMerge();
    void usageAndIoErrors_exitTwo_data();
    void usageAndIoErrors_exitTwo();

private:
    QStringList write(const QTemporaryDir &dir, const QByteArray &base, const QByteArray &ours, const QByteArray &theirs);
};

QStringList TestCliMergeFile::write(const QTemporaryDir &dir, const QByteArray &base, const QByteArray &ours, const QByteArray &theirs)
{
    const QStringList paths{dir.filePath(QStringLiteral("base")), dir.filePath(QStringLiteral("ours")), dir.filePath(QStringLiteral("theirs"))};
    TestFiles::write(paths.at(0), base);
    TestFiles::write(paths.at(1), ours);
    TestFiles::write(paths.at(2), theirs);
    return paths;
}

void TestCliMergeFile::cleanMerge_writesOursAndExitsZero()
{
    QTemporaryDir dir;
    const QStringList files = write(dir, Base, edited("quality: 55", "quality: 70"), edited("  - Chips\n", "  - Chips\n  - AI\n"));
    const CliProcess::Run run = cli(QStringList{QStringLiteral("merge-file")} + files);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(TestFiles::read(files.at(1)), edited("quality: 55", "quality: 70").replace("  - Chips\n", "  - Chips\n  - AI\n"));
    QCOMPARE(TestFiles::read(files.at(0)), Base);
}

void TestCliMergeFile::conflict_leavesMarkersWithGitsLabelsAndExitsOne()
{
    QTemporaryDir dir;
    const QStringList files = write(dir, Base, edited("quality: 55", "quality: 70"), edited("quality: 55", "quality: 80"));
    const CliProcess::Run run = cli(QStringList{QStringLiteral("merge-file"), QStringLiteral("--marker-size"), QStringLiteral("8"),
                                                QStringLiteral("--path"), QStringLiteral("site/a.md"), QStringLiteral("-L"),
                                                QStringLiteral("HEAD"), QStringLiteral("-L"), QStringLiteral("base"),
                                                QStringLiteral("-L"), QStringLiteral("origin/main")} + files);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(TestFiles::read(files.at(1)),
             edited("quality: 55 # desk\n", "<<<<<<<< HEAD\nquality: 70 # desk\n========\nquality: 80 # desk\n>>>>>>>> origin/main\n"));
    QVERIFY2(run.err.contains("site/a.md: quality was changed on both sides"), run.err.constData());
}

void TestCliMergeFile::stdout_printsResultAndLeavesOursAlone()
{
    QTemporaryDir dir;
    const QByteArray ours = edited("quality: 55", "quality: 70");
    const QStringList files = write(dir, Base, ours, edited("published: false", "published: true"));
    const CliProcess::Run run = cli(QStringList{QStringLiteral("merge-file"), QStringLiteral("-p")} + files);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray(ours).replace("published: false", "published: true"));
    QCOMPARE(TestFiles::read(files.at(1)), ours);
}

void TestCliMergeFile::unparsableVersion_fallsBackToLineMerge()
{
    QTemporaryDir dir;
    const QByteArray ours = edited("quality: 55 # desk", "quality: [55");
    const QStringList files = write(dir, Base, ours, edited("Body.", "Body, edited."));
    const CliProcess::Run run = cli(QStringList{QStringLiteral("merge-file")} + files);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(TestFiles::read(files.at(1)), QByteArray(ours).replace("Body.", "Body, edited."));
    QVERIFY(run.err.contains("merged line by line"));
}

void TestCliMergeFile::usageAndIoErrors_exitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("two files") << QStringList{QStringLiteral("base"), QStringLiteral("ours")};
    QTest::newRow("four labels") << QStringList{QStringLiteral("-L"), QStringLiteral("a"), QStringLiteral("-L"), QStringLiteral("b"),
                                                QStringLiteral("-L"), QStringLiteral("c"), QStringLiteral("-L"), QStringLiteral("d"),
                                                QStringLiteral("base"), QStringLiteral("ours"), QStringLiteral("theirs")};
    QTest::newRow("bad marker size") << QStringList{QStringLiteral("--marker-size"), QStringLiteral("x"), QStringLiteral("base"),
                                                    QStringLiteral("ours"), QStringLiteral("theirs")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--union"), QStringLiteral("base"), QStringLiteral("ours"), QStringLiteral("theirs")};
    QTest::newRow("missing file") << QStringList{QStringLiteral("base"), QStringLiteral("missing"), QStringLiteral("theirs")};
}

void TestCliMergeFile::usageAndIoErrors_exitTwo()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QStringList files = write(dir, Base, Base, Base);
    for (QString &a : arguments) {
        if (a == QLatin1String("base") || a == QLatin1String("ours") || a == QLatin1String("theirs") || a == QLatin1String("missing"))
            a = dir.filePath(a);
    }
    const CliProcess::Run run = cli(QStringList{QStringLiteral("merge-file")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(TestFiles::read(files.at(1)), Base);
}

QTEST_GUILESS_MAIN(TestCliMergeFile)
#include "tst_climergefile.moc"
