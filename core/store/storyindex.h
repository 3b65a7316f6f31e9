#pragma once

#include "storysummary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Storydesk {

// The persistent index of one folder: every story's summary (never its body) with the
// identity of the file it was read from, in an SQLite file in the cache directory, so a
// folder reopens with its rows at once and only files changed since are parsed again.
// One object is one connection, used from the thread that opened it only. A corrupt,
// old-schema or long-locked index is discarded and rebuilt: the index is a cache, never
// an error for the user.
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
    // Deletes the index of `folder`, if any; true when none remains.
    static bool remove(const QString &folder, const QByteArray &fieldsKey = {});

    // Opens (creating or rebuilding as needed). False, with a warning in the log, when no
    // index can be used at all (no writable cache directory): callers parse everything.
    bool open();
    bool isOpen() const { return m_open; }

    // Every indexed story, with its absolute path; nullopt when the index cannot be read
    // (it is then discarded, and empty when open() is called again).
    // Only part `part` of `parts` (stories split by path), so threads can share the work.
    std::optional<QList<StorySummary>> readAll(int part = 0, int parts = 1);
    // Stores `stories` (new or changed) and forgets `removed` paths, in one transaction.
    bool update(const QList<StorySummary> &stories, const QStringList &removed);
    // Forgets every story.
    bool clear();

private:
    bool openFile();
    bool createSchema();
    std::optional<QList<StorySummary>> readRows(int part, int parts, QString *failure);
    bool write(const QList<StorySummary> &stories, const QStringList &removed, QString *failure);
    void close();
    void discard(const QString &why);
    QString relativePath(const QString &path) const;
    qint64 textId(const QString &text);

    QHash<QString, qint64> m_textIds;   // during update(): the repeated strings' rows

    QString m_folder;
    QString m_file;
    QString m_connection;
    bool m_open = false;
};

} // namespace Storydesk
