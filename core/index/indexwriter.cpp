#include "indexwriter.h"

#include "storyindex.h"

#include <QMutexLocker>
#include <QThread>

namespace Storydesk {

namespace {

// Stories per transaction: large enough that committing costs little, small enough that
// another process waiting for the index (a window saving a story) waits briefly.
constexpr qsizetype BatchSize = 1000;
// Batches queued before add() waits for the writer: bounds the memory of a cold listing
// whose index falls behind.
constexpr qsizetype MaxQueued = 8;

} // namespace

IndexWriter::IndexWriter(const QString &folder, const QByteArray &fieldsKey)
    : m_folder(folder)
    , m_fieldsKey(fieldsKey)
{
}

IndexWriter::~IndexWriter()
{
    finish();
}

void IndexWriter::add(const StorySummary &story)
{
    m_stories.append(story);
    if (m_stories.size() >= BatchSize)
        flush(false);
}

void IndexWriter::remove(const QString &path)
{
    m_removed.append(path);
    if (m_removed.size() >= BatchSize)
        flush(false);
}

void IndexWriter::finish()
{
    flush(true);
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

void IndexWriter::flush(bool last)
{
    const bool pending = !m_stories.isEmpty() || !m_removed.isEmpty();
    if (!pending && !m_thread)
        return; // nothing changed: the index is not touched
    if (!m_thread) {
        m_thread.reset(QThread::create([this] { run(); }));
        // Not a lower priority: on a busy machine a niced writer falls behind and the listing
        // then waits for it (MaxQueued), at the end if not before.
        m_thread->start();
    }
    const QMutexLocker locker(&m_mutex);
    while (pending && m_queue.size() >= MaxQueued)
        m_changed.wait(&m_mutex);
    if (pending)
        m_queue.append({std::exchange(m_stories, {}), std::exchange(m_removed, {})});
    if (last)
        m_finishing = true;
    m_changed.wakeAll();
}

void IndexWriter::run()
{
    // Its own connection, opened and used on this thread only.
    StoryIndex index(m_folder, m_fieldsKey);
    bool usable = index.open() && index.beginBulkWrite();
    for (;;) {
        std::pair<QList<StorySummary>, QStringList> batch;
        {
            QMutexLocker locker(&m_mutex);
            while (m_queue.isEmpty() && !m_finishing)
                m_changed.wait(&m_mutex);
            if (m_queue.isEmpty())
                break;
            batch = m_queue.takeFirst();
            m_changed.wakeAll();
        }
        if (usable)
            usable = index.writeBatch(batch.first, batch.second) && index.isOpen();
    }
    if (usable)
        index.endBulkWrite();
}

} // namespace Storydesk
