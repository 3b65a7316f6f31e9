// ReadAhead: a hinted file's pages come into the page cache without anyone reading it, and a
// hint never blocks, leaks a descriptor or changes a file, whatever the path holds.
#include "readahead.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using Storydesk::ReadAhead;

namespace {

#if defined(Q_OS_LINUX)
// How many of the file's pages in [first, last) are in the page cache (mincore() on a
// mapping of it); all of them without a range.
int residentPages(const QString &path, qsizetype first = 0, qsizetype last = -1)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat info {};
    ::fstat(fd, &info);
    const long page = ::sysconf(_SC_PAGESIZE);
    const size_t pages = size_t((info.st_size + page - 1) / page);
    void *map = ::mmap(nullptr, size_t(info.st_size), PROT_READ, MAP_SHARED, fd, 0);
    int resident = -1;
    if (map != MAP_FAILED) {
        std::vector<unsigned char> flags(pages);
        if (::mincore(map, size_t(info.st_size), flags.data()) == 0) {
            const auto end = last < 0 ? flags.cend() : flags.cbegin() + last;
            resident = int(std::count_if(flags.cbegin() + first, end, [](unsigned char f) { return f & 1; }));
        }
        ::munmap(map, size_t(info.st_size));
    }
    ::close(fd);
    return resident;
}

// Asks the kernel to drop the file's clean cached pages (no privileges needed).
void evict(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

int openDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
}
#endif

} // namespace

class TestReadAhead final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hint_bringsTheFilesPagesIntoTheCache();
    void hint_leavesTheFileAndTheDescriptorsAsTheyWere();
    void hint_onWhatIsNoRegularFile_returnsAtOnce();
};

void TestReadAhead::hint_bringsTheFilesPagesIntoTheCache()
{
#if defined(Q_OS_LINUX)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("story.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(2 * 1024 * 1024, 'x'));
    file.close();
    evict(path);
    if (residentPages(path) != 0)
        QSKIP("this file system keeps the pages cached (tmpfs, or eviction refused)");
    // The first 256 KiB asked for: they come in, and the rest of the file does not.
    const int page = int(::sysconf(_SC_PAGESIZE));
    const int asked = 256 * 1024 / page;
    ReadAhead::hint(path, 256 * 1024);
    QTRY_VERIFY_WITH_TIMEOUT(residentPages(path, 0, asked) == asked, 10000);
    QCOMPARE(residentPages(path, 2 * asked), 0);
#else
    QSKIP("Linux only");
#endif
}

void TestReadAhead::hint_leavesTheFileAndTheDescriptorsAsTheyWere()
{
#if defined(Q_OS_LINUX)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("story.md"));
    const QByteArray bytes("---\ntitle: Kept\n---\nBody\n");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QDateTime modified = QFileInfo(path).lastModified();
    const int before = openDescriptors();
    for (int i = 0; i < 2000; ++i)
        ReadAhead::hint(path, 4096);
    QCOMPARE(openDescriptors(), before);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
#else
    QSKIP("Linux only");
#endif
}

void TestReadAhead::hint_onWhatIsNoRegularFile_returnsAtOnce()
{
#if defined(Q_OS_LINUX)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A named pipe with no writer: an open() without O_NONBLOCK would wait here forever.
    const QString fifo = dir.filePath(QStringLiteral("pipe.md"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const int before = openDescriptors();
    ReadAhead::hint(fifo, 4096);
    ReadAhead::hint(dir.path(), 4096);                                   // a folder
    ReadAhead::hint(dir.filePath(QStringLiteral("missing.md")), 4096);   // nothing
    ReadAhead::hint(QString(), 4096);
    QCOMPARE(openDescriptors(), before);
#else
    QSKIP("Linux only");
#endif
}

QTEST_GUILESS_MAIN(TestReadAhead)
#include "tst_readahead.moc"
