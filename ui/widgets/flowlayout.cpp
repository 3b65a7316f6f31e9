#include "flowlayout.h"

#include <QStyle>
#include <QWidget>
#include <QWidgetItem>

namespace Storydesk {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    m_items.insert(qBound(0, index, int(m_items.size())), new QWidgetItem(widget));
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    return minimumSize();
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::spacingFor(Qt::Orientation orientation) const
{
    if (QLayout::spacing() >= 0)
        return QLayout::spacing();
    const QWidget *parent = parentWidget();
    if (!parent)
        return 0;
    // The style's spacing between widgets, as in the other layouts of the form.
    return parent->style()->pixelMetric(orientation == Qt::Horizontal ? QStyle::PM_LayoutHorizontalSpacing : QStyle::PM_LayoutVerticalSpacing,
                                        nullptr, parent);
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int hSpace = qMax(0, spacingFor(Qt::Horizontal));
    const int vSpace = qMax(0, spacingFor(Qt::Vertical));
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    // Items of a line share its height: chips and the line edit are centred on it.
    QList<std::pair<QLayoutItem *, QRect>> line;
    const auto placeLine = [&] {
        for (const auto &[item, r] : std::as_const(line))
            item->setGeometry(r.translated(0, (lineHeight - r.height()) / 2));
        line.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        QSize size = item->sizeHint();
        size.setWidth(qMin(size.width(), area.width()));
        if (x > area.x() && x + size.width() > area.right() + 1) {
            if (apply)
                placeLine();
            x = area.x();
            y += lineHeight + vSpace;
            lineHeight = 0;
        }
        if (apply)
            line.append({item, QRect(QPoint(x, y), size)});
        x += size.width() + hSpace;
        lineHeight = qMax(lineHeight, size.height());
    }
    if (apply)
        placeLine();
    const QMargins margins = contentsMargins();
    return y + lineHeight - rect.y() + margins.bottom();
}

} // namespace Storydesk
