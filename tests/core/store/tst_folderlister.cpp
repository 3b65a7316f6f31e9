// FolderLister, what storydesk-cli reads folders with: it streams the same stories, in the
// same order, as a full load through StoryStore, with or without the index, across its
// windows; it re-reads changed files, drops deleted ones and adds new ones against a warm
// index; and an index whose bulk write was cut short is rebuilt, never trusted.
#include "corpusgenerator.h"
#include "folderlister.h"
#include "storyindex.h"
#include "storystore.h"
#include "summarydescription.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Storydesk;

namespace {

// More stories than one window reads, so windows follow each other.
constexpr int StoryCount = 700;

using TestSummaries::describe;

QStringList listed(const QString &folder, bool withIndex)
{
    QStringList out;
    FolderLister lister(folder);
    lister.setIndexEnabled(withIndex);
    lister.run([&out](const StorySummary &s) { out.append(describe(s)); });
    return out;
}

// The non-streamed way: every summary loaded by the store, then sorted.
QStringList loaded(const QString &folder)
{
    StoryStore store;
    store.setIndexEnabled(false);
    QSignalSpy finished(&store, &StoryStore::loadFinished);
    store.openFolder(folder);
    if (store.isLoading() && !finished.wait(60000))
        return {};
    QList<StorySummary> rows;
    for (int row = 0; row < store.count(); ++row)
        rows.append(store.summary(row));
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return StoryIndex::pathLess(a.path, b.path); });
    QStringList out;
    for (const StorySummary &s : std::as_const(rows))
        out.append(describe(s));
    return out;
}

QStringList titles(const QString &folder)
{
    QStringList out;
    FolderLister(folder).run([&out, &folder](const StorySummary &s) { out.append(QDir(folder).relativeFilePath(s.path) + QLatin1Char('=') + s.title); });
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray storyTitled(const QByteArray &title)
{
    return "---\ntitle: " + title + "\npublished: true\n---\nBody.\n";
}

} // namespace

class TestFolderLister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.path() + QStringLiteral("/site");
        QVERIFY(!CorpusGenerator().write(m_folder, StoryCount).isEmpty());
        // Paths whose order differs between bytes and UTF-16, and a broken story.
        writeFile(m_folder + QStringLiteral("/x/\u00e9t\u00e9.md"), storyTitled("Summer"));
        writeFile(m_folder + QStringLiteral("/x/\uff21.md"), storyTitled("Fullwidth"));
        writeFile(m_folder + QString::fromUtf8("/x/\xf0\x9f\x98\x80.md"), storyTitled("Emoji"));
        writeFile(m_folder + QStringLiteral("/x/broken.md"), "---\ntitle: [unclosed\n---\n");
    }

    void init()
    {
        StoryIndex::remove(m_folder);
    }

    void cleanupTestCase()
    {
        StoryIndex::remove(m_folder);
    }

    void run_visitsWhatAFullLoadHolds_inPathOrder_data()
    {
        QTest::addColumn<bool>("withIndex");
        QTest::addColumn<bool>("warm");
        QTest::newRow("no index") << false << false;
        QTest::newRow("index being built") << true << false;
        QTest::newRow("warm index") << true << true;
    }

    void run_visitsWhatAFullLoadHolds_inPathOrder()
    {
        QFETCH(bool, withIndex);
        QFETCH(bool, warm);
        if (warm)
            listed(m_folder, true);
        const QStringList expected = loaded(m_folder);
        QCOMPARE(expected.size(), StoryCount + 4);
        QCOMPARE(listed(m_folder, withIndex), expected);
    }

    void run_coldThenWarm_indexHoldsEveryStory()
    {
        listed(m_folder, true);
        StoryIndex index(m_folder);
        QVERIFY(index.open());
        int rows = 0;
        QVERIFY(index.readInPathOrder([&rows](const QString &, const FileIdentity &, const auto &) { ++rows; }));
        QCOMPARE(rows, StoryCount + 4);
    }

    void run_warm_rereadsChanged_dropsDeleted_addsNew()
    {
        QTemporaryDir dir;
        const QString folder = dir.path() + QStringLiteral("/site");
        writeFile(folder + QStringLiteral("/a.md"), storyTitled("A"));
        writeFile(folder + QStringLiteral("/b.md"), storyTitled("B"));
        writeFile(folder + QStringLiteral("/c.md"), storyTitled("C"));
        QCOMPARE(titles(folder), (QStringList{QStringLiteral("a.md=A"), QStringLiteral("b.md=B"), QStringLiteral("c.md=C")}));

        writeFile(folder + QStringLiteral("/b.md"), storyTitled("B, rewritten"));
        QVERIFY(QFile::remove(folder + QStringLiteral("/c.md")));
        writeFile(folder + QStringLiteral("/d.md"), storyTitled("D"));
        const QStringList expected{QStringLiteral("a.md=A"), QStringLiteral("b.md=B, rewritten"), QStringLiteral("d.md=D")};
        QCOMPARE(titles(folder), expected);
        // And the index learnt it: a second run, from the index alone, agrees.
        QCOMPARE(titles(folder), expected);
        StoryIndex index(folder);
        QVERIFY(index.open());
        QStringList indexed;
        QVERIFY(index.readInPathOrder([&](const QString &path, const FileIdentity &, const auto &) { indexed.append(path); }));
        QCOMPARE(indexed, (QStringList{folder + QStringLiteral("/a.md"), folder + QStringLiteral("/b.md"), folder + QStringLiteral("/d.md")}));
        StoryIndex::remove(folder);
    }

    void run_warm_textFileLosingItsFence_isNoLongerAStory()
    {
        // Unchanged .txt files are taken from the index without looking for their fence:
        // one that changed is looked at again.
        QTemporaryDir dir;
        const QString folder = dir.path() + QStringLiteral("/site");
        writeFile(folder + QStringLiteral("/a.txt"), storyTitled("A"));
        writeFile(folder + QStringLiteral("/notes.txt"), "just notes\n");
        QCOMPARE(titles(folder), QStringList{QStringLiteral("a.txt=A")});
        QCOMPARE(titles(folder), QStringList{QStringLiteral("a.txt=A")});
        writeFile(folder + QStringLiteral("/a.txt"), "no fence any more\n");
        QCOMPARE(titles(folder), QStringList());
        writeFile(folder + QStringLiteral("/notes.txt"), storyTitled("Notes"));
        QCOMPARE(titles(folder), QStringList{QStringLiteral("notes.txt=Notes")});
        StoryIndex index(folder);
        QVERIFY(index.open());
        QStringList indexed;
        QVERIFY(index.readInPathOrder([&](const QString &path, const FileIdentity &, const auto &) { indexed.append(path); }));
        QCOMPARE(indexed, QStringList{folder + QStringLiteral("/notes.txt")});
        StoryIndex::remove(folder);
    }

    void open_bulkWriteCutShort_indexIsRebuilt()
    {
        QTemporaryDir dir;
        const QString folder = dir.path() + QStringLiteral("/site");
        writeFile(folder + QStringLiteral("/a.md"), storyTitled("A"));
        QCOMPARE(titles(folder), QStringList{QStringLiteral("a.md=A")});
        {
            // A writer that stops between its batches (killed, crashed): its mark stays.
            StoryIndex index(folder);
            QVERIFY(index.open());
            QVERIFY(index.beginBulkWrite());
            StorySummary stale = index.readAll()->value(0);
            stale.title = QStringLiteral("torn");
            QVERIFY(index.writeBatch({stale}, {}));
        }
        StoryIndex reopened(folder);
        QVERIFY(reopened.open());
        QVERIFY(reopened.readAll()->isEmpty());   // rebuilt: nothing of the torn write is trusted
        QCOMPARE(titles(folder), QStringList{QStringLiteral("a.md=A")});
        StoryIndex::remove(folder);
    }

    void open_bulkWriteInProgress_rowsAreKept()
    {
        QTemporaryDir dir;
        const QString folder = dir.path() + QStringLiteral("/site");
        writeFile(folder + QStringLiteral("/a.md"), storyTitled("A"));
        titles(folder);
        StoryIndex writer(folder);
        QVERIFY(writer.open());
        QVERIFY(writer.beginBulkWrite());
        // A live writer (its lock held) is not a torn one: another connection reads its rows.
        StoryIndex reader(folder);
        QVERIFY(reader.open());
        QCOMPARE(reader.readAll()->size(), 1);
        QVERIFY(writer.endBulkWrite());
        StoryIndex::remove(folder);
    }

    void update_manyStories_writtenInBulkAndEnded()
    {
        // The app's first load writes through update(): large updates as a bulk write,
        // which must leave no mark behind.
        {
            StoryStore store;
            QSignalSpy finished(&store, &StoryStore::loadFinished);
            store.openFolder(m_folder);
            QVERIFY(!store.isLoading() || finished.wait(60000));
            store.waitForIndex();
        }
        {
            StoryIndex index(m_folder);
            QVERIFY(index.open());
            QCOMPARE(index.readAll()->size(), StoryCount + 4);
        }
        QCOMPARE(listed(m_folder, true), loaded(m_folder));
    }

    void pathLess_comparesCodePoints_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("less");
        QTest::newRow("plain") << QStringLiteral("a.md") << QStringLiteral("b.md") << true;
        QTest::newRow("equal") << QStringLiteral("a.md") << QStringLiteral("a.md") << false;
        QTest::newRow("prefix") << QStringLiteral("a") << QStringLiteral("a/b") << true;
        QTest::newRow("slash before letters") << QStringLiteral("a/b.md") << QStringLiteral("a0.md") << true;
        QTest::newRow("fullwidth before emoji") << QStringLiteral("\uff21") << QString::fromUtf8("\xf0\x9f\x98\x80") << true;
        QTest::newRow("emoji after fullwidth") << QString::fromUtf8("\xf0\x9f\x98\x80") << QStringLiteral("\uff21") << false;
        QTest::newRow("accent after ascii") << QStringLiteral("z") << QStringLiteral("\u00e9") << true;
    }

    void pathLess_comparesCodePoints()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, less);
        QCOMPARE(StoryIndex::pathLess(a, b), less);
    }

private:
    QTemporaryDir m_dir;
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestFolderLister)
#include "tst_folderlister.moc"
