#pragma once

#include "imageloader.h"
#include "storysummary.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Storydesk {

class PictureFrame;

// The preview of the selected story: its picture, the provider's logo and name, title,
// date, excerpt and link. Everything from the file is shown as plain text; pictures come
// through the shared ImageLoader, and a story's pending downloads stop as soon as another
// story is shown.
class StoryPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryPreview)

public:
    explicit StoryPreview(ImageLoader *loader, QWidget *parent = nullptr);

    bool hasStory() const { return m_hasStory; }
    const StorySummary &story() const { return m_story; }

public Q_SLOTS:
    void setStory(const Storydesk::StorySummary &story);
    void clear();
    // Asks again for the pictures of the story shown (after the remote switch changes).
    void reloadImages();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void cancelLoads();
    bool showCached(PictureFrame *frame, const QString &url);
    void startLoads();
    void handleLoaded(ImageLoader::Ticket ticket, const ImageResult &result, const QImage &image);
    void pictureBoxChanged();
    void openLink();
    void updateElidedTexts();

    ImageLoader *m_loader;
    StorySummary m_story;
    bool m_hasStory = false;
    ImageLoader::Ticket m_pictureTicket = 0;
    ImageLoader::Ticket m_logoTicket = 0;
    QSize m_pictureBox;            // the box the shown (or loading) picture was asked for

    QStackedWidget *m_pages;
    QScrollArea *m_scroll;
    QWidget *m_content;
    PictureFrame *m_picture;
    PictureFrame *m_logo;
    QLabel *m_provider;
    QLabel *m_title;
    QLabel *m_date;
    QLabel *m_excerpt;
    QLabel *m_link;
    QToolButton *m_openLink;
    QTimer *m_resizeTimer;
    QTimer *m_loadTimer;
};

} // namespace Storydesk
