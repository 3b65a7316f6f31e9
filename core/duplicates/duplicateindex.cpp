#include "duplicateindex.h"

#include "storystore.h"

#include <QMutexLocker>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Storydesk {

DuplicateIndex::DuplicateIndex(StoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_result(std::make_shared<const Result>())
{
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::milliseconds(250));
    connect(&m_timer, &QTimer::timeout, this, &DuplicateIndex::start);
    connect(store, &StoryStore::storiesReset, this, &DuplicateIndex::storiesReset);
    connect(store, &StoryStore::storiesAdded, this, &DuplicateIndex::storiesChanged);
    connect(store, &StoryStore::storiesRemoved, this, &DuplicateIndex::storiesChanged);
    connect(store, &StoryStore::storyChanged, this, &DuplicateIndex::storyChanged);
    connect(store, &StoryStore::loadFinished, this, &DuplicateIndex::storiesChanged);
    connect(store, &StoryStore::loadCancelled, this, &DuplicateIndex::storiesChanged);
    if (store->count() > 0)
        storiesChanged();
}

DuplicateIndex::~DuplicateIndex()
{
    // The run in progress posts its result to this object: it must end first.
    m_pool.waitForDone();
}

std::shared_ptr<const DuplicateIndex::Result> DuplicateIndex::result() const
{
    const QMutexLocker lock(&m_mutex);
    return m_result;
}

DuplicateFinder::Group DuplicateIndex::groupOf(const QString &path) const
{
    const std::shared_ptr<const Result> r = result();
    const int group = r->groupByPath.value(path, -1);
    return group < 0 ? DuplicateFinder::Group() : r->groups.at(group);
}

bool DuplicateIndex::isDuplicate(const QString &path) const
{
    return result()->groupByPath.contains(path);
}

std::function<bool(const QString &)> DuplicateIndex::lookup() const
{
    return [r = result()](const QString &path) { return r->groupByPath.contains(path); };
}

size_t DuplicateIndex::fingerprint(const QByteArray &webUrl, const QString &title, const QString &providerName, const QString &providerDomain)
{
    return qHashMulti(0, webUrl, title, providerName, providerDomain);
}

void DuplicateIndex::storiesChanged()
{
    // Loading delivers batches every 50 ms: the groups are found once it is done.
    if (m_store->isLoading())
        return;
    if (!m_timer.isActive())
        m_timer.start();
}

void DuplicateIndex::storyChanged(int row)
{
    const StorySummary &s = m_store->summary(row);
    const auto known = m_fingerprints.constFind(s.path);
    if (known != m_fingerprints.cend() && *known == fingerprint(s.webUrl, s.title, s.providerName, s.providerDomain))
        return;   // quality, published, topics: no group changes
    storiesChanged();
}

void DuplicateIndex::storiesReset()
{
    ++m_generation;
    m_timer.stop();
    m_again = false;
    m_fingerprints.clear();
    bool hadGroups = false;
    {
        const QMutexLocker lock(&m_mutex);
        hadGroups = !m_result->groups.isEmpty();
        m_result = std::make_shared<const Result>();
    }
    if (hadGroups)
        Q_EMIT changed();
    storiesChanged();
}

void DuplicateIndex::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    // The snapshot is taken here, on the store's thread; strings are shared, not copied.
    QList<DuplicateFinder::Story> stories;
    stories.reserve(m_store->count());
    m_fingerprints.clear();
    m_fingerprints.reserve(m_store->count());
    for (int row = 0; row < m_store->count(); ++row) {
        const StorySummary &s = m_store->summary(row);
        stories.append(DuplicateFinder::storyOf(s));
        m_fingerprints.insert(s.path, fingerprint(s.webUrl, s.title, s.providerName, s.providerDomain));
    }
    m_running = true;
    const quint64 generation = m_generation;
    m_pool.start([this, stories = std::move(stories), generation]() mutable {
        auto result = std::make_shared<Result>();
        result->groups = DuplicateFinder::find(stories);
        stories = {};
#ifdef __GLIBC__
        // The finding's working memory (tens of MiB for 100,000 stories) is freed between
        // the summaries that stay: glibc keeps such pages mapped unless asked.
        malloc_trim(0);
#endif
        for (int g = 0; g < result->groups.size(); ++g) {
            for (const QString &path : std::as_const(result->groups.at(g).paths))
                result->groupByPath.insert(path, g);
        }
        QMetaObject::invokeMethod(this, [this, result = std::shared_ptr<const Result>(std::move(result)), generation] {
            m_running = false;
            if (generation == m_generation)
                finish(result);
            if (m_again) {
                m_again = false;
                start();
            }
        }, Qt::QueuedConnection);
    });
}

void DuplicateIndex::finish(const std::shared_ptr<const Result> &result)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (m_result->groups == result->groups)
            return;
        m_result = result;
    }
    Q_EMIT changed();
}

} // namespace Storydesk
