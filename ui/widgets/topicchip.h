#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Storydesk {

// One topic of the stories being edited, as a chip: its name and a small remove button.
// A chip on only some of the selected stories is drawn dashed and dimmed; a topic no other
// story of the site uses is marked "new". Focusable: Delete or Backspace removes it.
class TopicChip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicChip)

public:
    explicit TopicChip(const QString &topic, QWidget *parent = nullptr);

    QString topic() const { return m_topic; }

    // On `storyCount` of the `selectedCount` stories being edited.
    void setCoverage(int storyCount, int selectedCount);
    bool isPartial() const { return m_storyCount < m_selectedCount; }
    void setNew(bool isNew);
    bool isNew() const { return m_new; }

    // Briefly highlights the chip: "this topic is already there".
    void flash();
    bool isFlashing() const { return m_flashing; }

    // What Delete, the remove button and the accessible "Remove" action do.
    void requestRemoval();

Q_SIGNALS:
    void removeRequested(const QString &topic);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateLook();

    QString m_topic;
    QLabel *m_label;
    QLabel *m_newMarker;
    QToolButton *m_removeButton;
    int m_storyCount = 1;
    int m_selectedCount = 1;
    bool m_new = false;
    bool m_flashing = false;
};

} // namespace Storydesk
