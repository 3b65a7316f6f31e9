#include "storylistformat.h"
#include "storysummary.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

// The list's cells, as `storydesk-cli list` prints them.

using namespace Storydesk;

class TestStoryListFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedDateTime_isQtsIsoDateInUtc_data();
    void publishedDateTime_isQtsIsoDateInUtc();
};

void TestStoryListFormat::publishedDateTime_isQtsIsoDateInUtc_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");
    const QDateTime utc(QDate(2024, 5, 1), QTime(9, 30, 7), Qt::UTC);
    QTest::newRow("utc") << utc << QStringLiteral("2024-05-01T09:30:07Z");
    QTest::newRow("milliseconds dropped") << utc.addMSecs(456) << QStringLiteral("2024-05-01T09:30:07Z");
    QTest::newRow("offset") << QDateTime(QDate(2024, 1, 1), QTime(1, 0), QTimeZone(3600 * 5)) << QStringLiteral("2023-12-31T20:00:00Z");
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC) << QStringLiteral("0001-01-01T00:00:00Z");
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC) << QStringLiteral("9999-12-31T23:59:59Z");
    QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC) << QString();
    QTest::newRow("before year 1") << QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC) << QString();
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestStoryListFormat::publishedDateTime_isQtsIsoDateInUtc()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    StorySummary summary;
    summary.publishedDateTime = when;
    const StoryListFormat format(StoryListFormat::Format::Tsv, {QStringLiteral("publishedDateTime")});
    QByteArray row = format.row(summary, QStringLiteral("a.md"), true);
    QVERIFY(row.endsWith('\n'));
    row.chop(1);
    const QString text = QString::fromUtf8(row);
    // What Qt writes, wherever Qt has a say (years it spells its own way included).
    QCOMPARE(text, when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString());
    if (!expected.isEmpty())
        QCOMPARE(text, expected);
}

QTEST_GUILESS_MAIN(TestStoryListFormat)
#include "tst_storylistformat.moc"
