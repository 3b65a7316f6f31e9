#include "sitegitstatus.h"

#include "storystore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Storydesk {

// What one run starts from: copied, so the worker shares nothing with the UI thread but
// the cancel token.
struct SiteGitStatus::Job
{
    QString folder;
    SiteRepository site;               // inactive: locate it first
    QString incomingSince;
    std::shared_ptr<std::atomic_bool> cancel;
};

struct SiteGitStatus::Result
{
    quint64 generation = 0;
    SiteRepository site;
    std::optional<GitStates> states;   // nullopt: git failed, keep what is shown
    QString incomingSince;
    std::optional<QStringList> incoming;
};

SiteGitStatus::SiteGitStatus(QObject *parent)
    : QObject(parent)
    , m_states(std::make_shared<const GitStates>())
{
    m_pool.setMaxThreadCount(1);
    m_delay.setSingleShot(true);
    m_delay.setInterval(DefaultRefreshDelay);
    connect(&m_delay, &QTimer::timeout, this, &SiteGitStatus::start);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Result>>::finished, this, &SiteGitStatus::finished);
}

SiteGitStatus::~SiteGitStatus()
{
    if (m_cancel)
        *m_cancel = true;
    m_pool.waitForDone();
}

void SiteGitStatus::followStore(const StoryStore *store)
{
    connect(store, &StoryStore::loadStarted, this, &SiteGitStatus::setFolder);
    connect(store, &StoryStore::loadFinished, this, &SiteGitStatus::refresh);
    const auto changedOnDisk = [this, store] {
        if (!store->isLoading())
            refresh();
    };
    connect(store, &StoryStore::storiesAdded, this, changedOnDisk);
    connect(store, &StoryStore::storiesRemoved, this, changedOnDisk);
    connect(store, &StoryStore::conflictDetected, this, changedOnDisk);
    // A row changes for an edit in memory (dirty) or because it was read from disk again:
    // after a save, a revert, or a change on disk.
    connect(store, &StoryStore::storyChanged, this, [this, store](int row) {
        if (!store->isLoading() && row >= 0 && row < store->count() && !store->isDirty(row))
            refresh();
    });
    if (!store->folder().isEmpty())
        setFolder(store->folder());
}

void SiteGitStatus::setFolder(const QString &folder)
{
    ++m_generation;
    if (m_cancel)
        *m_cancel = true;   // its result is ignored anyway: let git stop early
    m_folder = folder;
    m_incoming.clear();
    m_incomingSince.clear();
    const bool wasActive = m_site.active;
    m_site = SiteRepository();
    apply(GitStates());
    if (wasActive)
        Q_EMIT activeChanged(false);
    m_delay.stop();
    if (folder.isEmpty())
        return;
    if (m_running)
        m_pending = true;
    else
        start();
}

void SiteGitStatus::refresh()
{
    if (m_folder.isEmpty())
        return;
    // Not restarted by every request: a long burst of saves still refreshes every delay.
    if (!m_delay.isActive())
        m_delay.start();
}

void SiteGitStatus::markIncoming(const QStringList &paths)
{
    m_incomingSince.clear();
    m_incoming = QSet<QString>(paths.cbegin(), paths.cend());
    refresh();
}

void SiteGitStatus::markIncomingSince(const QString &commit)
{
    m_incomingSince = commit;
    refresh();
}

GitStateLookup SiteGitStatus::lookup() const
{
    if (!m_site.active)
        return {};
    return [states = m_states](const QString &path) { return states->value(path, GitFileState::None); };
}

void SiteGitStatus::start()
{
    if (m_running) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Job job{m_folder, m_site, m_incomingSince, m_cancel};
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [job, generation] {
        auto result = std::make_shared<Result>();
        result->generation = generation;
        result->site = job.site.active ? job.site : SiteGitReader::locate(job.folder, job.cancel.get());
        if (!result->site.active)
            return result;
        result->states = SiteGitReader::readStatus(result->site, job.cancel.get());
        result->incomingSince = job.incomingSince;
        if (!job.incomingSince.isEmpty())
            result->incoming = SiteGitReader::changedSince(result->site, job.incomingSince, job.cancel.get());
        return result;
    }));
}

void SiteGitStatus::finished()
{
    m_running = false;
    const std::shared_ptr<Result> result = m_watcher.result();
    if (result && result->generation == m_generation) {
        const bool wasActive = m_site.active;
        m_site = result->site;
        if (result->incoming) {
            m_incoming = QSet<QString>(result->incoming->cbegin(), result->incoming->cend());
            if (m_incomingSince == result->incomingSince)
                m_incomingSince.clear();
        }
        if (!m_site.active) {
            // No work tree (any more): nothing to show.
            apply(GitStates());
        } else if (result->states) {
            GitStates states = *result->states;
            // What the last sync brought in and nothing changed since.
            for (const QString &path : std::as_const(m_incoming)) {
                if (!states.contains(path))
                    states.insert(path, GitFileState::Incoming);
            }
            if (!wasActive)
                Q_EMIT activeChanged(true);
            apply(states);
        } else if (!wasActive) {
            Q_EMIT activeChanged(true);
        }
        if (wasActive && !m_site.active)
            Q_EMIT activeChanged(false);
        Q_EMIT refreshed();
    }
    if (m_pending)
        start();
}

void SiteGitStatus::apply(const GitStates &states)
{
    const GitStates &old = *m_states;
    QStringList changed;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (old.value(it.key(), GitFileState::None) != it.value())
            changed.append(it.key());
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!states.contains(it.key()))
            changed.append(it.key());
    }
    if (changed.isEmpty())
        return;
    // A new snapshot rather than a change in place: lookups handed out earlier keep
    // reading the one they were made with.
    m_states = std::make_shared<const GitStates>(states);
    Q_EMIT statesChanged(changed);
}

} // namespace Storydesk
