#include "lastcommitfetcher.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Storydesk {

LastCommitFetcher::LastCommitFetcher(QObject *parent)
    : QObject(parent)
{
    // Two threads: a cancelled run may still be winding down while the next one starts.
    m_pool.setMaxThreadCount(2);
    connect(&m_watcher, &QFutureWatcher<std::pair<quint64, LastCommit>>::finished, this, &LastCommitFetcher::finished);
}

LastCommitFetcher::~LastCommitFetcher()
{
    cancel();
    m_pool.waitForDone();
}

void LastCommitFetcher::fetch(const QString &path)
{
    cancel();
    m_path = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 request = ++m_request;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [path, request, cancel = m_cancel] {
        return std::pair<quint64, LastCommit>(request, SiteGitReader::lastCommit(path, cancel.get()));
    }));
}

void LastCommitFetcher::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    m_cancel.reset();
    m_path.clear();
    ++m_request;   // whatever is running now answers nobody
}

void LastCommitFetcher::finished()
{
    const auto [request, commit] = m_watcher.result();
    if (request != m_request || m_path.isEmpty())
        return;
    const QString path = std::exchange(m_path, QString());
    m_cancel.reset();
    Q_EMIT fetched(path, commit);
}

} // namespace Storydesk
