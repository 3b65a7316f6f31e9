// FileHead: a file's first bytes with the stat taken before reading them; a folder, a pipe or
// a device is never opened; a failure says why; no descriptor is left open.
#include "filehead.h"

#include "testfiles.h"
#include "unprivilegedrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

#include <sys/stat.h>

using namespace Storydesk;

class TestFileHead final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void regularFile_isReadWholeWithItsStat_data();
    void regularFile_isReadWholeWithItsStat();
    void fileBeyondTheLimit_isReadToItAndSaysSo();
    void fileTheStatCallsEmpty_isStillRead();
    void linkToAFile_readsTheFile();
    void notAFile_isNeverOpened();
    void missingOrDangling_isUnreadableSayingWhy();
    void unreadable_isUnreadableSayingWhy();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    static int openDescriptors()
    {
        return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_descriptors = 0;
};

void TestFileHead::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_descriptors = openDescriptors();
}

void TestFileHead::cleanup()
{
    QCOMPARE(openDescriptors(), m_descriptors);
}

void TestFileHead::regularFile_isReadWholeWithItsStat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a story") << QByteArray("---\ntitle: A\n---\nBody\n");
    QTest::newRow("larger than a read chunk") << QByteArray(100 * 1024 + 7, 'x');
    QTest::newRow("exactly the limit") << QByteArray(4096, 'y');
}

void TestFileHead::regularFile_isReadWholeWithItsStat()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(TestFiles::write(path("story.md"), bytes));
    struct stat expected {};
    QCOMPARE(::stat(QFile::encodeName(path("story.md")).constData(), &expected), 0);

    const FileHead head = FileHead::read(path("story.md"), bytes.size() == 4096 ? 4096 : 1024 * 1024);
    QCOMPARE(head.kind(), FileHead::Kind::File);
    QCOMPARE(head.bytes(), bytes);
    QVERIFY(!head.isTruncated());
    QVERIFY(head.isStated());
    QCOMPARE(head.status().st_ino, expected.st_ino);
    QCOMPARE(head.status().st_size, expected.st_size);
    QCOMPARE(head.status().st_mtim.tv_nsec, expected.st_mtim.tv_nsec);
}

void TestFileHead::fileBeyondTheLimit_isReadToItAndSaysSo()
{
    const QByteArray bytes = QByteArray("---\n") + QByteArray(10000, 'z');
    QVERIFY(TestFiles::write(path("large.md"), bytes));
    const FileHead head = FileHead::read(path("large.md"), 4096);
    QCOMPARE(head.kind(), FileHead::Kind::File);
    QCOMPARE(head.bytes(), bytes.left(4096));
    QVERIFY(head.isTruncated());
    QCOMPARE(qint64(head.status().st_size), qint64(bytes.size()));
}

void TestFileHead::fileTheStatCallsEmpty_isStillRead()
{
    // Files of /proc say they are empty and are not: read to their end all the same.
    const FileHead head = FileHead::read(QStringLiteral("/proc/self/status"), 1024 * 1024);
    if (head.kind() == FileHead::Kind::Unreadable)
        QSKIP("no /proc here");
    QCOMPARE(head.kind(), FileHead::Kind::File);
    QCOMPARE(qint64(head.status().st_size), qint64(0));
    QVERIFY2(head.bytes().contains("Pid:"), head.bytes().constData());
    QVERIFY(!head.isTruncated());
}

void TestFileHead::linkToAFile_readsTheFile()
{
    QVERIFY(TestFiles::write(path("target.md"), "---\ntitle: T\n---\n"));
    QVERIFY(QFile::link(path("target.md"), path("link.md")));
    const FileHead head = FileHead::read(path("link.md"), 1024);
    QCOMPARE(head.kind(), FileHead::Kind::File);
    QCOMPARE(head.bytes(), QByteArray("---\ntitle: T\n---\n"));
    struct stat target {};
    QCOMPARE(::stat(QFile::encodeName(path("target.md")).constData(), &target), 0);
    QCOMPARE(head.status().st_ino, target.st_ino);
}

void TestFileHead::notAFile_isNeverOpened()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.md")));
    QCOMPARE(::mkfifo(QFile::encodeName(path("fifo.md")).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    const FileHead folder = FileHead::read(path("folder.md"), 1024);
    QCOMPARE(folder.kind(), FileHead::Kind::Folder);
    QVERIFY(folder.isStated());
    // Opening a pipe without a writer would wait forever.
    const FileHead fifo = FileHead::read(path("fifo.md"), 1024);
    QCOMPARE(fifo.kind(), FileHead::Kind::NotAFile);
    QVERIFY(fifo.bytes().isEmpty());
    const FileHead device = FileHead::read(QStringLiteral("/dev/null"), 1024);
    QCOMPARE(device.kind(), FileHead::Kind::NotAFile);
    QVERIFY(timer.elapsed() < 5000);
}

void TestFileHead::missingOrDangling_isUnreadableSayingWhy()
{
    const FileHead missing = FileHead::read(path("missing.md"), 1024);
    QCOMPARE(missing.kind(), FileHead::Kind::Unreadable);
    QCOMPARE(missing.error(), ENOENT);
    QVERIFY(!missing.isStated());
    QVERIFY2(missing.errorString().contains(QStringLiteral("No such file")), qPrintable(missing.errorString()));

    QVERIFY(QFile::link(path("gone.md"), path("dangling.md")));
    QCOMPARE(FileHead::read(path("dangling.md"), 1024).error(), ENOENT);
    QVERIFY(QFile::link(path("loop.md"), path("loop.md")));
    QCOMPARE(FileHead::read(path("loop.md"), 1024).error(), ELOOP);
}

void TestFileHead::unreadable_isUnreadableSayingWhy()
{
    // Root reads past permission bits: the case runs again as nobody.
    if (UnprivilegedRun::isRoot()) {
        const UnprivilegedRun::Run asNobody = UnprivilegedRun::currentTestAsNobody();
        QVERIFY2(asNobody.passed, asNobody.output.constData());
        return;
    }
    QVERIFY(TestFiles::write(path("secret.md"), "---\ntitle: S\n---\n"));
    QVERIFY(QFile::setPermissions(path("secret.md"), QFileDevice::WriteOwner));
    const FileHead head = FileHead::read(path("secret.md"), 1024);
    QCOMPARE(head.kind(), FileHead::Kind::Unreadable);
    QCOMPARE(head.error(), EACCES);
    QVERIFY(head.isStated());   // the stat worked; the open did not
    QVERIFY(head.bytes().isEmpty());
}

QTEST_GUILESS_MAIN(TestFileHead)
#include "tst_filehead.moc"
