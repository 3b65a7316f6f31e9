#include "stringpool.h"

#include <QMutexLocker>

namespace Storydesk {

QString StringPool::intern(const QString &text)
{
    // Empty strings share Qt's static null data already; no need to store them.
    if (text.isEmpty())
        return QString();
    const QMutexLocker locker(&m_mutex);
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend())
        return *it;
    m_strings.insert(text);
    return text;
}

void StringPool::intern(QStringList &texts)
{
    for (QString &text : texts)
        text = intern(text);
}

QByteArray StringPool::intern(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QByteArray();
    const QMutexLocker locker(&m_mutex);
    const auto it = m_bytes.constFind(bytes);
    if (it != m_bytes.cend())
        return *it;
    m_bytes.insert(bytes);
    return bytes;
}

void StringPool::clear()
{
    const QMutexLocker locker(&m_mutex);
    m_strings.clear();
    m_bytes.clear();
}

qsizetype StringPool::size() const
{
    const QMutexLocker locker(&m_mutex);
    return m_strings.size();
}

} // namespace Storydesk
