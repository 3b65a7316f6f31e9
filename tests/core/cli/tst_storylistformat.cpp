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
    void row_cellsAreTheirTextInUtf8_data();
    void row_cellsAreTheirTextInUtf8();
    void appendRow_appendsWhatRowReturns();
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

void TestStoryListFormat::row_cellsAreTheirTextInUtf8_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("excerpt");
    QTest::addColumn<QStringList>("topics");
    QTest::addColumn<QByteArray>("tsv");
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("plain") << QStringLiteral("Plain") << QByteArray("ex") << QStringList{QStringLiteral("a")}
                           << QByteArray("a.md\tPlain\tex\ta\t70\ttrue\n") << QByteArray("a.md,Plain,ex,a,70,true\r\n");
    QTest::newRow("tabs and breaks") << QStringLiteral("a\tb\nc\rd") << QByteArray("x\ty") << QStringList{QStringLiteral("t\tu"), QStringLiteral("v")}
                                     << QByteArray("a.md\ta b c d\tx y\tt u, v\t70\ttrue\n")
                                     << QByteArray("a.md,\"a\tb\nc\rd\",x\ty,\"t\tu, v\",70,true\r\n");
    QTest::newRow("quotes and commas") << QStringLiteral("say \"hi\", then") << QByteArray("a,b") << QStringList{}
                                       << QByteArray("a.md\tsay \"hi\", then\ta,b\t\t70\ttrue\n")
                                       << QByteArray("a.md,\"say \"\"hi\"\", then\",\"a,b\",,70,true\r\n");
    QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e9 \U0001F600 \uFF41") << QByteArray("\xc3\xbc") << QStringList{QStringLiteral("\u00fc")}
                               << QByteArray("a.md\tcaf\xc3\xa9 \xf0\x9f\x98\x80 \xef\xbd\x81\t\xc3\xbc\t\xc3\xbc\t70\ttrue\n")
                               << QByteArray("a.md,caf\xc3\xa9 \xf0\x9f\x98\x80 \xef\xbd\x81,\xc3\xbc,\xc3\xbc,70,true\r\n");
    // What QString's conversions make of them (replacement characters), as before.
    const QByteArray lone = QString(QChar(0xd800)).toUtf8();
    const QByteArray invalid = QString::fromUtf8("\xff").toUtf8();
    QTest::newRow("a lone surrogate, invalid UTF-8") << (QStringLiteral("x") + QChar(0xd800)) << QByteArray("\xff")
                                                     << QStringList{}
                                                     << QByteArray("a.md\tx" + lone + "\t" + invalid + "\t\t70\ttrue\n")
                                                     << QByteArray("a.md,x" + lone + "," + invalid + ",,70,true\r\n");
    // A leading byte order mark: QString::fromUtf8() drops one (only the first).
    for (const QByteArray &marked : {QByteArray("\xef\xbb\xbf" "ex"), QByteArray("\xef\xbb\xbf\xef\xbb\xbf" "ex")}) {
        const QByteArray shown = QString::fromUtf8(marked).toUtf8();
        QVERIFY(shown.size() == marked.size() - 3);
        QTest::addRow("a leading BOM, %d bytes", int(marked.size())) << QStringLiteral("T") << marked << QStringList{}
                                                                    << QByteArray("a.md\tT\t" + shown + "\t\t70\ttrue\n")
                                                                    << QByteArray("a.md,T," + shown + ",,70,true\r\n");
    }
}

void TestStoryListFormat::row_cellsAreTheirTextInUtf8()
{
    QFETCH(QString, title);
    QFETCH(QByteArray, excerpt);
    QFETCH(QStringList, topics);
    QFETCH(QByteArray, tsv);
    QFETCH(QByteArray, csv);
    StorySummary summary;
    summary.title = title;
    summary.excerpt = excerpt;
    summary.topics = topics;
    summary.quality = 70;
    summary.published = StorySummary::Published::Yes;
    const QStringList columns{QStringLiteral("path"), QStringLiteral("title"), QStringLiteral("excerpt"),
                              QStringLiteral("topics"), QStringLiteral("quality"), QStringLiteral("published")};
    QCOMPARE(StoryListFormat(StoryListFormat::Format::Tsv, columns).row(summary, QStringLiteral("a.md"), true), tsv);
    QCOMPARE(StoryListFormat(StoryListFormat::Format::Csv, columns).row(summary, QStringLiteral("a.md"), true), csv);
}

void TestStoryListFormat::appendRow_appendsWhatRowReturns()
{
    StorySummary summary;
    summary.title = QStringLiteral("T");
    summary.heat = 4;
    for (const auto format : {StoryListFormat::Format::Tsv, StoryListFormat::Format::Csv, StoryListFormat::Format::Json}) {
        const StoryListFormat writer(format, StoryListFormat::availableColumns());
        QByteArray out("before");
        writer.appendRow(out, summary, QStringLiteral("x.md"), false);
        QCOMPARE(out, "before" + writer.row(summary, QStringLiteral("x.md"), false));
    }
}

QTEST_GUILESS_MAIN(TestStoryListFormat)
#include "tst_storylistformat.moc"
