#include "heappolicy.h"

#include <QThreadPool>

#include <cstdint>
#include <mutex>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

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

void HeapPolicy::adviseHugePages(void *data, std::size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    // Only the whole huge pages inside the block: the advice covers no byte of another's.
    constexpr std::uintptr_t HugePage = std::uintptr_t(2) << 20;
    const auto start = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t begin = (start + HugePage - 1) & ~(HugePage - 1);
    const std::uintptr_t end = (start + bytes) & ~(HugePage - 1);
    if (bytes >= std::size_t(LargeBlockBytes) && end > begin)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);   // advice: may be refused
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
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
