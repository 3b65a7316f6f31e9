// SummarySnapshot: every summary written comes back as it was, newest first, with the
// facet counts and each row's path hash and identity; a file that is not a whole snapshot of
// this build reads as none (or its blocks as unreadable), never as other rows or a crash.
#include "pathindex.h"
#include "searchkey.h"
#include "stringpool.h"
#include "summarydescription.h"
#include "summaryreader.h"
#include "summarysnapshot.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>

using namespace Storydesk;

namespace {

const QString Folder = QStringLiteral("/site");

// A row with every field set, varied by `n` (so rows share some strings and not others).
StorySummary synthetic(int n)
{
    StorySummary s;
    s.path = Folder + QStringLiteral("/%1/%2/story-%3.md").arg(2020 + n % 5).arg(n % 12 + 1, 2, 10, QLatin1Char('0')).arg(n);
    s.title = QStringLiteral("Story %1 — Über die Nachrichten \U0001F600").arg(n);
    s.excerpt = QByteArray("An excerpt of story ") + QByteArray::number(n);
    s.category = QStringLiteral("Category %1").arg(n % 7);
    s.type = n % 2 ? QStringLiteral("article") : QString();
    s.providerName = QStringLiteral("Provider %1").arg(n % 13);
    s.providerDomain = QStringLiteral("provider%1.example").arg(n % 13);
    s.webUrl = "https://provider.example/" + QByteArray::number(n);
    s.imageUrl = n % 3 ? QByteArray() : QByteArray("");   // null and empty both occur
    s.imageWidth = n % 640;
    s.imageHeight = n % 480;
    s.providerLogoUrl = "https://logo.example/" + QByteArray::number(n % 13) + ".png";
    s.topics = {QStringLiteral("Topic %1").arg(n % 17), QStringLiteral("Topic %1").arg(n % 5)};
    if (n % 11 == 0)
        s.topics.append(QString());
    if (n % 9 != 0)   // some undated
        s.publishedDateTime = QDateTime::fromMSecsSinceEpoch(1700000000000 + qint64(n % 5000) * 60000, Qt::UTC);
    s.quality = qint16(n % 6 - 1);
    s.heat = qint16(n % 100);
    s.published = StorySummary::Published(n % 4);
    s.relatedCount = n % 4;
    s.identity = FileIdentity{1000 + n, 1700000000000000000 + qint64(n) * 7, quint64(500000 + n)};
    if (n % 10 == 0) {
        s.problems.append(Problem{Problem::Severity::Error, n % 40 + 1, 3, QStringLiteral("a problem of story %1").arg(n)});
        s.problems.append(Problem{Problem::Severity::Warning, 0, 0, QString()});
        s.broken = n % 20 == 0;
    }
    s.fieldKeys = "title\ndate\ntopics\n";
    s.fieldValues = n % 4 ? QByteArray("story\n2024\n\n") : QByteArray();
    s.searchKey = SearchKey::of(s);
    return s;
}

QString describeAll(const StorySummary &s)
{
    // describe() and what it leaves out: null or empty, and the field keys and values.
    QStringList nulls;
    for (const QString *text : {&s.title, &s.category, &s.type, &s.providerName, &s.providerDomain})
        nulls.append(text->isNull() ? QStringLiteral("null") : QStringLiteral("set"));
    for (const QByteArray *bytes : {&s.excerpt, &s.webUrl, &s.imageUrl, &s.providerLogoUrl, &s.searchKey, &s.fieldKeys, &s.fieldValues})
        nulls.append(bytes->isNull() ? QStringLiteral("null") : QStringLiteral("set"));
    return TestSummaries::describe(s) + QLatin1Char('\n') + QString::fromUtf8(s.fieldKeys) + QLatin1Char('\n')
        + QString::fromUtf8(s.fieldValues) + QLatin1Char('\n') + nulls.join(QLatin1Char(','));
}

QStringList describedByPath(QList<StorySummary> rows)
{
    std::sort(rows.begin(), rows.end(), [](const StorySummary &a, const StorySummary &b) { return a.path < b.path; });
    QStringList out;
    for (const StorySummary &s : std::as_const(rows))
        out.append(describeAll(s));
    return out;
}

// The real-world files of ../shared/corpora, read as the store reads them (under `Folder`).
QList<StorySummary> corporaRows()
{
    QList<StorySummary> rows;
    const QString root = TestFiles::corporaFolder();
    for (const QString &path : TestFiles::corpusStories()) {
        if (rows.size() >= 1500)
            break;
        StorySummary s = SummaryReader::read(path);
        s.path = Folder + QStringLiteral("/corpora/") + QDir(root).relativeFilePath(s.path);
        rows.append(s);
    }
    return rows;
}

QByteArray readAll(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

void writeAll(const QString &file, const QByteArray &bytes)
{
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(out.write(bytes), bytes.size());
}

// Every row of the snapshot at `file`, or nullopt when it does not open or read.
std::optional<QList<StorySummary>> readSnapshot(const QString &file)
{
    SummarySnapshot snapshot;
    if (!snapshot.open(file, Folder))
        return std::nullopt;
    return snapshot.read(0, snapshot.blockCount());
}

} // namespace

class TestSummarySnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("index.snapshot"));
        SummarySnapshot::remove(m_file);
    }

    void everyRowComesBackAsWritten()
    {
        QList<StorySummary> rows = corporaRows();
        for (int n = 0; n < 5000; ++n)   // more than two blocks
            rows.append(synthetic(n));
        StorySummary outside = synthetic(99999);   // a path not under the folder
        outside.path = QStringLiteral("/elsewhere/story.md");
        rows.append(outside);
        StorySummary empties;   // empty, not null: kept apart from null
        empties.path = Folder + QStringLiteral("/empty.md");
        empties.title = QStringLiteral("");
        empties.excerpt = QByteArray("");
        empties.fieldValues = QByteArray("");
        rows.append(empties);

        QVERIFY(SummarySnapshot::write(m_file, Folder, rows));
        SummarySnapshot snapshot;
        QVERIFY(snapshot.open(m_file, Folder));
        QCOMPARE(snapshot.rowCount(), rows.size());
        QVERIFY(snapshot.blockCount() >= 3);
        const std::optional<QList<StorySummary>> read = snapshot.read(0, snapshot.blockCount());
        QVERIFY(read);
        QCOMPARE(describedByPath(*read), describedByPath(rows));
        // Block by block, the same rows in the same order.
        QList<StorySummary> byBlock;
        for (int block = 0; block < snapshot.blockCount(); ++block) {
            const std::optional<QList<StorySummary>> part = snapshot.read(block, block + 1);
            QVERIFY(part);
            QVERIFY(part->size() <= SummarySnapshot::BlockRows);
            byBlock.append(*part);
        }
        QCOMPARE(byBlock.size(), read->size());
        for (qsizetype i = 0; i < read->size(); ++i)
            QCOMPARE(byBlock.at(i).path, read->at(i).path);
        QVERIFY(!snapshot.read(1, 0));
        QVERIFY(!snapshot.read(0, snapshot.blockCount() + 1));
        QCOMPARE(snapshot.read(2, 2)->size(), 0);
    }

    void rowsAreNewestFirst_thenUndated_eachByPath()
    {
        QList<StorySummary> rows;
        for (int n = 0; n < 3000; ++n)
            rows.append(synthetic(n));
        std::reverse(rows.begin(), rows.end());
        QVERIFY(SummarySnapshot::write(m_file, Folder, rows));
        const std::optional<QList<StorySummary>> read = readSnapshot(m_file);
        QVERIFY(read);
        for (qsizetype i = 1; i < read->size(); ++i) {
            const StorySummary &a = read->at(i - 1);
            const StorySummary &b = read->at(i);
            if (!a.publishedDateTime.isValid())
                QVERIFY2(!b.publishedDateTime.isValid(), "a dated row after an undated one");
            else if (b.publishedDateTime.isValid() && a.publishedDateTime != b.publishedDateTime)
                QVERIFY(a.publishedDateTime > b.publishedDateTime);
            else if (a.publishedDateTime == b.publishedDateTime || !b.publishedDateTime.isValid())
                QVERIFY(!b.publishedDateTime.isValid() || a.path < b.path);
        }
    }

    void countsAndKeys_areOfTheRowsWritten()
    {
        QList<StorySummary> rows;
        for (int n = 0; n < 2500; ++n)
            rows.append(synthetic(n));
        rows.last().providerName.clear();   // "no provider" is counted too
        rows.last().providerDomain.clear();
        QVERIFY(SummarySnapshot::write(m_file, Folder, rows));
        SummarySnapshot snapshot;
        QVERIFY(snapshot.open(m_file, Folder));
        TopicIndex::Counts expected;
        for (const StorySummary &row : std::as_const(rows))
            expected.apply(row, +1);
        const TopicIndex::Counts counts = snapshot.takeCounts();
        QCOMPARE(counts.topics, expected.topics);
        QCOMPARE(counts.providers, expected.providers);
        QCOMPARE(counts.categories, expected.categories);
        QCOMPARE(counts.published, expected.published);
        QCOMPARE(counts.quality, expected.quality);
        QVERIFY(counts.minutes == expected.minutes);
        QCOMPARE(counts.undated, expected.undated);
        QCOMPARE(counts.stories, expected.stories);

        const std::optional<QList<StorySummary>> read = snapshot.read(0, snapshot.blockCount());
        QVERIFY(read);
        QCOMPARE(snapshot.keys().size(), read->size());
        for (qsizetype i = 0; i < read->size(); ++i) {
            QCOMPARE(snapshot.keys().at(i).pathHash, PathIndex::hashOf(read->at(i).path, Folder));
            QVERIFY(snapshot.keys().at(i).identity == read->at(i).identity);
        }
    }

    void blocksReadIntoTheirPlaces_eachRowCheckedAgainstItsKey()
    {
        QList<StorySummary> rows;
        for (int n = 0; n < 2 * SummarySnapshot::BlockRows + 10; ++n)
            rows.append(synthetic(n));
        QVERIFY(SummarySnapshot::write(m_file, Folder, rows));
        SummarySnapshot snapshot;
        QVERIFY(snapshot.open(m_file, Folder));
        // A first screen, then blocks of BlockRows.
        QCOMPARE(snapshot.blockCount(), 3);
        QCOMPARE(snapshot.firstRowOf(1), qsizetype(SummarySnapshot::FirstBlockRows));
        QCOMPARE(snapshot.firstRowOf(2), qsizetype(SummarySnapshot::FirstBlockRows + SummarySnapshot::BlockRows));
        QCOMPARE(snapshot.firstRowOf(3), snapshot.rowCount());
        const std::optional<QList<StorySummary>> whole = snapshot.read(0, 3);
        QVERIFY(whole);
        // The last two blocks into their places of one list, as a reopen's threads read them.
        QList<StorySummary> placed(snapshot.rowCount());
        QVERIFY(snapshot.readInto(1, 3, placed.data() + snapshot.firstRowOf(1)));
        QVERIFY(placed.at(0).path.isNull());
        for (qsizetype row = snapshot.firstRowOf(1); row < placed.size(); ++row)
            QCOMPARE(describeAll(placed.at(row)), describeAll(whole->at(row)));

        // A key that is not its row's: the block it is in does not read, the others do.
        QByteArray bytes = readAll(m_file);
        const qsizetype lastKey = bytes.size() - 24 - 32;   // before the row count, offset and end mark
        bytes[lastKey + 16] = char(bytes[lastKey + 16] ^ 1);   // its identity (after the path's hash)
        writeAll(m_file, bytes);
        QVERIFY(snapshot.open(m_file, Folder));
        QVERIFY(snapshot.read(0, 2));
        QVERIFY(!snapshot.read(2, 3));
        QVERIFY(!snapshot.read(0, 3));
        bytes[lastKey + 16] = char(bytes[lastKey + 16] ^ 1);
        bytes[lastKey] = char(bytes[lastKey] ^ 1);   // its path's hash
        writeAll(m_file, bytes);
        QVERIFY(snapshot.open(m_file, Folder));
        QVERIFY(snapshot.read(0, 2));
        QVERIFY(!snapshot.read(2, 3));
    }

    void repeatedStrings_areInternedOnce()
    {
        QList<StorySummary> rows{synthetic(1), synthetic(8)};   // the same category (n % 7)
        QVERIFY(SummarySnapshot::write(m_file, Folder, rows));
        StringPool pool;
        const QString category = pool.intern(rows.at(0).category);   // the store's copy, first
        SummarySnapshot snapshot;
        QVERIFY(snapshot.open(m_file, Folder, &pool));
        const std::optional<QList<StorySummary>> read = snapshot.read(0, snapshot.blockCount());
        QVERIFY(read);
        QCOMPARE(read->at(0).category, category);
        QCOMPARE(read->at(0).category.constData(), category.constData());
        QCOMPARE(read->at(1).category.constData(), category.constData());
    }

    void damagedOrForeignFiles_readAsNone()
    {
        QList<StorySummary> rows;
        for (int n = 0; n < 300; ++n)
            rows.append(synthetic(n));
        QVERIFY(SummarySnapshot::write(m_file, Folder, rows));
        const QByteArray good = readAll(m_file);
        QVERIFY(readSnapshot(m_file));

        const auto expectNone = [this](const QByteArray &bytes, const char *what) {
            writeAll(m_file, bytes);
            QVERIFY2(!readSnapshot(m_file), what);
        };
        expectNone(QByteArray(), "empty");
        expectNone(good.left(good.size() - 1), "cut short by a byte");
        expectNone(good.left(good.size() / 2), "cut in half");
        expectNone(good + "x", "a byte appended");
        QByteArray bytes = good;
        bytes[0] = 'X';
        expectNone(bytes, "another magic");
        bytes = good;
        bytes[8] = char(bytes[8] ^ 0xff);   // the byte order mark
        expectNone(bytes, "another byte order");
        bytes = good;
        bytes[12] = char(bytes[12] + 1);   // the format version
        expectNone(bytes, "another format");
        bytes = good;
        const QByteArray version = QByteArray(" ") + QByteArray(STORYDESK_VERSION);
        const qsizetype stamp = bytes.indexOf(version);
        QVERIFY(stamp > 0);
        bytes[stamp + 1] = char(bytes[stamp + 1] + 1);
        expectNone(bytes, "another build");
        bytes = good;
        bytes.replace(bytes.size() - 16, 8, QByteArray(8, '\x7f'));   // the trailer's offset
        expectNone(bytes, "a trailer out of the file");
        bytes = good;
        const qsizetype firstRecord = bytes.indexOf(version) + version.size();
        bytes.replace(firstRecord, 4, QByteArray(4, '\xff'));   // a row's length
        expectNone(bytes, "a row longer than any");
    }

    void anyByteChanged_neverCrashes()
    {
        // Under the sanitizers this proves the reader never looks outside what it read.
        QList<StorySummary> rows;
        for (int n = 0; n < 40; ++n)
            rows.append(synthetic(n));
        QVERIFY(SummarySnapshot::write(m_file, Folder, rows));
        const QByteArray good = readAll(m_file);
        int unreadable = 0;
        for (qsizetype at = 0; at < good.size(); at += qMax<qsizetype>(1, good.size() / 1500)) {
            for (const char value : {char(0), char(0x7f), char(0xff)}) {
                QByteArray bytes = good;
                if (bytes[at] == value)
                    continue;
                bytes[at] = value;
                writeAll(m_file, bytes);
                const std::optional<QList<StorySummary>> read = readSnapshot(m_file);
                if (!read)
                    ++unreadable;
                else   // a changed byte in a text or a number: rows still, as many as written
                    QCOMPARE(read->size(), rows.size());
            }
        }
        QVERIFY(unreadable > 0);
    }

    void cancelledOrFailedWrite_leavesTheSnapshotThere()
    {
        QList<StorySummary> rows;
        for (int n = 0; n < 5000; ++n)
            rows.append(synthetic(n));
        QVERIFY(SummarySnapshot::write(m_file, Folder, rows.mid(0, 10)));
        const QByteArray before = readAll(m_file);
        const std::atomic_bool cancelled{true};
        QVERIFY(!SummarySnapshot::write(m_file, Folder, rows, &cancelled));
        QCOMPARE(readAll(m_file), before);
        QVERIFY(!SummarySnapshot::write(m_dir.filePath(QStringLiteral("missing/folder/x.snapshot")), Folder, rows));
        QVERIFY(SummarySnapshot::remove(m_file));
        QVERIFY(!QFile::exists(m_file));
        QVERIFY(SummarySnapshot::remove(m_file));   // none left: nothing to do
        QVERIFY(!readSnapshot(m_file));
    }

    void fileForAnIndex_isBesideIt()
    {
        QCOMPARE(SummarySnapshot::fileFor(QStringLiteral("/cache/index/abc.sqlite")), QStringLiteral("/cache/index/abc.snapshot"));
        QCOMPARE(SummarySnapshot::fileFor(QStringLiteral("/cache/index/abc-de.sqlite")), QStringLiteral("/cache/index/abc-de.snapshot"));
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestSummarySnapshot)
#include "tst_summarysnapshot.moc"
