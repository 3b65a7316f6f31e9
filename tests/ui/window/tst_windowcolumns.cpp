#include "windowtestbase.h"

#include "fieldmap.h"
#include "storytablecolumns.h"

#include <QFontMetrics>

using namespace Storydesk;
using namespace WindowTest;

// The story list readable at every window size: the title takes the spare width, a long
// provider is shown whole, the least needed columns step aside on a narrow window, and what
// the editor does by hand (a width, a column shown) is kept.
class TestWindowColumns final : public WindowTest::WindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void title_getsTheSpareWidth_andAProviderIsWhole_data();
    void title_getsTheSpareWidth_andAProviderIsWhole();
    void columnResizedByTheEditor_keepsItsWidth();
    void columnShownByTheEditor_staysOnANarrowWindow();
    void steppedAsideColumns_comeBackWhenTheWindowWidens();
    void unboundColumn_steppedAside_staysHiddenWhenTheWindowWidens();

private:
    QAction *action(const char *name) const;
    void resizeWindow(int width, int height);
    int characters(int column) const;
    QHeaderView *header() const { return m_table->horizontalHeader(); }
};

// 24 characters, as long as the providers of the sample site get.
const QString LongProvider = QStringLiteral("Le Quotidien de Lausanne");

void TestWindowColumns::init()
{
    WindowTestBase::init();
    QVERIFY(writeFile(path(QStringLiteral("_posts/e.md")),
                      "---\ntitle: \"Echo\"\npublishedDateTime: 2024-01-05T10:00:00Z\nprovider:\n  name: "
                          + LongProvider.toUtf8() + "\n---\nBody E\n"));
    QVERIFY(m_window->openFolder(m_site));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->store()->isLoading() && m_proxy->rowCount() == 6, 20000);
}

QAction *TestWindowColumns::action(const char *name) const
{
    for (QAction *action : m_window->windowActions()) {
        if (action->objectName() == QLatin1StringView(name))
            return action;
    }
    return m_window->findChild<QAction *>(QLatin1StringView(name));
}

void TestWindowColumns::resizeWindow(int width, int height)
{
    m_window->resize(width, height);
    QTRY_COMPARE(m_window->width(), width);
    // The columns follow once the layout has settled.
    QTest::qWait(50);
    QCoreApplication::processEvents();
}

int TestWindowColumns::characters(int column) const
{
    return header()->sectionSize(column) / m_table->fontMetrics().averageCharWidth();
}

void TestWindowColumns::title_getsTheSpareWidth_andAProviderIsWhole_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("sidebar");   // open from the first run on screens this wide
    QTest::addColumn<int>("titleCharacters");
    QTest::newRow("1280x800") << 1280 << 800 << false << 55;
    QTest::newRow("1440x900") << 1440 << 900 << true << 50;
    QTest::newRow("1920x1080") << 1920 << 1080 << true << 85;
}

void TestWindowColumns::title_getsTheSpareWidth_andAProviderIsWhole()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(bool, sidebar);
    QFETCH(int, titleCharacters);
    auto *facets = m_window->findChild<QDockWidget *>(QStringLiteral("facetsDock"));
    if (facets->isHidden() == sidebar)
        action("showFacets")->trigger();
    resizeWindow(width, height);
    QCOMPARE(facets->isVisible(), sidebar);

    qInfo("title %d characters, table %d px; provider %d, date %d, status %d px", characters(StoryTableModel::Title),
          m_table->viewport()->width(), header()->sectionSize(StoryTableModel::Provider),
          header()->sectionSize(StoryTableModel::Date), header()->sectionSize(StoryTableModel::Status));
    QVERIFY2(characters(StoryTableModel::Title) >= titleCharacters, qPrintable(QString::number(characters(StoryTableModel::Title))));
    // No scrolling sideways: the columns fit the table.
    QVERIFY(header()->length() <= m_table->viewport()->width());

    // The provider shown whole, at the width the cell draws its text in.
    QVERIFY(!header()->isSectionHidden(StoryTableModel::Provider));
    const int margin = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    const int textWidth = header()->sectionSize(StoryTableModel::Provider) - 2 * margin;
    QCOMPARE(m_table->fontMetrics().elidedText(LongProvider, Qt::ElideRight, textWidth), LongProvider);
    // The date, the quality triage sorts on and the published state are still there.
    QVERIFY(!header()->isSectionHidden(StoryTableModel::Date));
    QVERIFY(!header()->isSectionHidden(StoryTableModel::Quality));
    QVERIFY(!header()->isSectionHidden(StoryTableModel::Published));
    const QString date = m_proxy->index(0, StoryTableModel::Date).data().toString();
    QCOMPARE(m_table->fontMetrics().elidedText(date, Qt::ElideRight, header()->sectionSize(StoryTableModel::Date) - 2 * margin), date);
}

void TestWindowColumns::columnResizedByTheEditor_keepsItsWidth()
{
    resizeWindow(1440, 900);
    const int byHand = header()->sectionSize(StoryTableModel::Topics) + 40;
    header()->resizeSection(StoryTableModel::Topics, byHand);   // as a drag of the header's edge does
    resizeWindow(1600, 900);
    QCOMPARE(header()->sectionSize(StoryTableModel::Topics), byHand);
    resizeWindow(1440, 900);
    QCOMPARE(header()->sectionSize(StoryTableModel::Topics), byHand);
}

void TestWindowColumns::columnShownByTheEditor_staysOnANarrowWindow()
{
    resizeWindow(1000, 700);
    QVERIFY(header()->isSectionHidden(StoryTableModel::Heat));   // the least needed steps aside first
    QAction *showHeat = action("showColumnHeat");
    QVERIFY(showHeat);
    QVERIFY(!showHeat->isChecked());   // the menu says so
    showHeat->trigger();
    QVERIFY(!header()->isSectionHidden(StoryTableModel::Heat));
    resizeWindow(900, 700);
    QVERIFY(!header()->isSectionHidden(StoryTableModel::Heat));
    QVERIFY(showHeat->isChecked());
}

void TestWindowColumns::steppedAsideColumns_comeBackWhenTheWindowWidens()
{
    resizeWindow(1000, 700);
    QVERIFY(header()->isSectionHidden(StoryTableModel::Heat));
    resizeWindow(1920, 1080);
    QVERIFY(!header()->isSectionHidden(StoryTableModel::Heat));
    QVERIFY(!header()->isSectionHidden(StoryTableModel::Topics));
    QVERIFY(action("showColumnHeat")->isChecked());
    // Columns hidden by default stay hidden: nothing steps in that was not there.
    QVERIFY(header()->isSectionHidden(StoryTableModel::Category));
}

// A column that stepped aside for the title and whose role the site then leaves out (a map
// without heat) is not brought back by a wider window: it is not a column of that site.
void TestWindowColumns::unboundColumn_steppedAside_staysHiddenWhenTheWindowWidens()
{
    resizeWindow(1000, 700);
    QVERIFY(header()->isSectionHidden(StoryTableModel::Heat));
    FieldMap withoutHeat = FieldMap::storyFormat();
    withoutHeat.unbind(FieldRole::Heat);
    m_window->store()->setFieldMap(withoutHeat);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->store()->isLoading() && m_proxy->rowCount() == 6, 20000);
    resizeWindow(1920, 1080);
    QVERIFY(header()->isSectionHidden(StoryTableModel::Heat));
    QVERIFY(!header()->isSectionHidden(StoryTableModel::Topics));
}

QTEST_MAIN(TestWindowColumns)
#include "tst_windowcolumns.moc"
