#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStyle>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Storydesk {

namespace {

enum Column { ActionColumn, KeysColumn, ScopeColumn };

// "&Save All" -> "Save All", "Save && Close" -> "Save & Close".
QString withoutMnemonic(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&'))
            text.remove(i, 1);
    }
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

QString keysOf(const QList<QKeySequence> &shortcuts)
{
    QStringList keys;
    for (const QKeySequence &shortcut : shortcuts)
        keys.append(shortcut.toString(QKeySequence::NativeText));
    return keys.join(ShortcutsDialog::tr(" or "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);   // rows with and without an icon line up
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(620, 640);
}

QString ShortcutsDialog::scopeOf(const QAction *action)
{
    if (action->shortcutContext() == Qt::WindowShortcut || action->shortcutContext() == Qt::ApplicationShortcut)
        return tr("Anywhere");
    QStringList places;
    for (QObject *object : action->associatedObjects()) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        if (!widget || qobject_cast<const QMenu *>(widget) || qobject_cast<const QMenuBar *>(widget) || qobject_cast<const QToolBar *>(widget))
            continue;
        if (!widget->accessibleName().isEmpty())
            places.append(widget->accessibleName());
    }
    return places.isEmpty() ? tr("Where it was added") : places.join(QStringLiteral(", "));
}

void ShortcutsDialog::setActions(const QList<QAction *> &actions)
{
    m_list->clear();
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ActionColumn, withoutMnemonic(action->text()));
        item->setIcon(ActionColumn, action->icon());
        item->setText(KeysColumn, keysOf(action->shortcuts()));
        item->setText(ScopeColumn, scopeOf(action));
        item->setToolTip(ActionColumn, action->toolTip());
    }

    // The list's own keys, which Qt's item view handles: no action carries them, and
    // editors need them for bulk work.
    const struct
    {
        const char *what;
        QList<QKeySequence> keys;
    } viewKeys[] = {
        {QT_TR_NOOP("Extend the selection"), {QKeySequence(Qt::SHIFT | Qt::Key_Up), QKeySequence(Qt::SHIFT | Qt::Key_Down)}},
        {QT_TR_NOOP("Add or remove a row from the selection"), {QKeySequence(Qt::CTRL | Qt::Key_Space)}},
        {QT_TR_NOOP("Select all stories shown"), QKeySequence::keyBindings(QKeySequence::SelectAll)},
        {QT_TR_NOOP("Page up / down"), {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_PageDown)}},
        {QT_TR_NOOP("First / last story"), {QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_End)}},
    };
    for (const auto &key : viewKeys) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ActionColumn, tr(key.what));
        item->setText(KeysColumn, keysOf(key.keys));
        item->setText(ScopeColumn, tr("Story list"));
    }

    // As wide as the three columns need (German runs longer than English), within the screen.
    const QAbstractItemView *view = m_list;   // QTreeView hides sizeHintForColumn()
    int columns = 0;
    for (int column = ActionColumn; column <= ScopeColumn; ++column)
        columns += qMax(view->sizeHintForColumn(column), m_list->header()->sectionSizeHint(column));
    const QMargins margins = layout()->contentsMargins();
    const int wanted = columns + 2 * m_list->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list)
        + margins.left() + margins.right();
    const int available = screen()->availableGeometry().width() * 9 / 10;
    if (wanted > width())
        resize(qMin(wanted, qMax(width(), available)), height());
}

} // namespace Storydesk
