#include "topicchip.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace Storydesk {

namespace {

constexpr int FlashMilliseconds = 700;
constexpr qreal Radius = 4.0;

} // namespace

TopicChip::TopicChip(const QString &topic, QWidget *parent)
    : QWidget(parent)
    , m_topic(topic)
    , m_label(new QLabel(topic, this))
    , m_newMarker(new QLabel(tr("new", "marker on a topic no other story uses"), this))
    , m_removeButton(new QToolButton(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_label->setTextFormat(Qt::PlainText);   // topics come from files: never markup
    QFont small = m_newMarker->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    small.setBold(true);
    m_newMarker->setFont(small);
    m_newMarker->setForegroundRole(QPalette::Link);
    m_newMarker->hide();

    // The button is for the mouse; the keyboard removes a focused chip with Delete.
    m_removeButton->setFocusPolicy(Qt::NoFocus);
    m_removeButton->setAutoRaise(true);
    m_removeButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete-remove"), style()->standardIcon(QStyle::SP_LineEditClearButton)));
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 4;
    m_removeButton->setIconSize(QSize(icon, icon));
    m_removeButton->setToolTip(tr("Remove this topic"));
    m_removeButton->setAccessibleName(tr("Remove topic %1").arg(topic));
    connect(m_removeButton, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_topic); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 1, 1, 1);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(m_newMarker);
    layout->addWidget(m_removeButton);
    updateLook();
}

void TopicChip::setCoverage(int storyCount, int selectedCount)
{
    if (storyCount == m_storyCount && selectedCount == m_selectedCount)
        return;
    m_storyCount = storyCount;
    m_selectedCount = selectedCount;
    updateLook();
}

void TopicChip::setNew(bool isNew)
{
    if (isNew == m_new)
        return;
    m_new = isNew;
    updateLook();
}

void TopicChip::updateLook()
{
    QFont f = font();
    f.setItalic(m_new);
    m_label->setFont(f);
    m_newMarker->setVisible(m_new);
    m_label->setForegroundRole(isPartial() ? QPalette::PlaceholderText : QPalette::WindowText);

    QStringList notes;
    if (isPartial())
        notes.append(tr("On %L1 of %L2 stories").arg(m_storyCount).arg(m_selectedCount));
    if (m_new)
        notes.append(tr("New topic: no other story uses it"));
    setToolTip(notes.join(QLatin1Char('\n')));
    setAccessibleName(m_topic);
    notes.append(tr("Press Delete to remove it"));
    setAccessibleDescription(notes.join(QStringLiteral("; ")));
    update();
}

void TopicChip::flash()
{
    m_flashing = true;
    update();
    QTimer::singleShot(FlashMilliseconds, this, [this] {
        m_flashing = false;
        update();
    });
}

void TopicChip::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // On some of the selected stories only: a dashed outline instead of a filled chip.
    QColor fill = isPartial() ? QColor(Qt::transparent) : palette().color(QPalette::Button);
    if (m_flashing)
        fill = palette().color(QPalette::Highlight).lighter(160);
    QPen pen(palette().color(hasFocus() ? QPalette::Highlight : QPalette::Mid));
    pen.setWidthF(hasFocus() ? 2.0 : 1.0);
    pen.setStyle(isPartial() ? Qt::DashLine : Qt::SolidLine);
    const qreal inset = pen.widthF() / 2;
    painter.setPen(pen);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), Radius, Radius);
}

void TopicChip::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        Q_EMIT removeRequested(m_topic);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Storydesk
