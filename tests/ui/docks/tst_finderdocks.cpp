#include "duplicatesmodel.h"
#include "duplicatesview.h"
#include "facetsdock.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "problemsmodel.h"
#include "problemsview.h"
#include "sourceeditor.h"
#include "sourceview.h"
#include "storyroles.h"
#include "storystore.h"
#include "testfiles.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

// The Duplicates and Problems docks in the window: toggled from the View menu, and a
// problem activated shows its story, on the Source tab at the problem, even when the
// table's filter hid it.

using namespace Storydesk;

namespace {

const QByteArray Fine("---\ntitle: \"Fine story\"\nwebUrl: \"https://x.example/fine\"\nquality: 50\n---\n");
const QByteArray Invalid("---\ntitle: \"Invalid story\"\nwebUrl: \"https://x.example/invalid\"\nquality: high\n---\nBody.\n");

} // namespace

class TestFinderDocks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void viewMenuActions_toggleTheDocks();
    void openDock_isBackAfterARestart_withItsMenuCheck();
    void activatingAProblem_showsItsStoryAtTheLine_clearingTheFilter();
    void activatingADuplicate_selectsItsStory();
    void activatingAProblem_hiddenByAFacet_clearsTheFacets();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromUtf8(name)); }
    QString currentPath() const { return m_table->currentIndex().siblingAtColumn(0).data(PathRole).toString(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QTableView *m_table = nullptr;
};

void TestFinderDocks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFinderDocks::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(TestFiles::write(path("fine.md"), Fine));
    QVERIFY(TestFiles::write(path("invalid.md"), Invalid));
    QVERIFY(TestFiles::write(path("copy.md"), "---\ntitle: \"Another title\"\nwebUrl: \"https://x.example/fine?utm_source=rss\"\n---\n"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openFolder(m_dir->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->store()->isLoading(), 20000);
    m_table = m_window->findChild<QTableView *>(QStringLiteral("storyTable"));
    QVERIFY(m_table);
}

void TestFinderDocks::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestFinderDocks::viewMenuActions_toggleTheDocks()
{
    for (const char *name : {"Duplicates", "Problems"}) {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("show%1").arg(QLatin1StringView(name)));
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("%1Dock").arg(QString::fromLatin1(name).toLower()));
        QVERIFY(action && dock);
        QVERIFY(m_window->windowActions().contains(action));   // listed in the shortcuts dialog
        QVERIFY(!dock->isVisible());
        QVERIFY(!action->isChecked());
        action->trigger();
        QVERIFY(dock->isVisible());
        QVERIFY(action->isChecked());
        dock->close();
        QVERIFY(!action->isChecked());
    }
}

void TestFinderDocks::openDock_isBackAfterARestart_withItsMenuCheck()
{
    m_window->findChild<QAction *>(QStringLiteral("showProblems"))->trigger();
    QVERIFY(m_window->close());   // saves the layout
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openFolder(m_dir->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("problemsDock"))->isVisible());
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("showProblems"));
    QVERIFY(toggle->isChecked());
    toggle->trigger();   // one press hides it: the check mark was right
    QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("problemsDock"))->isVisible());
}

void TestFinderDocks::activatingAProblem_showsItsStoryAtTheLine_clearingTheFilter()
{
    auto *filterBar = m_window->findChild<FilterBar *>(QStringLiteral("filterBar"));
    QVERIFY(filterBar);
    QTest::keyClicks(filterBar->searchField(), QStringLiteral("fine"));
    QTest::keyClick(filterBar->searchField(), Qt::Key_Return);
    QCOMPARE(m_table->model()->rowCount(), 1);

    auto *problems = m_window->findChild<ProblemsView *>(QStringLiteral("problemsView"));
    QVERIFY(problems);
    problems->model()->refresh();
    QCOMPARE(problems->proxy()->rowCount(), 1);
    Q_EMIT problems->list()->activated(problems->proxy()->index(0, 0));

    QVERIFY(filterBar->searchField()->text().isEmpty());
    QCOMPARE(m_table->model()->rowCount(), 3);
    QCOMPARE(currentPath(), path("invalid.md"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    auto *source = m_window->findChild<SourceView *>(QStringLiteral("sourceView"));
    QVERIFY(tabs && source);
    QCOMPARE(tabs->currentWidget(), source);
    QCOMPARE(source->story(), path("invalid.md"));
    const QTextCursor cursor = source->editor()->textCursor();
    QCOMPARE(cursor.blockNumber() + 1, 4);            // quality: high
    QCOMPARE(cursor.positionInBlock() + 1, 10);       // at the value
}

void TestFinderDocks::activatingADuplicate_selectsItsStory()
{
    auto *duplicates = m_window->findChild<DuplicatesView *>(QStringLiteral("duplicatesView"));
    QVERIFY(duplicates);
    QTRY_COMPARE_WITH_TIMEOUT(duplicates->model()->rowCount(), 1, 20000);
    const QModelIndex group = duplicates->model()->index(0, 0);
    const QModelIndex copy = duplicates->model()->index(0, 0, group);
    QCOMPARE(copy.data(PathRole).toString(), path("copy.md"));
    Q_EMIT duplicates->tree()->activated(copy);
    QCOMPARE(currentPath(), path("copy.md"));
}

void TestFinderDocks::activatingAProblem_hiddenByAFacet_clearsTheFacets()
{
    auto *facets = m_window->findChild<FacetsDock *>(QStringLiteral("facetsDock"));
    QVERIFY(facets);
    FacetSelection chosen;
    chosen.add(Facet::Quality, QStringLiteral("40-59"));   // fine.md only
    facets->setSelection(chosen);
    QCOMPARE(m_table->model()->rowCount(), 1);

    auto *problems = m_window->findChild<ProblemsView *>(QStringLiteral("problemsView"));
    QVERIFY(problems);
    problems->model()->refresh();
    QCOMPARE(problems->proxy()->rowCount(), 1);
    Q_EMIT problems->list()->activated(problems->proxy()->index(0, 0));

    QVERIFY(facets->selection().isEmpty());
    QCOMPARE(m_table->model()->rowCount(), 3);
    QCOMPARE(currentPath(), path("invalid.md"));
}

QTEST_MAIN(TestFinderDocks)
#include "tst_finderdocks.moc"
