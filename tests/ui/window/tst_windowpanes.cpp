#include "windowtestbase.h"

#include "storytablecolumns.h"

using namespace Storydesk;
using namespace WindowTest;

// The window's panes: the layout kept across windows and fitted on a first run, a dropped
// folder, the form and the Source tab, the Git column.
class TestWindowPanes final : public WindowTest::WindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void layout_persistsAcrossWindows();
    void firstRun_narrowTable_givesTheTitleRoomFromTheLeastNeededColumns();
    void firstRun_onANarrowScreen_startsWithoutTheSidebar_thenKeepsTheChoice();
    void droppedFolder_isOpened();
    void form_leavesTheHeaderToThePreview();
    void brokenStory_opensOnTheSourceTab_andGoesBackAfter();
    void brokenStory_repairedInTheSource_savesTheText();
    void sourceTab_leavingItAppliesTheText();
    void sourceTab_severalStories_saysSelectOne();
    void sourceTab_invalidTextIsNotSavedAndTheStatusBarSaysSo();
    void t_onTheSourceTab_goesToTheFormsTopics();
    void gitColumnAndFacet_showOnlyInARepository();
};

void TestWindowPanes::layout_persistsAcrossWindows()
{
    QHeaderView *header = m_table->horizontalHeader();
    m_table->sortByColumn(StoryTableModel::Quality, Qt::AscendingOrder);
    header->setSectionHidden(StoryTableModel::Heat, true);
    header->resizeSection(StoryTableModel::Provider, 222);
    QVERIFY(m_window->close());
    delete m_window;
    m_window = nullptr;

    QVERIFY(openWindow());
    header = m_table->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(StoryTableModel::Quality));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QVERIFY(header->isSectionHidden(StoryTableModel::Heat));
    QCOMPARE(header->sectionSize(StoryTableModel::Provider), 222);
    auto *showHeat = m_window->findChild<QAction *>(QStringLiteral("showColumnHeat"));
    QVERIFY(showHeat && !showHeat->isChecked());
    showHeat->trigger();
    QVERIFY(!header->isSectionHidden(StoryTableModel::Heat));
}

void TestWindowPanes::firstRun_narrowTable_givesTheTitleRoomFromTheLeastNeededColumns()
{
    // A first run with no saved widths: every column is as wide as what it shows, the
    // provider's name whole; in a narrow window the least needed columns (Heat, Topics) step
    // aside for the title, in a wide one they stay and the title still has two fifths.
    const int character = m_table->fontMetrics().averageCharWidth();
    for (const int width : {700, 2400}) {
        QSettings().clear();
        MainWindow window;
        window.setPrompts(std::make_unique<FakePrompts>());
        QVERIFY(window.openFolder(m_site));
        window.resize(width, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("storyTable"));
        auto *columns = window.findChild<StoryTableColumns *>();
        QVERIFY(columns);
        QHeaderView *header = table->horizontalHeader();
        if (width == 700) {
            QTRY_VERIFY(header->isSectionHidden(StoryTableModel::Topics));
            QVERIFY(header->isSectionHidden(StoryTableModel::Heat));
            QVERIFY(!header->isSectionHidden(StoryTableModel::Date));
            QVERIFY(!header->isSectionHidden(StoryTableModel::Published));
            QVERIFY(header->sectionSize(StoryTableModel::Status) < 16 * character);
        } else {
            QTest::qWait(50);   // the fitting runs just after the first show
            QVERIFY(!header->isSectionHidden(StoryTableModel::Topics));
            QVERIFY(!header->isSectionHidden(StoryTableModel::Heat));
            // As wide as the longest topics ("Policy"), not the 22 characters a long list gets.
            QCOMPARE(header->sectionSize(StoryTableModel::Topics), columns->fittingWidth(StoryTableModel::Topics));
            QVERIFY(header->sectionSize(StoryTableModel::Topics) < 22 * character);
            QVERIFY(header->sectionSize(StoryTableModel::Title) >= table->viewport()->width() * 2 / 5);
        }
        const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
        const QString courier = QStringLiteral("Courier");
        QCOMPARE(table->fontMetrics().elidedText(courier, Qt::ElideRight, header->sectionSize(StoryTableModel::Provider) - 2 * margin), courier);
    }
}

void TestWindowPanes::firstRun_onANarrowScreen_startsWithoutTheSidebar_thenKeepsTheChoice()
{
    // The offscreen test screen is narrower than a laptop's: the fixture's window is a first run.
    QVERIFY(m_window->screen()->availableGeometry().width() < 1440);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("facetsDock"));
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("showFacets"));
    QVERIFY(dock && toggle);
    QVERIFY(dock->isHidden());
    QVERIFY(!toggle->isChecked());
    toggle->trigger();   // F9
    QVERIFY(dock->isVisible());
    QVERIFY(m_window->close());
    delete m_window;
    m_window = nullptr;
    QVERIFY(openWindow());
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("facetsDock"))->isVisible());
}

void TestWindowPanes::droppedFolder_isOpened()
{
    const QString other = m_dir->filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    QVERIFY(writeFile(other + QStringLiteral("/x.md"), storyA));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(other)});
    const QPoint where = m_window->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QTRY_COMPARE(m_window->folder(), other);
    QTRY_COMPARE(m_proxy->rowCount(), 1);

    // A file is not a folder: not accepted.
    QMimeData file;
    file.setUrls({QUrl::fromLocalFile(other + QStringLiteral("/x.md"))});
    QDragEnterEvent refused(where, Qt::CopyAction, &file, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(m_window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestWindowPanes::form_leavesTheHeaderToThePreview()
{
    auto *form = m_window->findChild<StoryForm *>(QStringLiteral("storyForm"));
    QVERIFY(form->isVisible());
    QVERIFY(!form->findChild<QLabel *>(QStringLiteral("titleLabel"))->isVisible());
    QVERIFY(!form->findChild<QLabel *>(QStringLiteral("providerLabel"))->isVisible());
    QVERIFY(form->findChild<QWidget *>(QStringLiteral("qualitySpinBox"))->isVisible());
}

void TestWindowPanes::brokenStory_opensOnTheSourceTab_andGoesBackAfter()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    auto *source = m_window->findChild<SourceView *>(QStringLiteral("sourceView"));
    QVERIFY(tabs && source);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("storyForm"));
    selectRows(RowBroken, RowBroken);
    QCOMPARE(tabs->currentWidget(), source);
    QCOMPARE(source->story(), pathAt(RowBroken));
    QVERIFY(!source->problems().isEmpty());
    QCOMPARE(source->problems().first().line, 2);
    selectRows(RowA, RowA);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("storyForm"));

    // A tab the editor chose stays chosen.
    tabs->setCurrentWidget(source);
    selectRows(RowB, RowB);
    QCOMPARE(tabs->currentWidget(), source);
    QCOMPARE(source->story(), pathAt(RowB));
}

void TestWindowPanes::brokenStory_repairedInTheSource_savesTheText()
{
    selectRows(RowBroken, RowBroken);
    const QString broken = pathAt(RowBroken);
    auto *source = m_window->findChild<SourceView *>(QStringLiteral("sourceView"));
    const QString repaired = QStringLiteral("---\ntitle: \"Broken\"\ntopics:\n  - AI\n---\n");
    source->editor()->setFocus();
    source->editor()->selectAll();
    source->editor()->insertPlainText(repaired);
    QTest::keyClick(source->editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(source->problems().isEmpty());
    QVERIFY(m_window->editor()->isModified(broken));
    QTRY_VERIFY(m_window->isWindowModified());
    QTest::keyClick(source->editor(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(readFile(broken), repaired.toUtf8());
    QVERIFY(!m_window->editor()->isModified(broken));
    QCOMPARE(m_window->store()->summary(m_window->store()->indexOf(broken)).title, QStringLiteral("Broken"));
}

void TestWindowPanes::sourceTab_leavingItAppliesTheText()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    auto *source = m_window->findChild<SourceView *>(QStringLiteral("sourceView"));
    selectRows(RowA, RowA);
    tabs->setCurrentWidget(source);
    QString text = source->editor()->text();
    text.replace(QStringLiteral("quality: 70 # desk"), QStringLiteral("quality: 75 # desk"));
    source->editor()->setPlainText(text);
    QVERIFY(source->hasUnappliedEdits());
    QCOMPARE(tabs->tabText(tabs->indexOf(source)), QStringLiteral("Source*"));
    tabs->setCurrentIndex(0);
    QVERIFY(!source->hasUnappliedEdits());
    QCOMPARE(qualityAt(RowA), 75);
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(tabs->tabText(tabs->indexOf(source)), QStringLiteral("Source"));
}

void TestWindowPanes::sourceTab_severalStories_saysSelectOne()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    auto *source = m_window->findChild<SourceView *>(QStringLiteral("sourceView"));
    tabs->setCurrentWidget(source);
    selectRows(RowD, RowB);
    auto *placeholder = source->findChild<QLabel *>(QStringLiteral("sourcePlaceholder"));
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("Select one story to see its source."));
}

void TestWindowPanes::sourceTab_invalidTextIsNotSavedAndTheStatusBarSaysSo()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    auto *source = m_window->findChild<SourceView *>(QStringLiteral("sourceView"));
    selectRows(RowA, RowA);
    tabs->setCurrentWidget(source);
    source->editor()->setPlainText(QStringLiteral("---\ntitle: \"A \"B\" C\"\n---\n"));
    QTest::keyClick(source->editor(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(readFile(pathAt(RowA)), storyA);
    QVERIFY(!m_window->editor()->isModified(pathAt(RowA)));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("not applied")));
    QVERIFY(source->hasUnappliedEdits());
    QCOMPARE(source->problems().first().line, 2);
}

void TestWindowPanes::t_onTheSourceTab_goesToTheFormsTopics()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    tabs->setCurrentIndex(1);
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_T);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("storyForm"));
    auto *topicEditor = m_window->findChild<QWidget *>(QStringLiteral("topicEditor"));
    QTRY_VERIFY(QApplication::focusWidget() && topicEditor->isAncestorOf(QApplication::focusWidget()));
}

void TestWindowPanes::gitColumnAndFacet_showOnlyInARepository()
{
    if (!GitProcess::isInstalled())
        QSKIP("git is not installed");
    QHeaderView *header = m_table->horizontalHeader();
    FacetModel *facets = m_window->findChild<FacetsDock *>()->model();
    // Not a repository: no column, no facet, even after a while.
    QTest::qWait(500);
    QVERIFY(header->isSectionHidden(StoryTableModel::Git));
    QVERIFY(!facets->showsGit());

    const auto git = [this](const QStringList &arguments) { return GitProcess(m_site).run(arguments).ok(); };
    QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q")}));
    QVERIFY(git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ana Ruiz")}));
    QVERIFY(git({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("ana@example.org")}));
    QVERIFY(git({QStringLiteral("add"), QStringLiteral("-A")}));
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Stories")}));
    QVERIFY(m_window->openFolder(m_site));
    QTRY_VERIFY_WITH_TIMEOUT(!header->isSectionHidden(StoryTableModel::Git), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(facets->showsGit(), 20000);
    // Edited and saved from the window: the story is Changed for git.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->store()->isLoading(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_table->currentIndex().isValid(), 20000);
    m_table->setFocus();
    const QPersistentModelIndex cell = m_table->currentIndex().siblingAtColumn(StoryTableModel::Git);
    QCOMPARE(cell.data().toString(), QString());
    QTest::keyClick(m_table, Qt::Key_Space);
    auto *saveAll = m_window->findChild<QAction *>(QStringLiteral("saveAll"));
    QVERIFY(saveAll);
    saveAll->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(cell.data().toString(), QStringLiteral("Changed"), 20000);
}

QTEST_MAIN(TestWindowPanes)
#include "tst_windowpanes.moc"
