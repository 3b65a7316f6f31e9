#include "corpusgenerator.h"
#include "storyscanner.h"
#include "storystore.h"
#include "summaryreader.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Load: 20,000 stories open while another process rewrites 1,000 of them and deletes 100,
// the way a `git pull` lands while an editor has the site open. Once the folder settles
// the store holds exactly what is on disk: every story, each as it is now, none twice.
// Labelled `load`: run by .ci/run after the README's test command (ctest -L load).

using namespace Storydesk;

namespace {

constexpr int StoryCount = 20000;
constexpr int Rewrites = 1000;
constexpr int Deletions = 100;
constexpr int Timeout = 120000;

// What a row must show for the story file as it is on disk now.
struct Seen
{
    QString title;
    qint16 quality = -1;
    FileIdentity identity;
    friend bool operator==(const Seen &, const Seen &) = default;
};

QHash<QString, Seen> onDisk(const QString &folder)
{
    QHash<QString, Seen> stories;
    for (const QString &path : StoryScanner(folder).scan()) {
        const StorySummary s = SummaryReader::read(path);
        stories.insert(path, Seen{s.title, s.quality, s.identity});
    }
    return stories;
}

QHash<QString, Seen> inStore(const StoryStore &store, int *duplicates)
{
    QHash<QString, Seen> stories;
    for (int row = 0; row < store.count(); ++row) {
        const StorySummary &s = store.summary(row);
        if (stories.contains(s.path))
            ++*duplicates;
        stories.insert(s.path, Seen{s.title, s.quality, s.identity});
    }
    return stories;
}

// The first few differences, for a failure message.
QString differences(const QHash<QString, Seen> &store, const QHash<QString, Seen> &disk)
{
    QStringList out;
    for (auto it = disk.cbegin(); it != disk.cend() && out.size() < 5; ++it) {
        if (!store.contains(it.key()))
            out.append(QStringLiteral("missing from the store: %1").arg(it.key()));
        else if (!(store.value(it.key()) == it.value()))
            out.append(QStringLiteral("stale in the store: %1 shows \"%2\", the disk has \"%3\"")
                           .arg(it.key(), store.value(it.key()).title, it.value().title));
    }
    for (auto it = store.cbegin(); it != store.cend() && out.size() < 5; ++it) {
        if (!disk.contains(it.key()))
            out.append(QStringLiteral("gone from the disk, still in the store: %1").arg(it.key()));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestStoryStoreLoad final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openWhileAnotherProcessRewritesAndDeletes_storeMatchesTheDisk();
};

void TestStoryStoreLoad::openWhileAnotherProcessRewritesAndDeletes_storeMatchesTheDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(CorpusGenerator().write(dir.path(), StoryCount).size(), StoryCount);
    qInfo("wrote %d stories in %lld ms", StoryCount, qlonglong(clock.restart()));

    StoryStore store;
    QSignalSpy finished(&store, &StoryStore::loadFinished);
    store.openFolder(dir.path());
    // The other process starts at once: its writes land during the load and after it.
    QProcess churn;
    churn.start(QStringLiteral(STORYDESK_TESTHELPER_PATH),
                {QStringLiteral("churn"), dir.path(), QString::number(Rewrites), QString::number(Deletions)});
    QVERIFY(churn.waitForStarted());
    QVERIFY(finished.wait(Timeout));
    qInfo("loaded %d rows in %lld ms", store.count(), qlonglong(clock.elapsed()));
    // The event loop keeps running while the other process works, so the store follows.
    QTRY_VERIFY_WITH_TIMEOUT(churn.state() == QProcess::NotRunning, Timeout);
    QCOMPARE(churn.exitStatus(), QProcess::NormalExit);
    QVERIFY2(churn.exitCode() == 0, churn.readAllStandardError().constData());
    QCOMPARE(churn.readAllStandardOutput().trimmed(), QByteArray("rewrote 1000 deleted 100"));
    qInfo("the other process finished after %lld ms", qlonglong(clock.elapsed()));

    const QHash<QString, Seen> disk = onDisk(dir.path());
    QCOMPARE(disk.size(), StoryCount - Deletions);
    int rewritten = 0;
    for (const Seen &s : disk)
        rewritten += s.title.startsWith(QLatin1StringView("Rewritten ")) ? 1 : 0;
    QCOMPARE(rewritten, Rewrites);

    // Settled: the watches have seen every change (nothing left to the 30 s sweep).
    int duplicates = 0;
    QHash<QString, Seen> rows;
    QElapsedTimer settle;
    settle.start();
    do {
        QTest::qWait(200);
        duplicates = 0;
        rows = inStore(store, &duplicates);
    } while ((rows != disk || duplicates > 0) && settle.elapsed() < 20000);
    QVERIFY2(duplicates == 0, qPrintable(QStringLiteral("%1 stories listed twice").arg(duplicates)));
    QVERIFY2(rows == disk, qPrintable(differences(rows, disk)));
    qInfo("the store matched the disk %lld ms after the other process finished", qlonglong(settle.elapsed()));
}

QTEST_GUILESS_MAIN(TestStoryStoreLoad)
#include "tst_storystoreload.moc"
