#include "fieldmap.h"
#include "hugosite.h"
#include "storystore.h"
#include "storytablemodel.h"
#include "unboundcolumns.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// A role the site's field map binds to nothing is not a column: on a Hugo site the table
// has no quality, heat, provider or related column, and they come back once a map binds
// them; a column the editor hid stays hidden throughout.

using namespace Storydesk;

class TestUnboundColumns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hugoSite_hidesTheColumnsOfUnboundRoles();
    void boundAgain_theColumnsComeBack_butNotOnesTheEditorHid();
    void savedState_isTheEditorsLayoutWithoutTheMapsHiding();

private:
    bool waitForLoad();

    QTemporaryDir *m_dir = nullptr;
    QString m_site;
    StoryStore *m_store = nullptr;
    StoryTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    UnboundColumns *m_columns = nullptr;
};

void TestUnboundColumns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUnboundColumns::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_site = m_dir->filePath(QStringLiteral("site"));
    QVERIFY(HugoSite::write(m_site));
    m_store = new StoryStore;
    m_store->setIndexEnabled(false);
    m_model = new StoryTableModel(m_store);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_columns = new UnboundColumns(m_view->horizontalHeader(), m_model);
}

void TestUnboundColumns::cleanup()
{
    delete m_columns;
    delete m_view;
    delete m_model;
    delete m_store;
    delete m_dir;
    m_dir = nullptr;
}

bool TestUnboundColumns::waitForLoad()
{
    return QTest::qWaitFor([this] { return !m_store->isLoading(); }, 20000) && m_store->count() == 3;
}

void TestUnboundColumns::hugoSite_hidesTheColumnsOfUnboundRoles()
{
    QSignalSpy changed(m_columns, &UnboundColumns::columnsChanged);
    m_store->openFolder(m_site);
    QVERIFY(waitForLoad());
    const QHeaderView *header = m_view->horizontalHeader();
    for (const int column : {StoryTableModel::Quality, StoryTableModel::Heat, StoryTableModel::Provider, StoryTableModel::Related}) {
        QVERIFY2(header->isSectionHidden(column), qPrintable(m_model->headerData(column, Qt::Horizontal).toString()));
        QVERIFY(m_columns->isHiddenByMap(column));
        QVERIFY(!m_model->isColumnBound(column));
    }
    for (const int column : {StoryTableModel::Title, StoryTableModel::Date, StoryTableModel::Topics, StoryTableModel::Published,
                             StoryTableModel::Status})
        QVERIFY2(!header->isSectionHidden(column), qPrintable(m_model->headerData(column, Qt::Horizontal).toString()));
    QVERIFY(!changed.isEmpty());
}

void TestUnboundColumns::boundAgain_theColumnsComeBack_butNotOnesTheEditorHid()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionHidden(StoryTableModel::Heat, true);   // the editor's own choice
    m_store->openFolder(m_site);
    QVERIFY(waitForLoad());
    QVERIFY(header->isSectionHidden(StoryTableModel::Quality));
    QVERIFY(!m_columns->isHiddenByMap(StoryTableModel::Heat));

    FieldMap map = m_store->fieldMap();
    map.bind(FieldRole::Quality, FieldBinding{YamlPath({QStringLiteral("weight")})});
    map.bind(FieldRole::Heat, FieldBinding{YamlPath({QStringLiteral("views")})});
    m_store->setFieldMap(map);
    QVERIFY(waitForLoad());
    QVERIFY(!header->isSectionHidden(StoryTableModel::Quality));
    QVERIFY(header->isSectionHidden(StoryTableModel::Heat));
    QVERIFY(header->isSectionHidden(StoryTableModel::Related));
}

void TestUnboundColumns::savedState_isTheEditorsLayoutWithoutTheMapsHiding()
{
    m_store->openFolder(m_site);
    QVERIFY(waitForLoad());
    const QByteArray state = m_columns->saveState();
    QVERIFY(m_view->horizontalHeader()->isSectionHidden(StoryTableModel::Quality));   // still hidden here
    QTableView other;
    other.setModel(m_model);
    QVERIFY(other.horizontalHeader()->restoreState(state));
    QVERIFY(!other.horizontalHeader()->isSectionHidden(StoryTableModel::Quality));
}

QTEST_MAIN(TestUnboundColumns)
#include "tst_unboundcolumns.moc"
