#pragma once

#include "folderfields.h"
#include "pathindex.h"
#include "sitefields.h"
#include "storyindex.h"
#include "stringpool.h"
#include "storysummary.h"
#include "topicindex.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <memory>

class QFileSystemWatcher;

namespace Storydesk {

class FolderLoad;

// The stories of the open folder, kept as summaries in rows that the table model mirrors.
// Loading runs off the UI thread (a scan thread finds files while a pool parses them on
// every core) and arrives in batches: the first one at once, then every 50 ms or 512
// stories. Afterwards the folder stays live: a QFileSystemWatcher on its directories (or,
// when the system's watch limit is reached, a periodic rescan) brings in new files, drops
// deleted ones and re-reads changed ones, except stories with unsaved edits, which are
// marked as conflicts instead: nothing the editor typed is ever replaced behind their back.
//
// Rows are stable: they are appended and removed in ranges (announced before and after,
// as QAbstractItemModel needs), and updated in place.
class StoryStore : public QObject
{
    Q_OBJECT

public:
    explicit StoryStore(QObject *parent = nullptr);
    ~StoryStore() override;

    // Clears the rows and starts loading `path` in the background. Opening a folder cancels
    // the load in progress: none of its results arrive after this call.
    void openFolder(const QString &path);
    // Stops loading; rows already delivered stay, and the folder is not watched.
    void cancelLoad();
    QString folder() const { return m_folder; }
    bool isLoading() const { return m_loading; }

    int count() const { return int(m_rows.size()); }
    const StorySummary &summary(int row) const { return m_rows.at(row); }
    // The row of the story at `path` (as listed: absolute, under the opened folder), or -1.
    int indexOf(const QString &path) const;
    bool isDirty(int row) const { return m_states.at(row).dirty; }
    bool hasConflict(int row) const { return m_states.at(row).conflict; }
    const TopicIndex *topicIndex() const { return &m_topics; }

    // --- the editing layer ---
    // Marks a story as holding unsaved edits. While dirty, changes on disk are not read but
    // flag a conflict. Clearing it clears the conflict too (the edits were saved or dropped).
    void setDirty(const QString &path, bool dirty);
    // Reads the story from disk now, even when dirty (the editor chose the disk's version
    // or just saved). Adds, updates or removes its row; false when it is not a story here.
    bool reloadStory(const QString &path);
    // Shows an edited, unsaved summary for the story at `path`. The row keeps the identity
    // of the file as read, so a later change on disk is still noticed.
    void updateSummary(const QString &path, const StorySummary &summary);

    // --- the live folder ---
    // Directory watches see files created, deleted, renamed or saved over (how git and most
    // editors write), but not a write into an existing file: rescanAll() compares every
    // file's identity with the disk and catches those (the window calls it when it becomes
    // active again; an optional periodic sweep can too). Without watches (the system's limit
    // reached, or forced) the same comparison runs at the poll interval.
    // Polls instead of watching, as when the watch limit is reached; for tests, and for
    // file systems where change notification is unreliable (network shares). Takes effect
    // at once when turned on, and at the next openFolder() when turned off.
    void setPollingForced(bool forced);
    bool isPolling() const { return m_polling; }
    void setPollInterval(std::chrono::milliseconds interval);    // 5 s by default
    // Off (0) by default: an idle window does no periodic work while watches work.
    void setSweepInterval(std::chrono::milliseconds interval);
    // How long directory events are collected before a rescan: a `git pull` touching many
    // files becomes one rescan, not thousands.
    void setRescanDelay(std::chrono::milliseconds delay);
    // Compares every known directory with the disk now (in the background).
    void rescanAll();

    // --- the persistent index (StoryIndex) ---
    // With the index (the default), a folder opened before shows its indexed rows at once,
    // in one batch; the load then verifies them against the disk, parsing only files whose
    // identity changed, adding new ones and dropping deleted ones. loadProgress counts the
    // files verified or parsed and loadFinished means every row agrees with the disk.
    // Loads, rescans and reloads keep the index up to date in the background. Off: every
    // file is parsed and no index is read or written. Takes effect at the next openFolder().
    void setIndexEnabled(bool enabled) { m_indexEnabled = enabled; }
    // A reopened folder's first screen: the newest indexed stories go out on their own,
    // before the other rows are read (about a second for 100,000 stories), so the table,
    // which opens newest first, shows its top at once. Verified like every other row.
    static constexpr int FirstScreenRows = 256;
    bool isIndexEnabled() const { return m_indexEnabled; }
    // Waits until every index update queued so far is written (the CLI, tests).
    void waitForIndex();

    // --- the site's field map (which keys hold the title, the date, published...) ---
    // Loaded by openFolder() from the folder's `.storydesk/site.yaml` over detection, so the
    // app and the CLI read every site by its own keys. Its problems (a broken site.yaml)
    // never stop the folder from opening. A folder opened before loads at once with the
    // detection remembered from then (with the index, next to it), checked by a fresh one in
    // the background once the first rows show: a map that changed is loaded again, as
    // setFieldMap() does (fieldMapChanged). A first open detects before loading.
    const SiteFields &siteFields() const { return m_folderFields.fields(); }
    const FieldMap &fieldMap() const { return siteFields().map; }
    // Reads every story again with `map` (the Site Fields dialog after saving site.yaml,
    // the CLI's --fields): the open folder is reopened; a folder opened later (another one)
    // loads its own map again. Before any folder is open it applies to the next one.
    void setFieldMap(const FieldMap &map);
    // A site.yaml-format file laid over the site's own at every openFolder() (--fields).
    void setFieldsOverride(const QString &file) { m_fieldsOverrideFile = file; }
    // On by default. Off: every openFolder() detects before loading, and nothing is
    // remembered (the CLI, which prints once and must print with the right map).
    void setDetectionRemembered(bool remembered) { m_detectionRemembered = remembered; }
    // On by default: a folder's loaded rows are kept as a SummarySnapshot beside its index,
    // and a reopen reads them from it. Off: neither (the CLI, which loads once and exits).
    void setSnapshotUsed(bool used) { m_snapshotUsed = used; }

Q_SIGNALS:
    void storiesAboutToBeReset();
    void storiesReset();
    void loadStarted(const QString &folder);
    void loadProgress(int done, int found);
    void loadFinished();
    void loadCancelled();

    void storiesAboutToBeAdded(int first, int last);
    void storiesAdded(int first, int last);
    void storiesAboutToBeRemoved(int first, int last);
    void storiesRemoved(int first, int last);
    void storyChanged(int row);
    // A story with unsaved edits changed on disk.
    void conflictDetected(const QString &path);
    // The field map changed (setFieldMap, or a fresh detection disagreed with the remembered
    // one): every row is read again.
    void fieldMapChanged();

private:
    struct RowState
    {
        bool dirty = false;
        bool conflict = false;
    };
    struct Rescan;

    void postResults(const std::shared_ptr<FolderLoad> &job);   // from worker threads
    void resultsPending(const std::shared_ptr<FolderLoad> &job);
    void deliver();
    void finishLoad();

    void stopCurrentFolder();
    void watchDirectories(const QHash<QString, QString> &directories);
    void startPolling();
    void updatePollTimer();
    void directoryChanged(const QString &directory);
    void startRescan();
    void applyRescan(const Rescan &rescan);

    // Interns the summary's repeated strings. Called by the parse workers too: it touches
    // nothing but the (locked) string pool.
    void prepare(StorySummary *summary);
    void appendStories(QList<StorySummary> &&stories);
    // `rows` begin with the `listed` rows the store shows already; `counts` are the facets of
    // the others, counted where they were read. False when the rows shown were not those
    // (the others were added one by one): `rows` did not become the store's.
    bool appendIndexed(QList<StorySummary> &&rows, qsizetype listed, TopicIndex::Counts &&counts);
    bool newerThanFirstScreen() const;   // a row after the first FirstScreenRows belongs among them
    void replaceStory(int row, StorySummary &&summary);
    void markConflict(int row);
    void removeRows(QList<int> rows);
    void removeDirectory(const QString &directory);
    void flushIndex();
    // Writes the loaded rows as the folder's SummarySnapshot, in the background, when worth it.
    void saveSnapshot();

    // Where FolderFields remembers detections: beside the index, which is the cache (without
    // it, nothing is remembered either).
    QString detectionMemory() const { return m_indexEnabled && m_detectionRemembered ? StoryIndex::directory() : QString(); }
    // The index file of a folder is per field map; the story format keeps the plain one.
    QByteArray indexKey() const { return StoryIndex::fieldsKeyOf(fieldMap()); }

    QString m_folder;
    QString m_fieldsOverrideFile;
    std::optional<FieldMap> m_fieldMapOverride;   // setFieldMap(), for the folder it was set on
    bool m_detectionRemembered = true;
    bool m_snapshotUsed = true;
    bool m_snapshotRefused = false;   // the next load reads no snapshot (the last one was damaged)
    // The map the open folder is read with. A remembered one is checked once the first rows
    // have shown (storiesAdded, or loadFinished for a folder without stories), not before.
    FolderFields m_folderFields;
    quint64 m_generation = 0;      // bumped per openFolder: stale background results check it
    QList<StorySummary> m_rows;
    QList<RowState> m_states;   // by row, beside m_rows (which a reopen can take over whole)
    mutable PathIndex m_rowByPath;
    mutable bool m_rowByPathStale = false;
    TopicIndex m_topics;
    StringPool m_strings;

    // Loading.
    QThreadPool m_scanPool;        // the walk, and live rescans: file system bound
    QThreadPool m_parsePool;       // parsing: one thread per core
    std::shared_ptr<FolderLoad> m_job;
    bool m_loading = false;
    int m_delivered = 0;
    QElapsedTimer m_sinceDelivery;
    QTimer m_deliveryTimer;

    // The index.
    bool m_indexEnabled = true;
    bool m_indexActive = false;    // the open folder's index could be opened
    QThreadPool m_indexPool;       // one thread: writes are serialized, each on its own connection
    QList<StorySummary> m_indexUpdates;
    QStringList m_indexRemovals;

    // The live folder.
    QFileSystemWatcher *m_watcher = nullptr;
    // Every directory of the folder that is watched or polled, with its canonical path.
    QHash<QString, QString> m_directories;
    QSet<QString> m_changedDirectories;
    bool m_watching = false;       // false until a load finished: no rescans of half-known folders
    bool m_polling = false;
    bool m_pollingForced = false;
    bool m_rescanRunning = false;
    QTimer m_rescanTimer;
    QTimer m_pollTimer;            // runs rescanAll(): polling, or the sweep
    std::chrono::milliseconds m_pollInterval;
    std::chrono::milliseconds m_sweepInterval;
};

} // namespace Storydesk
