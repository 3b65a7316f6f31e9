#include "storyindex.h"

#include "searchkey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <atomic>

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

QVariant textOrEmpty(const QString &text)
{
    // Never NULL: the columns are NOT NULL, and an empty QString binds as NULL.
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
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
    bool ok = true;
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
    if (openFile())
        return true;
    // A garbage file, an old schema, a lock held too long: start over with a new file.
    discard(QStringLiteral("it cannot be used"));
    if (openFile())
        return true;
    qWarning("Storydesk: cannot create the story index %s: reading every story instead", qUtf8Printable(m_file));
    discard(QStringLiteral("it cannot be created"));
    return false;
}

bool StoryIndex::openFile()
{
    close();
    m_connection = QStringLiteral("storydesk-index-%1").arg(++connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        qWarning("Storydesk: cannot open the story index %s: %s", qUtf8Printable(m_file),
                 qUtf8Printable(db.lastError().text()));
        return false;
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
        return false;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version == 0) {
        if (!createSchema())
            return false;
    } else if (version != SchemaVersion) {
        qWarning("Storydesk: the story index %s has schema %d, not %d: rebuilding it", qUtf8Printable(m_file), version,
                 SchemaVersion);
        return false;
    }
    m_open = true;
    return true;
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
    // Another process still holding the old file keeps its inode; we start a new one.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_file + suffix);
}

std::optional<QList<StorySummary>> StoryIndex::readAll(int part, int parts)
{
    // Discarded only once the reading's connection handles are gone.
    QString failure;
    std::optional<QList<StorySummary>> rows = readRows(part, parts, &failure);
    if (!failure.isEmpty())
        discard(failure);
    return rows;
}

bool StoryIndex::update(const QList<StorySummary> &stories, const QStringList &removed)
{
    QString failure;
    const bool ok = write(stories, removed, &failure);
    if (!failure.isEmpty())
        discard(failure);
    return ok;
}

std::optional<QList<StorySummary>> StoryIndex::readRows(int part, int parts, QString *failure)
{
    if (!m_open)
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QHash<qint64, QString> texts;
    if (query.exec(QStringLiteral("SELECT id, value FROM text"))) {
        while (query.next())
            texts.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    if (query.lastError().isValid()) {
        *failure = query.lastError().text();
        return std::nullopt;
    }
    query.finish();
    // The rows through SQLite itself: QSqlQuery's QVariant per value costs more than the
    // read, and these are 100,000 rows a folder is waiting for.
    sqlite3 *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
    sqlite3_stmt *statement = nullptr;
    if (!handle || sqlite3_prepare_v2(handle,
                                      "SELECT path, size, mtime_ns, inode, title, excerpt, category, type, provider_name,"
                                      " provider_domain, web_url, image_url, image_width, image_height, provider_logo_url,"
                                      " topics, published_ms, quality, heat, published, related_count, broken, problems, fields"
                                      " FROM story WHERE (coalesce(unicode(substr(path, -4, 1)), 0)"
                                      " + coalesce(unicode(substr(path, -5, 1)), 0) + length(path)) % ?1 = ?2",
                                      -1, &statement, nullptr) != SQLITE_OK) {
        *failure = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no SQLite handle");
        return std::nullopt;
    }
    sqlite3_bind_int(statement, 1, qMax(1, parts));
    sqlite3_bind_int(statement, 2, part);
    const auto text = [statement](int column) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(statement, column)) : QString();
    };
    const auto shared = [statement, &texts](int column) { return texts.value(sqlite3_column_int64(statement, column)); };
    QList<StorySummary> stories;
    const QString prefix = m_folder + QLatin1Char('/');
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        StorySummary s;
        s.path = prefix + text(0);
        s.identity.size = sqlite3_column_int64(statement, 1);
        s.identity.mtimeNs = sqlite3_column_int64(statement, 2);
        s.identity.inode = quint64(sqlite3_column_int64(statement, 3));
        s.title = text(4);
        s.excerpt = text(5);
        s.category = shared(6);
        s.type = shared(7);
        s.providerName = shared(8);
        s.providerDomain = shared(9);
        s.webUrl = text(10);
        s.imageUrl = text(11);
        s.imageWidth = sqlite3_column_int(statement, 12);
        s.imageHeight = sqlite3_column_int(statement, 13);
        s.providerLogoUrl = shared(14);
        const QString topics = text(15);
        if (!topics.isEmpty())
            s.topics = topics.split(FieldSeparator);
        if (sqlite3_column_type(statement, 16) != SQLITE_NULL)
            s.publishedDateTime = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, 16), Qt::UTC);
        s.quality = qint16(sqlite3_column_int(statement, 17));
        s.heat = qint16(sqlite3_column_int(statement, 18));
        s.published = StorySummary::Published(sqlite3_column_int(statement, 19));
        s.relatedCount = sqlite3_column_int(statement, 20);
        s.broken = sqlite3_column_int(statement, 21) != 0;
        if (sqlite3_column_bytes(statement, 22) > 0)
            s.problems = splitProblems(text(22));
        // fieldKeys, a NUL, then fieldValues.
        if (const int size = sqlite3_column_bytes(statement, 23); size > 0) {
            const QByteArrayView fields(static_cast<const char *>(sqlite3_column_blob(statement, 23)), size);
            const qsizetype nul = fields.indexOf('\0');
            s.fieldKeys = (nul < 0 ? fields : fields.first(nul)).toByteArray();
            if (nul >= 0 && nul + 1 < fields.size())
                s.fieldValues = fields.sliced(nul + 1).toByteArray();
        }
        s.searchKey = SearchKey::of(s);
        stories.append(std::move(s));
    }
    const QString error = step == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    if (!error.isEmpty()) {
        *failure = error;
        return std::nullopt;
    }
    return stories;
}

bool StoryIndex::write(const QList<StorySummary> &stories, const QStringList &removed, QString *failure)
{
    if (!m_open)
        return false;
    if (stories.isEmpty() && removed.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // IMMEDIATE: take the write lock now (waiting up to the busy timeout), not halfway.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *failure = QStringLiteral("locked for too long: ") + query.lastError().text();
        return false;
    }
    m_textIds.clear();
    bool ok = true;
    if (!removed.isEmpty()) {
        ok = query.prepare(QStringLiteral("DELETE FROM story WHERE path = ?"));
        for (qsizetype i = 0; ok && i < removed.size(); ++i) {
            query.bindValue(0, relativePath(removed.at(i)));
            ok = query.exec();
        }
    }
    if (ok && !stories.isEmpty()) {
        // Every string id the stories need first, so the story statement stays prepared.
        for (qsizetype i = 0; ok && i < stories.size(); ++i) {
            const StorySummary &s = stories.at(i);
            for (const QString *text : {&s.category, &s.type, &s.providerName, &s.providerDomain, &s.providerLogoUrl})
                ok = textId(*text) >= 0;
        }
    }
    if (ok && !stories.isEmpty()) {
        ok = query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO story (path, size, mtime_ns, inode, title, excerpt, category, type, provider_name,"
            " provider_domain, web_url, image_url, image_width, image_height, provider_logo_url, topics, published_ms,"
            " quality, heat, published, related_count, broken, problems, fields)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; ok && i < stories.size(); ++i) {
            const StorySummary &s = stories.at(i);
            if (!s.identity.isValid())
                continue; // gone while read: nothing to remember
            query.bindValue(0, relativePath(s.path));
            query.bindValue(1, s.identity.size);
            query.bindValue(2, s.identity.mtimeNs);
            query.bindValue(3, qint64(s.identity.inode));
            query.bindValue(4, textOrEmpty(s.title));
            query.bindValue(5, textOrEmpty(s.excerpt));
            query.bindValue(6, textId(s.category));
            query.bindValue(7, textId(s.type));
            query.bindValue(8, textId(s.providerName));
            query.bindValue(9, textId(s.providerDomain));
            query.bindValue(10, textOrEmpty(s.webUrl));
            query.bindValue(11, textOrEmpty(s.imageUrl));
            query.bindValue(12, s.imageWidth);
            query.bindValue(13, s.imageHeight);
            query.bindValue(14, textId(s.providerLogoUrl));
            query.bindValue(15, textOrEmpty(s.topics.join(FieldSeparator)));
            query.bindValue(16, s.publishedDateTime.isValid() ? QVariant(s.publishedDateTime.toMSecsSinceEpoch())
                                                              : QVariant(QMetaType(QMetaType::LongLong)));
            query.bindValue(17, int(s.quality));
            query.bindValue(18, int(s.heat));
            query.bindValue(19, int(s.published));
            query.bindValue(20, s.relatedCount);
            query.bindValue(21, s.broken ? 1 : 0);
            query.bindValue(22, textOrEmpty(joinProblems(s.problems)));
            query.bindValue(23, s.fieldValues.isEmpty() ? (s.fieldKeys.isNull() ? QByteArray("") : s.fieldKeys)
                                                        : s.fieldKeys + '\0' + s.fieldValues);
            ok = query.exec();
        }
    }
    if (ok)
        ok = query.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        const QString error = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        *failure = error;
    }
    return ok;
}

qint64 StoryIndex::textId(const QString &text)
{
    const auto it = m_textIds.constFind(text);
    if (it != m_textIds.cend())
        return *it;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO text (value) VALUES (?)"));
    query.bindValue(0, textOrEmpty(text));
    if (!query.exec())
        return -1;
    query.prepare(QStringLiteral("SELECT id FROM text WHERE value = ?"));
    query.bindValue(0, textOrEmpty(text));
    if (!query.exec() || !query.next())
        return -1;
    const qint64 id = query.value(0).toLongLong();
    m_textIds.insert(text, id);
    return id;
}

bool StoryIndex::clear()
{
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("DELETE FROM story"));
}

} // namespace Storydesk
