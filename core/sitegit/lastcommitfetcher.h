#pragma once

#include "gitrepository.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace Storydesk {

// Asks git, off the UI thread, who last committed one story: the one the preview shows.
// One question runs at a time; a story asked for meanwhile replaces any question still
// waiting, and only the answer about the story asked for last arrives. Walking down the
// list therefore runs git for the story the editor stops on, not for every story passed.
class LastCommitFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LastCommitFetcher)

public:
    explicit LastCommitFetcher(QObject *parent = nullptr);
    ~LastCommitFetcher() override;

    // `path` is absolute, inside the repository's site folder.
    void fetch(const GitRepository &repository, const QString &path);
    // No answer arrives for what was asked before.
    void cancel();
    // The story asked for, empty when none is.
    QString pending() const { return m_path; }

Q_SIGNALS:
    // Not valid when the story was never committed (or git could not tell).
    void fetched(const QString &path, const Storydesk::GitRepository::LastCommit &commit);

private:
    void start();
    void finished();

    GitRepository m_repository;
    QString m_path;                // asked for, not answered yet
    QString m_running;             // what git is asked about now
    QThreadPool m_pool;
    QFutureWatcher<GitRepository::LastCommit> m_watcher;
};

} // namespace Storydesk

Q_DECLARE_METATYPE(Storydesk::GitRepository::LastCommit)
