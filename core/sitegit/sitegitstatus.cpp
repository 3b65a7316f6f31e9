#include "sitegitstatus.h"

#include "storystore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Storydesk {

// What one run starts from: copied, so the worker shares nothing with the UI thread but
// the cancel token.
struct SiteGitStatus::Job
{
    QString folder;
    GitRepository repository;          // invalid: find it first
    QStringList incoming;
    std::shared_ptr<std::atomic_bool> cancel;
};

struct SiteGitStatus::Result
{
    quint64 generation = 0;
    GitRepository repository;
    std::optional<GitStates> states;   // nullopt: git failed, keep what is shown
};

GitStates SiteGitStatus::read(const GitRepository &repository, const QStringList &incoming, const std::atomic_bool *cancel, bool *ok)
{
    GitStates states;
    bool read = false;
    if (repository.isValid()) {
        GitStatus status = GitStatus::read(repository, cancel, &read);
        status.setIncoming(incoming);
        // The store's paths: the site folder as opened, then the path git gives in it.
        const QString folder = repository.siteFolder() + QLatin1Char('/');
        for (auto it = status.states().cbegin(); it != status.states().cend(); ++it) {
            if (it.value() != GitFileState::Clean)
                states.insert(folder + it.key(), it.value());
        }
        for (const QString &path : incoming) {
            if (status.state(path) == GitFileState::Incoming)
                states.insert(folder + path, GitFileState::Incoming);
        }
    }
    if (ok)
        *ok = read;
    return states;
}

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
    const bool wasActive = isActive();
    m_repository = GitRepository();
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

void SiteGitStatus::markIncoming(const QStringList &sitePaths)
{
    m_incoming = sitePaths;
    refresh();
}

GitStateLookup SiteGitStatus::lookup() const
{
    if (!isActive())
        return {};
    return [states = m_states](const QString &path) { return states->value(path, GitFileState::Clean); };
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
    Job job{m_folder, m_repository, m_incoming, m_cancel};
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [job, generation] {
        auto result = std::make_shared<Result>();
        result->generation = generation;
        // Found once per folder; while there is none, every refresh looks again (a
        // `git init` in a terminal shows up at the next save).
        result->repository = job.repository.isValid() ? job.repository : GitRepository::open(job.folder);
        if (!result->repository.isValid() || *job.cancel)
            return result;
        bool ok = false;
        GitStates states = read(result->repository, job.incoming, job.cancel.get(), &ok);
        if (ok)
            result->states = std::move(states);
        return result;
    }));
}

void SiteGitStatus::finished()
{
    m_running = false;
    const std::shared_ptr<Result> result = m_watcher.result();
    if (result && result->generation == m_generation) {
        const bool wasActive = isActive();
        m_repository = result->repository;
        if (!isActive())
            apply(GitStates());   // no work tree (any more): nothing to show
        else if (result->states)
            apply(*result->states);
        if (wasActive != isActive())
            Q_EMIT activeChanged(isActive());
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
        if (old.value(it.key(), GitFileState::Clean) != it.value())
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
