#include "desk.h"
#include "facetmodel.h"
#include "facetroles.h"
#include "facetsdock.h"
#include "mainwindow.h"
#include "storystore.h"
#include "testfiles.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// A saved desk opened in the window: the table then shows exactly the stories its count
// says, whatever the filter field and the quick filters held before.

using namespace Storydesk;

class TestDeskWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openingADesk_showsAsManyRowsAsItsCount();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromUtf8(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDeskWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDeskWindow::openingADesk_showsAsManyRowsAsItsCount()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(TestFiles::write(path("a.md"), "---\ntitle: \"Alpha\"\npublished: false\nquality: 80\n---\n"));
    QVERIFY(TestFiles::write(path("b.md"), "---\ntitle: \"Bravo\"\npublished: false\nquality: 10\n---\n"));
    QVERIFY(TestFiles::write(path("c.md"), "---\ntitle: \"Charlie\"\npublished: true\nquality: 90\n---\n"));
    MainWindow window;
    QVERIFY(window.openFolder(m_dir->path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.store()->isLoading(), 20000);
    auto *table = window.findChild<QTableView *>(QStringLiteral("storyTable"));
    auto *dock = window.findChild<FacetsDock *>(QStringLiteral("facetsDock"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *minimumQuality = window.findChild<QSpinBox *>(QStringLiteral("minimumQualityFilter"));
    QVERIFY(table && dock && search && minimumQuality);

    // What the editor was looking at before: a quick filter the desk does not hold.
    minimumQuality->setValue(85);
    QCOMPARE(table->model()->rowCount(), 1);   // Charlie

    Desk desk;
    desk.name = QStringLiteral("Unpublished");
    desk.query = QStringLiteral("published:false");
    QVERIFY(dock->saveDesk(desk));
    dock->model()->refresh();
    const QModelIndex row = dock->model()->itemIndex(FacetModel::DesksSection, desk.name);
    QVERIFY(row.isValid());
    QCOMPARE(row.data(CountRole).toInt(), 2);

    dock->activate(row, false);
    QCOMPARE(search->text(), desk.query);
    QCOMPARE(table->model()->rowCount(), 2);   // Alpha and Bravo, as the desk counts
}

QTEST_MAIN(TestDeskWindow)
#include "tst_deskwindow.moc"
