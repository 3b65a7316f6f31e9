#include "shortcutsdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QScreen>
#include <QTest>
#include <QTreeWidget>

using namespace Storydesk;

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setActions_shortTexts_keepTheDefaultWidth();
    void setActions_longTexts_widenTheDialogWithinTheScreen();
};

void TestShortcutsDialog::setActions_shortTexts_keepTheDefaultWidth()
{
    ShortcutsDialog dialog;
    const int width = dialog.width();
    QAction save(QStringLiteral("&Save"));
    save.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    dialog.setActions({&save});
    QCOMPARE(dialog.width(), width);
}

void TestShortcutsDialog::setActions_longTexts_widenTheDialogWithinTheScreen()
{
    // A translation that runs long must not push the Where column out of sight.
    ShortcutsDialog dialog;
    const int width = dialog.width();
    QAction action(QStringLiteral("Nächste unveröffentlichte Meldung, aber noch viel länger als jede englische"));
    action.setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    dialog.setActions({&action});
    QVERIFY(dialog.width() > width);
    QVERIFY(dialog.width() <= qMax(width, dialog.screen()->availableGeometry().width()));
    const QAbstractItemView *list = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
    const int columns = list->sizeHintForColumn(0) + list->sizeHintForColumn(1) + list->sizeHintForColumn(2);
    if (columns + 60 < dialog.screen()->availableGeometry().width() * 9 / 10)
        QVERIFY(dialog.width() >= columns);
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
