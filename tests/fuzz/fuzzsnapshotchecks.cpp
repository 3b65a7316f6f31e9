#include "fuzzchecks.h"

#include "pathindex.h"
#include "summarysnapshot.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstring>

namespace Storydesk::FuzzChecks {

namespace {

const QString Folder = QStringLiteral("/fuzz/site");

QTemporaryDir &scratch()
{
    // In memory where there is a tmpfs: QSaveFile syncs each snapshot written to its disk.
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/storydesk-fuzz-XXXXXX")
                                                                        : QDir::tempPath() + QStringLiteral("/storydesk-fuzz-XXXXXX"));
    return dir;
}

QString scratchFile(const char *name)
{
    return scratch().filePath(QLatin1StringView(name));
}

bool writeFile(const QString &file, QByteArrayView bytes)
{
    QFile out(file);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes.data(), bytes.size()) == bytes.size();
}

// What a snapshot of this build starts with: everything before an empty snapshot's trailer
// (whose offset its footer's first eight bytes hold).
QByteArray header()
{
    static const QByteArray bytes = [] {
        const QString file = scratchFile("empty.snapshot");
        QFile in(file);
        if (!SummarySnapshot::write(file, Folder, {}) || !in.open(QIODevice::ReadOnly))
            qFatal("cannot write an empty snapshot in %s", qPrintable(file));
        const QByteArray all = in.readAll();
        qint64 trailer = 0;
        std::memcpy(&trailer, all.constData() + all.size() - 16, sizeof trailer);
        return all.left(trailer);
    }();
    return bytes;
}

// Every field of a row, null and empty strings apart: equal rows, equal bytes.
QByteArray describe(const StorySummary &s)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << s.path << s.title << s.excerpt << s.category << s.type << s.providerName << s.providerDomain << s.webUrl
           << s.imageUrl << s.imageWidth << s.imageHeight << s.providerLogoUrl << s.topics << s.publishedDateTime.isValid()
           << (s.publishedDateTime.isValid() ? s.publishedDateTime.toMSecsSinceEpoch() : 0) << s.quality << s.heat
           << qint8(s.published) << s.relatedCount << s.identity.size << s.identity.mtimeNs << s.identity.inode
           << qint32(s.problems.size());
    for (const Problem &p : s.problems)
        stream << p.isError() << p.line << p.column << p.message;
    stream << s.broken << s.searchKey << s.fieldKeys << s.fieldValues;
    return out;
}

QList<QByteArray> described(const QList<StorySummary> &rows)
{
    QList<QByteArray> out;
    for (const StorySummary &row : rows)
        out.append(describe(row));
    std::sort(out.begin(), out.end());
    return out;
}

// Opens `file` as `snapshot` and reads its rows: all at once, then block by block (as two
// threads read halves). nullopt: not a snapshot (refused as a whole), or a broken invariant
// (then described in `problem`).
std::optional<QList<StorySummary>> readWhole(const QString &file, SummarySnapshot &snapshot, QString *problem)
{
    if (!snapshot.open(file, Folder))
        return std::nullopt;
    if (snapshot.keys().size() != snapshot.rowCount()) {
        *problem = QStringLiteral("%1 keys for %2 rows").arg(snapshot.keys().size()).arg(snapshot.rowCount());
        return std::nullopt;
    }
    std::optional<QList<StorySummary>> rows = snapshot.read(0, snapshot.blockCount());
    if (!rows)
        return std::nullopt;
    if (rows->size() != snapshot.rowCount()) {
        *problem = QStringLiteral("read %1 rows of %2").arg(rows->size()).arg(snapshot.rowCount());
        return std::nullopt;
    }
    QList<StorySummary> byBlock;
    for (int block = 0; block < snapshot.blockCount(); ++block) {
        const std::optional<QList<StorySummary>> part = snapshot.read(block, block + 1);
        if (!part) {
            *problem = QStringLiteral("block %1 does not read alone").arg(block);
            return std::nullopt;
        }
        byBlock.append(*part);
    }
    for (qsizetype row = 0; row < rows->size(); ++row) {
        if (describe(rows->at(row)) != describe(byBlock.at(row))) {
            *problem = QStringLiteral("row %1 reads otherwise alone").arg(row);
            return std::nullopt;
        }
    }
    return rows;
}

StorySummary seedRow(int n)
{
    StorySummary s;
    s.path = n % 5 == 4 ? QStringLiteral("/elsewhere/%1.md").arg(n) : QStringLiteral("%1/news/%2.md").arg(Folder).arg(n);
    s.title = n % 3 == 0 ? QString() : QStringLiteral("Story %1 über Gärten").arg(n);
    s.excerpt = n % 4 == 0 ? QByteArray("") : QByteArray("An excerpt");
    s.category = QStringLiteral("category %1").arg(n % 2);
    s.type = n % 2 ? QStringLiteral("news") : QString();
    s.providerName = QStringLiteral("Provider");
    s.providerDomain = QStringLiteral("provider.example");
    s.webUrl = "https://provider.example/" + QByteArray::number(n);
    s.imageUrl = n % 2 ? QByteArray("https://provider.example/a.jpg") : QByteArray();
    s.imageWidth = 640 * (n % 2);
    s.imageHeight = 480 * (n % 2);
    s.providerLogoUrl = "https://provider.example/logo.png";
    s.topics = {QStringLiteral("gardens"), QStringLiteral("topic %1").arg(n % 3)};
    if (n % 6 != 5)
        s.publishedDateTime = QDateTime::fromMSecsSinceEpoch(1700000000000 + n * 60000, Qt::UTC);
    s.quality = qint16(n % 7 - 1);
    s.heat = qint16(n);
    s.published = StorySummary::Published(n % 4);
    s.relatedCount = n % 3;
    s.identity = FileIdentity{4000 + n, 1700000000000000000 + n, quint64(100 + n)};
    if (n % 4 == 1)
        s.problems.append(Problem{Problem::Severity::Warning, 3, 7, QStringLiteral("quality is not a number")});
    s.broken = n == 7;
    s.searchKey = "story gardens provider " + QByteArray::number(n);
    s.fieldKeys = "title\nquality\ntopics\n";
    s.fieldValues = n % 2 ? QByteArray("story\n3\n\n") : QByteArray();
    return s;
}

} // namespace

QList<QByteArray> snapshotSeeds()
{
    QList<QByteArray> seeds;
    for (const int rows : {0, 1, 12}) {
        QList<StorySummary> summaries;
        for (int n = 0; n < rows; ++n)
            summaries.append(seedRow(n));
        const QString file = scratchFile("seed.snapshot");
        QFile in(file);
        if (SummarySnapshot::write(file, Folder, summaries) && in.open(QIODevice::ReadOnly))
            seeds.append(in.readAll().sliced(header().size()));
    }
    return seeds;
}

QByteArray snapshotHeader()
{
    return header();
}

QString readSnapshot(QByteArrayView data)
{
    const QString file = scratchFile("fuzz.snapshot");
    QByteArray bytes = header();
    bytes.append(data);
    if (!writeFile(file, bytes))
        return QStringLiteral("cannot write %1").arg(file);
    QString problem;
    SummarySnapshot first;
    const std::optional<QList<StorySummary>> rows = readWhole(file, first, &problem);
    if (!rows)
        return problem;
    // Whatever reads as rows writes as a snapshot that reads back as the same rows, each
    // under the key of its path and identity.
    const QString again = scratchFile("again.snapshot");
    if (!SummarySnapshot::write(again, Folder, *rows))
        return QStringLiteral("%1 rows read do not write").arg(rows->size());
    SummarySnapshot snapshot;
    std::optional<QList<StorySummary>> reread = readWhole(again, snapshot, &problem);
    if (!reread)
        return problem.isEmpty() ? QStringLiteral("the rows written again do not open or read") : problem;
    if (described(*rows) != described(*reread))
        return QStringLiteral("%1 rows read back otherwise once written again").arg(rows->size());
    for (qsizetype row = 0; row < reread->size(); ++row) {
        const SummarySnapshot::RowKey &key = snapshot.keys().at(row);
        if (key.pathHash != PathIndex::hashOf(reread->at(row).path, Folder) || key.identity != reread->at(row).identity)
            return QStringLiteral("row %1 written again under another key").arg(row);
    }
    return {};
}

} // namespace Storydesk::FuzzChecks
