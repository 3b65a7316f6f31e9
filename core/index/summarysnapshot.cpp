#include "summarysnapshot.h"

#include "heappolicy.h"
#include "pathindex.h"
#include "storyindex.h"
#include "stringpool.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <vector>
#include <type_traits>

namespace Storydesk {

namespace {

// The layout, all numbers in the machine's byte order (checked by ByteOrder):
//   header   Magic, ByteOrder, FormatVersion, the build stamp (bytes)
//   rows     one record each: its length (u32), then the fields writeRow() writes
//   trailer  the repeated strings (texts, then bytes), the facet counts, the blocks (offset,
//            rows), each row's key (RowKey, in row order), the row count
//   footer   the trailer's offset (u64), EndMagic
// Texts are UTF-16 as QString holds them, bytes as they are: reading one is a copy.
constexpr char Magic[8] = {'S', 'D', 'S', 'N', 'A', 'P', '\r', '\n'};
constexpr char EndMagic[8] = {'S', 'D', 'E', 'N', 'D', '\r', '\n', '\0'};
constexpr quint32 ByteOrder = 0x01020304;
constexpr quint32 NullLength = 0xffffffffu;   // a null string (as opposed to an empty one)
constexpr qsizetype FooterBytes = 16;
constexpr qsizetype FlushBytes = qsizetype(1) << 20;
constexpr qint64 ChunkBytes = qint64(4) << 20;
// No summary comes near this (the front matter read is capped far lower): a length beyond
// it is damage, not a row.
constexpr quint32 MaxRecordBytes = quint32(64) << 20;
enum PathKind : quint8 { UnderFolder, Absolute };

// What the rows were read by: another schema or build may read a story differently, or
// fold its search key differently.
QByteArray buildStamp()
{
    return QByteArray::number(StoryIndex::SchemaVersion) + ' ' + QByteArray(STORYDESK_VERSION);
}

class Writer
{
public:
    QByteArray data;

    template <typename T>
    void number(T value)
    {
        static_assert(std::is_arithmetic_v<T>);
        data.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    bool text(QStringView text, bool isNull)
    {
        if (isNull) {
            number(NullLength);
            return true;
        }
        if (text.size() >= qsizetype(NullLength) / 2)
            return false;
        number(quint32(text.size()));
        data.append(reinterpret_cast<const char *>(text.data()), text.size() * qsizetype(sizeof(QChar)));
        return true;
    }
    bool text(const QString &value) { return text(QStringView(value), value.isNull()); }
    bool bytes(const QByteArray &value)
    {
        if (value.isNull()) {
            number(NullLength);
            return true;
        }
        if (value.size() >= qsizetype(NullLength))
            return false;
        number(quint32(value.size()));
        data.append(value);
        return true;
    }
};

// The repeated strings as they are written: each gets an id once (0 is the null string).
template <typename String>
class Ids
{
public:
    quint32 of(const String &value)
    {
        if (value.isNull())
            return 0;
        const auto it = m_ids.constFind(value);
        if (it != m_ids.cend())
            return *it;
        m_values.append(value);
        const auto id = quint32(m_values.size());
        m_ids.insert(value, id);
        return id;
    }
    const QList<String> &values() const { return m_values; }

private:
    QHash<String, quint32> m_ids;
    QList<String> m_values;
};

struct Tables
{
    Ids<QString> texts;
    Ids<QByteArray> bytes;
};

bool writeRow(Writer &out, const StorySummary &s, const QString &prefix, Tables &tables)
{
    out.number(s.identity.size);
    out.number(s.identity.mtimeNs);
    out.number(s.identity.inode);
    const bool under = s.path.startsWith(prefix);
    out.number(quint8(under ? UnderFolder : Absolute));
    bool ok = under ? out.text(QStringView(s.path).sliced(prefix.size()), false) : out.text(s.path);
    ok = out.text(s.title) && out.bytes(s.excerpt) && ok;
    for (const QString *shared : {&s.category, &s.type, &s.providerName, &s.providerDomain})
        out.number(tables.texts.of(*shared));
    ok = out.bytes(s.webUrl) && out.bytes(s.imageUrl) && ok;
    out.number(qint32(s.imageWidth));
    out.number(qint32(s.imageHeight));
    out.number(tables.bytes.of(s.providerLogoUrl));
    out.number(quint32(s.topics.size()));
    for (const QString &topic : s.topics)
        out.number(tables.texts.of(topic));
    out.number(quint8(s.publishedDateTime.isValid()));
    out.number(s.publishedDateTime.isValid() ? s.publishedDateTime.toMSecsSinceEpoch() : qint64(0));
    out.number(qint16(s.quality));
    out.number(qint16(s.heat));
    out.number(qint8(s.published));
    out.number(qint32(s.relatedCount));
    out.number(quint8(s.broken));
    out.number(quint32(s.problems.size()));
    for (const Problem &p : s.problems) {
        out.number(quint8(p.isError() ? 0 : 1));
        out.number(qint32(p.line));
        out.number(qint32(p.column));
        ok = out.text(p.message) && ok;
    }
    ok = out.bytes(s.searchKey) && ok;
    out.number(tables.bytes.of(s.fieldKeys));
    return out.bytes(s.fieldValues) && ok;
}

void writeCounts(Writer &out, const TopicIndex::Counts &counts, Ids<QString> &texts)
{
    for (const QHash<QString, int> *names : {&counts.topics, &counts.providers, &counts.categories}) {
        out.number(quint32(names->size()));
        for (auto it = names->cbegin(); it != names->cend(); ++it) {
            // The empty provider name (stories without one) is a key of its own: not null.
            out.number(it.key().isEmpty() ? quint32(NullLength) : texts.of(it.key()));
            out.number(qint32(it.value()));
        }
    }
    for (const int n : counts.published)
        out.number(qint32(n));
    for (const int n : counts.quality)
        out.number(qint32(n));
    out.number(quint32(counts.minutes.size()));
    for (const auto &[minute, n] : counts.minutes) {
        out.number(qint64(minute));
        out.number(qint32(n));
    }
    out.number(qint32(counts.undated));
    out.number(qint32(counts.stories));
}

// Reads what Writer wrote, never past `end`: anything short or out of range marks it bad,
// and everything it returns from then on is empty.
class Reader
{
public:
    Reader(const char *at, const char *end)
        : m_at(at)
        , m_end(end)
    {
    }
    bool ok() const { return m_ok; }
    qsizetype remaining() const { return m_end - m_at; }
    bool atEnd() const { return m_at == m_end; }
    void fail() { m_ok = false; }

    template <typename T>
    T number()
    {
        T value{};
        if (!take(sizeof value))
            return value;
        std::memcpy(&value, m_at - sizeof value, sizeof value);
        return value;
    }
    // A text, after `prefix` when one is given (a path under the folder, in one allocation).
    QString text(const QString &prefix = {})
    {
        const auto length = number<quint32>();
        if (length == NullLength) {
            if (!prefix.isEmpty())
                fail();   // a path is never null
            return {};
        }
        if (!take(qsizetype(length) * qsizetype(sizeof(QChar))))
            return {};
        if (prefix.isEmpty() && length == 0)
            return QString::fromLatin1("", 0);   // empty, not null
        QString value(prefix.size() + qsizetype(length), Qt::Uninitialized);
        if (!prefix.isEmpty())
            std::memcpy(value.data(), prefix.constData(), size_t(prefix.size()) * sizeof(QChar));
        if (length > 0)
            std::memcpy(value.data() + prefix.size(), m_at - qsizetype(length) * qsizetype(sizeof(QChar)), size_t(length) * sizeof(QChar));
        return value;
    }
    QByteArray bytes()
    {
        const auto length = number<quint32>();
        if (length == NullLength || !take(length))
            return {};
        return QByteArray(m_at - length, qsizetype(length));   // "" for length 0: empty, not null
    }
    template <typename String>
    String shared(const QList<String> &table)
    {
        const auto id = number<quint32>();
        if (id == 0)
            return {};
        if (id > quint64(table.size())) {
            fail();
            return {};
        }
        return table.at(id - 1);
    }

private:
    bool take(qsizetype count)
    {
        if (!m_ok || count < 0 || m_end - m_at < count) {
            m_ok = false;
            return false;
        }
        m_at += count;
        return true;
    }

    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

bool readRow(Reader &in, StorySummary &s, const QString &prefix, const QList<QString> &texts, const QList<QByteArray> &bytes)
{
    s.identity.size = in.number<qint64>();
    s.identity.mtimeNs = in.number<qint64>();
    s.identity.inode = in.number<quint64>();
    const auto kind = in.number<quint8>();
    if (kind != UnderFolder && kind != Absolute)
        return false;
    s.path = in.text(kind == UnderFolder ? prefix : QString());
    s.title = in.text();
    s.excerpt = in.bytes();
    s.category = in.shared(texts);
    s.type = in.shared(texts);
    s.providerName = in.shared(texts);
    s.providerDomain = in.shared(texts);
    s.webUrl = in.bytes();
    s.imageUrl = in.bytes();
    s.imageWidth = in.number<qint32>();
    s.imageHeight = in.number<qint32>();
    s.providerLogoUrl = in.shared(bytes);
    const auto topics = in.number<quint32>();
    if (!in.ok() || topics > quint64(in.remaining()) / sizeof(quint32))   // each takes an id
        return false;
    s.topics.reserve(topics);
    for (quint32 i = 0; i < topics && in.ok(); ++i)
        s.topics.append(in.shared(texts));
    const bool dated = in.number<quint8>() != 0;
    const auto publishedMs = in.number<qint64>();
    if (dated)
        s.publishedDateTime = QDateTime::fromMSecsSinceEpoch(publishedMs, Qt::UTC);
    s.quality = in.number<qint16>();
    s.heat = in.number<qint16>();
    const auto published = in.number<qint8>();
    if (published < qint8(StorySummary::Published::Missing) || published > qint8(StorySummary::Published::Invalid))
        return false;
    s.published = StorySummary::Published(published);
    s.relatedCount = in.number<qint32>();
    s.broken = in.number<quint8>() != 0;
    const auto problems = in.number<quint32>();
    if (!in.ok() || problems > quint64(in.remaining()) / 13)   // each takes 13 bytes at least
        return false;
    for (quint32 i = 0; i < problems && in.ok(); ++i) {
        Problem p;
        const auto severity = in.number<quint8>();
        if (severity > 1)
            return false;
        p.severity = severity == 0 ? Problem::Severity::Error : Problem::Severity::Warning;
        p.line = in.number<qint32>();
        p.column = in.number<qint32>();
        p.message = in.text();
        s.problems.append(p);
    }
    s.searchKey = in.bytes();
    s.fieldKeys = in.shared(bytes);
    s.fieldValues = in.bytes();
    // A record is read to its last byte, or it is not the record written.
    return in.ok() && in.atEnd();
}

// Reads the facet counts into `counts`, or only checks them (with `counts` null: open()
// checks them, takeCounts() reads them). The stories they count go to `stories`.
bool readCounts(Reader &in, TopicIndex::Counts *counts, const QList<QString> &texts, qint32 *stories)
{
    TopicIndex::Counts unused;
    TopicIndex::Counts &into = counts ? *counts : unused;
    for (QHash<QString, int> *names : {&into.topics, &into.providers, &into.categories}) {
        const auto size = in.number<quint32>();
        if (!in.ok() || size > quint64(in.remaining()) / 8)   // an id and a count each
            return false;
        if (counts)
            names->reserve(size);
        for (quint32 i = 0; i < size && in.ok(); ++i) {
            const auto id = in.number<quint32>();
            const auto n = in.number<qint32>();
            if (n <= 0 || (id != NullLength && (id == 0 || id > quint64(texts.size()))))
                return false;
            if (counts)
                names->insert(id == NullLength ? QString() : texts.at(id - 1), n);
        }
    }
    for (int &n : into.published)
        n = in.number<qint32>();
    for (int &n : into.quality)
        n = in.number<qint32>();
    const auto minutes = in.number<quint32>();
    if (!in.ok() || minutes > quint64(in.remaining()) / 12)
        return false;
    for (quint32 i = 0; i < minutes && in.ok(); ++i) {
        const auto minute = in.number<qint64>();
        const auto n = in.number<qint32>();
        if (n <= 0)
            return false;
        if (counts)
            counts->minutes.emplace_hint(counts->minutes.end(), minute, n);
    }
    into.undated = in.number<qint32>();
    *stories = in.number<qint32>();
    into.stories = *stories;
    return in.ok();
}

// What orders the rows (SummarySnapshot::writtenBefore()) before their paths do: the newest
// first, the undated last.
qint64 orderKey(const StorySummary &row)
{
    return row.publishedDateTime.isValid() ? row.publishedDateTime.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

// The rows' indexes in SummarySnapshot::writtenBefore() order, with each key worked out once.
std::vector<qsizetype> newestFirst(const QList<StorySummary> &rows)
{
    std::vector<qint64> keys(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        keys[size_t(i)] = orderKey(rows.at(i));
    std::vector<qsizetype> order(size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (keys[size_t(a)] != keys[size_t(b)])
            return keys[size_t(a)] > keys[size_t(b)];
        return rows.at(a).path < rows.at(b).path;
    });
    return order;
}

// The identity of an open file, as it is now whatever its name leads to since.
FileIdentity identityOf(const QFile &file)
{
    struct stat status;
    if (::fstat(file.handle(), &status) != 0)
        return {};
    return FileIdentity::of(status);
}

bool readExactly(QFile &file, qint64 offset, qint64 size, QByteArray *out)
{
    if (size < 0 || !file.seek(offset))
        return false;
    out->reserve(size);
    HeapPolicy::adviseHugePages(out->data(), size_t(size));   // the table of contents: megabytes
    out->resize(size);
    return file.read(out->data(), size) == size;
}

} // namespace

bool SummarySnapshot::writtenBefore(const StorySummary &a, const StorySummary &b)
{
    const qint64 keyA = orderKey(a);
    const qint64 keyB = orderKey(b);
    return keyA != keyB ? keyA > keyB : a.path < b.path;
}

QString SummarySnapshot::fileFor(const QString &indexFile)
{
    QString file = indexFile;
    if (file.endsWith(QLatin1String(".sqlite")))
        file.chop(7);
    return file + QStringLiteral(".snapshot");
}

bool SummarySnapshot::remove(const QString &file)
{
    return !QFile::exists(file) || QFile::remove(file);
}

bool SummarySnapshot::write(const QString &file, const QString &folder, const QList<StorySummary> &rows,
                            const std::atomic_bool *cancelled)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    const QString prefix = folder + QLatin1Char('/');
    Writer writer;
    writer.data.reserve(FlushBytes + (FlushBytes >> 2));
    writer.data.append(Magic, sizeof Magic);
    writer.number(ByteOrder);
    writer.number(FormatVersion);
    writer.bytes(buildStamp());
    qint64 written = 0;
    const auto flush = [&] {
        const bool ok = out.write(writer.data) == writer.data.size();
        written += writer.data.size();
        writer.data.resize(0);
        return ok;
    };
    Tables tables;
    TopicIndex::Counts counts;
    QList<Block> blocks;
    bool ok = true;
    const std::vector<qsizetype> order = newestFirst(rows);
    QList<RowKey> keys;
    keys.reserve(rows.size());
    for (qsizetype i = 0; ok && i < rows.size(); ++i) {
        const StorySummary &row = rows.at(order[size_t(i)]);
        if (i == 0 || (i >= FirstBlockRows && (i - FirstBlockRows) % BlockRows == 0)) {
            if (cancelled && *cancelled)
                ok = false;
            blocks.append(Block{written + writer.data.size(), 0});
        }
        ++blocks.last().rows;
        const qsizetype start = writer.data.size();
        writer.number(quint32(0));   // the length, once known
        ok = ok && writeRow(writer, row, prefix, tables);
        counts.apply(row, +1);
        keys.append(RowKey{PathIndex::hashOf(row.path, folder), row.identity});
        const qsizetype length = writer.data.size() - start - qsizetype(sizeof(quint32));
        if (length > qsizetype(MaxRecordBytes))
            ok = false;
        const auto recordLength = quint32(length);
        std::memcpy(writer.data.data() + start, &recordLength, sizeof recordLength);
        if (ok && writer.data.size() >= FlushBytes)
            ok = flush();
    }
    const qint64 trailer = written + writer.data.size();
    Writer countsOut;   // first: a name no row holds gets its id before the texts are written
    writeCounts(countsOut, counts, tables.texts);
    writer.number(quint32(tables.texts.values().size()));
    for (const QString &text : tables.texts.values())
        ok = writer.text(text) && ok;
    writer.number(quint32(tables.bytes.values().size()));
    for (const QByteArray &bytes : tables.bytes.values())
        ok = writer.bytes(bytes) && ok;
    writer.data.append(countsOut.data);
    writer.number(quint32(blocks.size()));
    for (const Block &block : std::as_const(blocks)) {
        writer.number(block.offset);
        writer.number(block.rows);
    }
    static_assert(std::is_trivially_copyable_v<RowKey> && sizeof(RowKey) == 32);
    writer.data.append(reinterpret_cast<const char *>(keys.constData()), keys.size() * qsizetype(sizeof(RowKey)));
    writer.number(qint64(rows.size()));
    writer.number(trailer);
    writer.data.append(EndMagic, sizeof EndMagic);
    ok = ok && flush() && !(cancelled && *cancelled);
    if (!ok) {
        out.cancelWriting();
        return false;
    }
    return out.commit();
}

bool SummarySnapshot::open(const QString &file, const QString &folder, StringPool *pool)
{
    *this = SummarySnapshot();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    const qint64 size = in.size();
    QByteArray header;
    const QByteArray stamp = buildStamp();
    const qsizetype headerBytes = qsizetype(sizeof Magic + 3 * sizeof(quint32)) + stamp.size();
    if (size < headerBytes + FooterBytes || !readExactly(in, 0, headerBytes, &header))
        return false;
    Reader head(header.constData(), header.constData() + header.size());
    if (std::memcmp(header.constData(), Magic, sizeof Magic) != 0)
        return false;
    for (std::size_t i = 0; i < sizeof Magic; ++i)
        head.number<char>();
    if (head.number<quint32>() != ByteOrder || head.number<quint32>() != FormatVersion || head.bytes() != stamp || !head.ok())
        return false;
    QByteArray footer;
    if (!readExactly(in, size - FooterBytes, FooterBytes, &footer) || std::memcmp(footer.constData() + 8, EndMagic, sizeof EndMagic) != 0)
        return false;
    qint64 trailerOffset = 0;
    std::memcpy(&trailerOffset, footer.constData(), sizeof trailerOffset);
    QByteArray trailer;
    if (trailerOffset < headerBytes || trailerOffset > size - FooterBytes
        || !readExactly(in, trailerOffset, size - FooterBytes - trailerOffset, &trailer))
        return false;
    Reader toc(trailer.constData(), trailer.constData() + trailer.size());
    const auto texts = toc.number<quint32>();
    for (quint32 i = 0; i < texts && toc.ok(); ++i)
        m_strings.append(pool ? pool->intern(toc.text()) : toc.text());
    const auto bytes = toc.number<quint32>();
    for (quint32 i = 0; i < bytes && toc.ok(); ++i)
        m_bytes.append(pool ? pool->intern(toc.bytes()) : toc.bytes());
    // Only checked: the 100,000 minutes of a big folder are read into a map by takeCounts(),
    // after the first screen shows.
    m_countsAt = trailer.size() - toc.remaining();
    qint32 counted = -1;
    if (!readCounts(toc, nullptr, m_strings, &counted))
        toc.fail();
    const auto blocks = toc.number<quint32>();
    qint64 rows = 0;
    qint64 previous = headerBytes - 1;
    for (quint32 i = 0; i < blocks && toc.ok(); ++i) {
        Block block;
        block.offset = toc.number<qint64>();
        block.rows = toc.number<qint64>();
        // Blocks follow each other between the header and the trailer, none empty.
        if (block.offset <= previous || block.offset >= trailerOffset || block.rows <= 0 || block.rows > BlockRows)
            toc.fail();
        previous = block.offset;
        block.firstRow = rows;
        rows += block.rows;
        m_blocks.append(block);
    }
    if (toc.ok() && rows >= 0 && rows <= (trailer.size() / qsizetype(sizeof(RowKey)))) {
        m_keys.reserve(rows);
        HeapPolicy::adviseHugePages(m_keys.data(), size_t(rows) * sizeof(RowKey));
        m_keys.resize(rows);
        for (RowKey &key : m_keys)
            key = toc.number<RowKey>();
    } else {
        toc.fail();
    }
    const auto rowCount = toc.number<qint64>();
    if (!toc.ok() || !toc.atEnd() || rowCount != rows || counted != rowCount || (m_blocks.isEmpty() ? trailerOffset != headerBytes : m_blocks.first().offset != headerBytes)) {
        *this = SummarySnapshot();
        return false;
    }
    m_trailer = std::move(trailer);
    m_file = file;
    m_opened = identityOf(in);
    m_folder = folder;
    m_prefix = folder + QLatin1Char('/');
    m_rowsEnd = trailerOffset;
    m_rowCount = qsizetype(rowCount);
    return true;
}

TopicIndex::Counts SummarySnapshot::takeCounts()
{
    TopicIndex::Counts counts;
    if (m_trailer.isEmpty())
        return counts;
    Reader in(m_trailer.constData() + m_countsAt, m_trailer.constData() + m_trailer.size());
    qint32 stories = 0;
    readCounts(in, &counts, m_strings, &stories);   // as open() checked them
    m_trailer = {};
    return counts;
}

qsizetype SummarySnapshot::firstRowOf(int block) const
{
    return block < m_blocks.size() ? qsizetype(m_blocks.at(block).firstRow) : m_rowCount;
}

std::optional<QList<StorySummary>> SummarySnapshot::read(int from, int to) const
{
    if (from < 0 || to > m_blocks.size() || from > to)
        return std::nullopt;
    QList<StorySummary> rows(firstRowOf(to) - firstRowOf(from));
    if (!readInto(from, to, rows.data()))
        return std::nullopt;
    return rows;
}

bool SummarySnapshot::readInto(int from, int to, StorySummary *out) const
{
    if (from < 0 || to > m_blocks.size() || from > to)
        return false;
    if (from == to)
        return true;
    QFile file(m_file);
    qint64 at = m_blocks.at(from).offset;
    const qint64 end = to < m_blocks.size() ? m_blocks.at(to).offset : m_rowsEnd;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || identityOf(file) != m_opened || !file.seek(at))
        return false;   // gone, or replaced by another writer since open()
    const qsizetype firstRow = firstRowOf(from);
    const qsizetype expected = firstRowOf(to) - firstRow;
    qsizetype rows = 0;
    QByteArray buffer;
    qsizetype have = 0;   // bytes in the buffer
    qsizetype used = 0;   // of which decoded
    for (;;) {
        qsizetype need = ChunkBytes;   // to go on: a whole record at least
        while (have - used >= qsizetype(sizeof(quint32))) {
            quint32 length = 0;
            std::memcpy(&length, buffer.constData() + used, sizeof length);
            if (length > MaxRecordBytes)
                return false;
            const qsizetype record = qsizetype(sizeof length) + qsizetype(length);
            if (have - used < record) {
                need = qMax(need, record);
                break;
            }
            if (rows == expected)
                return false;
            const char *body = buffer.constData() + used + sizeof length;
            Reader in(body, body + length);
            StorySummary &row = out[rows];
            const RowKey &key = m_keys.at(firstRow + rows);
            if (!readRow(in, row, m_prefix, m_strings, m_bytes) || row.identity != key.identity
                || PathIndex::hashOf(row.path, m_folder) != key.pathHash)
                return false;
            ++rows;
            used += record;
        }
        if (at >= end)
            break;
        const qsizetype tail = have - used;
        std::memmove(buffer.data(), buffer.constData() + used, size_t(tail));
        const qint64 want = qMin(end - at, qint64(need));
        if (buffer.size() < tail + want)
            buffer.resize(tail + want);
        const qint64 got = file.read(buffer.data() + tail, want);
        if (got <= 0)
            return false;
        have = tail + qsizetype(got);
        used = 0;
        at += got;
    }
    return used == have && rows == expected;
}

} // namespace Storydesk
