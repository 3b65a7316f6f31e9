#pragma once

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

    // The size from which a block is mapped on its own (see applyOnce()).
    static constexpr int LargeBlockBytes = 1024 * 1024;
};

} // namespace Storydesk
