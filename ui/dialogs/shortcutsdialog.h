#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace Storydesk {

// Help ▸ Keyboard Shortcuts: every shortcut of the window, read from its actions when the
// dialog opens so the list cannot drift from what the keys do, and where each one works.
// The list view's own keys (selection, paging), which no action carries, follow.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // Lists the shortcuts of `actions`, in their order; actions without one are left out.
    void setActions(const QList<QAction *> &actions);

    // Where an action's shortcut works, in words: "Anywhere", or the accessible names of
    // the widgets it works in.
    static QString scopeOf(const QAction *action);

private:
    QTreeWidget *m_list;
};

} // namespace Storydesk
