#include "lastcommitfetcher.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Storydesk {

LastCommitFetcher::LastCommitFetcher(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<GitRepository::LastCommit>::finished, this, &LastCommitFetcher::finished);
}

LastCommitFetcher::~LastCommitFetcher()
{
    m_pool.waitForDone();
}

void LastCommitFetcher::fetch(const GitRepository &repository, const QString &path)
{
    m_repository = repository;
    m_path = path;
    if (m_running.isEmpty())
        start();
}

void LastCommitFetcher::cancel()
{
    m_path.clear();
}

void LastCommitFetcher::start()
{
    const QString prefix = m_repository.siteFolder() + QLatin1Char('/');
    if (!m_repository.isValid() || !m_path.startsWith(prefix)) {
        // Not a story of this repository: nothing git could say.
        const QString path = std::exchange(m_path, QString());
        Q_EMIT fetched(path, GitRepository::LastCommit());
        return;
    }
    m_running = m_path;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [repository = m_repository, sitePath = m_path.mid(prefix.size())] {
        return repository.lastCommit(sitePath);
    }));
}

void LastCommitFetcher::finished()
{
    const QString answered = std::exchange(m_running, QString());
    const GitRepository::LastCommit commit = m_watcher.result();
    if (m_path.isEmpty())
        return;   // cancelled
    if (m_path != answered) {
        start();  // another story was asked for meanwhile: that one now
        return;
    }
    m_path.clear();
    Q_EMIT fetched(answered, commit);
}

} // namespace Storydesk
