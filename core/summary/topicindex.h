#pragma once

#include "storyfacets.h"
#include "storysummary.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <array>
#include <map>

namespace Storydesk {

// The folder's shared vocabulary and its facets: every topic and provider in use, and how
// many stories fall in each item of every facet (see StoryFacets). Feeds the topic completer
// (most used first), the topic/provider filters and the facets sidebar. The store keeps it
// current as stories are added, changed and removed, one story at a time.
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
    // One item of a facet (see StoryFacets for the ids) and how many stories it holds.
    struct Item
    {
        QString id;
        int count = 0;
        friend bool operator==(const Item &, const Item &) = default;
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
    int topicCount(const QString &topic) const { return m_counts.topics.value(topic); }
    // Providers are counted by name, or by domain for stories whose provider has no name.
    int providerCount(const QString &provider) const { return m_counts.providers.value(provider); }

    // The items of `facet` that hold stories, in their natural order: topics, providers and
    // categories alphabetically (the empty "none" item last), the other facets in their
    // fixed order, months newest first. Date items count from `today`: a story of
    // yesterday leaves "Today" at midnight without being counted again.
    QList<Item> items(Facet facet, QDate today = QDate::currentDate()) const;
    int storyCount() const { return m_counts.stories; }

Q_SIGNALS:
    void changed();

public:
    // The counts alone, without the signal: what a thread reading many stories at once (the
    // persistent index's rows) fills off the UI thread and hands over with addCounts().
    struct Counts
    {
        void apply(const StorySummary &story, int delta);
        // Adds `other`'s counts to these.
        void add(const Counts &other);

        QHash<QString, int> topics;
        QHash<QString, int> providers;   // the empty name counts stories without a provider
        QHash<QString, int> categories;
        std::array<int, 2> published{};
        std::array<int, StoryFacets::QualityBands + 1> quality{};
        // Stories per minute of publication, in order: any local day or month is a range of it.
        std::map<qint64, int> minutes;
        int undated = 0;
        int stories = 0;
    };
    // Adds stories counted elsewhere, as add() would have one by one.
    void addCounts(Counts &&counts);

private:
    static void count(QHash<QString, int> &counts, const QString &name, int delta, bool keepEmpty = false);
    static QList<Use> byUse(const QHash<QString, int> &counts);
    static QList<Item> byName(const QHash<QString, int> &counts);
    QList<Item> dateItems(QDate today) const;

    Counts m_counts;
    bool m_changed = false;
};

} // namespace Storydesk
