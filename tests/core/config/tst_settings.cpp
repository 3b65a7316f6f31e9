#include "settings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Storydesk;

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fresh_hasQuietDefaults();
    void values_persistAcrossInstances();
    void addRecentFolder_putsItFirstOnceAndKeepsTen();
    void removeRecentFolder_dropsOnlyThatFolder();
    void autoSaveSeconds_readsNonsenseAsOff();
    void layout_isStoredApartFromPreferences();
    void clearLayout_keepsPreferences();
    void mergeDriverDeclined_isRememberedPerRepository();
    void language_followsTheSystemUntilChosen();
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettings::init()
{
    QSettings().clear();
}

void TestSettings::fresh_hasQuietDefaults()
{
    const Settings settings;
    QVERIFY(settings.recentFolders().isEmpty());
    QCOMPARE(settings.autoAdvance(), false);
    QCOMPARE(settings.autoSaveSeconds(), 0);
    QCOMPARE(settings.useFolderIndex(), true);
    QCOMPARE(settings.sortColumn(), -1);
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.tableHeaderState().isEmpty());
    QVERIFY(settings.language().isEmpty());
}

void TestSettings::values_persistAcrossInstances()
{
    {
        Settings settings;
        settings.setAutoAdvance(true);
        settings.setAutoSaveSeconds(30);
        settings.setUseFolderIndex(false);
        settings.addRecentFolder(QStringLiteral("/sites/daily"));
        settings.setTableHeaderState("header");
        settings.setMainSplitterState("main");
        settings.setDetailsSplitterState("details");
        settings.setWindowGeometry("geometry");
        settings.setWindowState("state");
        settings.setSort(2, Qt::DescendingOrder);
    }
    const Settings settings;
    QCOMPARE(settings.autoAdvance(), true);
    QCOMPARE(settings.autoSaveSeconds(), 30);
    QCOMPARE(settings.useFolderIndex(), false);
    QCOMPARE(settings.recentFolders(), QStringList{QStringLiteral("/sites/daily")});
    QCOMPARE(settings.tableHeaderState(), QByteArray("header"));
    QCOMPARE(settings.mainSplitterState(), QByteArray("main"));
    QCOMPARE(settings.detailsSplitterState(), QByteArray("details"));
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry"));
    QCOMPARE(settings.windowState(), QByteArray("state"));
    QCOMPARE(settings.sortColumn(), 2);
    QCOMPARE(settings.sortOrder(), Qt::DescendingOrder);
}

void TestSettings::addRecentFolder_putsItFirstOnceAndKeepsTen()
{
    Settings settings;
    for (int i = 0; i < 12; ++i)
        settings.addRecentFolder(QStringLiteral("/sites/%1").arg(i));
    settings.addRecentFolder(QStringLiteral("/sites/5/"));   // the same folder, spelled differently

    const QStringList folders = settings.recentFolders();
    QCOMPARE(folders.size(), Settings::MaxRecentFolders);
    QCOMPARE(folders.first(), QStringLiteral("/sites/5"));
    QCOMPARE(folders.count(QStringLiteral("/sites/5")), 1);
    QCOMPARE(folders.at(1), QStringLiteral("/sites/11"));
    QVERIFY(!folders.contains(QStringLiteral("/sites/0")));
}

void TestSettings::removeRecentFolder_dropsOnlyThatFolder()
{
    Settings settings;
    settings.addRecentFolder(QStringLiteral("/a"));
    settings.addRecentFolder(QStringLiteral("/b"));
    settings.removeRecentFolder(QStringLiteral("/a"));
    QCOMPARE(settings.recentFolders(), QStringList{QStringLiteral("/b")});
    settings.clearRecentFolders();
    QVERIFY(settings.recentFolders().isEmpty());
}

void TestSettings::autoSaveSeconds_readsNonsenseAsOff()
{
    Settings settings;
    settings.setAutoSaveSeconds(-5);
    QCOMPARE(settings.autoSaveSeconds(), 0);
    QSettings().setValue(QStringLiteral("Preferences/autoSaveSeconds"), QStringLiteral("soon"));
    QCOMPARE(Settings().autoSaveSeconds(), 0);
}

void TestSettings::layout_isStoredApartFromPreferences()
{
    {
        Settings settings;
        settings.setAutoAdvance(true);
        settings.addRecentFolder(QStringLiteral("/a"));
        settings.setTableHeaderState("header");
        settings.setSort(0, Qt::AscendingOrder);
    }
    QSettings raw;
    raw.beginGroup(QStringLiteral("Layout"));
    const QStringList layoutKeys = raw.childKeys();
    raw.endGroup();
    QVERIFY(layoutKeys.contains(QStringLiteral("tableHeader")));
    QVERIFY(layoutKeys.contains(QStringLiteral("sortColumn")));
    QVERIFY(!layoutKeys.contains(QStringLiteral("autoAdvance")));
    QVERIFY(raw.childGroups().contains(QStringLiteral("Preferences")));
}

void TestSettings::clearLayout_keepsPreferences()
{
    Settings settings;
    settings.setAutoAdvance(true);
    settings.addRecentFolder(QStringLiteral("/a"));
    settings.setTableHeaderState("header");
    settings.setSort(3, Qt::DescendingOrder);
    settings.clearLayout();
    QVERIFY(settings.tableHeaderState().isEmpty());
    QCOMPARE(settings.sortColumn(), -1);
    QCOMPARE(settings.autoAdvance(), true);
    QCOMPARE(settings.recentFolders(), QStringList{QStringLiteral("/a")});
}

void TestSettings::mergeDriverDeclined_isRememberedPerRepository()
{
    {
        Settings settings;
        QCOMPARE(settings.mergeDriverDeclined(QStringLiteral("/sites/daily")), false);
        settings.setMergeDriverDeclined(QStringLiteral("/sites/daily"), true);
        settings.setMergeDriverDeclined(QStringLiteral("/sites/weekly"), true);
        settings.setMergeDriverDeclined(QStringLiteral("/sites/weekly"), false);
    }
    const Settings settings;
    QCOMPARE(settings.mergeDriverDeclined(QStringLiteral("/sites/daily")), true);
    QCOMPARE(settings.mergeDriverDeclined(QStringLiteral("/sites/weekly")), false);
    QCOMPARE(settings.mergeDriverDeclined(QStringLiteral("/sites/other")), false);
}

void TestSettings::language_followsTheSystemUntilChosen()
{
    {
        Settings settings;
        settings.setLanguage(QStringLiteral("de"));
    }
    {
        Settings settings;
        QCOMPARE(settings.language(), QStringLiteral("de"));
        settings.clearLayout();   // a preference, not layout
        QCOMPARE(settings.language(), QStringLiteral("de"));
        settings.setLanguage(QString());   // back to the system's language
    }
    QVERIFY(!QSettings().contains(QStringLiteral("Preferences/language")));
    QVERIFY(Settings().language().isEmpty());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
