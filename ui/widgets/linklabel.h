#pragma once

#include <QLabel>
#include <QUrl>

namespace Storydesk {

// An address from a story file, shown as plain text and elided in the middle. It opens
// in the web browser (click, Enter or Space) only when it is http or https: story files
// are untrusted, and a file:, javascript: or custom-scheme link must never launch anything.
class LinkLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkLabel)

public:
    explicit LinkLabel(QWidget *parent = nullptr);

    void setAddress(const QString &address);
    QString address() const { return text(); }
    bool isClickable() const { return m_clickable; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Emitted before the address is handed to QDesktopServices.
    void opened(const QUrl &url);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void open();

    QUrl m_url;
    bool m_clickable = false;
};

} // namespace Storydesk
