#pragma once

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QTimer>

class QAbstractItemView;

namespace Storydesk {

// Keeps a press that turns into a drag from changing what the window edits. Item views
// select the row under a press at once, so dragging a story's row to the related list of
// the story being edited would first make the dragged story the one being edited. While
// the button is down, isHolding() says to wait: a click (the button comes up on the view)
// settles on the new selection; a drag (the button comes up elsewhere) puts back the
// selection from before the press. Either way selectionSettled() follows.
class SelectionDragGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionDragGuard)

public:
    explicit SelectionDragGuard(QAbstractItemView *view);

    bool isHolding() const { return m_holding; }

Q_SIGNALS:
    void selectionSettled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void checkButton();
    void settle(bool restore);

    QAbstractItemView *m_view;
    // Compared without calling into the view: its events keep coming while it is destroyed.
    QWidget *m_viewport;
    QList<QPersistentModelIndex> m_rowsBefore;
    QPersistentModelIndex m_currentBefore;
    // The release that ends a drag goes to the drag, not to the view: the button is watched.
    QTimer m_buttonWatch;
    bool m_holding = false;
};

} // namespace Storydesk
