#pragma once

#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace Storydesk {

// A picture kept at its aspect ratio within the frame's width, crisp on high-DPI screens
// (images come decoded in device pixels), or a placeholder saying why there is none.
// Before the picture arrives, the size the story file states reserves its space.
class PictureFrame final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PictureFrame)

public:
    explicit PictureFrame(QWidget *parent = nullptr);

    // The picture's stated size, for layout before it arrives; invalid: a 16:9 guess.
    void setAspectHint(const QSize &size);
    void showPicture(const QImage &image);
    // `toolTip` is plain text: the reason of a failure, from untrusted input.
    void showPlaceholder(const QString &text, const QString &toolTip = QString());

    bool hasPicture() const { return !m_image.isNull(); }
    QImage picture() const { return m_image; }
    QString placeholderText() const { return m_placeholder; }
    // The box to decode pictures for, in device pixels: the largest the frame shows at its
    // current width, whatever the picture's aspect.
    QSize pixelBox() const;

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void pixelBoxChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int maximumHeightFor(int width) const;

    QSize m_aspect;
    QImage m_image;
    QPixmap m_pixmap;
    QString m_placeholder;
};

} // namespace Storydesk
