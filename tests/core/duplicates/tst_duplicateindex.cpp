#include "duplicateindex.h"
#include "storystore.h"
#include "testfiles.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace std::chrono_literals;
using Storydesk::DuplicateIndex;
using Storydesk::StoryStore;

namespace {

constexpr int Timeout = 60000;

QByteArray story(const char *title, const char *url, const char *extra = "")
{
    return QByteArray("---\ntitle: \"") + title + "\"\nwebUrl: \"" + url + "\"\nprovider:\n  name: Wire\n" + extra + "---\nbody\n";
}

} // namespace

class TestDuplicateIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void followsAddChangeAndDeleteInTheStore();
    void editsOutsideLinkAndTitle_changeNothing();
    void openingAnotherFolder_forgetsTheGroups();
    void lookup_isReadableFromOtherThreads();

private:
    void write(const QString &name, const QByteArray &bytes);
    // Writes, then has the store read the file now (as the watcher would, later).
    void writeAndReload(const QString &name, const QByteArray &bytes);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void open();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoryStore> m_store;
    std::unique_ptr<DuplicateIndex> m_index;
};

void TestDuplicateIndex::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDuplicateIndex::init()
{
    m_index.reset();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDuplicateIndex::write(const QString &name, const QByteArray &bytes)
{
    QVERIFY(Storydesk::TestFiles::write(path(name), bytes));
}

void TestDuplicateIndex::writeAndReload(const QString &name, const QByteArray &bytes)
{
    write(name, bytes);
    QVERIFY(m_store->reloadStory(path(name)));
}

void TestDuplicateIndex::open()
{
    m_store = std::make_unique<StoryStore>();
    m_store->setIndexEnabled(false);
    m_index = std::make_unique<DuplicateIndex>(m_store.get());
    m_index->setDelay(10ms);
    QSignalSpy finished(m_store.get(), &StoryStore::loadFinished);
    m_store->openFolder(m_dir->path());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_index->isUpdating(), Timeout);
}

void TestDuplicateIndex::followsAddChangeAndDeleteInTheStore()
{
    write(QStringLiteral("a.md"), story("Detroit renews facial recognition contract", "https://x.com/a"));
    write(QStringLiteral("b.md"), story("Farmers test drones", "https://x.com/b"));
    write(QStringLiteral("c.md"), story("Detroit Renews Facial-Recognition Contract", "https://y.com/c"));
    open();
    QCOMPARE(m_index->groups().size(), 1);
    QCOMPARE(m_index->groups().at(0).paths, QStringList({path(QStringLiteral("a.md")), path(QStringLiteral("c.md"))}));
    QVERIFY(m_index->isDuplicate(path(QStringLiteral("a.md"))));
    QVERIFY(!m_index->isDuplicate(path(QStringLiteral("b.md"))));
    QCOMPARE(m_index->groupOf(path(QStringLiteral("c.md"))).paths.size(), 2);
    QVERIFY(m_index->groupOf(path(QStringLiteral("b.md"))).paths.isEmpty());

    // Added: a story with b's link, tracking parameters and all.
    QSignalSpy changed(m_index.get(), &DuplicateIndex::changed);
    writeAndReload(QStringLiteral("d.md"), story("Another title altogether", "http://www.x.com/b/?utm_source=rss"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, Timeout);
    QCOMPARE(m_index->groups().size(), 2);
    QVERIFY(m_index->isDuplicate(path(QStringLiteral("d.md"))));
    QVERIFY(m_index->isDuplicate(path(QStringLiteral("b.md"))));

    // Changed: c's title is no longer a's.
    writeAndReload(QStringLiteral("c.md"), story("Regulators audit chatbot pilot", "https://y.com/c"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, Timeout);
    QVERIFY(!m_index->isDuplicate(path(QStringLiteral("a.md"))));
    QVERIFY(!m_index->isDuplicate(path(QStringLiteral("c.md"))));
    QCOMPARE(m_index->groups().size(), 1);

    // Deleted: d goes, and b has no duplicate left.
    QVERIFY(QFile::remove(path(QStringLiteral("d.md"))));
    QVERIFY(!m_store->reloadStory(path(QStringLiteral("d.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, Timeout);
    QVERIFY(m_index->groups().isEmpty());
    QVERIFY(!m_index->isDuplicate(path(QStringLiteral("b.md"))));
}

void TestDuplicateIndex::editsOutsideLinkAndTitle_changeNothing()
{
    write(QStringLiteral("a.md"), story("Same title for both", "https://x.com/a"));
    write(QStringLiteral("b.md"), story("Same title for both", "https://x.com/b"));
    open();
    QCOMPARE(m_index->groups().size(), 1);
    QSignalSpy changed(m_index.get(), &DuplicateIndex::changed);
    writeAndReload(QStringLiteral("a.md"), story("Same title for both", "https://x.com/a", "quality: 80\npublished: true\n"));
    QVERIFY(!m_index->isUpdating());   // not even scheduled
    QCOMPARE(changed.size(), 0);
}

void TestDuplicateIndex::openingAnotherFolder_forgetsTheGroups()
{
    write(QStringLiteral("a.md"), story("Same title for both", "https://x.com/a"));
    write(QStringLiteral("b.md"), story("Same title for both", "https://x.com/b"));
    open();
    QCOMPARE(m_index->groups().size(), 1);
    QTemporaryDir empty;
    QSignalSpy changed(m_index.get(), &DuplicateIndex::changed);
    QSignalSpy finished(m_store.get(), &StoryStore::loadFinished);
    m_store->openFolder(empty.path());
    QCOMPARE(changed.size(), 1);   // at once, not after the load
    QVERIFY(m_index->groups().isEmpty());
    QVERIFY(!m_index->isDuplicate(path(QStringLiteral("a.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
}

void TestDuplicateIndex::lookup_isReadableFromOtherThreads()
{
    write(QStringLiteral("a.md"), story("Same title for both", "https://x.com/a"));
    write(QStringLiteral("b.md"), story("Same title for both", "https://x.com/b"));
    write(QStringLiteral("c.md"), story("Farmers test drones", "https://x.com/c"));
    open();
    const auto lookup = m_index->lookup();
    const QString a = path(QStringLiteral("a.md"));
    const QString c = path(QStringLiteral("c.md"));
    std::atomic<int> wrong = 0;
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&] {
            for (int i = 0; i < 10000; ++i) {
                if (!lookup(a) || lookup(c) || !m_index->isDuplicate(a) || m_index->isDuplicate(c))
                    ++wrong;
            }
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait());
        delete thread;
    }
    QCOMPARE(wrong.load(), 0);
}

QTEST_GUILESS_MAIN(TestDuplicateIndex)
#include "tst_duplicateindex.moc"
