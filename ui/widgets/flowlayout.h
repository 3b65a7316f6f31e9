#pragma once

#include <QLayout>
#include <QList>

namespace Storydesk {

// Lays widgets out left to right, wrapping to a new line when the width runs out, like
// words in a paragraph: the topic chips and the field to add one. Its height follows its
// width, so a form grows a line when the chips no longer fit.
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // Puts `widget` at `index` in the flow (and so in the layout order).
    void insertWidget(int index, QWidget *widget);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int spacingFor(Qt::Orientation orientation) const;
    int doLayout(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace Storydesk
