#include "pictureframe.h"

#include "plaintext.h"

#include <QPainter>
#include <QtMath>
#include <QPainterPath>
#include <QResizeEvent>

namespace Storydesk {

namespace {

// Absurd stated sizes (1×10000) must not squash or stretch the layout.
constexpr double MinimumAspect = 0.25;   // height / width
constexpr double MaximumAspect = 0.75;
// In a wide pane a picture at full width would push the title and excerpt out of sight:
// the frame stops growing here and the picture is fitted inside, aspect kept.
constexpr int MaximumHeight = 260;

} // namespace

PictureFrame::PictureFrame(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void PictureFrame::setAspectHint(const QSize &size)
{
    m_aspect = size.isValid() && !size.isEmpty() ? size : QSize();
    updateGeometry();
}

void PictureFrame::showPicture(const QImage &image)
{
    m_image = image;
    m_pixmap = QPixmap::fromImage(image);
    m_placeholder.clear();
    setToolTip(QString());
    setAccessibleDescription(QString());
    if (!image.isNull() && sizePolicy().hasHeightForWidth())
        setAspectHint(image.size());
    update();
}

void PictureFrame::showPlaceholder(const QString &text, const QString &toolTip)
{
    m_image = QImage();
    m_pixmap = QPixmap();
    m_placeholder = text;
    setToolTip(PlainText::toolTip(toolTip));
    // What the frame shows instead of a picture ("Loading…", why there is none) is drawn:
    // assistive technology reads it here.
    setAccessibleDescription(text);
    update();
}

int PictureFrame::maximumHeightFor(int width) const
{
    return qMin(int(width * MaximumAspect), MaximumHeight);
}

bool PictureFrame::hasHeightForWidth() const
{
    return sizePolicy().hasHeightForWidth();
}

int PictureFrame::heightForWidth(int width) const
{
    const double aspect = m_aspect.isValid() ? double(m_aspect.height()) / m_aspect.width() : 9.0 / 16.0;
    const int height = qMin(int(width * qBound(MinimumAspect, aspect, MaximumAspect)), MaximumHeight);
    // A picture smaller than the pane is shown at its size (enlarged it would blur), so the
    // frame takes no more height than it needs.
    if (!m_pixmap.isNull())
        return qMin(height, qCeil(m_pixmap.height() / devicePixelRatioF()));
    return height;
}

QSize PictureFrame::sizeHint() const
{
    return QSize(320, heightForWidth(320));
}

QSize PictureFrame::minimumSizeHint() const
{
    return QSize(64, heightForWidth(64));
}

QSize PictureFrame::pixelBox() const
{
    const int height = hasHeightForWidth() ? maximumHeightFor(width()) : this->height();
    return (QSizeF(width(), height) * devicePixelRatioF()).toSize();
}

void PictureFrame::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->oldSize().width() != event->size().width() || !hasHeightForWidth())
        Q_EMIT pixelBoxChanged();
}

void PictureFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    if (!m_pixmap.isNull()) {
        // Logical size of the decoded pixels, shrunk (never grown) to fit the frame.
        const QSizeF logical = QSizeF(m_pixmap.size()) / devicePixelRatioF();
        const QSizeF shown = logical.width() <= width() && logical.height() <= height()
            ? logical : logical.scaled(size(), Qt::KeepAspectRatio);
        const QRectF target(QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawPixmap(target, m_pixmap, QRectF(m_pixmap.rect()));
        return;
    }
    QPainterPath frame;
    const qreal radius = qMin(6.0, height() / 4.0);
    frame.addRoundedRect(area, radius, radius);
    painter.fillPath(frame, palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawPath(frame);
    if (m_placeholder.isEmpty() || height() < fontMetrics().height())
        return;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect text = rect().adjusted(4, 0, -4, 0);
    painter.drawText(text, Qt::AlignCenter, fontMetrics().elidedText(m_placeholder, Qt::ElideRight, text.width()));
}

} // namespace Storydesk
