#pragma once

#include "fieldmap.h"
#include "storysummary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace Storydesk {

// The persistent index of one folder: every story's summary (never its body) with the
// identity of the file it was read from, in an SQLite file in the cache directory, so a
// folder reopens with its rows at once and only files changed since are parsed again.
// One object is one connection, used from the thread that opened it only. A corrupt,
// old-schema or long-locked index is discarded and rebuilt: the index is a cache, never
// an error for the user. Large writes mark the index as being written until they end, so
// one cut short (a crash, a kill) is noticed at the next open() and rebuilt.
class StoryIndex
{
public:
    // Bumped whenever the table or the meaning of a column changes.
    // 3: published follows YAML 1.2 (yes/no and quoted values are problems); duplicate keys.
    // 4: the top-level keys and short values (field:KEY queries).
    static constexpr int SchemaVersion = 4;

    // `fieldsKey`: the fingerprint of the field map the summaries are read with; empty for
    // the story format (FieldMap::fingerprint(), see StoryStore).
    explicit StoryIndex(const QString &folder, const QByteArray &fieldsKey = {});
    ~StoryIndex();
    Q_DISABLE_COPY_MOVE(StoryIndex)

    // Where index files go: `directory` instead of the cache location (empty: the default).
    // For tests, and for setups that keep caches elsewhere.
    static void setDirectory(const QString &directory);
    static QString directory();
    // The index file of `folder` (an absolute path).
    static QString fileFor(const QString &folder, const QByteArray &fieldsKey = {});
    // The `fieldsKey` of the summaries read with `map`: none for the story format, whose
    // index file stays the one it always was.
    static QByteArray fieldsKeyOf(const FieldMap &map) { return map.isStoryFormat() ? QByteArray() : map.fingerprint(); }
    // Deletes the index of `folder`, if any; true when none remains.
    static bool remove(const QString &folder, const QByteArray &fieldsKey = {});

    // Opens (creating or rebuilding as needed). False, with a warning in the log, when no
    // index can be used at all (no writable cache directory): callers parse everything.
    bool open();
    bool isOpen() const { return m_open; }
    QString file() const { return m_file; }

    // Every indexed story, with its absolute path; nullopt when the index cannot be read
    // (it is then discarded, and empty when open() is called again).
    // Only part `part` of `parts` (stories split by path), so threads can share the work.
    // `prepare`, if any, is applied to each row as soon as it is read (the store interns its
    // repeated strings there: what it replaces is freed before the next row is allocated,
    // instead of leaving 100,000 freed blocks between the rows that memory cannot give back).
    using Prepare = std::function<void(StorySummary *summary)>;
    std::optional<QList<StorySummary>> readAll(int part = 0, int parts = 1, const Prepare &prepare = {});
    // The `count` most recently published stories (undated last, then by path): a reopened
    // folder's first screen, since the table opens newest first. Fails as readAll() does.
    std::optional<QList<StorySummary>> readNewest(int count, const Prepare &prepare = {});
    // The rows of those of `paths` (absolute) it holds, in that order; fails as readAll() does.
    std::optional<QList<StorySummary>> readPaths(const QStringList &paths, const Prepare &prepare = {});
    // What of a row readInPathOrder() builds beyond what every summary from it holds (path,
    // identity, title, category, type, provider, date, numbers, topics, problems): each is
    // a copy a row, which a listing that prints none of them need not pay for. A search key
    // is built from all the rest, so it brings them all.
    enum class RowPart { Excerpt = 0x1, Links = 0x2 /* web and image URLs */, FieldValues = 0x4, SearchKey = 0x8 };
    Q_DECLARE_FLAGS(RowParts, RowPart)
    static RowParts allRowParts() { return RowParts(RowPart::Excerpt) | RowPart::Links | RowPart::FieldValues | RowPart::SearchKey; }
    // Every indexed story in path order (code point order, see pathLess()), one at a time:
    // `visit` gets the path and the file identity the row was read with, and `summary`,
    // which builds the row's summary (with `parts`) when called during the visit. For
    // listing a folder without holding every row.
    using RowVisitor = std::function<void(const QString &path, const FileIdentity &identity,
                                          const std::function<StorySummary()> &summary)>;
    bool readInPathOrder(const RowVisitor &visit, RowParts parts = allRowParts());
    // The order of readInPathOrder(): Unicode code points, as SQLite compares UTF-8 bytes.
    static bool pathLess(QStringView a, QStringView b);

    // Stores `stories` (new or changed) and forgets `removed` paths, in one transaction
    // (large updates: in a bulk write of several).
    bool update(const QList<StorySummary> &stories, const QStringList &removed);
    // A bulk write: begin marks the index as being written (durably) and holds a lock file
    // that tells other processes the writer is alive; batches are then written without
    // waiting for the disk; end makes them durable and clears the mark. False from begin
    // when another process's bulk write holds the lock too long: nothing is written then.
    bool beginBulkWrite();
    bool writeBatch(const QList<StorySummary> &stories, const QStringList &removed);
    bool endBulkWrite();
    bool isBulkWriting() const { return bool(m_bulkLock); }
    // Forgets every story.
    bool clear();

private:
    enum class OpenResult { Opened, Unusable, HalfWritten };
    OpenResult openFile();
    bool createSchema();
    // `newest` > 0: readNewest(newest); else part `part` of `parts`.
    std::optional<QList<StorySummary>> readRows(int part, int parts, int newest, const Prepare &prepare, QString *failure);
    bool write(const QList<StorySummary> &stories, const QStringList &removed, QString *failure);
    void close();
    void discard(const QString &why);
    QString relativePath(const QString &path) const;
    qint64 textId(const QString &text);
    bool exec(const char *sql, QString *failure);
    QString lockFileName() const;

    QHash<QString, qint64> m_textIds;   // the repeated strings' rows, as written
    std::unique_ptr<QLockFile> m_bulkLock;   // held from beginBulkWrite() to endBulkWrite()

    QString m_folder;
    QString m_file;
    QString m_connection;
    bool m_open = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(StoryIndex::RowParts)

} // namespace Storydesk
