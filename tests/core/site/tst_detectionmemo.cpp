#include "detectionmemo.h"
#include "hugosite.h"
#include "testfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Storydesk;

namespace {

const QString Marker = QStringLiteral("kept by the memo");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The CLI's detection memo: the very detection FieldDetector makes, reused only while what
// it was made from (the configuration found, the sampled stories and their identities) is
// unchanged. "Reused" is seen through a marker written into the memo's reasons: a fresh
// detection never says it.
class TestDetectionMemo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_cacheDir = std::make_unique<QTemporaryDir>();
        m_siteDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cacheDir->isValid());
        QVERIFY(m_siteDir->isValid());
        m_site = m_siteDir->path();
        QVERIFY(HugoSite::write(m_site));
        QVERIFY(TestFiles::backdate(m_site));
    }

    void firstDetection_isFieldDetectorsAndKeepsAMemo()
    {
        const FieldDetector::Result detected = memo().detect(m_site);
        QVERIFY(detected == FieldDetector::detect(m_site));
        QCOMPARE(detected.generator, QStringLiteral("hugo"));
        QCOMPARE(detected.sampled, 3);
        QVERIFY(QFile::exists(DetectionMemo::fileFor(m_cacheDir->path(), m_site)));
    }

    void unchangedSite_theMemoIsTheDetection()
    {
        memo().detect(m_site);
        mark();
        const FieldDetector::Result again = memo().detect(m_site);
        QCOMPARE(again.reasons[0], Marker);
        // Everything else is what detecting again gives.
        FieldDetector::Result fresh = FieldDetector::detect(m_site);
        fresh.reasons[0] = Marker;
        QVERIFY(again == fresh);
    }

    void sampledStoryChanged_detectsAgain_data()
    {
        QTest::addColumn<QByteArray>("content");   // empty: the same bytes, another time
        QTest::newRow("edited") << QByteArray("---\ntitle: \"Budget\"\ndate: 2024-03-03T09:00:00Z\nauthor: Ann\n---\nText.\n");
        QTest::newRow("touched") << QByteArray();
    }
    void sampledStoryChanged_detectsAgain()
    {
        QFETCH(QByteArray, content);
        memo().detect(m_site);
        mark();
        if (!content.isEmpty()) {
            QVERIFY(HugoSite::writeFile(HugoSite::draft(m_site), content));
            QVERIFY(TestFiles::backdate(m_site, 60));
        } else {
            // In place: the same inode and size, only the modification time moves.
            QFile file(HugoSite::draft(m_site));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-3), QFileDevice::FileModificationTime));
        }
        const FieldDetector::Result again = memo().detect(m_site);
        QVERIFY(again.reasons[0] != Marker);
        QVERIFY(again == FieldDetector::detect(m_site));
        // And the new memo is of the new files: reused from here on.
        mark();
        QCOMPARE(memo().detect(m_site).reasons[0], Marker);
    }

    void storyAddedOrRemoved_detectsAgain()
    {
        memo().detect(m_site);
        mark();
        QVERIFY(HugoSite::writeFile(m_site + QStringLiteral("/content/posts/new.md"), HugoSite::Undrafted));
        QVERIFY(TestFiles::backdate(m_site, 60));
        FieldDetector::Result again = memo().detect(m_site);
        QVERIFY(again.reasons[0] != Marker);
        QCOMPARE(again.sampled, 4);

        mark();
        QVERIFY(QFile::remove(HugoSite::published(m_site)));
        again = memo().detect(m_site);
        QVERIFY(again.reasons[0] != Marker);
        QCOMPARE(again.sampled, 3);
        QVERIFY(again == FieldDetector::detect(m_site));
    }

    void permissionsChanged_detectsAgain()
    {
        // chmod moves only the change time: a story that cannot be read is not sampled.
        memo().detect(m_site);
        mark();
        QTest::qWait(50);   // past the file system clock's tick
        QVERIFY(QFile::setPermissions(HugoSite::draft(m_site), QFile::ReadOwner));
        QVERIFY(memo().detect(m_site).reasons[0] != Marker);
    }

    void freshStory_isNotKeptUntilSettled()
    {
        // Just written: a second write within the same tick could keep its identity.
        QVERIFY(HugoSite::writeFile(HugoSite::draft(m_site), HugoSite::Draft + "\n"));
        const QString file = DetectionMemo::fileFor(m_cacheDir->path(), m_site);
        QVERIFY(memo().detect(m_site) == FieldDetector::detect(m_site));
        QVERIFY(!QFile::exists(file));
        QVERIFY(TestFiles::backdate(m_site, 3));
        memo().detect(m_site);
        QVERIFY(QFile::exists(file));
    }

    void configurationChanged_detectsAgain()
    {
        memo().detect(m_site);
        mark();
        QVERIFY(QFile::rename(m_site + QStringLiteral("/hugo.toml"), m_site + QStringLiteral("/_config.yml")));
        const FieldDetector::Result again = memo().detect(m_site);
        QVERIFY(again.reasons[0] != Marker);
        QCOMPARE(again.generator, QStringLiteral("jekyll"));
        QVERIFY(again == FieldDetector::detect(m_site));
    }

    void unusableMemo_detectsAgainAndReplacesIt_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("not JSON") << QByteArray() << QByteArray("{ not json");
        QTest::newRow("another version") << QByteArray("\"version\":1") << QByteArray("\"version\":99");
        QTest::newRow("other rules") << QByteArray("\"rules\":\"1 ") << QByteArray("\"rules\":\"0 ");
        QTest::newRow("another program") << QByteArray("storydesk-detection-memo") << QByteArray("something-else");
        QTest::newRow("another site") << QByteArray("\"siteRoot\":\"") << QByteArray("\"siteRoot\":\"/elsewhere");
        QTest::newRow("a sampled path") << QByteArray("draft.md") << QByteArray("dra.md");
        QTest::newRow("broken detection") << QByteArray("\"negated\":false") << QByteArray("\"negated\":3");
    }
    void unusableMemo_detectsAgainAndReplacesIt()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        memo().detect(m_site);
        mark();
        const QString file = DetectionMemo::fileFor(m_cacheDir->path(), m_site);
        QByteArray bytes = readAll(file);
        QVERIFY(from.isEmpty() || bytes.contains(from));
        bytes = from.isEmpty() ? to : bytes.replace(from, to);
        QVERIFY(HugoSite::writeFile(file, bytes));

        const FieldDetector::Result again = memo().detect(m_site);
        QVERIFY(again == FieldDetector::detect(m_site));
        QVERIFY(readAll(file) != bytes);   // replaced by a good one
        mark();
        QCOMPARE(memo().detect(m_site).reasons[0], Marker);
    }

    void noPlaceForAMemo_stillDetects()
    {
        // The memo's directory cannot be made: a file is in the way.
        const QString blocked = m_cacheDir->filePath(QStringLiteral("file"));
        QVERIFY(HugoSite::writeFile(blocked, "x"));
        const FieldDetector::Result detected = DetectionMemo(blocked + QStringLiteral("/memos")).detect(m_site);
        QVERIFY(detected == FieldDetector::detect(m_site));
        QCOMPARE(readAll(blocked), QByteArray("x"));
    }

private:
    DetectionMemo memo() const { return DetectionMemo(m_cacheDir->path()); }

    // Writes Marker as the title's reason into the memo: seen again only if it is reused.
    void mark()
    {
        const QString file = DetectionMemo::fileFor(m_cacheDir->path(), m_site);
        QJsonObject memo = QJsonDocument::fromJson(readAll(file)).object();
        QJsonObject detection = memo.value(QStringLiteral("detection")).toObject();
        QJsonObject reasons = detection.value(QStringLiteral("reasons")).toObject();
        QVERIFY(reasons.contains(QStringLiteral("title")));
        reasons.insert(QStringLiteral("title"), Marker);
        detection.insert(QStringLiteral("reasons"), reasons);
        memo.insert(QStringLiteral("detection"), detection);
        QVERIFY(HugoSite::writeFile(file, QJsonDocument(memo).toJson(QJsonDocument::Compact)));
    }

    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<QTemporaryDir> m_siteDir;
    QString m_site;
};

QTEST_GUILESS_MAIN(TestDetectionMemo)
#include "tst_detectionmemo.moc"
