#pragma once

#include "storysummary.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace Storydesk {

// Writes a listing's index updates on a thread of its own, in batches of one transaction
// each, so the listing never waits for SQLite: the first batch starts a bulk write
// (StoryIndex::beginBulkWrite()) and finish() ends it. Nothing is written when nothing
// changed.
class IndexWriter
{
public:
    // `fieldsKey`: the index of the field map the stories were read with (StoryIndex).
    explicit IndexWriter(const QString &folder, const QByteArray &fieldsKey = {});
    ~IndexWriter();   // finish()
    Q_DISABLE_COPY_MOVE(IndexWriter)

    void add(const StorySummary &story);
    void remove(const QString &path);
    // Writes what is queued, ends the bulk write and waits for the thread.
    void finish();

private:
    void flush(bool last);
    void run();

    QString m_folder;
    QByteArray m_fieldsKey;
    QList<StorySummary> m_stories;   // the batch being filled, on the caller's thread
    QStringList m_removed;

    QMutex m_mutex;
    QWaitCondition m_changed;
    QList<std::pair<QList<StorySummary>, QStringList>> m_queue;
    bool m_finishing = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Storydesk
