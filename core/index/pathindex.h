#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Storydesk {

// Rows by path for the 100,000 stories of a folder: a table of 64-bit hashes of the paths
// (relative to the folder) and their rows, probed linearly. Building it reads no string,
// and the hashes are stable across runs and machines, so a SummarySnapshot stores them
// with its rows: a reopened folder knows its rows by path before a single one is decoded.
// A hash says where to look; the caller's match confirms the row.
class PathIndex
{
public:
    // The hash of `path`'s part under `folder` (the whole path when it is not under it).
    static quint64 hashOf(QStringView path, QStringView folder);
    static quint64 hashOfRelative(QStringView relativePath);

    void reserve(qsizetype count);
    void insert(quint64 hash, int row);
    // The first row with `hash` that `matches(row)` accepts, or -1.
    template <typename Matches>
    int find(quint64 hash, const Matches &matches) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t at = size_t(hash) & mask;; at = (at + 1) & mask) {
            const Slot &slot = m_slots[at];
            if (slot.row < 0)
                return -1;
            if (slot.hash == hash && matches(slot.row))
                return slot.row;
        }
    }
    void clear();
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    struct Slot
    {
        quint64 hash = 0;
        int row = -1;
    };
    void rehash(size_t capacity);

    std::vector<Slot> m_slots;   // a power of two, at most half full
    qsizetype m_size = 0;
};

} // namespace Storydesk
