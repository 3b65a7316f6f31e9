#pragma once

#include "duplicatefinder.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace Storydesk {

class StoryStore;

// The duplicate groups of the open folder (DuplicateFinder), kept up to date as stories
// are added, changed and removed. Finding runs on a thread of its own, after the folder has
// loaded and then at most once per burst of changes (a `git pull`, a bulk edit); edits
// that do not touch a story's link, title or provider (quality, published) cost nothing.
// changed() is emitted when the groups differ from the last ones.
//
// Reads are thread-safe: isDuplicate() may be called from the filter's worker threads.
// Each call takes a lock to copy the current result; a filter pass over many stories
// should rather take lookup() once, which holds the result of the moment without locking.
class DuplicateIndex final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicateIndex)

public:
    struct Result
    {
        QList<DuplicateFinder::Group> groups;
        QHash<QString, int> groupByPath;   // story path -> index in groups
    };

    explicit DuplicateIndex(StoryStore *store, QObject *parent = nullptr);
    ~DuplicateIndex() override;

    // The groups as last found; empty while a folder loads.
    std::shared_ptr<const Result> result() const;
    QList<DuplicateFinder::Group> groups() const { return result()->groups; }
    // The group of the story at `path` (absolute, as the store lists it); empty when it has
    // no duplicate.
    DuplicateFinder::Group groupOf(const QString &path) const;
    bool isDuplicate(const QString &path) const;
    // isDuplicate() over the result of this moment, lock-free: for `is:duplicate`. Take it
    // again on changed().
    std::function<bool(const QString &path)> lookup() const;

    // True from a change until the groups that follow it are known.
    bool isUpdating() const { return m_timer.isActive() || m_running; }
    // How long changes are collected before the groups are found again (250 ms).
    void setDelay(std::chrono::milliseconds delay) { m_timer.setInterval(delay); }

Q_SIGNALS:
    void changed();

private:
    void storiesChanged();
    void storyChanged(int row);
    void storiesReset();
    void start();
    void finish(const std::shared_ptr<const Result> &result);
    static size_t fingerprint(const QByteArray &webUrl, const QString &title, const QString &providerName, const QString &providerDomain);

    StoryStore *m_store;
    QTimer m_timer;
    QThreadPool m_pool;   // one thread: a newer run waits for the one before
    bool m_running = false;
    bool m_again = false;   // changes came in while finding
    quint64 m_generation = 0;   // bumped when the folder is reset: late results are dropped
    QHash<QString, size_t> m_fingerprints;   // link, title and provider of the stories as last grouped

    mutable QMutex m_mutex;   // guards m_result (the pointer, not what it points to: that is immutable)
    std::shared_ptr<const Result> m_result;
};

} // namespace Storydesk
