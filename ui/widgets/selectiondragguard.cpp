#include "selectiondragguard.h"

#include <QAbstractItemView>
#include <QGuiApplication>
#include <QMouseEvent>

namespace Storydesk {

namespace {

constexpr int ButtonWatchMilliseconds = 50;

} // namespace

SelectionDragGuard::SelectionDragGuard(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    m_viewport->installEventFilter(this);
    m_buttonWatch.setInterval(ButtonWatchMilliseconds);
    connect(&m_buttonWatch, &QTimer::timeout, this, &SelectionDragGuard::checkButton);
}

bool SelectionDragGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_viewport)
        return false;
    if (event->type() == QEvent::MouseButtonPress && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        // Before the view handles the press: what was selected until now.
        m_rowsBefore.clear();
        for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
            m_rowsBefore.append(row);
        m_currentBefore = m_view->currentIndex();
        m_holding = true;
        m_buttonWatch.start();
    } else if (event->type() == QEvent::MouseButtonRelease && m_holding) {
        settle(false);
    }
    return false;
}

void SelectionDragGuard::checkButton()
{
    if (m_holding && !QGuiApplication::mouseButtons().testFlag(Qt::LeftButton))
        settle(true);
}

void SelectionDragGuard::settle(bool restore)
{
    m_buttonWatch.stop();
    m_holding = false;
    if (restore) {
        QItemSelection selection;
        for (const QPersistentModelIndex &row : std::as_const(m_rowsBefore)) {
            if (row.isValid())
                selection.select(row, row);
        }
        QItemSelectionModel *model = m_view->selectionModel();
        model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (m_currentBefore.isValid())
            model->setCurrentIndex(m_currentBefore, QItemSelectionModel::NoUpdate);
    }
    Q_EMIT selectionSettled();
}

} // namespace Storydesk
