#pragma once

#include "syncjob.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QProgressBar;
class QStatusBar;
class QToolButton;

namespace Storydesk {

class Settings;
class StoryStore;
class UserPrompts;

// File ▸ Sync for the window: runs a SyncJob with its phase and a Cancel button in the
// status bar (made as the load progress is), offers the merge driver on the
// first sync of a repository (a "no" is remembered for it), says what came in or what
// went wrong, and has the store look at the disk at once so incoming stories reload.
// A story with unsaved edits that the sync changed is then the store's usual conflict.
class SyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunner)

public:
    SyncRunner(QStatusBar *statusBar, StoryStore *store, Settings *settings, QObject *parent = nullptr);

    void setPrompts(UserPrompts *prompts) { m_prompts = prompts; }
    // The storydesk-cli registered as the merge driver; the one beside the app by default.
    void setCliPath(const QString &path) { m_cliPath = path; }

    void sync(const QString &siteFolder);
    void cancel();
    bool isRunning() const { return m_job.isRunning(); }

    const SyncJob::Outcome &outcome() const { return m_job.outcome(); }
    // The last notice or error shown.
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void syncStarted();
    void syncEnded();

private:
    void inspected();
    void phaseChanged(GitSync::Phase phase);
    void finished();
    void setBusy(bool busy);

    QPointer<QStatusBar> m_statusBar;
    QPointer<StoryStore> m_store;
    Settings *m_settings;
    UserPrompts *m_prompts = nullptr;
    QString m_cliPath;
    QString m_siteFolder;
    QString m_lastMessage;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    SyncJob m_job;
};

} // namespace Storydesk
