#include "desk.h"
#include "facetmodel.h"
#include "facetroles.h"
#include "facetsdock.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "storystore.h"
#include "storytablemodel.h"
#include "testfiles.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// A desk clicked in the sidebar, seen from the window: the table shows the stories the
// desk's count promises, whatever the editor had on before.

using namespace Storydesk;

class TestWindowDesks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void applyingADesk_filtersByItsQueryAtOnce_data();
    void applyingADesk_filtersByItsQueryAtOnce();
    void applyingADesk_clearsTheQuickFilters();
    void appliedDesk_isMarked_untilTheViewMovesAway();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromUtf8(name)); }
    void activate(const Desk &desk);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QTableView *m_table = nullptr;
    FilterBar *m_filterBar = nullptr;
};

void TestWindowDesks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWindowDesks::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(TestFiles::write(path("a.md"), "---\ntitle: \"AI one\"\ntopics: [AI]\npublished: true\n---\n"));
    QVERIFY(TestFiles::write(path("b.md"), "---\ntitle: \"AI two\"\ntopics: [AI]\npublished: false\n---\n"));
    QVERIFY(TestFiles::write(path("c.md"), "---\ntitle: \"Space\"\ntopics: [Space]\npublished: true\n---\n"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openFolder(m_dir->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->store()->isLoading(), 20000);
    m_table = m_window->findChild<QTableView *>(QStringLiteral("storyTable"));
    m_filterBar = m_window->findChild<FilterBar *>(QStringLiteral("filterBar"));
    QVERIFY(m_table && m_filterBar);
    QCOMPARE(m_table->model()->rowCount(), 3);
}

void TestWindowDesks::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestWindowDesks::activate(const Desk &desk)
{
    auto *dock = m_window->findChild<FacetsDock *>(QStringLiteral("facetsDock"));
    QVERIFY(dock);
    Q_EMIT dock->deskActivated(desk);
}

void TestWindowDesks::applyingADesk_filtersByItsQueryAtOnce_data()
{
    QTest::addColumn<QString>("typedBefore");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("rows");

    QTest::newRow("from an empty field") << QString() << QStringLiteral("is:unpublished") << 1;
    QTest::newRow("replacing a typed query") << QStringLiteral("Space") << QStringLiteral("topic:AI") << 2;
    QTest::newRow("an empty query") << QStringLiteral("Space") << QString() << 3;
}

void TestWindowDesks::applyingADesk_filtersByItsQueryAtOnce()
{
    QFETCH(QString, typedBefore);
    QFETCH(QString, query);
    QFETCH(int, rows);

    if (!typedBefore.isEmpty()) {
        QTest::keyClicks(m_filterBar->searchField(), typedBefore);
        QTest::keyClick(m_filterBar->searchField(), Qt::Key_Return);
        QCOMPARE(m_table->model()->rowCount(), 1);
    }
    Desk desk;
    desk.name = QStringLiteral("Desk");
    desk.query = query;
    activate(desk);
    QCOMPARE(m_filterBar->searchField()->text(), query);
    // At once: no typing pause to wait for, the desk's count is what the table shows.
    QCOMPARE(m_table->model()->rowCount(), rows);
}

void TestWindowDesks::applyingADesk_clearsTheQuickFilters()
{
    auto *published = m_window->findChild<QComboBox *>(QStringLiteral("publishedFilter"));
    QVERIFY(published);
    published->setCurrentIndex(published->findText(QStringLiteral("Published")));
    QCOMPARE(m_table->model()->rowCount(), 2);

    Desk desk;
    desk.name = QStringLiteral("Unpublished");
    desk.facets.add(Facet::Published, QStringLiteral("unpublished"));
    activate(desk);
    QCOMPARE(published->currentIndex(), 0);
    QCOMPARE(m_table->model()->rowCount(), 1);
}

void TestWindowDesks::appliedDesk_isMarked_untilTheViewMovesAway()
{
    auto *dock = m_window->findChild<FacetsDock *>(QStringLiteral("facetsDock"));
    QVERIFY(dock);
    Desk desk;
    desk.name = QStringLiteral("AI");
    desk.query = QStringLiteral("topic:AI");
    desk.sortColumn = QStringLiteral("title");
    desk.sortDescending = false;
    QVERIFY(dock->saveDesk(desk));
    const auto marked = [dock] {
        return dock->model()->itemIndex(FacetModel::DesksSection, QStringLiteral("AI")).data(SelectedRole).toBool();
    };
    QVERIFY(!marked());
    activate(desk);
    QVERIFY(marked());
    // Sorting again the same way, or the same text set again, is still the desk.
    m_table->sortByColumn(StoryTableModel::Title, Qt::AscendingOrder);
    QVERIFY(marked());
    // Another sort leaves it; so does a word typed, or a facet clicked.
    m_table->sortByColumn(StoryTableModel::Title, Qt::DescendingOrder);
    QVERIFY(!marked());
    activate(desk);
    QVERIFY(marked());
    QTest::keyClicks(m_filterBar->searchField(), QStringLiteral(" one"));
    QVERIFY(!marked());
    activate(desk);
    QVERIFY(marked());
    FacetSelection facets;
    facets.add(Facet::Published, QStringLiteral("published"));
    dock->setSelection(facets);
    QVERIFY(!marked());
}

QTEST_MAIN(TestWindowDesks)
#include "tst_windowdesks.moc"
