#pragma once

#include "gitsync.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Storydesk {

// File ▸ Sync off the UI thread: first a look at the repository (is it one, is the
// Storydesk merge driver set up), then, once the app has asked about the driver, the
// driver's setup when wanted and GitSync with its phases and Cancel. Its texts say what
// happened in the editor's words, for the status bar and error boxes.
class SyncJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncJob)

public:
    struct Inspection
    {
        bool repository = false;        // the folder is in a git work tree
        QString workTree;               // its root: what a "no" to the driver is remembered for
        bool driverConfigured = false;  // merge.storydesk.driver is set
    };
    struct Outcome
    {
        GitSyncResult sync;
        QStringList setupChanges;   // what setting up the driver changed
        QString setupError;         // why it could not be set up (the sync ran anyway)
    };

    explicit SyncJob(QObject *parent = nullptr);
    ~SyncJob() override;   // cancels and waits

    // Looks at the repository of `siteFolder`; inspected() follows. Begins a sync: a cancel
    // from here on holds for the start() that follows.
    void inspect(const QString &siteFolder);
    // Syncs `siteFolder`, registering the merge driver first (GitSetup, with `cliPath` as the
    // driver) when `setUpDriver`; finished() follows. Cancelled already: git stops at once and
    // the outcome says Cancelled.
    void start(const QString &siteFolder, bool setUpDriver, const QString &cliPath);
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel; }
    bool isRunning() const { return m_inspecting.isRunning() || m_syncing.isRunning(); }

    const Inspection &inspection() const { return m_inspection; }
    const Outcome &outcome() const { return m_outcome; }

    // What the sync did ("Synced: 3 stories came in, 1 conflict") or why it stopped and what
    // to do about it.
    static QString describe(const GitSyncResult &result);
    // Whether describe() is an error to show rather than a notice.
    static bool isError(const GitSyncResult &result);
    static QString phaseText(GitSync::Phase phase);

Q_SIGNALS:
    void inspected();
    void phaseChanged(Storydesk::GitSync::Phase phase);
    void finished();

private:
    std::atomic_bool m_cancel = false;
    QFutureWatcher<Inspection> m_inspecting;
    QFutureWatcher<Outcome> m_syncing;
    Inspection m_inspection;
    Outcome m_outcome;
};

} // namespace Storydesk
