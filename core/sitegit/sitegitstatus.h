#pragma once

#include "gitrepository.h"
#include "sitegitstates.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>

namespace Storydesk {

class StoryStore;

// The git state of every story of the open site folder, for the app: the Git column, the
// Git facet, the `git:` terms and the preview read it cheaply from the UI thread or the
// matching threads. A refresh is one `git status` on a worker thread, never on the UI
// thread; requests are collected for a short delay and a request while one runs makes one
// more run after it, however many came. Outside a work tree (or without git) it stays
// inactive: no states, no errors. Incoming marks last from one sync to the next.
class SiteGitStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteGitStatus)

public:
    static constexpr std::chrono::milliseconds DefaultRefreshDelay{300};

    explicit SiteGitStatus(QObject *parent = nullptr);
    ~SiteGitStatus() override;

    // Follows `store`: the folder it opens, and refreshes once it has loaded, when stories
    // come, go or change on disk, and when a story is saved (a saved story is read back).
    // Edits in memory change nothing in git and are not followed.
    void followStore(const StoryStore *store);
    // Forgets the states of the previous folder and finds out where `folder` stands.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    void setRefreshDelay(std::chrono::milliseconds delay) { m_delay.setInterval(delay); }

    // Inside a work tree: the states below mean something.
    bool isActive() const { return m_repository.isValid(); }
    const GitRepository &repository() const { return m_repository; }
    GitFileState state(const QString &path) const { return m_states->value(path, GitFileState::Clean); }
    // A snapshot the matching threads read while the UI thread waits; it stays valid (and
    // unchanged) after later refreshes.
    GitStateLookup lookup() const;
    std::shared_ptr<const GitStates> states() const { return m_states; }
    bool isRefreshing() const { return m_running; }

    // One `git status` of the site, by absolute path, with `incoming` (site paths) marked
    // where nothing else is to say: what a refresh runs, and what the CLI asks once.
    // `ok` is false when git failed.
    static GitStates read(const GitRepository &repository, const QStringList &incoming = {},
                          const std::atomic_bool *cancel = nullptr, bool *ok = nullptr);

public Q_SLOTS:
    // Asks for a refresh after the delay (saves, syncs, changes on disk).
    void refresh();
    // Marks the files a sync brought in (site paths, as GitSyncResult::incomingPaths lists
    // them), replacing the previous sync's marks, and refreshes.
    void markIncoming(const QStringList &sitePaths);

Q_SIGNALS:
    void activeChanged(bool active);
    // The states of these paths changed (absolute paths, in no particular order).
    void statesChanged(const QStringList &paths);
    // A refresh ended, whether or not anything changed (tests wait for it).
    void refreshed();

private:
    struct Job;
    struct Result;

    void start();
    void finished();
    void apply(const GitStates &states);

    QString m_folder;
    GitRepository m_repository;        // invalid until found (and outside a work tree)
    std::shared_ptr<const GitStates> m_states;
    QStringList m_incoming;            // site paths
    quint64 m_generation = 0;          // per folder: a run for another folder is ignored
    bool m_running = false;
    bool m_pending = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QTimer m_delay;
    QThreadPool m_pool;                // one thread: runs never overlap
    QFutureWatcher<std::shared_ptr<Result>> m_watcher;
};

} // namespace Storydesk
