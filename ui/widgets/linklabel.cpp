#include "linklabel.h"

#include <QDesktopServices>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace Storydesk {

LinkLabel::LinkLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void LinkLabel::setAddress(const QString &address)
{
    setText(address);
    m_url = QUrl(address, QUrl::StrictMode);
    const QString scheme = m_url.scheme().toLower();
    m_clickable = m_url.isValid() && !m_url.host().isEmpty() && (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"));
    QFont f = font();
    f.setUnderline(m_clickable);
    setFont(f);
    setCursor(m_clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(m_clickable ? Qt::StrongFocus : Qt::NoFocus);
    setToolTip(m_clickable ? tr("Open in the web browser") : QString());
    setAccessibleName(address);
    setAccessibleDescription(m_clickable ? tr("Link; press Enter to open it in the web browser") : QString());
    update();
}

QSize LinkLabel::sizeHint() const
{
    // Addresses can be hundreds of characters long: never ask for more than a modest width.
    const QFontMetrics fm(font());
    return {qMin(fm.horizontalAdvance(text()), fm.averageCharWidth() * 40), fm.height()};
}

QSize LinkLabel::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.averageCharWidth() * 8, fm.height()};
}

void LinkLabel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    const QRect area = contentsRect();
    painter.setPen(palette().color(m_clickable ? QPalette::Link : QPalette::WindowText));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(text(), Qt::ElideMiddle, area.width()));
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void LinkLabel::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        open();
        return;
    }
    QLabel::mouseReleaseEvent(event);
}

void LinkLabel::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        open();
        return;
    }
    QLabel::keyPressEvent(event);
}

void LinkLabel::open()
{
    Q_EMIT opened(m_url);
    QDesktopServices::openUrl(m_url);
}

} // namespace Storydesk
