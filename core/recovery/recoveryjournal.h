#pragma once

#include "recoveryentry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Storydesk {

class ProcessLock;

class RecoveryWriter;
class StoryEditor;

// The crash-recovery journal of one site folder, as Kate's swap files: each story with
// unsaved edits has an entry (RecoveryEntry) written within DelayMilliseconds of an edit,
// off the UI thread, with fsync, and removed when the story is saved, reverted or
// discarded. Entries found when a folder opens were left by a run that died. The journal
// of a folder lives in `location`/<hash of the folder's path>/, so a folder's entries wait
// until that folder is opened; a folder's journal holds at most MaxFolderBytes.
class RecoveryJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryJournal)

public:
    static constexpr int DelayMilliseconds = 250;
    static constexpr qint64 MaxFolderBytes = 32 * 1024 * 1024;

    // What a folder's journal holds when it opens.
    struct Scan
    {
        QList<RecoveryEntry> entries;   // stories to recover, by path
        QStringList problems;           // "FILE: why" for each entry that could not be read
        QStringList obsoleteFiles;      // damaged entries, and entries with nothing to recover
    };

    // `location` empty: defaultLocation().
    explicit RecoveryJournal(StoryEditor *editor, const QString &location = QString(), QObject *parent = nullptr);
    ~RecoveryJournal() override;

    // $STORYDESK_RECOVERY_DIR, else "recovery" in the app's data folder.
    static QString defaultLocation();
    // Where the entries of `folder` live.
    static QString journalFolder(const QString &location, const QString &folder);
    QString journalFolder() const { return m_journalFolder; }
    QString folder() const { return m_folder; }

    // Journals the edits of `folder` from now on, after writing out what is pending for the
    // previous one. Returns false (and journals nothing) when another running Storydesk
    // journals that folder already.
    bool setFolder(const QString &folder);
    // The entries of the current folder left by a run that died.
    Scan read() const;   // the entries ordered by path
    // Removes entries: recovered, discarded or obsolete ones.
    void remove(const QList<RecoveryEntry> &entries);
    void removeFiles(const QStringList &files);
    // The bound of the folder's journal (tests make it small).
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // Writes what is pending now and waits until it is on disk (closing, switching folders).
    void flush();

Q_SIGNALS:
    void entryWritten(const QString &storyPath);
    void entryRemoved(const QString &storyPath);
    void writeFailed(const QString &storyPath, const QString &error);
    // The folder's journal is full: the edits of `storyPath` are not journaled.
    void journalFull(const QString &storyPath);

private:
    void storyChanged(const QString &path);
    void writePending();
    QString entryFile(const QString &storyPath) const;
    void enqueueRemove(const QString &file, const QString &storyPath);

    QPointer<StoryEditor> m_editor;
    QString m_location;
    QString m_folder;
    QString m_journalFolder;
    qint64 m_maxBytes = MaxFolderBytes;
    std::unique_ptr<ProcessLock> m_lock;   // one running app journals a folder
    bool m_active = false;
    QSet<QString> m_pending;             // stories edited since the last write
    QTimer m_timer;
    QHash<QString, qint64> m_sizes;      // entry file -> bytes, for the bound
    QHash<QString, QString> m_stories;   // entry file -> story path, for the signals
    QThread m_thread;
    RecoveryWriter *m_writer;
};

} // namespace Storydesk
