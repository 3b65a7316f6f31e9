#include "syncrunner.h"

#include "settings.h"
#include "storystore.h"
#include "userprompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace Storydesk {

namespace {

constexpr int NoticeTimeout = 10000;

} // namespace

SyncRunner::SyncRunner(QStatusBar *statusBar, StoryStore *store, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_store(store)
    , m_settings(settings)
    , m_cliPath(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("storydesk-cli")))
    , m_progress(new QProgressBar(statusBar))
    , m_cancel(new QToolButton(statusBar))
{
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setRange(0, 0);   // git says nothing measurable: busy, with the phase as text
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync (a merge or rebase under way is finished first)"));
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop"), statusBar->style()->standardIcon(QStyle::SP_BrowserStop)));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    statusBar->addPermanentWidget(m_progress);
    statusBar->addPermanentWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, this, &SyncRunner::cancel);
    connect(&m_job, &SyncJob::inspected, this, &SyncRunner::inspected);
    connect(&m_job, &SyncJob::phaseChanged, this, &SyncRunner::phaseChanged);
    connect(&m_job, &SyncJob::finished, this, &SyncRunner::finished);
}

void SyncRunner::sync(const QString &siteFolder)
{
    if (isRunning() || siteFolder.isEmpty())
        return;
    m_siteFolder = siteFolder;
    setBusy(true);
    m_progress->setFormat(tr("Sync: looking at the repository…"));
    Q_EMIT syncStarted();
    m_job.inspect(siteFolder);
}

void SyncRunner::cancel()
{
    m_job.cancel();
    m_progress->setFormat(tr("Sync: cancelling…"));
}

void SyncRunner::inspected()
{
    const SyncJob::Inspection &inspection = m_job.inspection();
    if (!inspection.repository) {
        setBusy(false);
        m_lastMessage = tr("This folder is not in a git repository: there is nothing to sync.");
        if (m_prompts)
            m_prompts->showError(tr("Sync"), m_lastMessage);
        Q_EMIT syncEnded();
        return;
    }
    bool setUp = false;
    // Cancelled while looking: not asked about the driver; the sync stops before it fetches.
    if (!m_job.isCancelled() && !inspection.driverConfigured && m_settings && !m_settings->mergeDriverDeclined(inspection.workTree)) {
        setUp = m_prompts && m_prompts->askSetUpMergeDriver(inspection.workTree);
        if (!setUp && m_settings)
            m_settings->setMergeDriverDeclined(inspection.workTree, true);
    }
    m_job.start(m_siteFolder, setUp, m_cliPath);
}

void SyncRunner::phaseChanged(GitSync::Phase phase)
{
    m_progress->setFormat(SyncJob::phaseText(phase));
}

void SyncRunner::finished()
{
    setBusy(false);
    const SyncJob::Outcome &outcome = m_job.outcome();
    // The live folder would notice in its own time; what came in shows now.
    if (m_store && outcome.sync.status != GitSyncResult::Status::Cancelled)
        m_store->rescanAll();

    m_lastMessage = SyncJob::describe(outcome.sync);
    if (!outcome.setupError.isEmpty())
        m_lastMessage += QLatin1Char(' ') + tr("The merge driver could not be set up: %1").arg(outcome.setupError);
    if ((SyncJob::isError(outcome.sync) || !outcome.setupError.isEmpty()) && m_prompts)
        m_prompts->showError(tr("Sync"), m_lastMessage);
    else if (m_statusBar)
        m_statusBar->showMessage(m_lastMessage, NoticeTimeout);
    Q_EMIT syncEnded();
}

void SyncRunner::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

} // namespace Storydesk
