#include "windowstatus.h"

#include "storyeditor.h"
#include "storystore.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

#include <chrono>

namespace Storydesk {

namespace {

using namespace std::chrono_literals;

constexpr auto UpdateDelay = 100ms;

} // namespace

WindowStatus::WindowStatus(QStatusBar *statusBar, StoryStore *store, const StoryEditor *editor, const QAbstractItemModel *shown,
                           QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_store(store)
    , m_editor(editor)
    , m_shown(shown)
    , m_loadProgress(new QProgressBar(statusBar))
    , m_cancelLoad(new QToolButton(statusBar))
    , m_shownLabel(new QLabel(statusBar))
    , m_unpublishedLabel(new QLabel(statusBar))
    , m_modifiedLabel(new QLabel(statusBar))
{
    m_shownLabel->setObjectName(QStringLiteral("shownLabel"));
    m_unpublishedLabel->setObjectName(QStringLiteral("unpublishedLabel"));
    m_modifiedLabel->setObjectName(QStringLiteral("modifiedLabel"));
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setMaximumWidth(200);
    m_loadProgress->setFormat(tr("Loading %v of %m"));
    m_loadProgress->hide();
    m_cancelLoad->setObjectName(QStringLiteral("cancelLoad"));
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->setToolTip(tr("Stop loading: the stories already loaded stay"));
    m_cancelLoad->setIcon(QIcon::fromTheme(QStringLiteral("process-stop"), statusBar->style()->standardIcon(QStyle::SP_BrowserStop)));
    m_cancelLoad->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelLoad->setAutoRaise(true);
    m_cancelLoad->hide();
    connect(m_cancelLoad, &QToolButton::clicked, m_store, &StoryStore::cancelLoad);

    statusBar->addPermanentWidget(m_loadProgress);
    statusBar->addPermanentWidget(m_cancelLoad);
    statusBar->addPermanentWidget(m_shownLabel);
    statusBar->addPermanentWidget(m_unpublishedLabel);
    statusBar->addPermanentWidget(m_modifiedLabel);

    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(UpdateDelay);
    connect(&m_updateTimer, &QTimer::timeout, this, &WindowStatus::update);
}

WindowStatus::~WindowStatus() = default;

void WindowStatus::scheduleUpdate()
{
    if (!m_updateTimer.isActive())
        m_updateTimer.start();
}

void WindowStatus::update()
{
    m_updateTimer.stop();
    const int total = m_store->count();
    int unpublished = 0;
    for (int row = 0; row < total; ++row) {
        // The same rule as `published:false` and the Unpublished facet, so the numbers
        // agree: whatever is not explicitly published, a broken story included.
        if (m_store->summary(row).published != StorySummary::Published::Yes)
            ++unpublished;
    }
    const int modified = int(m_editor->modifiedStories().size());
    m_shownLabel->setText(tr("Shown: %L1 of %L2").arg(m_shown->rowCount()).arg(total));
    m_unpublishedLabel->setText(tr("Unpublished: %L1").arg(unpublished));
    m_modifiedLabel->setText(tr("Modified: %L1").arg(modified));
    QFont font = m_modifiedLabel->font();
    font.setBold(modified > 0);
    m_modifiedLabel->setFont(font);
}

void WindowStatus::loadStarted()
{
    m_loadProgress->setRange(0, 0);   // busy until the scan has found something
    m_loadProgress->show();
    m_cancelLoad->show();
}

void WindowStatus::loadProgress(int done, int found)
{
    m_loadProgress->setRange(0, qMax(found, 1));
    m_loadProgress->setValue(done);
}

void WindowStatus::loadEnded(bool cancelled)
{
    m_loadProgress->hide();
    m_cancelLoad->hide();
    update();
    if (cancelled)
        m_statusBar->showMessage(tr("Loading cancelled; stories loaded: %L1").arg(m_store->count()), MessageTimeout);
    else
        m_statusBar->showMessage(tr("Stories loaded: %L1").arg(m_store->count()), MessageTimeout);
}

} // namespace Storydesk
