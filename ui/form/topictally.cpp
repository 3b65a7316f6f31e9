#include "topictally.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Storydesk {

void TopicTally::addStory(const QStringList &names, bool interned)
{
    QVarLengthArray<qsizetype, 8> seen;   // a story has a few topics
    for (const QString &name : names) {
        qsizetype entry = -1;
        const bool trimmed = !name.isEmpty() && !name.front().isSpace() && !name.back().isSpace();
        if (trimmed && interned) {
            const auto it = m_entryOfText.constFind(name.constData());
            entry = it != m_entryOfText.cend() ? *it : *m_entryOfText.insert(name.constData(), entryOf(name));
        } else {
            const QString text = name.trimmed();
            if (text.isEmpty())
                continue;
            entry = entryOf(text);
        }
        if (std::find(seen.cbegin(), seen.cend(), entry) != seen.cend())
            continue;
        seen.append(entry);
        ++m_topics[entry].storyCount;
    }
}

qsizetype TopicTally::entryOf(const QString &name)
{
    const QString key = name.toCaseFolded();
    if (const auto it = m_entryOfFolded.constFind(key); it != m_entryOfFolded.cend())
        return *it;
    m_entryOfFolded.insert(key, m_topics.size());
    m_topics.append({name, 0});
    return m_topics.size() - 1;
}

} // namespace Storydesk
