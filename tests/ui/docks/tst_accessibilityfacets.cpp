#include "facetmodel.h"
#include "facetsdock.h"
#include "testsite.h"

#include <QAccessible>
#include <QTest>
#include <QTreeView>

using namespace Storydesk;

// The facets sidebar as assistive technology reads it: each item with its count in one
// name ("AI, 3 stories"), the sections named as such, the keys in the description.
class TestAccessibilityFacets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void facetItem_readsItsNameAndCount_fromEitherCell();
    void facetItem_chosen_saysSoInTheDescription();
    void section_isDescribedAsOne();

private:
    // The accessible cell of the tree whose name is `name`, or null.
    QAccessibleInterface *cellNamed(const QString &name) const;

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<FacetsDock> m_dock;
};

void TestAccessibilityFacets::init()
{
    m_site = std::make_unique<TestSite>();
    QVERIFY(m_site->open());
    m_dock = std::make_unique<FacetsDock>(&m_site->store);
    m_dock->model()->refresh();
    m_dock->view()->expandAll();
    m_dock->resize(300, 2000);   // every row shown: the tree lists only what it shows
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
}

void TestAccessibilityFacets::cleanup()
{
    m_dock.reset();
    m_site.reset();
}

QAccessibleInterface *TestAccessibilityFacets::cellNamed(const QString &name) const
{
    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(m_dock->view());
    for (int i = 0; tree && i < tree->childCount(); ++i) {
        QAccessibleInterface *cell = tree->child(i);
        if (cell && cell->text(QAccessible::Name) == name)
            return cell;
    }
    return nullptr;
}

void TestAccessibilityFacets::facetItem_readsItsNameAndCount_fromEitherCell()
{
    // AI is on a, b and c.
    const QModelIndex ai = m_dock->model()->itemIndex(FacetModel::sectionOf(Facet::Topic), QStringLiteral("AI"));
    QVERIFY(ai.isValid());
    QCOMPARE(ai.data(Qt::AccessibleTextRole).toString(), QStringLiteral("AI, 3 stories"));
    QCOMPARE(ai.siblingAtColumn(FacetModel::Count).data(Qt::AccessibleTextRole).toString(), QStringLiteral("AI, 3 stories"));

    QAccessibleInterface *cell = cellNamed(QStringLiteral("AI, 3 stories"));
    QVERIFY2(cell, "no accessible cell named \"AI, 3 stories\"");
    QVERIFY(cell->text(QAccessible::Description).contains(QStringLiteral("Space")));
}

void TestAccessibilityFacets::facetItem_chosen_saysSoInTheDescription()
{
    const QModelIndex ai = m_dock->model()->itemIndex(FacetModel::sectionOf(Facet::Topic), QStringLiteral("AI"));
    QVERIFY(!ai.data(Qt::AccessibleDescriptionRole).toString().startsWith(QStringLiteral("Chosen")));
    m_dock->activate(ai, false);
    QVERIFY(ai.data(Qt::AccessibleDescriptionRole).toString().startsWith(QStringLiteral("Chosen")));
    QAccessibleInterface *cell = cellNamed(QStringLiteral("AI, 3 stories"));
    QVERIFY(cell);
    QVERIFY(cell->text(QAccessible::Description).startsWith(QStringLiteral("Chosen")));
}

void TestAccessibilityFacets::section_isDescribedAsOne()
{
    const QModelIndex topics = m_dock->model()->sectionIndex(FacetModel::sectionOf(Facet::Topic));
    QCOMPARE(topics.data(Qt::DisplayRole).toString(), QStringLiteral("Topics"));
    QCOMPARE(topics.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("Section"));
    QVERIFY(cellNamed(QStringLiteral("Topics")));
}

QTEST_MAIN(TestAccessibilityFacets)
#include "tst_accessibilityfacets.moc"
