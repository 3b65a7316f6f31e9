#include "topicindex.h"

#include <algorithm>

namespace Storydesk {

TopicIndex::TopicIndex(QObject *parent)
    : QObject(parent)
{
}

QString TopicIndex::providerKey(const StorySummary &story)
{
    return story.providerName.isEmpty() ? story.providerDomain : story.providerName;
}

void TopicIndex::count(QHash<QString, int> &counts, const QString &name, int delta)
{
    if (name.isEmpty())
        return;
    int &n = counts[name];
    n += delta;
    if (n <= 0)
        counts.remove(name); // a topic no story uses any more leaves the completer
}

void TopicIndex::add(const StorySummary &story)
{
    for (const QString &topic : story.topics)
        count(m_topics, topic, +1);
    count(m_providers, providerKey(story), +1);
    m_changed = true;
}

void TopicIndex::remove(const StorySummary &story)
{
    for (const QString &topic : story.topics)
        count(m_topics, topic, -1);
    count(m_providers, providerKey(story), -1);
    m_changed = true;
}

void TopicIndex::clear()
{
    m_changed = m_changed || !m_topics.isEmpty() || !m_providers.isEmpty();
    m_topics.clear();
    m_providers.clear();
}

void TopicIndex::publish()
{
    if (!m_changed)
        return;
    m_changed = false;
    Q_EMIT changed();
}

QList<TopicIndex::Use> TopicIndex::byUse(const QHash<QString, int> &counts)
{
    QList<Use> uses;
    uses.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        uses.append(Use{it.key(), it.value()});
    std::sort(uses.begin(), uses.end(), [](const Use &a, const Use &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return uses;
}

QList<TopicIndex::Use> TopicIndex::topicUses() const
{
    return byUse(m_topics);
}

QList<TopicIndex::Use> TopicIndex::providerUses() const
{
    return byUse(m_providers);
}

QStringList TopicIndex::topicsByUse() const
{
    QStringList names;
    const QList<Use> uses = topicUses();
    names.reserve(uses.size());
    for (const Use &use : uses)
        names.append(use.name);
    return names;
}

} // namespace Storydesk
