#include "storypreview.h"

#include "lastcommitfetcher.h"
#include "pictureframe.h"
#include "plaintext.h"
#include "sitegitstatus.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Storydesk {

namespace {

// Crawled titles and excerpts can be any length; past these nobody reads on.
constexpr qsizetype MaximumTitleLength = 1000;
constexpr qsizetype MaximumExcerptLength = 4000;
constexpr int LogoSize = 24;
// Resizing the pane asks for a sharper decode only once the size settles.
constexpr int ResizeSettleMs = 150;
// Longer than key repeat (about 30 ms), too short for an editor to notice.
constexpr int SelectionSettleMs = 60;

bool isWeb(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // nothing from a file is ever rich text
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Ignored: a long string from a file can never widen the pane; it wraps or elides.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    QLabel *label = plainLabel(objectName, parent);
    label->setWordWrap(true);
    return label;
}

QString dateText(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    const QDateTime local = dateTime.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::LongFormat) % QStringLiteral(", ")
        % locale.toString(local.time(), QLocale::ShortFormat);
}

} // namespace

StoryPreview::StoryPreview(ImageLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_pages(new QStackedWidget(this))
    , m_scroll(new QScrollArea(m_pages))
    , m_content(new QWidget(m_scroll))
    , m_picture(new PictureFrame(m_content))
    , m_logo(new PictureFrame(m_content))
    , m_provider(plainLabel(QStringLiteral("previewProvider"), m_content))
    , m_title(wrappingLabel(QStringLiteral("previewTitle"), m_content))
    , m_date(plainLabel(QStringLiteral("previewDate"), m_content))
    , m_commit(plainLabel(QStringLiteral("previewCommit"), m_content))
    , m_excerpt(wrappingLabel(QStringLiteral("previewExcerpt"), m_content))
    , m_link(plainLabel(QStringLiteral("previewLink"), m_content))
    , m_openLink(new QToolButton(m_content))
    , m_resizeTimer(new QTimer(this))
    , m_loadTimer(new QTimer(this))
    , m_commitTimer(new QTimer(this))
{
    auto *empty = new QLabel(tr("No story selected"), m_pages);
    empty->setObjectName(QStringLiteral("previewEmpty"));
    empty->setTextFormat(Qt::PlainText);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);

    m_picture->setObjectName(QStringLiteral("previewPicture"));
    m_picture->setAccessibleName(tr("Story picture"));
    m_logo->setObjectName(QStringLiteral("previewLogo"));
    m_logo->setAccessibleName(tr("Provider logo"));
    m_logo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_logo->setFixedSize(LogoSize, LogoSize);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_date->setForegroundRole(QPalette::PlaceholderText);
    m_commit->setForegroundRole(QPalette::PlaceholderText);
    m_commit->hide();
    m_provider->setTextInteractionFlags(Qt::NoTextInteraction);

    m_openLink->setObjectName(QStringLiteral("previewOpenLink"));
    m_openLink->setText(tr("Open in Browser"));
    m_openLink->setIcon(QIcon::fromTheme(QStringLiteral("internet-web-browser")));
    m_openLink->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *providerRow = new QHBoxLayout;
    providerRow->setSpacing(8);
    providerRow->addWidget(m_logo);
    providerRow->addWidget(m_provider, 1);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_openLink);

    auto *layout = new QVBoxLayout(m_content);
    layout->setSpacing(8);
    layout->addWidget(m_picture);
    layout->addSpacing(4);
    layout->addLayout(providerRow);
    layout->addWidget(m_title);
    layout->addWidget(m_date);
    layout->addWidget(m_commit);
    layout->addWidget(m_excerpt);
    layout->addLayout(linkRow);
    layout->addStretch(1);

    m_scroll->setAccessibleName(tr("Story preview"));   // Tab stops here, to scroll a long excerpt
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages->addWidget(empty);
    m_pages->addWidget(m_scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    // Elided lines follow their label's width, known only once the layout has run.
    m_provider->installEventFilter(this);
    m_link->installEventFilter(this);

    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(ResizeSettleMs);
    connect(m_resizeTimer, &QTimer::timeout, this, &StoryPreview::pictureBoxChanged);
    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(SelectionSettleMs);
    connect(m_loadTimer, &QTimer::timeout, this, &StoryPreview::startLoads);
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(SelectionSettleMs);
    connect(m_commitTimer, &QTimer::timeout, this, &StoryPreview::fetchCommit);
    connect(m_picture, &PictureFrame::pixelBoxChanged, m_resizeTimer, qOverload<>(&QTimer::start));
    connect(m_openLink, &QToolButton::clicked, this, &StoryPreview::openLink);
    connect(m_loader, &ImageLoader::loaded, this, &StoryPreview::handleLoaded);
    connect(m_loader->fetcher(), &ImageFetcher::remoteImagesEnabledChanged, this, &StoryPreview::reloadImages);

    clear();
}

void StoryPreview::setStory(const StorySummary &story)
{
    m_story = story;
    m_hasStory = true;
    m_pages->setCurrentWidget(m_scroll);

    m_title->setText(PlainText::wrappable(story.title.isEmpty() ? tr("Untitled") : story.title, MaximumTitleLength));
    m_date->setText(dateText(story.publishedDateTime));
    m_date->setVisible(story.publishedDateTime.isValid());
    m_excerpt->setText(PlainText::wrappable(QString::fromUtf8(story.excerpt), MaximumExcerptLength));
    m_excerpt->setVisible(!story.excerpt.isEmpty());
    const QUrl link(QString::fromUtf8(story.webUrl));
    m_openLink->setEnabled(isWeb(link));
    m_openLink->setToolTip(isWeb(link) ? QString() : tr("Only http and https links open"));
    m_link->setVisible(!story.webUrl.isEmpty());
    m_openLink->setVisible(!story.webUrl.isEmpty());
    // A story without a picture gives its space to the text, not to an empty frame.
    m_picture->setVisible(!story.imageUrl.isEmpty());
    m_logo->setVisible(!story.providerLogoUrl.isEmpty());
    m_provider->setVisible(!story.providerName.isEmpty() || !story.providerDomain.isEmpty());
    m_picture->setAspectHint(QSize(story.imageWidth, story.imageHeight));
    updateElidedTexts();
    m_scroll->verticalScrollBar()->setValue(0);
    reloadImages();
    // An edit of the same story leaves its commit line as it is.
    if (story.path != m_commitPath)
        updateCommit();
}

void StoryPreview::clear()
{
    cancelLoads();
    m_story = StorySummary();
    m_hasStory = false;
    m_picture->showPlaceholder(QString());
    m_logo->showPlaceholder(QString());
    for (QLabel *label : {m_provider, m_title, m_date, m_excerpt, m_link})
        label->clear();
    m_pages->setCurrentIndex(0);
    updateCommit();
}

void StoryPreview::setGitStatus(const SiteGitStatus *status)
{
    if (m_git)
        disconnect(m_git, nullptr, this, nullptr);
    m_git = status;
    if (status) {
        connect(status, &SiteGitStatus::activeChanged, this, &StoryPreview::updateCommit);
        // A commit, a sync or a change on disk may have a new last commit to say.
        connect(status, &SiteGitStatus::statesChanged, this, [this](const QStringList &paths) {
            if (m_hasStory && paths.contains(m_story.path))
                updateCommit();
        });
    }
    updateCommit();
}

void StoryPreview::updateCommit()
{
    m_commitTimer->stop();
    if (m_commits)
        m_commits->cancel();
    m_commitPath.clear();
    m_commit->setToolTip(QString());
    if (!m_hasStory || !m_git || !m_git->isActive()) {
        m_commit->clear();
        m_commit->hide();
        return;
    }
    m_commitPath = m_story.path;
    if (m_git->state(m_story.path) == GitFileState::New) {
        showCommit(m_story.path, GitRepository::LastCommit());   // git has nothing to say: no need to ask
        return;
    }
    // Asked once the selection rests, as pictures are: walking the list runs no git.
    m_commit->clear();
    m_commitTimer->start();
}

void StoryPreview::fetchCommit()
{
    if (m_commitPath.isEmpty())
        return;
    if (!m_commits) {
        m_commits = new LastCommitFetcher(this);
        connect(m_commits, &LastCommitFetcher::fetched, this, &StoryPreview::showCommit);
    }
    m_commits->fetch(m_git->repository(), m_commitPath);
}

void StoryPreview::showCommit(const QString &path, const GitRepository::LastCommit &commit)
{
    if (path != m_commitPath || path != m_story.path)
        return;   // another story's answer
    if (!commit.isValid()) {
        m_commit->setText(tr("Not committed yet"));
        m_commit->setToolTip(QString());
    } else {
        m_commit->setText(commitText(commit, QDateTime::currentDateTimeUtc()));
        const QLocale locale;
        m_commit->setToolTip(PlainText::toolTip(tr("Last committed by %1 on %2")
                                                    .arg(PlainText::singleLine(commit.author),
                                                         locale.toString(commit.time.toLocalTime(), QLocale::LongFormat))));
    }
    m_commit->show();
}

QString StoryPreview::commitText(const GitRepository::LastCommit &commit, const QDateTime &now)
{
    return tr("%1, %2").arg(PlainText::singleLine(commit.author), relativeTime(commit.time, now));
}

QString StoryPreview::relativeTime(const QDateTime &time, const QDateTime &now)
{
    const qint64 seconds = time.secsTo(now);
    if (seconds < 60)
        return tr("just now");   // a clock a little ahead says so too
    if (seconds < 3600)
        return tr("%Ln minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%Ln hour(s) ago", nullptr, int(seconds / 3600));
    if (seconds < 30 * 24 * 3600)
        return tr("%Ln day(s) ago", nullptr, int(seconds / (24 * 3600)));
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

void StoryPreview::reloadImages()
{
    cancelLoads();
    if (!m_hasStory)
        return;
    m_pictureBox = m_picture->pixelBox();
    // Pictures in memory show at once; the others are asked for once the selection rests,
    // so holding Down through the list starts no downloads on the way.
    const bool pictureShown = showCached(m_picture, QString::fromUtf8(m_story.imageUrl));
    const bool logoShown = showCached(m_logo, QString::fromUtf8(m_story.providerLogoUrl));
    if (!pictureShown || !logoShown)
        m_loadTimer->start();
}

void StoryPreview::cancelLoads()
{
    m_loadTimer->stop();
    // Only the shown story's pictures may still be on their way.
    for (ImageLoader::Ticket *ticket : {&m_pictureTicket, &m_logoTicket}) {
        if (*ticket)
            m_loader->cancel(*ticket);
        *ticket = 0;
    }
}

bool StoryPreview::showCached(PictureFrame *frame, const QString &url)
{
    if (url.isEmpty()) {
        frame->showPlaceholder(frame == m_picture ? tr("No picture") : QString());
        return true;
    }
    const QImage cached = m_loader->cachedImage(QUrl(url), frame->pixelBox());
    if (!cached.isNull()) {
        frame->showPicture(cached);
        return true;
    }
    frame->showPlaceholder(frame == m_picture ? tr("Loading…") : QString());
    return false;
}

void StoryPreview::startLoads()
{
    if (!m_story.imageUrl.isEmpty() && !m_picture->hasPicture()) {
        m_pictureBox = m_picture->pixelBox();
        m_pictureTicket = m_loader->load(QUrl(QString::fromUtf8(m_story.imageUrl)), m_pictureBox);
    }
    if (!m_story.providerLogoUrl.isEmpty() && !m_logo->hasPicture())
        m_logoTicket = m_loader->load(QUrl(QString::fromUtf8(m_story.providerLogoUrl)), m_logo->pixelBox());
}

void StoryPreview::handleLoaded(ImageLoader::Ticket ticket, const ImageResult &result, const QImage &image)
{
    PictureFrame *frame = nullptr;
    if (ticket && ticket == m_pictureTicket) {
        frame = m_picture;
        m_pictureTicket = 0;
    } else if (ticket && ticket == m_logoTicket) {
        frame = m_logo;
        m_logoTicket = 0;
    } else {
        return; // another view's picture, or a story no longer shown
    }
    if (result.isOk()) {
        frame->showPicture(image);
        return;
    }
    QString text;
    switch (result.outcome) {
    case ImageResult::Outcome::Ok: break;
    case ImageResult::Outcome::NotFound: text = tr("Picture not found"); break;
    case ImageResult::Outcome::Timeout: text = tr("Picture timed out"); break;
    case ImageResult::Outcome::TooLarge: text = tr("Picture too large"); break;
    case ImageResult::Outcome::NotAnImage: text = tr("Not a picture"); break;
    case ImageResult::Outcome::Blocked:
        text = m_loader->fetcher()->remoteImagesEnabled() ? tr("Picture blocked") : tr("Remote images are off");
        break;
    case ImageResult::Outcome::NetworkError: text = tr("Picture unavailable"); break;
    }
    // The logo is too small for words: its reason is in the tooltip alone.
    frame->showPlaceholder(frame == m_picture ? text : QString(), result.reason);
}

void StoryPreview::pictureBoxChanged()
{
    const QSize box = m_picture->pixelBox();
    if (!m_hasStory || m_story.imageUrl.isEmpty() || box == m_pictureBox || m_loadTimer->isActive())
        return;
    // A failed picture is not asked for again just because the pane moved.
    if (!m_picture->hasPicture() && !m_pictureTicket)
        return;
    m_pictureBox = box;
    if (m_pictureTicket)
        m_loader->cancel(m_pictureTicket);
    m_pictureTicket = 0;
    // The picture shown stays, scaled, until the sharper one arrives.
    const QImage cached = m_loader->cachedImage(QUrl(QString::fromUtf8(m_story.imageUrl)), box);
    if (!cached.isNull())
        m_picture->showPicture(cached);
    else
        m_pictureTicket = m_loader->load(QUrl(QString::fromUtf8(m_story.imageUrl)), box);
}

void StoryPreview::openLink()
{
    const QUrl url(QString::fromUtf8(m_story.webUrl));
    if (isWeb(url)) // never file:, javascript: or an application's own scheme
        QDesktopServices::openUrl(url);
}

bool StoryPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && (watched == m_provider || watched == m_link))
        updateElidedTexts();
    return QWidget::eventFilter(watched, event);
}

void StoryPreview::updateElidedTexts()
{
    QString provider = PlainText::singleLine(m_story.providerName);
    const QString domain = PlainText::singleLine(m_story.providerDomain);
    if (!domain.isEmpty() && domain != provider)
        provider = provider.isEmpty() ? domain : provider % QStringLiteral(" · ") % domain;
    const QString link = PlainText::singleLine(QString::fromUtf8(m_story.webUrl));
    const auto elide = [](QLabel *label, const QString &text, Qt::TextElideMode mode) {
        const QString shown = label->fontMetrics().elidedText(text, mode, qMax(label->width(), 1));
        label->setText(shown);
        label->setToolTip(shown == text ? QString() : PlainText::toolTip(text));
    };
    elide(m_provider, provider, Qt::ElideRight);
    elide(m_link, link, Qt::ElideMiddle);
}

} // namespace Storydesk
