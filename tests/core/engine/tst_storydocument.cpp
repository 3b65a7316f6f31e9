#include "storydocument.h"
#include "storyscanner.h"
#include "testfiles.h"
#include "testvalues.h"
#include "unprivilegedrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Storydesk;

namespace Storydesk {
// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(StoryDocument::SaveResult result)
{
    switch (result) {
    case StoryDocument::SaveResult::Saved: return qstrdup("Saved");
    case StoryDocument::SaveResult::Unchanged: return qstrdup("Unchanged");
    case StoryDocument::SaveResult::ChangedOnDisk: return qstrdup("ChangedOnDisk");
    case StoryDocument::SaveResult::NotEditable: return qstrdup("NotEditable");
    case StoryDocument::SaveResult::Failed: return qstrdup("Failed");
    }
    return qstrdup("?");
}
} // namespace Storydesk

namespace {

using TestValues::json;
using TestValues::path;

// What the kernel says about a file: enough to tell "rewritten" from "left alone".
struct DiskState
{
    bool exists = false;
    quint64 inode = 0;
    timespec mtime {};
    mode_t mode = 0;   // permission bits only

    bool sameFileAndTime(const DiskState &o) const
    {
        return exists && o.exists && inode == o.inode && mtime.tv_sec == o.mtime.tv_sec && mtime.tv_nsec == o.mtime.tv_nsec;
    }
};

DiskState diskState(const QString &fileName)
{
    struct stat st {};
    DiskState s;
    if (::stat(QFile::encodeName(fileName).constData(), &st) != 0)
        return s;
    s.exists = true;
    s.inode = quint64(st.st_ino);
    s.mtime = st.st_mtim;
    s.mode = st.st_mode & 07777;
    return s;
}

// Moves the file's timestamps into the past, so that any rewrite during the test shows as
// a different mtime even on file systems with coarse timestamps.
bool setOldMtime(const QString &fileName, time_t seconds = 1600000000, long nanoseconds = 123456789)
{
    const timespec times[2] = {{seconds, nanoseconds}, {seconds, nanoseconds}};
    return ::utimensat(AT_FDCWD, QFile::encodeName(fileName).constData(), times, 0) == 0;
}

bool setMtime(const QString &fileName, const timespec &mtime)
{
    const timespec times[2] = {mtime, mtime};
    return ::utimensat(AT_FDCWD, QFile::encodeName(fileName).constData(), times, 0) == 0;
}

bool chmodPath(const QString &fileName, mode_t mode)
{
    return ::chmod(QFile::encodeName(fileName).constData(), mode) == 0;
}

const QByteArray smallStory("---\ntitle: \"A story\"\nquality: 60 # checked\npublished: true\ntopics:\n  - AI\n---\nBody text.\n");

} // namespace

class TestStoryDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void save_afterEdit_writesExactlyTheEditedBytes_data();
    void save_afterEdit_writesExactlyTheEditedBytes();
    void save_exampleStoryPublishedEdit_changesOneLineOnDisk();
    void save_untouchedOrSameValue_returnsUnchangedAndDoesNotRewrite_data();
    void save_untouchedOrSameValue_returnsUnchangedAndDoesNotRewrite();
    void save_afterFileChangedOnDisk_returnsChangedOnDiskAndKeepsBothSides_data();
    void save_afterFileChangedOnDisk_returnsChangedOnDiskAndKeepsBothSides();
    void save_afterFileDeleted_doesNotSaveOrRecreate();
    void save_onFullDisk_failsKeepingTheOriginalAndTheEdit();
    void save_killedAtAnyMoment_leavesTheOldOrTheNewFile();
    void save_readOnlyFile_failsNamingTheFileAndLeavesItUntouched();
    void save_inReadOnlyFolder_failsAndKeepsTheOriginal();
    void save_keepsFilePermissions_data();
    void save_keepsFilePermissions();
    void save_asRoot_keepsOwnerAndGroup();
    void save_brokenYaml_returnsNotEditableAndNeverWrites();
    void load_directoryNamedLikeAStory_failsWithError();
    void load_missingFile_failsWithErrorNamingTheFile();
    void save_crlfAndBom_keepsBoth();
    void save_twice_secondEditIsSavedToo();
    void save_afterSaved_refreshesIdentity();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newFile(const QByteArray &bytes, const QString &name = {});
};

QString TestStoryDocument::newFile(const QByteArray &bytes, const QString &name)
{
    const QString subdir = m_dir.filePath(QStringLiteral("case%1").arg(++m_counter));
    QDir().mkpath(subdir);
    const QString fileName = subdir + QLatin1Char('/') + (name.isEmpty() ? QStringLiteral("story.md") : name);
    if (!TestFiles::write(fileName, bytes))
        return {};
    return fileName;
}

void TestStoryDocument::save_afterEdit_writesExactlyTheEditedBytes_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");   // JSON
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("published") << smallStory << QByteArray("published") << QByteArray("false")
                               << QByteArray("---\ntitle: \"A story\"\nquality: 60 # checked\npublished: false\ntopics:\n  - AI\n---\nBody text.\n");
    QTest::newRow("quality keeps comment") << smallStory << QByteArray("quality") << QByteArray("75")
                                           << QByteArray("---\ntitle: \"A story\"\nquality: 75 # checked\npublished: true\ntopics:\n  - AI\n---\nBody text.\n");
    QTest::newRow("topics") << smallStory << QByteArray("topics") << QByteArray("[\"AI\",\"Policy\"]")
                            << QByteArray("---\ntitle: \"A story\"\nquality: 60 # checked\npublished: true\ntopics:\n  - AI\n  - Policy\n---\nBody text.\n");
    QTest::newRow("title stays double quoted") << smallStory << QByteArray("title") << QByteArray("\"Another\"")
                                               << QByteArray("---\ntitle: \"Another\"\nquality: 60 # checked\npublished: true\ntopics:\n  - AI\n---\nBody text.\n");
    QTest::newRow("empty body, no final newline") << QByteArray("---\npublished: true\n---") << QByteArray("published") << QByteArray("false")
                                                  << QByteArray("---\npublished: false\n---");
}

void TestStoryDocument::save_afterEdit_writesExactlyTheEditedBytes()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, after);

    const QString fileName = newFile(before);
    QVERIFY(!fileName.isEmpty());
    QString error;
    std::optional<StoryDocument> doc = StoryDocument::load(fileName, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(!doc->isModified());
    QVERIFY2(doc->frontMatter().set(path(key.constData()), json(value.constData()), &error), qPrintable(error));
    QVERIFY(doc->isModified());

    QCOMPARE(doc->save(&error), StoryDocument::SaveResult::Saved);
    QCOMPARE(TestFiles::read(fileName), after);
    QVERIFY(!doc->isModified());
    // Atomic saves leave no temporary file behind.
    QCOMPARE(QDir(QFileInfo(fileName).path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("story.md")});
}

void TestStoryDocument::save_exampleStoryPublishedEdit_changesOneLineOnDisk()
{
    const QByteArray before = TestFiles::exampleStory();
    if (before.isEmpty())
        QSKIP("the example story is not available");
    const QString fileName = newFile(before, QStringLiteral("000_3142fb14e487a547.txt"));
    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY(doc);
    QVERIFY(doc->frontMatter().set(path("published"), YamlValue::boolean(false)));
    QCOMPARE(doc->save(), StoryDocument::SaveResult::Saved);

    QByteArray expected = before;
    const qsizetype at = expected.indexOf("\npublished: true\n");
    QVERIFY(at > 0);
    expected.replace(at, qsizetype(sizeof("\npublished: true\n") - 1), "\npublished: false\n");
    QCOMPARE(TestFiles::read(fileName), expected);
}

void TestStoryDocument::save_untouchedOrSameValue_returnsUnchangedAndDoesNotRewrite_data()
{
    QTest::addColumn<QByteArray>("key");     // empty: no edit at all
    QTest::addColumn<QByteArray>("value");   // JSON

    QTest::newRow("untouched") << QByteArray() << QByteArray();
    QTest::newRow("published set to what it is") << QByteArray("published") << QByteArray("true");
    QTest::newRow("quality set to what it is") << QByteArray("quality") << QByteArray("60");
    QTest::newRow("topics set to what they are") << QByteArray("topics") << QByteArray("[\"AI\"]");
    QTest::newRow("title set to what it is") << QByteArray("title") << QByteArray("\"A story\"");
}

void TestStoryDocument::save_untouchedOrSameValue_returnsUnchangedAndDoesNotRewrite()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);

    const QString fileName = newFile(smallStory);
    QVERIFY(setOldMtime(fileName));
    const DiskState before = diskState(fileName);

    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY(doc);
    if (!key.isEmpty())
        QVERIFY(doc->frontMatter().set(path(key.constData()), json(value.constData())));
    QVERIFY(!doc->isModified());

    QCOMPARE(doc->save(), StoryDocument::SaveResult::Unchanged);
    const DiskState after = diskState(fileName);
    QVERIFY2(after.sameFileAndTime(before), "the file was rewritten although nothing changed");
    QCOMPARE(TestFiles::read(fileName), smallStory);
}

void TestStoryDocument::save_afterFileChangedOnDisk_returnsChangedOnDiskAndKeepsBothSides_data()
{
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<bool>("restoreMtime");
    QTest::addColumn<bool>("replaced");   // saved over (a new file renamed over it), as editors and git do

    QTest::newRow("content and size changed") << QByteArray("---\ntitle: \"A story\"\nquality: 99\npublished: true\n---\nTheir body, longer.\n") << false << false;
    QTest::newRow("replaced by another file") << QByteArray("---\ntitle: \"A story\"\nquality: 99\npublished: true\n---\nTheirs.\n") << false << true;
    QByteArray sameSize = smallStory;
    sameSize.replace("Body text.", "Body TEXT!");
    Q_ASSERT(sameSize.size() == smallStory.size());
    QTest::newRow("same size, mtime restored") << sameSize << true << false;
    QTest::newRow("same size, replaced, mtime restored") << sameSize << true << true;
    QByteArray sameSizeFrontMatter = smallStory;
    sameSizeFrontMatter.replace("quality: 60", "quality: 61");
    QTest::newRow("same size front matter, mtime restored") << sameSizeFrontMatter << true << false;
}

void TestStoryDocument::save_afterFileChangedOnDisk_returnsChangedOnDiskAndKeepsBothSides()
{
    QFETCH(QByteArray, theirs);
    QFETCH(bool, restoreMtime);
    QFETCH(bool, replaced);

    const QString fileName = newFile(smallStory);
    QVERIFY(setOldMtime(fileName));
    const DiskState loaded = diskState(fileName);

    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY(doc);
    QVERIFY(doc->frontMatter().set(path("published"), YamlValue::boolean(false)));

    // Someone else writes the file in place (same inode) or saves over it, possibly hiding
    // it behind the old mtime.
    if (replaced) {
        QSaveFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(theirs);
        QVERIFY(file.commit());
    } else {
        QVERIFY(TestFiles::write(fileName, theirs));
    }
    if (restoreMtime) {
        QVERIFY(setMtime(fileName, loaded.mtime));
        const DiskState disguised = diskState(fileName);
        QVERIFY2(replaced || disguised.sameFileAndTime(loaded), "the test could not disguise the change");
        QCOMPARE(QFileInfo(fileName).size(), qint64(smallStory.size()));
    }
    const DiskState changed = diskState(fileName);

    QString error;
    QCOMPARE(doc->save(&error), StoryDocument::SaveResult::ChangedOnDisk);
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QCOMPARE(TestFiles::read(fileName), theirs);
    QVERIFY(diskState(fileName).sameFileAndTime(changed));
    // Our edit is still held, ready to be merged or saved after a reload.
    QVERIFY(doc->isModified());
    QCOMPARE(doc->frontMatter().valueAt(path("published"))->toBool(), std::optional<bool>(false));
}

void TestStoryDocument::save_afterFileDeleted_doesNotSaveOrRecreate()
{
    const QString fileName = newFile(smallStory);
    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY(doc);
    QVERIFY(doc->frontMatter().set(path("published"), YamlValue::boolean(false)));
    QVERIFY(QFile::remove(fileName));

    QString error;
    const StoryDocument::SaveResult result = doc->save(&error);
    QVERIFY(result != StoryDocument::SaveResult::Saved);
    QVERIFY(result != StoryDocument::SaveResult::Unchanged);
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QVERIFY2(!QFileInfo::exists(fileName), "a file deleted by someone else was silently recreated");
    QVERIFY(doc->isModified());
}

void TestStoryDocument::save_onFullDisk_failsKeepingTheOriginalAndTheEdit()
{
    // A 64 KB file system, filled up: the new version cannot be written anywhere.
    const QString mountPoint = m_dir.filePath(QStringLiteral("full-disk"));
    QVERIFY(QDir().mkpath(mountPoint));
    if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=64k") != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs to fill up (needs root with CAP_SYS_ADMIN): %1")
                             .arg(QString::fromLocal8Bit(strerror(errno)))));
    const auto unmount = qScopeGuard([&mountPoint] { ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH); });

    const QByteArray before = smallStory + QByteArray(8 * 1024, 'b') + '\n';
    const QString fileName = mountPoint + QStringLiteral("/story.md");
    QVERIFY(TestFiles::write(fileName, before));
    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY(doc);
    QVERIFY(doc->frontMatter().set(path("published"), YamlValue::boolean(false)));
    const QString filler = mountPoint + QStringLiteral("/filler");
    {
        QFile file(filler);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (file.write(block) == block.size() && file.flush()) {
        }
    }

    QString error;
    QCOMPARE(doc->save(&error), StoryDocument::SaveResult::Failed);
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QCOMPARE(TestFiles::read(fileName), before);
    // No half-written temporary file is left beside it.
    QCOMPARE(QDir(mountPoint).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name),
             (QStringList{QStringLiteral("filler"), QStringLiteral("story.md")}));
    QVERIFY(doc->isModified());

    // Once there is room again, the edit the app kept is saved.
    QVERIFY(QFile::remove(filler));
    QCOMPARE(doc->save(&error), StoryDocument::SaveResult::Saved);
    QVERIFY(TestFiles::read(fileName).contains("\npublished: false\n"));
}

void TestStoryDocument::save_killedAtAnyMoment_leavesTheOldOrTheNewFile()
{
    // A helper process saves the story again and again (toggling published) and is killed
    // at random moments: whenever it dies, the file is one of the two complete versions,
    // and nothing it leaves behind is listed as a story.
    const QByteArray body = QByteArray("A long body.\n").repeated(150000);   // ~2 MB: writes take a while
    const QByteArray publishedTrue = smallStory + body;
    QByteArray publishedFalse = publishedTrue;
    publishedFalse.replace("published: true", "published: false");
    const QString fileName = newFile(publishedTrue);
    const QString folder = QFileInfo(fileName).path();

    QRandomGenerator random(20240917);
    int leftovers = 0;
    for (int round = 0; round < 25; ++round) {
        QProcess helper;
        helper.start(QStringLiteral(STORYDESK_TESTHELPER_PATH), {QStringLiteral("save-loop"), fileName});
        QVERIFY(helper.waitForStarted());
        QVERIFY2(helper.waitForReadyRead(20000), helper.readAllStandardError().constData());
        QTest::qSleep(int(random.bounded(60)));
        ::kill(pid_t(helper.processId()), SIGKILL);
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        const QByteArray now = TestFiles::read(fileName);
        QVERIFY2(now == publishedTrue || now == publishedFalse,
                 qPrintable(QStringLiteral("round %1: the file is neither version (%2 bytes)").arg(round).arg(now.size())));
        QCOMPARE(StoryScanner(folder).scan(), QStringList{fileName});
        const QStringList all = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
        leftovers = int(all.size()) - 1;
    }
    // QSaveFile writes to an unnamed file (O_TMPFILE) and names it only to rename it: a kill
    // in between leaves story.md.XXXXXX, which is not a story file name.
    if (leftovers > 0)
        qInfo("%d temporary file(s) left by a kill between naming and renaming", leftovers);
    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY(doc && doc->frontMatter().isEditable());
}

void TestStoryDocument::save_readOnlyFile_failsNamingTheFileAndLeavesItUntouched()
{
    const QString fileName = newFile(smallStory);
    QVERIFY(chmodPath(fileName, 0444));
    QVERIFY(setOldMtime(fileName));
    const DiskState before = diskState(fileName);

    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY(doc);
    QVERIFY(doc->frontMatter().set(path("published"), YamlValue::boolean(false)));

    QString error;
    const StoryDocument::SaveResult result = doc->save(&error);
    // Checked on the file's permission bits, so this holds when the tests run as root too.
    QCOMPARE(result, StoryDocument::SaveResult::Failed);
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QCOMPARE(TestFiles::read(fileName), smallStory);
    const DiskState after = diskState(fileName);
    QVERIFY2(after.sameFileAndTime(before), "the read-only file was replaced");
    QCOMPARE(after.mode, mode_t(0444));
    QVERIFY(doc->isModified());
}

void TestStoryDocument::save_inReadOnlyFolder_failsAndKeepsTheOriginal()
{
    const QString fileName = newFile(smallStory);
    const QString folder = QFileInfo(fileName).path();
    QVERIFY(setOldMtime(fileName));
    const DiskState before = diskState(fileName);

    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY(doc);
    QVERIFY(doc->frontMatter().set(path("published"), YamlValue::boolean(false)));

    QVERIFY(chmodPath(folder, 0555));
    const auto restore = qScopeGuard([&folder] { chmodPath(folder, 0755); });
    // Root (as in CI containers) ignores directory permissions: the case runs again as nobody.
    if (UnprivilegedRun::isRoot()) {
        const UnprivilegedRun::Run asNobody = UnprivilegedRun::currentTestAsNobody();
        QVERIFY2(asNobody.passed, asNobody.output.constData());
        return;
    }
    const QString probe = folder + QStringLiteral("/probe");
    QVERIFY2(!QFile(probe).open(QIODevice::WriteOnly), "a file could be made in the read-only folder");

    QString error;
    QCOMPARE(doc->save(&error), StoryDocument::SaveResult::Failed);
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QCOMPARE(TestFiles::read(fileName), smallStory);
    QVERIFY(diskState(fileName).sameFileAndTime(before));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("story.md")});
    QVERIFY(doc->isModified());
}

void TestStoryDocument::save_keepsFilePermissions_data()
{
    QTest::addColumn<uint>("mode");
    QTest::newRow("0640") << 0640u;
    QTest::newRow("0600") << 0600u;
    QTest::newRow("0664") << 0664u;
    QTest::newRow("0644") << 0644u;
    QTest::newRow("0755") << 0755u;
}

void TestStoryDocument::save_keepsFilePermissions()
{
    QFETCH(uint, mode);
    const QString fileName = newFile(smallStory);
    QVERIFY(chmodPath(fileName, mode_t(mode)));
    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY(doc);
    QVERIFY(doc->frontMatter().set(path("quality"), YamlValue::integer(61)));
    QCOMPARE(doc->save(), StoryDocument::SaveResult::Saved);
    QVERIFY(TestFiles::read(fileName).contains("quality: 61 # checked\n"));
    QCOMPARE(uint(diskState(fileName).mode), mode);
}

void TestStoryDocument::save_asRoot_keepsOwnerAndGroup()
{
    if (::geteuid() != 0)
        QSKIP("changing a file's owner needs root");
    const QString fileName = newFile(smallStory);
    const uid_t nobody = 65534;
    QCOMPARE(::chown(QFile::encodeName(fileName).constData(), nobody, nobody), 0);
    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY(doc);
    QVERIFY(doc->frontMatter().set(path("quality"), YamlValue::integer(62)));
    QCOMPARE(doc->save(), StoryDocument::SaveResult::Saved);
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(fileName).constData(), &st), 0);
    QCOMPARE(st.st_uid, nobody);
    QCOMPARE(st.st_gid, gid_t(nobody));
}

void TestStoryDocument::save_brokenYaml_returnsNotEditableAndNeverWrites()
{
    const QByteArray broken("---\ntitle: \"ok\"\ntopics:\n\t- AI\n---\nbody\n");
    const QString fileName = newFile(broken);
    QVERIFY(setOldMtime(fileName));
    const DiskState before = diskState(fileName);

    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY2(doc, "a broken file still loads, as a broken row");
    QVERIFY(!doc->frontMatter().isEditable());
    QVERIFY(!doc->frontMatter().problems().isEmpty());
    QVERIFY(!doc->frontMatter().set(path("published"), YamlValue::boolean(false)));

    QString error;
    QCOMPARE(doc->save(&error), StoryDocument::SaveResult::NotEditable);
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QCOMPARE(TestFiles::read(fileName), broken);
    QVERIFY(diskState(fileName).sameFileAndTime(before));
}

void TestStoryDocument::load_directoryNamedLikeAStory_failsWithError()
{
    const QString folder = m_dir.filePath(QStringLiteral("x.md"));
    QVERIFY(QDir().mkpath(folder));
    QString error;
    const std::optional<StoryDocument> doc = StoryDocument::load(folder, &error);
    QVERIFY(!doc);
    QVERIFY2(error.contains(folder), qPrintable(error));
}

void TestStoryDocument::load_missingFile_failsWithErrorNamingTheFile()
{
    const QString fileName = m_dir.filePath(QStringLiteral("does-not-exist.md"));
    QString error;
    const std::optional<StoryDocument> doc = StoryDocument::load(fileName, &error);
    QVERIFY(!doc);
    QVERIFY2(error.contains(fileName), qPrintable(error));
}

void TestStoryDocument::save_crlfAndBom_keepsBoth()
{
    const QByteArray before("\xEF\xBB\xBF---\r\ntitle: \"T\"\r\npublished: true\r\ntopics:\r\n  - AI\r\n---\r\nBody\r\nmore\r\n");
    const QString fileName = newFile(before);
    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY(doc);
    QVERIFY(doc->frontMatter().file().hasBom());
    QVERIFY(doc->frontMatter().file().usesCrlf());
    QVERIFY(doc->frontMatter().set(path("published"), YamlValue::boolean(false)));
    QVERIFY(doc->frontMatter().set(path("topics"), json("[\"AI\",\"Policy\"]")));
    QCOMPARE(doc->save(), StoryDocument::SaveResult::Saved);
    QCOMPARE(TestFiles::read(fileName),
             QByteArray("\xEF\xBB\xBF---\r\ntitle: \"T\"\r\npublished: false\r\ntopics:\r\n  - AI\r\n  - Policy\r\n---\r\nBody\r\nmore\r\n"));
}

void TestStoryDocument::save_twice_secondEditIsSavedToo()
{
    const QString fileName = newFile(smallStory);
    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY(doc);

    QVERIFY(doc->frontMatter().set(path("published"), YamlValue::boolean(false)));
    QString error;
    QCOMPARE(doc->save(&error), StoryDocument::SaveResult::Saved);
    QVERIFY(!doc->isModified());

    QVERIFY(doc->frontMatter().set(path("quality"), YamlValue::integer(80)));
    QVERIFY(doc->isModified());
    QCOMPARE(doc->save(&error), StoryDocument::SaveResult::Saved);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(TestFiles::read(fileName), QByteArray("---\ntitle: \"A story\"\nquality: 80 # checked\npublished: false\ntopics:\n  - AI\n---\nBody text.\n"));

    // And back: a third save of the original values restores the original bytes.
    QVERIFY(doc->frontMatter().set(path("published"), YamlValue::boolean(true)));
    QVERIFY(doc->frontMatter().set(path("quality"), YamlValue::integer(60)));
    QCOMPARE(doc->save(), StoryDocument::SaveResult::Saved);
    QCOMPARE(TestFiles::read(fileName), smallStory);
}

void TestStoryDocument::save_afterSaved_refreshesIdentity()
{
    const QString fileName = newFile(smallStory);
    QVERIFY(setOldMtime(fileName));
    std::optional<StoryDocument> doc = StoryDocument::load(fileName);
    QVERIFY(doc);
    const FileIdentity loaded = doc->identity();
    QCOMPARE(loaded, FileIdentity::of(fileName));

    QVERIFY(doc->frontMatter().set(path("published"), YamlValue::boolean(false)));
    QCOMPARE(doc->save(), StoryDocument::SaveResult::Saved);
    QVERIFY(doc->identity() != loaded);
    QCOMPARE(doc->identity(), FileIdentity::of(fileName));
    QVERIFY(doc->isUnchangedOnDisk());

    // Someone else writes after our save: that is noticed against the refreshed identity.
    QVERIFY(TestFiles::write(fileName, smallStory));
    QVERIFY(!doc->isUnchangedOnDisk());
    QVERIFY(doc->frontMatter().set(path("quality"), YamlValue::integer(1)));
    QCOMPARE(doc->save(), StoryDocument::SaveResult::ChangedOnDisk);
    QCOMPARE(TestFiles::read(fileName), smallStory);
}

QTEST_GUILESS_MAIN(TestStoryDocument)
#include "tst_storydocument.moc"
