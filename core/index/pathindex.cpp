#include "pathindex.h"

#include <cstring>

namespace Storydesk {

quint64 PathIndex::hashOf(QStringView path, QStringView folder)
{
    if (path.size() > folder.size() && path.at(folder.size()) == QLatin1Char('/') && path.startsWith(folder))
        return hashOfRelative(path.sliced(folder.size() + 1));
    return hashOfRelative(path);
}

quint64 PathIndex::hashOfRelative(QStringView relativePath)
{
    // Eight bytes a step, each mixed by a multiplication, then MurmurHash3's finaliser: fast
    // on paths of a hundred bytes, and the same on every machine (no seed, no CPU feature).
    const auto *bytes = reinterpret_cast<const char *>(relativePath.data());
    qsizetype size = relativePath.size() * qsizetype(sizeof(QChar));
    quint64 hash = 0x9e3779b97f4a7c15ull ^ quint64(size);
    for (; size >= 8; bytes += 8, size -= 8) {
        quint64 word = 0;
        std::memcpy(&word, bytes, 8);
        hash = (hash ^ word) * 0xff51afd7ed558ccdull;
        hash ^= hash >> 29;
    }
    quint64 tail = 0;
    if (size > 0)
        std::memcpy(&tail, bytes, size_t(size));
    hash = (hash ^ tail) * 0xc4ceb9fe1a85ec53ull;
    hash ^= hash >> 33;
    hash *= 0xff51afd7ed558ccdull;
    hash ^= hash >> 33;
    hash *= 0xc4ceb9fe1a85ec53ull;
    hash ^= hash >> 33;
    return hash;
}

void PathIndex::reserve(qsizetype count)
{
    size_t capacity = 16;
    while (capacity < size_t(count) * 2)
        capacity *= 2;
    if (capacity > m_slots.size())
        rehash(capacity);
}

void PathIndex::insert(quint64 hash, int row)
{
    if (size_t(m_size + 1) * 2 > m_slots.size())
        rehash(qMax<size_t>(16, m_slots.size() * 2));
    const size_t mask = m_slots.size() - 1;
    size_t at = size_t(hash) & mask;
    while (m_slots[at].row >= 0)
        at = (at + 1) & mask;
    m_slots[at] = Slot{hash, row};
    ++m_size;
}

void PathIndex::clear()
{
    m_slots.clear();
    m_size = 0;
}

void PathIndex::rehash(size_t capacity)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(capacity));
    m_size = 0;
    for (const Slot &slot : old) {
        if (slot.row >= 0)
            insert(slot.hash, slot.row);
    }
}

} // namespace Storydesk
