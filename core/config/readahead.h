#pragma once

#include <QString>

namespace Storydesk {

// Tells the kernel that a file is read soon, so that on a cold disk its pages are fetched
// while the files before it are parsed. The readers are as many as the cores, and each
// waiting on its own read left the disk's queue nearly empty: a cold list of 10,000
// stories spent a third of its time waiting.
class ReadAhead
{
public:
    // The first `bytes` of the file at `path`: as much as the reader will read, never the
    // whole of a large file (that would evict the cache and could keep the disk busy).
    // Only for a path the caller found to be a regular file (opening a device can do
    // something). Costs an open and a close where the pages are cached already; does
    // nothing where the system takes no such advice, or when the file cannot be opened.
    static void hint(const QString &path, qint64 bytes);
};

} // namespace Storydesk
