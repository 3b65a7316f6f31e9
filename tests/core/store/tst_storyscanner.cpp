#include "storyscanner.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using Storydesk::FileIdentity;
using Storydesk::StoryScanner;

namespace {

const QByteArray Story = "---\ntitle: x\n---\nbody\n";

void write(const QString &path, const QByteArray &bytes = Story)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

void link(const QString &target, const QString &linkPath)
{
    QVERIFY2(QFile::link(target, linkPath), qPrintable(linkPath));
}

QStringList relative(const QString &root, QStringList paths)
{
    for (QString &p : paths)
        p = QDir(root).relativeFilePath(p);
    paths.sort();
    return paths;
}

} // namespace

class TestStoryScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_findsStoriesRecursivelyAndSkipsNonContent();
    void scan_followsLinksOnlyInsideTheFolderAndOnce();
    void scan_reportsFilesPerDirectoryAsItGoes();
    void scan_stopsWhenCancelled();
    void scan_startBelowRootSkipsVisitedFolders();
    void list_readsOneDirectory();
    void scanWithIdentities_givesEachFileTheIdentityOfItsTarget_data();
    void scanWithIdentities_givesEachFileTheIdentityOfItsTarget();
    void scan_skipsFifosAndNamesThatAreNotUtf8();
    void isSkippedDirectory_data();
    void isSkippedDirectory();
    void startsWithFence_data();
    void startsWithFence();
};

void TestStoryScanner::scan_findsStoriesRecursivelyAndSkipsNonContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString r = dir.path();
    for (const char *story : {"a.md", "b.markdown", "c.txt", "UPPER.MD", "notes.rst", ".hidden.md", ".git/x.md",
                              ".obsidian/x.md", "node_modules/pkg/x.md", "_site/x.md", "public/x.md",
                              "resources/_gen/x.md", "resources/keep.md", "content/_gen/kept.md",
                              "posts/2020/09/f.md", "posts/2020/09/g.txt"})
        write(r + QLatin1Char('/') + QLatin1StringView(story));
    // What saving leaves for an instant, or for good when the saver is killed: QSaveFile's
    // story.md.XXXXXX, editors' swap and backup files. Never stories.
    for (const char *temporary : {"a.md.AbC123", "posts/2020/09/g.txt.Xy9zQw", ".a.md.swp", ".#a.md", "#a.md#", "a.md~"})
        write(r + QLatin1Char('/') + QLatin1StringView(temporary));
    write(r + QStringLiteral("/c-bom.txt"), "\xEF\xBB\xBF" + Story);
    write(r + QStringLiteral("/d.txt"), "just notes\n");
    write(r + QStringLiteral("/e.md"), "# No front matter\n");

    StoryScanner scanner(r);
    QCOMPARE(relative(r, scanner.scan()),
             (QStringList{QStringLiteral("UPPER.MD"), QStringLiteral("a.md"), QStringLiteral("b.markdown"),
                          QStringLiteral("c-bom.txt"), QStringLiteral("c.txt"), QStringLiteral("content/_gen/kept.md"),
                          QStringLiteral("e.md"), QStringLiteral("posts/2020/09/f.md"), QStringLiteral("posts/2020/09/g.txt"),
                          QStringLiteral("resources/keep.md")}));
    const QStringList walked = relative(r, scanner.walkedDirectories().keys());
    QVERIFY(walked.contains(QStringLiteral("posts/2020/09")));
    QVERIFY(!walked.contains(QStringLiteral("node_modules")));
}

void TestStoryScanner::scan_followsLinksOnlyInsideTheFolderAndOnce()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    QVERIFY(dir.isValid() && outside.isValid());
    const QString r = dir.path();
    write(r + QStringLiteral("/posts/a.md"));
    write(r + QStringLiteral("/.drafts/secret.md"));
    write(outside.path() + QStringLiteral("/elsewhere.md"));
    link(r, r + QStringLiteral("/posts/loop"));                        // a loop back to the root
    link(QStringLiteral("."), r + QStringLiteral("/posts/self"));      // a loop onto itself
    link(r + QStringLiteral("/posts"), r + QStringLiteral("/also-posts")); // a second path to a listed folder
    link(outside.path(), r + QStringLiteral("/out"));                   // out of the folder
    link(outside.path() + QStringLiteral("/elsewhere.md"), r + QStringLiteral("/out.md"));
    link(r + QStringLiteral("/posts/a.md"), r + QStringLiteral("/dup.md")); // already listed under its own path
    link(r + QStringLiteral("/.drafts/secret.md"), r + QStringLiteral("/draft.md")); // inside, but not listed otherwise
    link(r + QStringLiteral("/missing.md"), r + QStringLiteral("/dangling.md"));

    StoryScanner scanner(r);
    QCOMPARE(relative(r, scanner.scan()), (QStringList{QStringLiteral("draft.md"), QStringLiteral("posts/a.md")}));
}

void TestStoryScanner::scan_reportsFilesPerDirectoryAsItGoes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    write(dir.filePath(QStringLiteral("a/1.md")));
    write(dir.filePath(QStringLiteral("a/2.md")));
    write(dir.filePath(QStringLiteral("b/3.md")));
    QList<QStringList> calls;
    StoryScanner scanner(dir.path());
    scanner.scan([&calls, &dir](const QStringList &paths) { calls.append(relative(dir.path(), paths)); });
    QCOMPARE(calls, (QList<QStringList>{{QStringLiteral("a/1.md"), QStringLiteral("a/2.md")}, {QStringLiteral("b/3.md")}}));
}

void TestStoryScanner::scan_stopsWhenCancelled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int i = 0; i < 20; ++i)
        write(dir.filePath(QStringLiteral("d%1/s.md").arg(i)));
    std::atomic_bool cancelled{false};
    StoryScanner scanner(dir.path());
    scanner.setCancelFlag(&cancelled);
    int calls = 0;
    scanner.scan([&](const QStringList &) {
        ++calls;
        cancelled = true;
    });
    QCOMPARE(calls, 1);
}

void TestStoryScanner::scan_startBelowRootSkipsVisitedFolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    write(dir.filePath(QStringLiteral("new/a.md")));
    write(dir.filePath(QStringLiteral("old/b.md")));
    link(dir.filePath(QStringLiteral("old")), dir.filePath(QStringLiteral("new/old-link")));
    StoryScanner scanner(dir.path());
    scanner.setVisitedDirectories({QFileInfo(dir.filePath(QStringLiteral("old"))).canonicalFilePath()});
    QCOMPARE(relative(dir.path(), scanner.scan(dir.filePath(QStringLiteral("new")))), QStringList{QStringLiteral("new/a.md")});
    // Outside the root: nothing.
    QTemporaryDir other;
    write(other.filePath(QStringLiteral("x.md")));
    QVERIFY(scanner.scan(other.path()).isEmpty());
}

void TestStoryScanner::list_readsOneDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    write(dir.filePath(QStringLiteral("b.md")));
    write(dir.filePath(QStringLiteral("a.md")));
    write(dir.filePath(QStringLiteral("sub/c.md")));
    write(dir.filePath(QStringLiteral("_site/d.md")));
    const StoryScanner scanner(dir.path());
    const StoryScanner::Listing listing = scanner.list(dir.path());
    QCOMPARE(listing.files.size(), 2);
    QCOMPARE(listing.files.at(0).name, QStringLiteral("a.md"));
    QCOMPARE(listing.files.at(1).name, QStringLiteral("b.md"));
    QCOMPARE(listing.directories.size(), 1);
    QCOMPARE(listing.directories.at(0).name, QStringLiteral("sub"));
    QCOMPARE(listing.directories.at(0).canonicalPath, QFileInfo(dir.filePath(QStringLiteral("sub"))).canonicalFilePath());
}

void TestStoryScanner::scanWithIdentities_givesEachFileTheIdentityOfItsTarget_data()
{
    QTest::addColumn<bool>("entryTypesIgnored");
    QTest::newRow("entry types from readdir") << false;
    QTest::newRow("no entry types (DT_UNKNOWN): stat each") << true;
}

void TestStoryScanner::scanWithIdentities_givesEachFileTheIdentityOfItsTarget()
{
    QFETCH(bool, entryTypesIgnored);
    QTemporaryDir dir;
    QTemporaryDir outside;
    QVERIFY(dir.isValid() && outside.isValid());
    const QString r = dir.path();
    write(r + QStringLiteral("/posts/a.md"));
    write(r + QStringLiteral("/posts/b.txt"));
    write(r + QStringLiteral("/posts/notes.txt"), "no fence\n");
    write(r + QStringLiteral("/posts/longer.md"), Story + QByteArray(5000, 'x'));
    write(r + QStringLiteral("/.drafts/secret.md"), Story + "more\n");
    write(r + QStringLiteral("/node_modules/x.md"));
    write(outside.path() + QStringLiteral("/elsewhere.md"));
    link(r, r + QStringLiteral("/posts/loop"));
    link(r + QStringLiteral("/posts"), r + QStringLiteral("/also-posts"));
    link(outside.path(), r + QStringLiteral("/out"));
    link(outside.path() + QStringLiteral("/elsewhere.md"), r + QStringLiteral("/out.md"));
    link(r + QStringLiteral("/posts/a.md"), r + QStringLiteral("/dup.md"));
    link(r + QStringLiteral("/.drafts/secret.md"), r + QStringLiteral("/draft.md"));
    link(r + QStringLiteral("/missing.md"), r + QStringLiteral("/dangling.md"));

    StoryScanner scanner(r);
    scanner.setEntryTypesIgnored(entryTypesIgnored);
    QList<StoryScanner::Found> found;
    scanner.scanWithIdentities([&found](const QList<StoryScanner::Found> &files) { found.append(files); });
    QStringList paths;
    for (const StoryScanner::Found &file : std::as_const(found)) {
        paths.append(file.path);
        QVERIFY2(file.identity.isValid(), qPrintable(file.path));
        QCOMPARE(file.identity, FileIdentity::of(file.path));   // a link's is its target's
    }
    // Real files first, in walk order, the linked one last.
    QCOMPARE(relative(r, paths), (QStringList{QStringLiteral("draft.md"), QStringLiteral("posts/a.md"),
                                              QStringLiteral("posts/b.txt"), QStringLiteral("posts/longer.md")}));
    QCOMPARE(QDir(r).relativeFilePath(paths.last()), QStringLiteral("draft.md"));
    QCOMPARE(relative(r, scanner.walkedDirectories().keys()), (QStringList{QStringLiteral("."), QStringLiteral("posts")}));

    const StoryScanner::Listing listing = scanner.list(r + QStringLiteral("/posts"));
    QCOMPARE(listing.files.size(), 3);
    for (const StoryScanner::Entry &file : listing.files)
        QCOMPARE(file.identity, FileIdentity::of(r + QStringLiteral("/posts/") + file.name));
    QCOMPARE(listing.directories.size(), 1);   // the loop, a link inside the root
    QVERIFY(listing.directories.at(0).isLink);
    QVERIFY(!listing.directories.at(0).identity.isValid());   // folders have none
}

void TestStoryScanner::scan_skipsFifosAndNamesThatAreNotUtf8()
{
    // As QDirIterator does: a fifo is no file (QDir::System), and a name that is not UTF-8
    // cannot be decoded, so it is not listed at all.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    write(dir.filePath(QStringLiteral("ok.md")));
    write(dir.filePath(QStringLiteral("caf\u00e9.md")));
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe.md"))).constData(), 0600), 0);
    const QByteArray latin1 = QFile::encodeName(dir.path()) + "/caf\xe9-latin1.md";
    const int fd = ::open(latin1.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    QVERIFY(fd >= 0);
    // QTemporaryDir cannot remove a name it cannot decode: the folder would stay in /tmp.
    const auto removeLatin1 = qScopeGuard([&latin1] { ::unlink(latin1.constData()); });
    QCOMPARE(::write(fd, Story.constData(), size_t(Story.size())), ssize_t(Story.size()));
    ::close(fd);
    for (const bool ignored : {false, true}) {
        StoryScanner scanner(dir.path());
        scanner.setEntryTypesIgnored(ignored);
        QCOMPARE(relative(dir.path(), scanner.scan()), (QStringList{QStringLiteral("caf\u00e9.md"), QStringLiteral("ok.md")}));
    }
}

void TestStoryScanner::isSkippedDirectory_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<bool>("skipped");

    QTest::newRow(".git") << ".git" << "site" << true;
    QTest::newRow("hidden") << ".cache" << "site" << true;
    QTest::newRow("node_modules") << "node_modules" << "site" << true;
    QTest::newRow("_site") << "_site" << "site" << true;
    QTest::newRow("public") << "public" << "site" << true;
    QTest::newRow("resources/_gen") << "_gen" << "resources" << true;
    QTest::newRow("_gen elsewhere") << "_gen" << "content" << false;
    QTest::newRow("resources") << "resources" << "site" << false;
    QTest::newRow("_posts") << "_posts" << "site" << false;
    QTest::newRow("publications") << "publications" << "site" << false;
}

void TestStoryScanner::isSkippedDirectory()
{
    QFETCH(QString, name);
    QFETCH(QString, parent);
    QFETCH(bool, skipped);
    QCOMPARE(StoryScanner::isSkippedDirectory(name, parent), skipped);
}

void TestStoryScanner::startsWithFence_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("fence");

    QTest::newRow("fence") << QByteArray("---\na: 1\n---\n") << true;
    QTest::newRow("crlf fence") << QByteArray("---\r\na: 1\r\n---\r\n") << true;
    QTest::newRow("bom fence") << QByteArray("\xEF\xBB\xBF---\n") << true;
    QTest::newRow("fence with trailing space") << QByteArray("--- \n") << true;
    QTest::newRow("only a fence") << QByteArray("---") << true;
    QTest::newRow("four dashes") << QByteArray("----\n") << false;
    QTest::newRow("text") << QByteArray("hello\n") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("leading blank line") << QByteArray("\n---\n") << false;
}

void TestStoryScanner::startsWithFence()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, fence);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("f.txt"));
    write(path, bytes);
    QCOMPARE(StoryScanner::startsWithFence(path), fence);
}

QTEST_GUILESS_MAIN(TestStoryScanner)
#include "tst_storyscanner.moc"
