#include "topicchip.h"

#include <QAccessibleWidget>
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

// A chip is read as a button (not as an anonymous pane) whose one action, besides taking
// the focus, removes the topic: what Delete does from the keyboard.
class AccessibleTopicChip final : public QAccessibleWidget
{
public:
    explicit AccessibleTopicChip(TopicChip *chip)
        : QAccessibleWidget(chip, QAccessible::Button)
    {
    }

    QStringList actionNames() const override { return QAccessibleWidget::actionNames() << removeAction(); }
    void doAction(const QString &name) override
    {
        if (name == removeAction())
            static_cast<TopicChip *>(widget())->requestRemoval();
        else
            QAccessibleWidget::doAction(name);
    }
    static QString removeAction() { return TopicChip::tr("Remove", "accessible action of a topic chip"); }
};

QAccessibleInterface *topicChipAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("Storydesk::TopicChip") && object && object->isWidgetType())
        return new AccessibleTopicChip(static_cast<TopicChip *>(object));
    return nullptr;
}

} // namespace

TopicChip::TopicChip(const QString &topic, QWidget *parent)
    : QWidget(parent)
    , m_topic(topic)
    , m_label(new QLabel(topic, this))
    , m_newMarker(new QLabel(tr("new", "marker on a topic no other story uses"), this))
    , m_removeButton(new QToolButton(this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(topicChipAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
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
    connect(m_removeButton, &QToolButton::clicked, this, &TopicChip::requestRemoval);

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
    setAccessibleName(tr("Topic %1", "accessible name of a topic chip").arg(m_topic));
    notes.prepend(tr("Press Delete to remove"));
    setAccessibleDescription(notes.join(QStringLiteral("; ")));
    update();
}

void TopicChip::requestRemoval()
{
    Q_EMIT removeRequested(m_topic);
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
        requestRemoval();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Storydesk
