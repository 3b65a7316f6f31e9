#pragma once

#include "gitfilestate.h"
#include "sitegitreader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
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
    bool isActive() const { return m_site.active; }
    const SiteRepository &repository() const { return m_site; }
    GitFileState state(const QString &path) const { return m_states->value(path, GitFileState::None); }
    // A snapshot the matching threads read while the UI thread waits; it stays valid (and
    // unchanged) after later refreshes.
    GitStateLookup lookup() const;
    std::shared_ptr<const GitStates> states() const { return m_states; }
    bool isRefreshing() const { return m_running; }

public Q_SLOTS:
    // Asks for a refresh after the delay (saves, syncs, changes on disk).
    void refresh();
    // Marks these files (absolute paths) as brought by a sync, replacing the previous
    // sync's marks, and refreshes.
    void markIncoming(const QStringList &paths);
    // The same, for the files that differ between `commit` (HEAD before the sync) and HEAD.
    void markIncomingSince(const QString &commit);

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
    SiteRepository m_site;
    std::shared_ptr<const GitStates> m_states;
    QSet<QString> m_incoming;
    QString m_incomingSince;           // computed by the next run
    quint64 m_generation = 0;          // per folder: a run for another folder is ignored
    bool m_running = false;
    bool m_pending = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QTimer m_delay;
    QThreadPool m_pool;                // one thread: runs never overlap
    QFutureWatcher<std::shared_ptr<Result>> m_watcher;
};

} // namespace Storydesk
