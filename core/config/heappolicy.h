#pragma once

#include <cstddef>

namespace Storydesk {

// How a folder's memory goes back to the system: a loaded folder holds 100,000 summaries
// among which loads, rescans and the index free a lot, and glibc keeps freed memory mapped
// unless told otherwise. Used by StoryStore; does nothing on other C libraries.
class HeapPolicy
{
public:
    HeapPolicy() = delete;

    // Once per process, before a folder loads: large blocks get mappings of their own.
    static void applyOnce();
    // Gives freed heap pages back to the system, in the background: when a load ends, and
    // again after the first rescan that follows it.
    static void releaseFreedMemory();

    // Asks the kernel to back the pages of `bytes` at `data`, a large block of the caller's
    // that it is about to fill, with huge pages where whole ones fit: 2 MiB a fault instead of
    // 4 KiB. Where page faults are dear (a virtual machine's guest: 13 to 16 us each measured
    // on a 2-core one), filling 40 MiB of fresh rows costs a tenth of a second less. Only for
    // blocks mapped on their own (LargeBlockBytes and more), which leave nothing advised
    // behind when freed, and filled off the UI thread: a huge page's first touch may wait for
    // the kernel to compact memory. Does nothing where the system has no such advice.
    static void adviseHugePages(void *data, std::size_t bytes);

    // The size from which a block is mapped on its own (see applyOnce()).
    static constexpr int LargeBlockBytes = 1024 * 1024;
};

} // namespace Storydesk
