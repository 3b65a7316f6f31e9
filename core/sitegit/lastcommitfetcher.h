#pragma once

#include "sitegitreader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Storydesk {

// Asks git, off the UI thread, who last committed one story: the one the preview shows.
// A new request cancels the one before (its git run is stopped and its answer never
// arrives), so walking down the list runs git for the story the editor stops on, not for
// every story passed.
class LastCommitFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LastCommitFetcher)

public:
    explicit LastCommitFetcher(QObject *parent = nullptr);
    ~LastCommitFetcher() override;

    void fetch(const QString &path);
    void cancel();
    // The path of the request in flight, empty when none is.
    QString pending() const { return m_path; }

Q_SIGNALS:
    void fetched(const QString &path, const Storydesk::LastCommit &commit);

private:
    void finished();

    QString m_path;
    quint64 m_request = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool m_pool;
    QFutureWatcher<std::pair<quint64, LastCommit>> m_watcher;
};

} // namespace Storydesk

Q_DECLARE_METATYPE(Storydesk::LastCommit)
