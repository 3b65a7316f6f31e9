#pragma once

#include "storysummary.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Storydesk {

// The folder's shared vocabulary: every topic and provider in use, with how many stories
// use it. Feeds the topic completer (most used first) and the topic/provider filters.
// The store keeps it current as stories are added, changed and removed.
class TopicIndex : public QObject
{
    Q_OBJECT

public:
    struct Use
    {
        QString name;
        int count = 0;
        friend bool operator==(const Use &, const Use &) = default;
    };

    explicit TopicIndex(QObject *parent = nullptr);

    // Counting does not signal by itself: whoever changes the stories calls publish() once
    // per batch, so a completer is rebuilt once per batch, not once per story.
    void add(const StorySummary &story);
    void remove(const StorySummary &story);
    void clear();
    // Emits changed() when a count changed since the last publish().
    void publish();

    // Most used first; equally used ones in alphabetical order.
    QStringList topicsByUse() const;
    QList<Use> topicUses() const;
    QList<Use> providerUses() const;
    int topicCount(const QString &topic) const { return m_topics.value(topic); }
    // Providers are counted by name, or by domain for stories whose provider has no name.
    int providerCount(const QString &provider) const { return m_providers.value(provider); }

Q_SIGNALS:
    void changed();

private:
    static void count(QHash<QString, int> &counts, const QString &name, int delta);
    static QList<Use> byUse(const QHash<QString, int> &counts);
    static QString providerKey(const StorySummary &story);

    QHash<QString, int> m_topics;
    QHash<QString, int> m_providers;
    bool m_changed = false;
};

} // namespace Storydesk
