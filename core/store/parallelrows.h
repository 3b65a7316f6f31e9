#pragma once

#include <QList>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <vector>

namespace Storydesk {

// Tests `matches(row)` for rows [0, rows) on every core, in chunks large enough that
// queueing costs nothing next to the tests. With `only` (one flag per row), rows it does
// not flag are not tested and do not match: how typing on narrows the previous result.
// `matches` must only read: nothing may change the rows while this blocks. Shared by the
// story table's filter and the desks' counts.
template<typename Predicate>
std::vector<char> matchRowsInParallel(int rows, const Predicate &matches, const std::vector<char> *only = nullptr)
{
    std::vector<char> result(size_t(std::max(rows, 0)), 0);
    constexpr int ChunkSize = 4096;
    QList<int> chunks;
    for (int first = 0; first < rows; first += ChunkSize)
        chunks.append(first);
    QtConcurrent::blockingMap(chunks, [&](int first) {
        const int last = std::min(rows, first + ChunkSize);
        for (int row = first; row < last; ++row) {
            if (!only || (*only)[size_t(row)])
                result[size_t(row)] = matches(row);
        }
    });
    return result;
}

} // namespace Storydesk
