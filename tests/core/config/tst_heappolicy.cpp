// HeapPolicy: once applied, a freed large block no longer moves glibc's bound for blocks
// mapped on their own, so a folder's large arrays keep mappings of their own.
#include "heappolicy.h"

#include <QTest>
#include <QThreadPool>

#include <cstdlib>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using Storydesk::HeapPolicy;

class TestHeapPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applied_aFreedLargeBlockDoesNotRaiseTheMappingBound();
    void releaseFreedMemory_runsInTheBackground();
};

void TestHeapPolicy::applied_aFreedLargeBlockDoesNotRaiseTheMappingBound()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("the sanitizer's allocator replaces glibc's, whose bound this is about");
#elif defined(__GLIBC__)
    HeapPolicy::applyOnce();
    HeapPolicy::applyOnce();   // harmless twice
    // Unbounded, glibc would raise its bound to this block's size once it is freed, and put
    // the next block below that size into a heap.
    void *large = std::malloc(8 * 1024 * 1024);
    QVERIFY(large);
    static_cast<char *>(large)[0] = 1;
    std::free(large);
    const std::size_t mappedBefore = mallinfo2().hblks;
    void *array = std::malloc(2 * HeapPolicy::LargeBlockBytes);
    QVERIFY(array);
    const std::size_t mappedWith = mallinfo2().hblks;
    std::free(array);
    QCOMPARE(mappedWith, mappedBefore + 1);          // a mapping of its own
    QCOMPARE(mallinfo2().hblks, mappedBefore);       // and given back with it
#else
    QSKIP("glibc only");
#endif
}

void TestHeapPolicy::releaseFreedMemory_runsInTheBackground()
{
    // A trim on the global pool: the caller does not wait for it, and it ends.
    HeapPolicy::releaseFreedMemory();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
}

QTEST_GUILESS_MAIN(TestHeapPolicy)
#include "tst_heappolicy.moc"
