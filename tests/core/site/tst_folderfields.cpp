#include "folderfields.h"
#include "remembereddetection.h"
#include "sitefieldsloader.h"
#include "testfiles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Storydesk;

namespace {

constexpr int Timeout = 20000;

// A Hugo site: hugo.toml and posts with Hugo's keys.
void makeHugoSite(const QString &root)
{
    QVERIFY(TestFiles::write(root + QStringLiteral("/hugo.toml"), "title = 'News'\n"));
    QVERIFY(TestFiles::write(root + QStringLiteral("/posts/a.md"), "---\ntitle: A\ndate: 2024-03-21\ndraft: true\ntags: [AI]\n---\n"));
    QVERIFY(TestFiles::write(root + QStringLiteral("/posts/b.md"), "---\ntitle: B\ndate: 2024-03-20\ntags: [AI]\n---\n"));
}

// What a remembered file says, the way a stale one would: Jekyll's map for the Hugo site.
FieldDetector::Result jekyllDetection()
{
    FieldDetector::Result result;
    result.map = FieldMap::jekyll();
    result.storyFormat = false;
    result.generator = QStringLiteral("jekyll");
    result.configFile = QStringLiteral("_config.yml");
    return result;
}

} // namespace

// The map a folder opens with: remembered at once, checked in the background.
class TestFolderFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_cacheDir = std::make_unique<QTemporaryDir>();
        m_siteDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cacheDir->isValid());
        QVERIFY(m_siteDir->isValid());
        makeHugoSite(site());
    }

    void firstOpen_detectsAtOnceAndRemembers()
    {
        FolderFields fields;
        fields.open(request(), 1);
        const FieldDetector::Result detected = FieldDetector::detect(site());
        QCOMPARE(fields.fields().map, detected.map);
        QCOMPARE(fields.fields().generator, QStringLiteral("hugo"));
        QCOMPARE(fields.fields().keysInUse, detected.keysInUse);
        // Nothing to check: startCheck() starts nothing.
        fields.startCheck();
        QVERIFY(!fields.isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(memory().read() && *memory().read() == detected, Timeout);
    }

    void noMemoryDirectory_remembersNothing()
    {
        FolderFields fields;
        FolderFields::Request r = request();
        r.memoryDirectory.clear();
        QVERIFY(memory().write(jekyllDetection()));
        fields.open(r, 1);
        QCOMPARE(fields.fields().map, FieldDetector::detect(site()).map);   // the file is not even read
        fields.startCheck();
        QVERIFY(!fields.isChecking());
    }

    void reopen_usesTheRememberedDetectionAtOnce()
    {
        QVERIFY(memory().write(jekyllDetection()));
        FolderFields fields;
        fields.open(request(), 1);
        QCOMPARE(fields.fields().map, FieldMap::jekyll());
        QCOMPARE(fields.fields().generator, QStringLiteral("jekyll"));
        QCOMPARE(fields.fields().source, SiteFields::Source::Detected);
        QVERIFY(!fields.isChecking());   // not before it is asked to
    }

    void siteYamlAndOverride_applyOverTheRememberedDetection()
    {
        QVERIFY(memory().write(jekyllDetection()));
        QVERIFY(TestFiles::write(site() + QStringLiteral("/.storydesk/site.yaml"), "fields:\n  topics: categories\n"));
        FolderFields fields;
        fields.open(request(), 1);
        QCOMPARE(fields.fields().source, SiteFields::Source::SiteFile);
        QCOMPARE(fields.fields().map.path(FieldRole::Topics).toString(), QStringLiteral("categories"));
        QCOMPARE(fields.fields().map.path(FieldRole::Image), FieldMap::jekyll().path(FieldRole::Image));

        const QString overrideFile = m_cacheDir->path() + QStringLiteral("/fields.yaml");
        QVERIFY(TestFiles::write(overrideFile, "fields:\n  title: headline\n"));
        FolderFields::Request r = request();
        r.overrideFile = overrideFile;
        fields.open(r, 2);
        QCOMPARE(fields.fields().source, SiteFields::Source::Override);
        QCOMPARE(fields.fields().map.path(FieldRole::Title).toString(), QStringLiteral("headline"));
        QCOMPARE(fields.fields().map.path(FieldRole::Topics).toString(), QStringLiteral("categories"));

        r.map = FieldMap::storyFormat();
        fields.open(r, 3);
        QCOMPARE(fields.fields().source, SiteFields::Source::Override);
        QCOMPARE(fields.fields().map, FieldMap::storyFormat());
    }

    void staleMemory_checkSaysMapChangedOnce_andTheReopenTakesTheFreshDetection()
    {
        QVERIFY(memory().write(jekyllDetection()));
        const FieldDetector::Result detected = FieldDetector::detect(site(), FieldDetector::sampleStories(site()));
        FolderFields fields;
        QSignalSpy changed(&fields, &FolderFields::mapChanged);
        int reopens = 0;
        connect(&fields, &FolderFields::mapChanged, this, [&] {
            ++reopens;
            fields.open(request(), 2);   // what the store does
            QCOMPARE(fields.fields().map, detected.map);
        });
        fields.open(request(), 1);
        fields.startCheck();
        QVERIFY(fields.isChecking());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, Timeout);
        QCOMPARE(changed.first().first().toULongLong(), 1ULL);
        QCOMPARE(reopens, 1);
        QCOMPARE(fields.fields().map, detected.map);
        QVERIFY(memory().read() && *memory().read() == detected);   // written before the signal
        // The reopen took the fresh detection: nothing is left to check.
        fields.startCheck();
        QVERIFY(!fields.isChecking());
        QTest::qWait(100);
        QCOMPARE(changed.size(), 1);
    }

    void agreeingCheck_onlyRefreshesTheDetails()
    {
        FieldDetector::Result remembered = FieldDetector::detect(site(), FieldDetector::sampleStories(site()));
        const FieldDetector::Result detected = remembered;
        remembered.keysInUse = {QStringLiteral("old")};
        remembered.reasons.fill(QStringLiteral("an old reason"));
        QVERIFY(memory().write(remembered));
        FolderFields fields;
        QSignalSpy changed(&fields, &FolderFields::mapChanged);
        fields.open(request(), 1);
        QCOMPARE(fields.fields().keysInUse, remembered.keysInUse);
        fields.startCheck();
        QTRY_VERIFY_WITH_TIMEOUT(!fields.isChecking(), Timeout);
        QCOMPARE(fields.fields().keysInUse, detected.keysInUse);
        QCOMPARE(fields.fields().reasons, detected.reasons);
        QCOMPARE(fields.fields().map, detected.map);
        QCOMPARE(changed.size(), 0);
        QVERIFY(memory().read() && *memory().read() == detected);
    }

    // A site.yaml that binds every role leaves nothing to detection: a stale memory changes no map.
    void siteYamlBindingEveryRole_staleMemoryChangesNoMap()
    {
        const FieldMap hugo = FieldMap::hugo();
        QVERIFY(!SiteFieldsLoader::save(site(), hugo));
        QVERIFY(memory().write(jekyllDetection()));
        FolderFields fields;
        QSignalSpy changed(&fields, &FolderFields::mapChanged);
        fields.open(request(), 1);
        QCOMPARE(fields.fields().map, hugo);
        fields.startCheck();
        QTRY_VERIFY_WITH_TIMEOUT(!fields.isChecking(), Timeout);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(fields.fields().map, hugo);
        QCOMPARE(fields.fields().generator, QStringLiteral("hugo"));   // the details did follow
    }

    void openingAnotherFolder_dropsTheRunningCheck()
    {
        QVERIFY(memory().write(jekyllDetection()));
        QTemporaryDir other;
        makeHugoSite(other.path());
        const RememberedDetection otherMemory(m_cacheDir->path(), other.path(), other.path());
        QVERIFY(otherMemory.write(jekyllDetection()));

        FolderFields fields;
        QSignalSpy changed(&fields, &FolderFields::mapChanged);
        fields.open(request(), 1);
        fields.startCheck();
        // The first folder's check has run (its file is corrected) and its result waits in
        // the event queue, which does not run here.
        const QDeadlineTimer deadline(Timeout);
        while (!deadline.hasExpired() && memory().read()->map == FieldMap::jekyll())
            QThread::msleep(5);
        QVERIFY(memory().read()->map != FieldMap::jekyll());

        FolderFields::Request r = request();
        r.folder = other.path();
        fields.open(r, 2);
        fields.startCheck();
        // The second folder's result comes after the first's: only it arrives.
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, Timeout);
        QCOMPARE(changed.first().first().toULongLong(), 2ULL);
        QTest::qWait(100);
        QCOMPARE(changed.size(), 1);
    }

    void cancel_dropsTheResult()
    {
        QVERIFY(memory().write(jekyllDetection()));
        FolderFields fields;
        QSignalSpy changed(&fields, &FolderFields::mapChanged);
        fields.open(request(), 1);
        fields.startCheck();
        fields.cancel();
        QVERIFY(!fields.isChecking());
        QTest::qWait(300);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(fields.fields().map, FieldMap::jekyll());
    }

private:
    QString site() const { return m_siteDir->path(); }
    FolderFields::Request request() const { return {site(), m_cacheDir->path(), {}, {}}; }
    RememberedDetection memory() const { return RememberedDetection(m_cacheDir->path(), site(), site()); }

    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<QTemporaryDir> m_siteDir;
};

QTEST_GUILESS_MAIN(TestFolderFields)
#include "tst_folderfields.moc"
