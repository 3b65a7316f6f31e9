// HeapPolicy: once applied, a freed large block no longer moves glibc's bound for blocks
// mapped on their own, so a folder's large arrays keep mappings of their own; huge pages are
// asked for a large block's whole huge pages only.
#include "heappolicy.h"

#include <QFile>
#include <QTest>
#include <QThreadPool>

#include <cstdlib>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

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
    void adviseHugePages_marksTheWholeHugePagesOfTheBlockOnly();
};

namespace {

// The VmFlags of /proc/self/smaps for the mapping holding `address`.
QByteArray vmFlagsAt(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto at = reinterpret_cast<quintptr>(address);
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash && !line.left(space).endsWith(':')) {   // "start-end perms ..."
            bool okStart = false;
            bool okEnd = false;
            const quintptr start = line.left(dash).toULongLong(&okStart, 16);
            const quintptr end = line.mid(dash + 1, space - dash - 1).toULongLong(&okEnd, 16);
            inside = okStart && okEnd && at >= start && at < end;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).trimmed();
        }
    }
    return {};
}

} // namespace

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

void TestHeapPolicy::adviseHugePages_marksTheWholeHugePagesOfTheBlockOnly()
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage")))
        QSKIP("a kernel without transparent huge pages takes no such advice");
    HeapPolicy::applyOnce();
    constexpr std::size_t HugePage = std::size_t(2) << 20;
    const std::size_t bytes = 5 * HugePage;
    char *block = static_cast<char *>(std::malloc(bytes));   // mapped on its own (applyOnce())
    QVERIFY(block);
    const QByteArray before = vmFlagsAt(block + bytes / 2);
    QVERIFY2(!before.isEmpty(), "no /proc/self/smaps");
    QVERIFY(!before.split(' ').contains("hg"));
    HeapPolicy::adviseHugePages(block, bytes);
    const auto first = (reinterpret_cast<quintptr>(block) + HugePage - 1) & ~quintptr(HugePage - 1);
    QVERIFY(vmFlagsAt(reinterpret_cast<void *>(first)).split(' ').contains("hg"));
    QVERIFY(vmFlagsAt(block + bytes / 2).split(' ').contains("hg"));
    if (first != reinterpret_cast<quintptr>(block))   // the part before a whole huge page: not advised
        QVERIFY(!vmFlagsAt(block).split(' ').contains("hg"));
    std::free(block);
    // A small block is left alone: its pages may hold others' blocks.
    char *small = static_cast<char *>(std::malloc(64 * 1024));
    QVERIFY(small);
    HeapPolicy::adviseHugePages(small, 64 * 1024);
    QVERIFY(!vmFlagsAt(small).split(' ').contains("hg"));
    std::free(small);
#else
    QSKIP("Linux only");
#endif
}

QTEST_GUILESS_MAIN(TestHeapPolicy)
#include "tst_heappolicy.moc"
