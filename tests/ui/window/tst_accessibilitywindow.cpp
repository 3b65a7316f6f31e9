#include "windowtestbase.h"

#include <QAccessible>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>

using namespace Storydesk;
using namespace WindowTest;

// The window without a mouse and through assistive technology: Tab in reading order, F6
// between panes, attaching related coverage from the keyboard, the keys listed in F1, and
// what the story list's cells read.
class TestAccessibilityWindow final : public WindowTest::WindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void tab_goesThroughTheWindowInReadingOrder();
    void f6_cyclesThePanes_andShiftF6_goesBack();
    void f6_bringsTheKeyboardBackToTheFieldItLeft();
    void f6_reachesAFloatingDock_andSkipsAHiddenOne();
    void attach_marksTheTarget_thenAttachesTheSelectedStory_asOneUndoStep();
    void attach_withoutATarget_isOffAndSaysWhy();
    void newKeys_areListedInF1_andCollideWithNoOther();
    void storyList_publishedCell_readsItsState();

private:
    QAction *action(const char *name) const;
    void showFacets();
    QString focusName() const;
};

QAction *TestAccessibilityWindow::action(const char *name) const
{
    for (QAction *action : m_window->windowActions()) {
        if (action->objectName() == QLatin1StringView(name))
            return action;
    }
    return nullptr;
}

void TestAccessibilityWindow::showFacets()
{
    // The offscreen screen is narrow: a first run starts without the sidebar.
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("facetsDock"));
    if (dock->isHidden())
        action("showFacets")->trigger();
    QTRY_VERIFY(dock->isVisible());
}

QString TestAccessibilityWindow::focusName() const
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus->objectName().startsWith(QLatin1String("qt_")) && focus->parentWidget())
        focus = focus->parentWidget();   // a spin box's or a combo box's own line edit
    if (focus && focus->objectName().isEmpty())
        return QString::fromLatin1(focus->metaObject()->className()) + QLatin1Char(':') + focus->accessibleName();
    return focus ? focus->objectName() : QString();
}

void TestAccessibilityWindow::tab_goesThroughTheWindowInReadingOrder()
{
    showFacets();
    m_window->findChild<QWidget *>(QStringLiteral("facetOrder"))->setFocus();
    QTRY_COMPARE(focusName(), QStringLiteral("facetOrder"));

    // Once round the window: every stop, until the first comes back.
    QStringList walked{focusName()};
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (focusName() == walked.first())
            break;
        walked.append(focusName());
    }
    QVERIFY2(walked.size() < 60, qPrintable(walked.join(QStringLiteral(" "))));
    // Left to right, top to bottom: the sidebar, the filter bar and the list, the editor.
    const QStringList readingOrder{
        QStringLiteral("facetOrder"),     QStringLiteral("facetView"),         QStringLiteral("searchField"),
        QStringLiteral("publishedFilter"), QStringLiteral("storyTable"),       QStringLiteral("qualitySpinBox"),
        QStringLiteral("qualitySlider"),  QStringLiteral("publishedCheckBox"), QStringLiteral("topicLineEdit"),
        QStringLiteral("relatedView"),
    };
    qsizetype at = -1;
    for (const QString &name : readingOrder) {
        const qsizetype found = walked.indexOf(name);
        QVERIFY2(found > at, qPrintable(name + QStringLiteral(" out of order in: ") + walked.join(QStringLiteral(" "))));
        at = found;
    }
}

void TestAccessibilityWindow::f6_cyclesThePanes_andShiftF6_goesBack()
{
    showFacets();
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    auto *form = m_window->findChild<QWidget *>(QStringLiteral("storyForm"));
    auto *source = m_window->findChild<SourceView *>(QStringLiteral("sourceView"));
    auto *facets = m_window->findChild<FacetsDock *>(QStringLiteral("facetsDock"));
    m_table->setFocus();
    QTRY_VERIFY(m_table->hasFocus());

    // The preview of the current story, above the editor: its scroll area, to read a long excerpt.
    auto *preview = m_window->findChild<QWidget *>(QStringLiteral("storyPreview"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QVERIFY2(preview->isAncestorOf(QApplication::focusWidget()), qPrintable(focusName()));
    QVERIFY(qobject_cast<QScrollArea *>(QApplication::focusWidget()));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(tabs->currentWidget(), form);
    QVERIFY(form->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(focusName(), QStringLiteral("qualitySpinBox"));   // the form's first field

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(tabs->currentWidget(), source);
    QCOMPARE(QApplication::focusWidget(), source->editor());

    // No dock below is open: round to the sidebar, then the list.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), facets->view());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), m_table);

    // An open dock is a pane too, after the source.
    action("showProblems")->trigger();
    auto *problems = m_window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    QTRY_VERIFY(problems->isVisible());
    m_table->setFocus();
    QTRY_VERIFY(m_table->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), facets->view());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY2(problems->isAncestorOf(QApplication::focusWidget()), qPrintable(focusName()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), source->editor());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(tabs->currentWidget(), form);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY2(preview->isAncestorOf(QApplication::focusWidget()), qPrintable(focusName()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), m_table);
}

void TestAccessibilityWindow::f6_reachesAFloatingDock_andSkipsAHiddenOne()
{
    showFacets();
    auto *facets = m_window->findChild<FacetsDock *>(QStringLiteral("facetsDock"));
    auto *source = m_window->findChild<SourceView *>(QStringLiteral("sourceView"));
    auto *problems = m_window->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    auto *duplicates = m_window->findChild<QDockWidget *>(QStringLiteral("duplicatesDock"));
    action("showProblems")->trigger();
    QTRY_VERIFY(problems->isVisible());
    problems->setFloating(true);   // a window of its own
    QTRY_VERIFY(problems->isWindow() && problems->isVisible());
    QVERIFY(duplicates->isHidden());
    QApplication::setActiveWindow(m_window);
    source->editor()->setFocus();
    m_window->findChild<QTabWidget *>(QStringLiteral("editorTabs"))->setCurrentWidget(source);
    source->editor()->setFocus();
    QTRY_VERIFY(source->editor()->hasFocus());

    // After the source comes the floating dock, not the hidden one, and the keyboard is there:
    // its window is the active one.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(problems));
    QVERIFY2(problems->isAncestorOf(QApplication::focusWidget()), qPrintable(focusName()));
    QVERIFY(!duplicates->isAncestorOf(QApplication::focusWidget()));

    // F6 pressed in the floating dock goes on round to the main window's sidebar.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_window));
    QCOMPARE(QApplication::focusWidget(), facets->view());

    // And Shift+F6 back into it, then back to the source.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(problems));
    QVERIFY2(problems->isAncestorOf(QApplication::focusWidget()), qPrintable(focusName()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_window));
    QCOMPARE(QApplication::focusWidget(), source->editor());

    // Closed, the dock is no stop at all.
    problems->close();
    QTRY_VERIFY(problems->isHidden());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), facets->view());
}

void TestAccessibilityWindow::f6_bringsTheKeyboardBackToTheFieldItLeft()
{
    auto *topics = m_window->findChild<QLineEdit *>(QStringLiteral("topicLineEdit"));
    topics->setFocus();
    QTRY_VERIFY(topics->hasFocus());
    QTest::keyClick(topics, Qt::Key_F6, Qt::ShiftModifier);   // back over the preview to the list
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), m_table);
    QTest::keyClick(m_table, Qt::Key_F6);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), topics);
}

void TestAccessibilityWindow::attach_marksTheTarget_thenAttachesTheSelectedStory_asOneUndoStep()
{
    const QString d = pathAt(RowD);
    const QString c = pathAt(RowC);
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("relatedTargetLabel"));
    QVERIFY(label && !label->isVisible());
    QVERIFY(!action("attachAsRelated")->isEnabled());

    m_table->setFocus();
    QTRY_VERIFY(m_table->hasFocus());
    QTest::keyClick(m_table, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);   // Delta is the target
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Related target: Delta"));
    QVERIFY(!action("attachAsRelated")->isEnabled());   // only the target itself is selected

    QTest::keyClick(m_table, Qt::Key_J);   // down to Charlie
    QCOMPARE(pathAt(currentRow()), c);
    QVERIFY(action("attachAsRelated")->isEnabled());
    const int steps = m_window->undoStack()->count();
    QTest::keyClick(m_table, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);

    // What dropping Charlie's row on Delta's does: one entry made from the story, one step.
    const std::optional<YamlValue> related = m_window->editor()->value(d, YamlPath({QStringLiteral("related")}));
    QVERIFY(related && related->isSequence());
    QCOMPARE(related->items().size(), 1);
    QCOMPARE(related->items().first().find(QStringLiteral("title"))->text(), QStringLiteral("Charlie"));
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    QVERIFY(!m_window->editor()->isModified(c));   // the attached story is left as it was
    QVERIFY(m_window->findChild<QStatusBar *>()->currentMessage().contains(QStringLiteral("Delta")));

    m_window->undoStack()->undo();
    QVERIFY(!m_window->editor()->value(d, YamlPath({QStringLiteral("related")})));
    QVERIFY(!m_window->editor()->isModified(d));
}

void TestAccessibilityWindow::attach_withoutATarget_isOffAndSaysWhy()
{
    selectRows(RowD, RowC);
    QVERIFY(!action("attachAsRelated")->isEnabled());
    QVERIFY(action("attachAsRelated")->toolTip().contains(QStringLiteral("Mark a story as the related target first")));
    QVERIFY(!action("markRelatedTarget")->isEnabled());   // a target is one story
}

void TestAccessibilityWindow::newKeys_areListedInF1_andCollideWithNoOther()
{
    const struct
    {
        const char *action;
        QKeySequence key;
    } keys[] = {
        {"nextPane", QKeySequence(Qt::Key_F6)},
        {"previousPane", QKeySequence(Qt::SHIFT | Qt::Key_F6)},
        {"markRelatedTarget", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
        {"attachAsRelated", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {"moveRelatedUp", QKeySequence(Qt::CTRL | Qt::Key_Up)},
        {"moveRelatedDown", QKeySequence(Qt::CTRL | Qt::Key_Down)},
    };
    for (const auto &key : keys) {
        QAction *owner = action(key.action);
        QVERIFY2(owner, key.action);
        QCOMPARE(owner->shortcut(), key.key);
        for (const QAction *other : m_window->windowActions()) {
            if (other != owner)
                QVERIFY2(!other->shortcuts().contains(key.key), qPrintable(other->objectName()));
        }
    }

    QTest::keyClick(m_table, Qt::Key_F1);
    auto *list = m_window->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
    QVERIFY(list);
    QHash<QString, QString> keysByAction;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        keysByAction.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
    QCOMPARE(keysByAction.value(QStringLiteral("Next Pane")), QStringLiteral("F6"));
    QCOMPARE(keysByAction.value(QStringLiteral("Previous Pane")), QStringLiteral("Shift+F6"));
    QCOMPARE(keysByAction.value(QStringLiteral("Mark as Related Target")), QStringLiteral("Ctrl+Shift+T"));
    QCOMPARE(keysByAction.value(QStringLiteral("Attach as Related Coverage")), QStringLiteral("Ctrl+Shift+R"));
    QCOMPARE(keysByAction.value(QStringLiteral("Move Up")), QStringLiteral("Ctrl+Up or Alt+Up"));
    QCOMPARE(keysByAction.value(QStringLiteral("Move Down")), QStringLiteral("Ctrl+Down or Alt+Down"));
}

void TestAccessibilityWindow::storyList_publishedCell_readsItsState()
{
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(m_table);
    QVERIFY(table && table->tableInterface());
    QCOMPARE(table->text(QAccessible::Name), QStringLiteral("Story list"));
    QAccessibleInterface *d = table->tableInterface()->cellAt(RowD, StoryTableModel::Published);
    QAccessibleInterface *c = table->tableInterface()->cellAt(RowC, StoryTableModel::Published);
    QVERIFY(d && c);
    QCOMPARE(d->text(QAccessible::Name), QStringLiteral("Not published"));
    QCOMPARE(c->text(QAccessible::Name), QStringLiteral("Published"));
    QVERIFY(c->state().checkable && c->state().checked);
    QCOMPARE(table->tableInterface()->cellAt(RowD, StoryTableModel::Title)->text(QAccessible::Name), QStringLiteral("Delta"));
}

QTEST_MAIN(TestAccessibilityWindow)
#include "tst_accessibilitywindow.moc"
