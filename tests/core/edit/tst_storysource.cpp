#include "storysource.h"

#include <QTest>

using namespace Storydesk;

class TestStorySource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_keepsBomAndLineEnds_data();
    void roundTrip_keepsBomAndLineEnds();
    void toBytes_writesEditedLinesWithTheFilesLineEnds();
    void check_brokenYaml_isAnErrorInFileCoordinates();
    void check_outOfRangeQuality_isAWarning();
    void check_missingFence_isAnError();
    void check_conflictMarkers_areAnErrorAtTheirLine();
};

void TestStorySource::roundTrip_keepsBomAndLineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lf") << QByteArray("---\ntitle: \"A\"\n---\nBody\n");
    QTest::newRow("crlf") << QByteArray("---\r\ntitle: \"A\"\r\n---\r\nBody\r\n");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF---\ntitle: \"A\"\n---\n");
    QTest::newRow("no final newline") << QByteArray("---\ntitle: x\n---\nBody");
    QTest::newRow("unicode and nbsp") << QByteArray("---\ntitle: \"Zürich 10\xC2\xA0km\"\n---\n");
}

void TestStorySource::roundTrip_keepsBomAndLineEnds()
{
    QFETCH(QByteArray, bytes);
    const QString text = StorySource::toText(bytes);
    QVERIFY(!text.contains(QLatin1Char('\r')));
    QVERIFY(!text.startsWith(QChar(0xFEFF)));
    QCOMPARE(StorySource::toBytes(text, bytes), bytes);
}

void TestStorySource::toBytes_writesEditedLinesWithTheFilesLineEnds()
{
    const QByteArray crlf("---\r\ntitle: \"A\"\r\n---\r\n");
    QCOMPARE(StorySource::toBytes(QStringLiteral("---\ntitle: \"B\"\nquality: 5\n---\n"), crlf),
             QByteArray("---\r\ntitle: \"B\"\r\nquality: 5\r\n---\r\n"));
}

void TestStorySource::check_brokenYaml_isAnErrorInFileCoordinates()
{
    const Problems problems = StorySource::check(QStringLiteral("/site/a.md"), "---\ntitle: \"A\"\ntitle2: \"B \"C\" D\"\n---\n");
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().isError());
    QCOMPARE(problems.first().line, 3);
    QVERIFY(problems.first().column > 1);
    QVERIFY(StorySource::hasErrors(problems));
}

void TestStorySource::check_outOfRangeQuality_isAWarning()
{
    const Problems problems = StorySource::check(QStringLiteral("/site/a.md"), "---\ntitle: \"A\"\nquality: 250\n---\n");
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, Problem::Severity::Warning);
    QCOMPARE(problems.first().line, 3);
    QVERIFY(!StorySource::hasErrors(problems));
}

void TestStorySource::check_missingFence_isAnError()
{
    const Problems problems = StorySource::check(QStringLiteral("/site/a.md"), "---\ntitle: \"A\"\n");
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().isError());
}

void TestStorySource::check_conflictMarkers_areAnErrorAtTheirLine()
{
    // In the front matter (which then does not parse) and in the body: the source view marks both.
    const QByteArray block("<<<<<<< ours\nquality: 1\n=======\nquality: 2\n>>>>>>> theirs\n");
    const Problems inFrontMatter = StorySource::check(QStringLiteral("/site/a.md"), "---\ntitle: \"A\"\n" + block + "---\n");
    QVERIFY(!inFrontMatter.isEmpty());
    QCOMPARE(inFrontMatter.first(), (Problem{Problem::Severity::Error, 3, 1, QStringLiteral("unresolved merge conflict")}));
    const Problems inBody = StorySource::check(QStringLiteral("/site/a.md"), "---\ntitle: \"A\"\n---\n" + block);
    QCOMPARE(inBody, (Problems{Problem{Problem::Severity::Error, 4, 1, QStringLiteral("unresolved merge conflict")}}));
    QVERIFY(StorySource::hasErrors(inBody));
}

QTEST_GUILESS_MAIN(TestStorySource)
#include "tst_storysource.moc"
