#pragma once

#include "imageloader.h"
#include "gitrepository.h"
#include "storysummary.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Storydesk {

class LastCommitFetcher;
class PictureFrame;
class SiteGitStatus;

// The preview of the selected story: its picture, the provider's logo and name, title,
// date, excerpt and link. Everything from the file is shown as plain text; pictures come
// through the shared ImageLoader, and a story's pending downloads stop as soon as another
// story is shown. In a git repository a line says who last committed the story and when,
// asked of git off the UI thread for the story shown only.
class StoryPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryPreview)

public:
    explicit StoryPreview(ImageLoader *loader, QWidget *parent = nullptr);

    bool hasStory() const { return m_hasStory; }
    const StorySummary &story() const { return m_story; }
    // The site's git state: while it is active, the last commit line shows.
    void setGitStatus(const SiteGitStatus *status);
    // "Ana Ruiz, 2 hours ago", counted back from `now`.
    static QString commitText(const GitRepository::LastCommit &commit, const QDateTime &now);
    static QString relativeTime(const QDateTime &time, const QDateTime &now);

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
    void updateCommit();
    void fetchCommit();
    void showCommit(const QString &path, const GitRepository::LastCommit &commit);

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
    QLabel *m_commit;
    QLabel *m_excerpt;
    QLabel *m_link;
    QToolButton *m_openLink;
    QTimer *m_resizeTimer;
    QTimer *m_loadTimer;
    const SiteGitStatus *m_git = nullptr;
    LastCommitFetcher *m_commits = nullptr;
    QTimer *m_commitTimer;
    QString m_commitPath;          // the story the commit line is about (or being asked for)
};

} // namespace Storydesk
