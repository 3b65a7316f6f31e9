#include "panenavigator.h"

#include <QApplication>
#include <QScopedValueRollback>

namespace Storydesk {

namespace {

bool canTakeFocus(const QWidget *widget)
{
    return widget && widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

} // namespace

PaneNavigator::PaneNavigator(QObject *parent)
    : QObject(parent)
{
    connect(qApp, &QApplication::focusChanged, this, &PaneNavigator::focusChanged);
}

void PaneNavigator::addPane(const Pane &pane)
{
    m_panes.append(pane);
    m_lastFocus.append(nullptr);
}

int PaneNavigator::paneOf(const QWidget *widget) const
{
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        const QWidget *area = m_panes.at(i).area;
        if (widget && (widget == area || area->isAncestorOf(widget)))
            return int(i);
    }
    return -1;
}

bool PaneNavigator::isAvailable(int index) const
{
    const Pane &pane = m_panes.at(index);
    if (pane.isAvailable)
        return pane.isAvailable();
    return !pane.area->isHidden() && pane.area->isEnabled();
}

void PaneNavigator::move(int step)
{
    const int count = int(m_panes.size());
    if (count == 0)
        return;
    // From the pane with the focus; from outside every pane (the toolbar, the status bar),
    // F6 starts at the first pane and Shift+F6 at the last.
    int index = paneOf(QApplication::focusWidget());
    if (index < 0)
        index = step > 0 ? count - 1 : 0;
    for (int tried = 0; tried < count; ++tried) {
        index = (index + step + count) % count;
        // A pane with nothing to take the keyboard (the preview without a story) is passed.
        if (isAvailable(index) && focusPane(index))
            return;
    }
}

bool PaneNavigator::focusPane(int index)
{
    if (index < 0 || index >= m_panes.size())
        return false;
    const Pane &pane = m_panes.at(index);
    if (pane.raise) {
        // Hiding the focused page of a tab widget passes the focus along the chain for a
        // moment (to the sidebar): that is no field the editor chose.
        const QScopedValueRollback raising(m_raising, true);
        pane.raise();
    }
    QWidget *target = m_lastFocus.at(index);
    if (!canTakeFocus(target) || !pane.area->isAncestorOf(target))
        target = pane.entry;
    if (!canTakeFocus(target)) {
        // The entry is disabled or hidden (no story selected): the pane's first field.
        target = nullptr;
        for (QWidget *widget = pane.area->nextInFocusChain(); widget && widget != pane.area; widget = widget->nextInFocusChain()) {
            if (pane.area->isAncestorOf(widget) && canTakeFocus(widget)) {
                target = widget;
                break;
            }
        }
    }
    if (!target)
        return false;
    // A floating dock is a window of its own, and so is the main window seen from one:
    // the keyboard goes only to the active window.
    if (QWidget *window = target->window(); window != QApplication::activeWindow())
        window->activateWindow();
    target->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void PaneNavigator::focusChanged(QWidget *old, QWidget *now)
{
    Q_UNUSED(old)
    if (m_raising)
        return;
    const int index = paneOf(now);
    if (index >= 0)
        m_lastFocus[index] = now;
}

} // namespace Storydesk
