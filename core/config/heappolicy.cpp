#include "heappolicy.h"

#include <QThreadPool>

#include <mutex>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Storydesk {

void HeapPolicy::applyOnce()
{
#ifdef __GLIBC__
    // glibc maps blocks from 128 KiB on, but raises that bound to the size of any mapped
    // block freed, up to 32 MiB: after the first load freed one of its arrays of rows (the
    // index's halves, 20 MiB each), every later array up to that size went into the heaps,
    // and what small summaries were allocated around it once it was freed kept its pages.
    // A fixed bound stops the raising: 100,000 stories loaded from the index held 245 MiB
    // resident, 237 with the bound (1 MiB, 128 KiB and 4 MiB measured alike; 1 MiB keeps
    // the many mid-sized buffers of reading and parsing in the heaps, where they are reused).
    static std::once_flag once;
    std::call_once(once, [] { mallopt(M_MMAP_THRESHOLD, LargeBlockBytes); });
#endif
}

void HeapPolicy::releaseFreedMemory()
{
#ifdef __GLIBC__
    // A load frees a lot on its way (the files' bytes, the index's pages, the old folder's
    // rows, the walk's lookups) between the summaries it keeps, and glibc keeps such freed
    // pages mapped: a loaded 100,000-story window held about 35 MiB that a trim gives back.
    QThreadPool::globalInstance()->start([] { malloc_trim(0); });
#endif
}

} // namespace Storydesk
