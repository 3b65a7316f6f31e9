#pragma once

#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Storydesk {

// Shares the data of strings that repeat across a folder (topics, provider names and
// domains, categories, types), so 100,000 stories hold one copy of "Computer Vision"
// instead of 100,000. Thread-safe: the store's parser threads intern as they read.
class StringPool
{
public:
    StringPool() = default;
    Q_DISABLE_COPY_MOVE(StringPool)

    // Returns a string equal to `text` that shares its data with every earlier equal one.
    QString intern(const QString &text);
    void intern(QStringList &texts);
    // The same for bytes that repeat across a folder (a site's set of front-matter keys).
    QByteArray intern(const QByteArray &bytes);
    void clear();
    qsizetype size() const;

private:
    mutable QMutex m_mutex;
    QSet<QString> m_strings;
    QSet<QByteArray> m_bytes;
};

} // namespace Storydesk
