#include "facetmodel.h"
#include "facetsdock.h"
#include "fieldmap.h"
#include "hugosite.h"
#include "mainwindow.h"
#include "storyeditor.h"
#include "storyform.h"
#include "storyroles.h"
#include "storystore.h"
#include "storytablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

// The window on a generated Hugo site: the table leaves out the columns Hugo has no key for,
// the form leaves out those fields, Space and the form's Published box write `draft` (one
// line), and the status bar says which map is in use.

using namespace Storydesk;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray replaced(QByteArray bytes, const QByteArray &from, const QByteArray &to)
{
    return bytes.replace(from, to);
}

} // namespace

class TestWindowSiteFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void space_onADraft_writesExactlyDraftFalse();
    void formPublished_onAPostWithoutDraft_writesDraftTrue();
    void unboundRoles_areNeitherColumnsNorFormFields();
    void unboundRoles_areNoFacets_andComeBackWithTheStoryFormat();
    void statusBar_saysHugo_andSettingsOffersSiteFields();

private:
    int rowOf(const QString &path) const;
    void selectRow(int row);
    QAction *action(const char *name) const;

    QTemporaryDir *m_dir = nullptr;
    QString m_site;
    MainWindow *m_window = nullptr;
    QTableView *m_table = nullptr;
};

void TestWindowSiteFields::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWindowSiteFields::init()
{
    QSettings().clear();
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_site = m_dir->filePath(QStringLiteral("site"));
    QVERIFY(HugoSite::write(m_site));
    m_window = new MainWindow;
    QVERIFY(m_window->openFolder(m_site));
    // Wide enough that no column steps aside for the title (StoryTableColumns): what is
    // hidden here is hidden by the site's map.
    m_window->resize(1920, 1080);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_table = m_window->findChild<QTableView *>(QStringLiteral("storyTable"));
    QVERIFY(m_table);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->store()->isLoading(); }, 20000));
    QCOMPARE(m_table->model()->rowCount(), 3);
}

void TestWindowSiteFields::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

int TestWindowSiteFields::rowOf(const QString &path) const
{
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        if (m_table->model()->index(row, 0).data(PathRole).toString() == path)
            return row;
    }
    return -1;
}

void TestWindowSiteFields::selectRow(int row)
{
    m_table->setFocus();
    m_table->selectionModel()->setCurrentIndex(m_table->model()->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QAction *TestWindowSiteFields::action(const char *name) const
{
    for (QAction *action : m_window->windowActions()) {
        if (action->objectName() == QLatin1StringView(name))
            return action;
    }
    return nullptr;
}

void TestWindowSiteFields::space_onADraft_writesExactlyDraftFalse()
{
    const QString draft = HugoSite::draft(m_site);
    const int row = rowOf(draft);
    QVERIFY(row >= 0);
    QCOMPARE(m_table->model()->index(row, StoryTableModel::Published).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    selectRow(row);
    QTest::keyClick(m_table, Qt::Key_Space);
    QTRY_COMPARE(m_table->model()->index(rowOf(draft), StoryTableModel::Published).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QTest::keyClick(m_table, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(readFile(draft), replaced(HugoSite::Draft, "draft: true\n", "draft: false\n"));
}

void TestWindowSiteFields::formPublished_onAPostWithoutDraft_writesDraftTrue()
{
    const QString post = HugoSite::undrafted(m_site);
    const int row = rowOf(post);
    QVERIFY(row >= 0);
    selectRow(row);
    auto *published = m_window->findChild<QCheckBox *>(QStringLiteral("publishedCheckBox"));
    QTRY_VERIFY(published->isChecked());   // no draft key: Hugo publishes it
    published->click();
    QTRY_VERIFY(m_window->editor()->isModified(post));
    QTest::keyClick(m_table, Qt::Key_S, Qt::ControlModifier);
    const QByteArray after = readFile(post);
    QVERIFY2(after.contains("\ndraft: true\n"), after.constData());
    QCOMPARE(replaced(after, "draft: true\n", ""), HugoSite::Undrafted);
}

void TestWindowSiteFields::unboundRoles_areNeitherColumnsNorFormFields()
{
    const QHeaderView *header = m_table->horizontalHeader();
    QVERIFY(header->isSectionHidden(StoryTableModel::Quality));
    QVERIFY(header->isSectionHidden(StoryTableModel::Heat));
    QVERIFY(header->isSectionHidden(StoryTableModel::Provider));
    QVERIFY(!header->isSectionHidden(StoryTableModel::Date));
    QVERIFY(!header->isSectionHidden(StoryTableModel::Topics));
    QVERIFY(!header->isSectionHidden(StoryTableModel::Published));
    // View ▸ Columns cannot bring back a column the site has no key for.
    // Nor its filter.
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("minimumQualityFilter"))->isHidden());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("providerFilter"))->isHidden());
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("topicFilter"))->isHidden());
    QAction *showQuality = m_window->findChild<QAction *>(QStringLiteral("showColumnQuality"));
    QVERIFY(showQuality);
    QVERIFY(!showQuality->isEnabled());

    selectRow(rowOf(HugoSite::draft(m_site)));
    auto *form = m_window->findChild<StoryForm *>(QStringLiteral("storyForm"));
    QTRY_VERIFY(form->stories().size() == 1);
    QVERIFY(form->findChild<QWidget *>(QStringLiteral("qualitySpinBox"))->isHidden()
            || !form->findChild<QWidget *>(QStringLiteral("qualitySpinBox"))->isVisibleTo(form));
    QVERIFY(form->findChild<QWidget *>(QStringLiteral("publishedCheckBox"))->isVisibleTo(form));
    QVERIFY(form->findChild<QWidget *>(QStringLiteral("topicEditor"))->isVisibleTo(form));
}

void TestWindowSiteFields::statusBar_saysHugo_andSettingsOffersSiteFields()
{
    const auto *label = m_window->findChild<QLabel *>(QStringLiteral("siteFieldsLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("Hugo")), qPrintable(label->text()));
    QVERIFY(!label->isHidden());
    QAction *siteFields = action("siteFields");
    QVERIFY(siteFields);
    QVERIFY(siteFields->isEnabled());
}

// The facets of a Hugo site without quality, provider or category list no "No quality" for
// every post: those sections are not there. Given the story format, they are back.
void TestWindowSiteFields::unboundRoles_areNoFacets_andComeBackWithTheStoryFormat()
{
    auto *dock = m_window->findChild<FacetsDock *>(QStringLiteral("facetsDock"));
    QVERIFY(dock);
    const QTreeView *view = dock->view();
    const auto hidden = [view](Facet facet) { return view->isRowHidden(FacetModel::sectionOf(facet), QModelIndex()); };
    QVERIFY(hidden(Facet::Quality));
    QVERIFY(hidden(Facet::Provider));
    QVERIFY(hidden(Facet::Category));
    QVERIFY(!hidden(Facet::Topic));
    QVERIFY(!hidden(Facet::Published));
    QVERIFY(!hidden(Facet::Date));
    m_window->store()->setFieldMap(FieldMap::storyFormat());
    QTRY_VERIFY(!hidden(Facet::Quality));
    QVERIFY(!hidden(Facet::Provider));
    QVERIFY(!hidden(Facet::Category));
}

QTEST_MAIN(TestWindowSiteFields)
#include "tst_windowsitefields.moc"
