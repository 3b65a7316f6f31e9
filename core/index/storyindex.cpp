#include "storyindex.h"

#include "searchkey.h"
#include "summarysnapshot.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cstring>

#include <sqlite3.h>

namespace Storydesk {

namespace {

// How long a write waits for another process (a second window, the CLI) to finish its
// own before the index is given up on.
constexpr int BusyTimeoutMs = 5000;
// Separators inside the joined columns: control characters no story text contains.
constexpr QChar FieldSeparator(0x1f);
constexpr QChar RecordSeparator(0x1e);

QMutex directoryMutex;
QString directoryOverride;

std::atomic_uint64_t connectionCounter{0};

QString joinProblems(const Problems &problems)
{
    QStringList records;
    records.reserve(problems.size());
    for (const Problem &p : problems) {
        records.append((p.isError() ? QStringLiteral("E") : QStringLiteral("W")) + FieldSeparator + QString::number(p.line)
                       + FieldSeparator + QString::number(p.column) + FieldSeparator + p.message);
    }
    return records.join(RecordSeparator);
}

Problems splitProblems(const QString &text)
{
    Problems problems;
    if (text.isEmpty())
        return problems;
    const QStringList records = text.split(RecordSeparator);
    for (const QString &record : records) {
        const QStringList fields = record.split(FieldSeparator);
        if (fields.size() < 4)
            continue;
        Problem p;
        p.severity = fields.at(0) == QLatin1String("W") ? Problem::Severity::Warning : Problem::Severity::Error;
        p.line = fields.at(1).toInt();
        p.column = fields.at(2).toInt();
        p.message = fields.mid(3).join(FieldSeparator);
        problems.append(p);
    }
    return problems;
}

bool isBusy(const QSqlError &error)
{
    // SQLITE_BUSY and SQLITE_LOCKED, as the driver reports them.
    return error.nativeErrorCode() == QLatin1String("5") || error.nativeErrorCode() == QLatin1String("6");
}

// Updates larger than this go in as a bulk write, in batches of this size.
constexpr qsizetype BulkThreshold = 2000;
// The value of the `writing` state while a bulk write is under way.
constexpr int Writing = 1;

sqlite3 *handleOf(const QString &connection)
{
    const QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!db.isOpen() || !db.driver())
        return nullptr;
    return *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
}

// A prepared statement, finalized however the scope is left.
class Statement
{
public:
    Statement(sqlite3 *handle, const char *sql)
    {
        if (!handle || sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(Statement)
    sqlite3_stmt *get() const { return m_statement; }
    explicit operator bool() const { return m_statement != nullptr; }
    // Binds as UTF-8; never NULL (the columns are NOT NULL), so a null QString binds as "".
    void bindText(int column, const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        sqlite3_bind_text(m_statement, column, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    // The same for text already held as UTF-8: the same bytes in the same column.
    void bindText(int column, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_statement, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    // Runs a statement that returns no rows, ready to be bound again.
    bool run()
    {
        const int step = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return step == SQLITE_DONE || step == SQLITE_ROW;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

// The columns of a story row, as both reads select them.
constexpr const char *StoryColumns = "path, size, mtime_ns, inode, title, excerpt, category, type, provider_name,"
                                     " provider_domain, web_url, image_url, image_width, image_height, provider_logo_url,"
                                     " topics, published_ms, quality, heat, published, related_count, broken, problems, fields";

QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(statement, column)) : QString();
}

// A text column as the UTF-8 bytes it holds, for the fields StorySummary keeps as bytes.
QByteArray columnUtf8(sqlite3_stmt *statement, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return bytes ? QByteArray(bytes, sqlite3_column_bytes(statement, column)) : QByteArray();
}

// The shared texts of the `text` table by id, also as UTF-8 for the shared column
// StorySummary keeps as bytes (the provider's logo URL). A few thousand at most.
struct SharedTexts
{
    QHash<qint64, QString> strings;
    QHash<qint64, QByteArray> utf8;
    void insert(qint64 id, const QString &text)
    {
        strings.insert(id, text);
        utf8.insert(id, text.toUtf8());
    }
};

FileIdentity identityOf(sqlite3_stmt *statement)
{
    FileIdentity identity;
    identity.size = sqlite3_column_int64(statement, 1);
    identity.mtimeNs = sqlite3_column_int64(statement, 2);
    identity.inode = quint64(sqlite3_column_int64(statement, 3));
    return identity;
}

bool readSharedTexts(const QString &connection, SharedTexts *texts, QString *failure)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, value FROM text"))) {
        while (query.next())
            texts->insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    if (query.lastError().isValid()) {
        *failure = query.lastError().text();
        return false;
    }
    return true;
}

// The summary of the row `statement` is on (StoryColumns), under `prefix`.
StorySummary summaryOf(sqlite3_stmt *statement, const SharedTexts &texts, const QString &path, bool searchKey)
{
    const auto shared = [statement, &texts](int column) { return texts.strings.value(sqlite3_column_int64(statement, column)); };
    StorySummary s;
    s.path = path;
    s.identity = identityOf(statement);
    s.title = columnText(statement, 4);
    s.excerpt = columnUtf8(statement, 5);
    s.category = shared(6);
    s.type = shared(7);
    s.providerName = shared(8);
    s.providerDomain = shared(9);
    s.webUrl = columnUtf8(statement, 10);
    s.imageUrl = columnUtf8(statement, 11);
    s.imageWidth = sqlite3_column_int(statement, 12);
    s.imageHeight = sqlite3_column_int(statement, 13);
    s.providerLogoUrl = texts.utf8.value(sqlite3_column_int64(statement, 14));
    // Split as UTF-8: one string a topic, not one more for the column.
    const char *topics = reinterpret_cast<const char *>(sqlite3_column_text(statement, 15));
    const qsizetype topicBytes = sqlite3_column_bytes(statement, 15);
    for (qsizetype at = 0; topics && topicBytes > 0 && at <= topicBytes;) {
        const void *separator = std::memchr(topics + at, char(FieldSeparator.unicode()), size_t(topicBytes - at));
        const qsizetype end = separator ? static_cast<const char *>(separator) - topics : topicBytes;
        s.topics.append(QString::fromUtf8(topics + at, end - at));
        at = end + 1;
    }
    if (sqlite3_column_type(statement, 16) != SQLITE_NULL)
        s.publishedDateTime = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, 16), Qt::UTC);
    s.quality = qint16(sqlite3_column_int(statement, 17));
    s.heat = qint16(sqlite3_column_int(statement, 18));
    s.published = StorySummary::Published(sqlite3_column_int(statement, 19));
    s.relatedCount = sqlite3_column_int(statement, 20);
    s.broken = sqlite3_column_int(statement, 21) != 0;
    if (sqlite3_column_bytes(statement, 22) > 0)
        s.problems = splitProblems(columnText(statement, 22));
    // fieldKeys, a NUL, then fieldValues.
    if (const int size = sqlite3_column_bytes(statement, 23); size > 0) {
        const QByteArrayView fields(static_cast<const char *>(sqlite3_column_blob(statement, 23)), size);
        const qsizetype nul = fields.indexOf('\0');
        s.fieldKeys = (nul < 0 ? fields : fields.first(nul)).toByteArray();
        if (nul >= 0 && nul + 1 < fields.size())
            s.fieldValues = fields.sliced(nul + 1).toByteArray();
    }
    if (searchKey)
        s.searchKey = SearchKey::of(s);
    return s;
}

} // namespace

StoryIndex::StoryIndex(const QString &folder, const QByteArray &fieldsKey)
    : m_folder(QDir::cleanPath(folder))
    , m_file(fileFor(m_folder, fieldsKey))
{
}

StoryIndex::~StoryIndex()
{
    close();
}

void StoryIndex::setDirectory(const QString &directory)
{
    const QMutexLocker locker(&directoryMutex);
    directoryOverride = directory;
}

QString StoryIndex::directory()
{
    {
        const QMutexLocker locker(&directoryMutex);
        if (!directoryOverride.isEmpty())
            return directoryOverride;
    }
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/index");
}

QString StoryIndex::fileFor(const QString &folder, const QByteArray &fieldsKey)
{
    // The canonical path, so a folder opened through a link shares its index.
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    QString key = canonical.isEmpty() ? QDir::cleanPath(folder) : canonical;
    // Summaries read by another field map are other summaries: one index a map.
    if (!fieldsKey.isEmpty())
        key += QLatin1Char('\n') + QString::fromUtf8(fieldsKey);
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    // The index keeps each story's problem texts in the language they were read in: one
    // index a language, so a German window never lists English problems from an index the
    // CLI (English, no catalogue) filled, nor the other way round.
    const QString language = QCoreApplication::translate("Storydesk::StoryIndex", "en",
                                                         "the language code of this catalogue: the index file of each folder is kept per language");
    const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    return directory() + QStringLiteral("/") + QString::fromLatin1(hash) + suffix + QStringLiteral(".sqlite");
}

bool StoryIndex::remove(const QString &folder, const QByteArray &fieldsKey)
{
    const QString file = fileFor(folder, fieldsKey);
    bool ok = SummarySnapshot::remove(SummarySnapshot::fileFor(file));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(file + suffix))
            ok = QFile::remove(file + suffix) && ok;
    }
    return ok;
}

QString StoryIndex::relativePath(const QString &path) const
{
    return path.mid(m_folder.size() + 1);
}

bool StoryIndex::open()
{
    const QString dir = QFileInfo(m_file).absolutePath();
    if (!QDir().mkpath(dir) || !QFileInfo(dir).isWritable()) {
        qWarning("Storydesk: no writable cache directory for the story index (%s): reading every story instead",
                 qUtf8Printable(dir));
        return false;
    }
    const OpenResult result = openFile();
    if (result == OpenResult::Opened)
        return true;
    // A garbage file, an old schema, a lock held too long, a bulk write cut short: start
    // over with a new file.
    discard(result == OpenResult::HalfWritten ? QStringLiteral("a write into it was cut short")
                                              : QStringLiteral("it cannot be used"));
    if (openFile() == OpenResult::Opened)
        return true;
    qWarning("Storydesk: cannot create the story index %s: reading every story instead", qUtf8Printable(m_file));
    discard(QStringLiteral("it cannot be created"));
    return false;
}

StoryIndex::OpenResult StoryIndex::openFile()
{
    close();
    m_connection = QStringLiteral("storydesk-index-%1").arg(++connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        qWarning("Storydesk: cannot open the story index %s: %s", qUtf8Printable(m_file),
                 qUtf8Printable(db.lastError().text()));
        return OpenResult::Unusable;
    }
    QSqlQuery query(db);
    // Switching a new file to WAL while another process creates it can report "locked"
    // without waiting for the busy timeout: wait here, as the timeout would.
    QElapsedTimer waited;
    waited.start();
    bool ready = false;
    while (!(ready = query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
                     && query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
           && isBusy(query.lastError()) && waited.elapsed() < BusyTimeoutMs) {
        query.finish();
        QThread::msleep(20);
    }
    if (!ready) {
        qWarning("Storydesk: the story index %s is unreadable: %s", qUtf8Printable(m_file),
                 qUtf8Printable(query.lastError().text()));
        return OpenResult::Unusable;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version == 0) {
        SummarySnapshot::remove(SummarySnapshot::fileFor(m_file));   // one left from an index deleted by hand
        if (!createSchema())
            return OpenResult::Unusable;
    } else if (version != SchemaVersion) {
        qWarning("Storydesk: the story index %s has schema %d, not %d: rebuilding it", qUtf8Printable(m_file), version,
                 SchemaVersion);
        return OpenResult::Unusable;
    }
    // A bulk write that left its mark and whose writer is gone (no process holds its lock)
    // was cut short: its rows may be torn by a crash of the system (it did not wait for the
    // disk), so the file is not trusted. A live writer's rows are consistent: read them.
    if (query.exec(QStringLiteral("SELECT value FROM state WHERE key = 'writing'")) && query.next()
        && query.value(0).toInt() == Writing) {
        query.finish();
        QLockFile lock(lockFileName());
        lock.setStaleLockTime(0);   // only a dead writer's lock is stale, however long it writes
        if (lock.tryLock(0)) {
            qWarning("Storydesk: the story index %s was being written when its writer stopped: rebuilding it",
                     qUtf8Printable(m_file));
            return OpenResult::HalfWritten;
        }
    }
    query.finish();
    // readNewest() reads a reopened folder's first screen: with this index, its 256 rows
    // (about 1 ms for 100,000 stories) instead of a pass over every row (about 50 ms),
    // before which no row shows. Files made before it get it here, once (a third of a
    // second for 100,000 stories); without it (the file busy), readNewest() still works.
    if (query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'story_newest'")) && !query.next()) {
        query.finish();
        query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS story_newest ON story (published_ms DESC, path)"));
    }
    query.finish();
    m_open = true;
    return OpenResult::Opened;
}

bool StoryIndex::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // Another process may be creating it at the same moment: IF NOT EXISTS, in one transaction.
    const bool ok = query.exec(QStringLiteral("BEGIN IMMEDIATE"))
        && query.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS story ("
            " path TEXT PRIMARY KEY NOT NULL,"   // relative to the folder
            " size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, inode INTEGER NOT NULL,"
            " title TEXT NOT NULL, excerpt TEXT NOT NULL, category INTEGER NOT NULL, type INTEGER NOT NULL,"
            " provider_name INTEGER NOT NULL, provider_domain INTEGER NOT NULL, web_url TEXT NOT NULL,"
            " image_url TEXT NOT NULL, image_width INTEGER NOT NULL, image_height INTEGER NOT NULL,"
            " provider_logo_url INTEGER NOT NULL, topics TEXT NOT NULL, published_ms INTEGER,"
            " quality INTEGER NOT NULL, heat INTEGER NOT NULL, published INTEGER NOT NULL,"
            " related_count INTEGER NOT NULL, broken INTEGER NOT NULL, problems TEXT NOT NULL,"
            " fields BLOB NOT NULL"              // StorySummary::fieldKeys NUL fieldValues (field:KEY)
            ") WITHOUT ROWID"))
        // The strings a folder repeats (category, type, provider name, domain and logo) once
        // each: a provider's logo address alone would be a sixth of the file.
        && query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS text (id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE)"))
        // `writing`: a bulk write is under way (see beginBulkWrite()).
        && query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL)"))
        && query.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)) && query.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        qWarning("Storydesk: cannot create the story index %s: %s", qUtf8Printable(m_file),
                 qUtf8Printable(query.lastError().text()));
        query.exec(QStringLiteral("ROLLBACK"));
    }
    return ok;
}

void StoryIndex::close()
{
    // A bulk write not ended keeps its mark: the next open() treats it as cut short.
    m_bulkLock.reset();
    m_textIds.clear();   // a file opened again may be a new one
    m_open = false;
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

void StoryIndex::discard(const QString &why)
{
    close();
    qWarning("Storydesk: discarding the story index %s (%s)", qUtf8Printable(m_file), qUtf8Printable(why));
    // Another process still holding the old file keeps its inode; we start a new one. Its
    // snapshot goes too: what is rebuilt starts from the files.
    SummarySnapshot::remove(SummarySnapshot::fileFor(m_file));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_file + suffix);
}

std::optional<QList<StorySummary>> StoryIndex::readAll(int part, int parts, const Prepare &prepare)
{
    // Discarded only once the reading's connection handles are gone.
    QString failure;
    std::optional<QList<StorySummary>> rows = readRows(part, parts, 0, prepare, &failure);
    if (!failure.isEmpty())
        discard(failure);
    return rows;
}

std::optional<QList<StorySummary>> StoryIndex::readNewest(int count, const Prepare &prepare)
{
    QString failure;
    std::optional<QList<StorySummary>> rows = readRows(0, 1, qMax(1, count), prepare, &failure);
    if (!failure.isEmpty())
        discard(failure);
    return rows;
}

std::optional<QList<StorySummary>> StoryIndex::readPaths(const QStringList &paths, const Prepare &prepare)
{
    if (!m_open)
        return std::nullopt;
    QString failure;
    SharedTexts texts;
    QList<StorySummary> rows;
    if (readSharedTexts(m_connection, &texts, &failure)) {
        const QByteArray sql = QByteArray("SELECT ") + StoryColumns + " FROM story WHERE path = ?1";
        Statement select(handleOf(m_connection), sql.constData());
        if (!select)
            failure = QStringLiteral("cannot look stories up");
        for (const QString &path : paths) {
            if (!failure.isEmpty())
                break;
            select.bindText(1, relativePath(path));
            const int step = sqlite3_step(select.get());
            if (step == SQLITE_ROW) {
                rows.append(summaryOf(select.get(), texts, path, true));
                if (prepare)
                    prepare(&rows.last());
            } else if (step != SQLITE_DONE) {
                failure = QString::fromUtf8(sqlite3_errmsg(handleOf(m_connection)));
            }
            sqlite3_reset(select.get());
        }
    }
    if (!failure.isEmpty()) {
        discard(failure);
        return std::nullopt;
    }
    return rows;
}

bool StoryIndex::update(const QList<StorySummary> &stories, const QStringList &removed)
{
    if (stories.size() + removed.size() <= BulkThreshold || m_bulkLock)
        return writeBatch(stories, removed);
    // A folder's first load: batches, so that another process's write never waits long.
    if (!beginBulkWrite())
        return false;
    bool ok = writeBatch({}, removed);
    for (qsizetype from = 0; ok && from < stories.size(); from += BulkThreshold)
        ok = writeBatch(stories.mid(from, BulkThreshold), {});
    return endBulkWrite() && ok;
}

std::optional<QList<StorySummary>> StoryIndex::readRows(int part, int parts, int newest, const Prepare &prepare, QString *failure)
{
    if (!m_open)
        return std::nullopt;
    SharedTexts texts;
    if (!readSharedTexts(m_connection, &texts, failure))
        return std::nullopt;
    // The rows through SQLite itself: QSqlQuery's QVariant per value costs more than the
    // read, and these are 100,000 rows a folder is waiting for.
    sqlite3 *handle = handleOf(m_connection);
    sqlite3_stmt *statement = nullptr;
    QByteArray sql = QByteArray("SELECT ") + StoryColumns + " FROM story";
    // The newest: one pass over the table keeping the top `newest` (no sort of all rows).
    sql += newest > 0 ? " ORDER BY published_ms DESC, path LIMIT ?1"
                      : " WHERE (coalesce(unicode(substr(path, -4, 1)), 0)"
                        " + coalesce(unicode(substr(path, -5, 1)), 0) + length(path)) % ?1 = ?2";
    if (!handle || sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        *failure = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no SQLite handle");
        return std::nullopt;
    }
    if (newest > 0) {
        sqlite3_bind_int(statement, 1, newest);
    } else {
        sqlite3_bind_int(statement, 1, qMax(1, parts));
        sqlite3_bind_int(statement, 2, part);
    }
    QList<StorySummary> stories;
    const QString prefix = m_folder + QLatin1Char('/');
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        StorySummary summary = summaryOf(statement, texts, prefix + columnText(statement, 0), true);
        if (prepare)
            prepare(&summary);
        stories.append(std::move(summary));
    }
    const QString error = step == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    if (!error.isEmpty()) {
        *failure = error;
        return std::nullopt;
    }
    return stories;
}

bool StoryIndex::readInPathOrder(const RowVisitor &visit, RowParts parts)
{
    if (parts.testFlag(RowPart::SearchKey))
        parts = allRowParts();
    // A part left out is selected as NULL: SQLite copies nothing, and the columns keep
    // their places for summaryOf().
    const QByteArray columns = QByteArray(StoryColumns)
                                   .replace(" excerpt,", parts.testFlag(RowPart::Excerpt) ? " excerpt," : " NULL,")
                                   .replace(" web_url, image_url,", parts.testFlag(RowPart::Links) ? " web_url, image_url," : " NULL, NULL,")
                                   .replace(" fields", parts.testFlag(RowPart::FieldValues) ? " fields" : " NULL");
    const bool searchKeys = parts.testFlag(RowPart::SearchKey);
    if (!m_open)
        return false;
    QString failure;
    {
        sqlite3 *handle = handleOf(m_connection);
        SharedTexts texts;
        {
            Statement read(handle, "SELECT id, value FROM text");
            int step = SQLITE_ROW;
            while (read && (step = sqlite3_step(read.get())) == SQLITE_ROW)
                texts.insert(sqlite3_column_int64(read.get(), 0), columnText(read.get(), 1));
            if (!read || step != SQLITE_DONE)
                failure = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no SQLite handle");
        }
        // The primary key's order: SQLite walks its tree, nothing is sorted or held.
        const QByteArray sql = "SELECT " + columns + " FROM story ORDER BY path";
        Statement rows(handle, sql.constData());
        if (failure.isEmpty() && !rows)
            failure = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no SQLite handle");
        if (failure.isEmpty()) {
            sqlite3_stmt *statement = rows.get();
            const QString prefix = m_folder + QLatin1Char('/');
            int step = SQLITE_ROW;
            while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
                // The summary shares the path: one string a row, not two.
                const QString path = prefix + columnText(statement, 0);
                visit(path, identityOf(statement), [&] { return summaryOf(statement, texts, path, searchKeys); });
            }
            if (step != SQLITE_DONE)
                failure = QString::fromUtf8(sqlite3_errmsg(handle));
        }
    }
    if (!failure.isEmpty())
        discard(failure);
    return failure.isEmpty();
}

bool StoryIndex::pathLess(QStringView a, QStringView b)
{
    // UTF-16 code units compare as code points except where a surrogate meets a unit of
    // U+E000..U+FFFF: surrogates (supplementary characters) must then sort last.
    const auto [ia, ib] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    if (ia == a.end() || ib == b.end())
        return ia == a.end() && ib != b.end();
    const auto rank = [](char16_t c) { return c >= 0xe000 ? char16_t(c - 0x800) : c >= 0xd800 ? char16_t(c + 0x2000) : c; };
    return rank(ia->unicode()) < rank(ib->unicode());
}

bool StoryIndex::exec(const char *sql, QString *failure)
{
    sqlite3 *handle = handleOf(m_connection);
    char *message = nullptr;
    if (handle && sqlite3_exec(handle, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (failure)
        *failure = message ? QString::fromUtf8(message) : QStringLiteral("no SQLite handle");
    sqlite3_free(message);
    return false;
}

QString StoryIndex::lockFileName() const
{
    return m_file + QStringLiteral(".writing");
}

bool StoryIndex::beginBulkWrite()
{
    if (!m_open)
        return false;
    if (m_bulkLock)
        return true;
    auto lock = std::make_unique<QLockFile>(lockFileName());
    lock->setStaleLockTime(0);
    if (!lock->tryLock(BusyTimeoutMs)) {
        qWarning("Storydesk: another process is writing the story index %s: not updating it", qUtf8Printable(m_file));
        return false;
    }
    // The mark is made durable before anything is written without waiting for the disk;
    // no checkpoint runs meanwhile on this connection (one without waiting could leave the
    // file torn while the write-ahead log is already reused).
    QString failure;
    const bool ok = exec("PRAGMA synchronous=FULL", &failure) && exec("PRAGMA wal_autocheckpoint=0", &failure)
        && exec("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL)", &failure)
        && exec("INSERT OR REPLACE INTO state (key, value) VALUES ('writing', 1)", &failure)
        && exec("PRAGMA synchronous=OFF", &failure);
    if (!ok) {
        qWarning("Storydesk: cannot write the story index %s: %s", qUtf8Printable(m_file), qUtf8Printable(failure));
        return false;
    }
    m_bulkLock = std::move(lock);
    return true;
}

bool StoryIndex::endBulkWrite()
{
    if (!m_bulkLock)
        return false;
    // Clearing the mark with FULL syncs the log, and every batch before it with it.
    QString failure;
    const bool ok = exec("PRAGMA synchronous=FULL", &failure)
        && exec("INSERT OR REPLACE INTO state (key, value) VALUES ('writing', 0)", &failure)
        && exec("PRAGMA wal_checkpoint(PASSIVE)", &failure) && exec("PRAGMA wal_autocheckpoint=1000", &failure)
        && exec("PRAGMA synchronous=NORMAL", &failure);
    m_bulkLock.reset();
    if (!ok)
        discard(failure);
    return ok;
}

bool StoryIndex::writeBatch(const QList<StorySummary> &stories, const QStringList &removed)
{
    QString failure;
    const bool ok = write(stories, removed, &failure);
    if (!failure.isEmpty())
        discard(failure);
    return ok;
}

bool StoryIndex::write(const QList<StorySummary> &stories, const QStringList &removed, QString *failure)
{
    if (!m_open)
        return false;
    if (stories.isEmpty() && removed.isEmpty())
        return true;
    sqlite3 *handle = handleOf(m_connection);
    // IMMEDIATE: take the write lock now (waiting up to the busy timeout), not halfway.
    if (!exec("BEGIN IMMEDIATE", failure)) {
        *failure = QStringLiteral("locked for too long: ") + *failure;
        return false;
    }
    // Statements prepared once per batch, bound through SQLite itself: a QVariant per value
    // cost more than the insert.
    bool ok = true;
    {
        Statement remove(handle, "DELETE FROM story WHERE path = ?1");
        ok = bool(remove);
        for (qsizetype i = 0; ok && i < removed.size(); ++i) {
            remove.bindText(1, relativePath(removed.at(i)));
            ok = remove.run();
        }
        Statement insert(handle,
                         "INSERT OR REPLACE INTO story (path, size, mtime_ns, inode, title, excerpt, category, type, provider_name,"
                         " provider_domain, web_url, image_url, image_width, image_height, provider_logo_url, topics, published_ms,"
                         " quality, heat, published, related_count, broken, problems, fields)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)");
        ok = ok && insert;
        for (qsizetype i = 0; ok && i < stories.size(); ++i) {
            const StorySummary &s = stories.at(i);
            if (!s.identity.isValid())
                continue; // gone while read: nothing to remember
            qint64 ids[5];
            const QString logoUrl = QString::fromUtf8(s.providerLogoUrl);
            const QString *shared[5] = {&s.category, &s.type, &s.providerName, &s.providerDomain, &logoUrl};
            for (int t = 0; ok && t < 5; ++t)
                ok = (ids[t] = textId(*shared[t])) >= 0;
            if (!ok)
                break;
            sqlite3_stmt *st = insert.get();
            insert.bindText(1, relativePath(s.path));
            sqlite3_bind_int64(st, 2, s.identity.size);
            sqlite3_bind_int64(st, 3, s.identity.mtimeNs);
            sqlite3_bind_int64(st, 4, qint64(s.identity.inode));
            insert.bindText(5, s.title);
            insert.bindText(6, s.excerpt);
            sqlite3_bind_int64(st, 7, ids[0]);
            sqlite3_bind_int64(st, 8, ids[1]);
            sqlite3_bind_int64(st, 9, ids[2]);
            sqlite3_bind_int64(st, 10, ids[3]);
            insert.bindText(11, s.webUrl);
            insert.bindText(12, s.imageUrl);
            sqlite3_bind_int(st, 13, s.imageWidth);
            sqlite3_bind_int(st, 14, s.imageHeight);
            sqlite3_bind_int64(st, 15, ids[4]);
            insert.bindText(16, s.topics.join(FieldSeparator));
            if (s.publishedDateTime.isValid())
                sqlite3_bind_int64(st, 17, s.publishedDateTime.toMSecsSinceEpoch());
            else
                sqlite3_bind_null(st, 17);
            sqlite3_bind_int(st, 18, s.quality);
            sqlite3_bind_int(st, 19, s.heat);
            sqlite3_bind_int(st, 20, int(s.published));
            sqlite3_bind_int(st, 21, s.relatedCount);
            sqlite3_bind_int(st, 22, s.broken ? 1 : 0);
            insert.bindText(23, joinProblems(s.problems));
            const QByteArray fields = s.fieldValues.isEmpty() ? s.fieldKeys : s.fieldKeys + '\0' + s.fieldValues;
            sqlite3_bind_blob(st, 24, fields.constData(), int(fields.size()), SQLITE_TRANSIENT);
            ok = insert.run();
        }
    }
    if (ok)
        ok = exec("COMMIT", failure);
    else
        *failure = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no SQLite handle");
    if (!ok) {
        exec("ROLLBACK", nullptr);
        m_textIds.clear(); // ids inserted in the rolled back transaction are gone
    }
    return ok;
}

qint64 StoryIndex::textId(const QString &text)
{
    const auto it = m_textIds.constFind(text);
    if (it != m_textIds.cend())
        return *it;
    sqlite3 *handle = handleOf(m_connection);
    Statement insert(handle, "INSERT OR IGNORE INTO text (value) VALUES (?1)");
    Statement select(handle, "SELECT id FROM text WHERE value = ?1");
    if (!insert || !select)
        return -1;
    insert.bindText(1, text);
    select.bindText(1, text);
    if (!insert.run() || sqlite3_step(select.get()) != SQLITE_ROW)
        return -1;
    const qint64 id = sqlite3_column_int64(select.get(), 0);
    m_textIds.insert(text, id);
    return id;
}

bool StoryIndex::clear()
{
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("DELETE FROM story")) && SummarySnapshot::remove(SummarySnapshot::fileFor(m_file));
}

} // namespace Storydesk
