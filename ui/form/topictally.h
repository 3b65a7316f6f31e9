#pragma once

#include "topiceditor.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Storydesk {

// The topics of the stories a form shows, for its topic editor: every topic once
// (case-insensitively, trimmed), in the order the stories list them, with how many of the
// stories carry it.
class TopicTally
{
public:
    // One story's topics. `interned`: the strings are the store's, which shares one string
    // per topic, and they outlive the tally; they are then known by their address, so the
    // topics of 100,000 selected stories cost almost no hashing of characters.
    void addStory(const QStringList &names, bool interned);
    const QList<TopicEditor::Topic> &topics() const { return m_topics; }

private:
    qsizetype entryOf(const QString &name);

    QList<TopicEditor::Topic> m_topics;
    QHash<QString, qsizetype> m_entryOfFolded;
    QHash<const QChar *, qsizetype> m_entryOfText;
};

} // namespace Storydesk
