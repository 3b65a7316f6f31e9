#include "syncjob.h"

#include "gitrepository.h"
#include "gitsetup.h"

#include <QtConcurrent>

namespace Storydesk {

namespace {

// The key GitSetup writes: set means the driver is registered in this repository.
const QString DriverKey = QStringLiteral("merge.storydesk.driver");

} // namespace

SyncJob::SyncJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_inspecting, &QFutureWatcher<Inspection>::finished, this, [this] {
        m_inspection = m_inspecting.result();
        Q_EMIT inspected();
    });
    connect(&m_syncing, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_outcome = m_syncing.result();
        Q_EMIT finished();
    });
}

SyncJob::~SyncJob()
{
    m_cancel = true;
    m_inspecting.waitForFinished();
    m_syncing.waitForFinished();
}

void SyncJob::inspect(const QString &siteFolder)
{
    if (isRunning())
        return;
    m_inspection = {};
    m_cancel = false;
    m_inspecting.setFuture(QtConcurrent::run([siteFolder] {
        Inspection inspection;
        if (!GitProcess::isInstalled())
            return inspection;
        const GitRepository repository = GitRepository::open(siteFolder);
        inspection.repository = repository.isValid();
        inspection.workTree = repository.workTree();
        inspection.driverConfigured = inspection.repository && repository.config(DriverKey).has_value();
        return inspection;
    }));
}

void SyncJob::start(const QString &siteFolder, bool setUpDriver, const QString &cliPath)
{
    if (isRunning())
        return;
    m_outcome = {};
    m_syncing.setFuture(QtConcurrent::run([this, siteFolder, setUpDriver, cliPath] {
        Outcome outcome;
        if (setUpDriver && !m_cancel) {
            const GitSetup::Result setup = GitSetup::run(siteFolder, cliPath, GitSetup::Attributes::Local);
            outcome.setupChanges = setup.changes;
            outcome.setupError = setup.error;
        }
        const GitRepository repository = GitRepository::open(siteFolder);
        // The phases reach the UI thread queued, in order, through this object.
        const GitSync::Progress progress = [this](GitSync::Phase phase) {
            QMetaObject::invokeMethod(this, [this, phase] { Q_EMIT phaseChanged(phase); }, Qt::QueuedConnection);
        };
        outcome.sync = GitSync::sync(repository, progress, &m_cancel);
        return outcome;
    }));
}

bool SyncJob::isError(const GitSyncResult &result)
{
    switch (result.status) {
    case GitSyncResult::Status::Synced:
    case GitSyncResult::Status::NoUpstream:
    case GitSyncResult::Status::Conflicts:
    case GitSyncResult::Status::Cancelled:
        return false;
    default:
        return true;
    }
}

QString SyncJob::describe(const GitSyncResult &result)
{
    const int incoming = int(result.incomingPaths.size());
    const int conflicts = int(result.conflictPaths.size());
    const QString cameIn = incoming == 0 ? tr("nothing came in") : tr("%n stories came in", nullptr, incoming);
    switch (result.status) {
    case GitSyncResult::Status::Synced:
        return result.pushed ? tr("Synced: %1; your commits were sent.").arg(cameIn) : tr("Synced: %1.").arg(cameIn);
    case GitSyncResult::Status::NoUpstream:
        return tr("Synced nothing: this branch has no upstream, so your commits stay on this machine. "
                  "Set one once with `git push -u origin BRANCH`.");
    case GitSyncResult::Status::Conflicts:
        return tr("%1, %n conflict(s) left: open them from the Problems dock to resolve them, then commit and sync again.", nullptr, conflicts)
            .arg(incoming == 0 ? tr("Nothing came in") : tr("%n stories came in", nullptr, incoming));
    case GitSyncResult::Status::Cancelled:
        return tr("Sync cancelled: nothing was changed.");
    case GitSyncResult::Status::NotARepository:
        return tr("This folder is not in a git repository: there is nothing to sync.");
    case GitSyncResult::Status::DetachedHead:
        return tr("No branch is checked out (a detached HEAD): check out the branch you work on, then sync.");
    case GitSyncResult::Status::OperationInProgress:
        return tr("A merge or rebase is still in progress: resolve its conflicts (or abort it), then sync again.");
    case GitSyncResult::Status::LocalChanges:
        return tr("Git would overwrite changes that are not committed: commit them (File ▸ Commit…) and sync again.");
    case GitSyncResult::Status::Unreachable:
        return tr("The remote could not be reached: check the network connection or the remote's address, then sync again.");
    case GitSyncResult::Status::AuthenticationFailed:
        return tr("The remote refused your credentials: check your SSH key or the password your credential helper keeps, then sync again.");
    case GitSyncResult::Status::PushRejected:
        return tr("Someone else pushed while this sync ran: sync again to take their work in, then yours goes out.");
    case GitSyncResult::Status::Failed:
        break;
    }
    return tr("Sync failed: %1").arg(result.message.isEmpty() ? result.gitOutput.trimmed() : result.message);
}

QString SyncJob::phaseText(GitSync::Phase phase)
{
    switch (phase) {
    case GitSync::Phase::Fetch:
        return tr("Sync: fetching…");
    case GitSync::Phase::Integrate:
        return tr("Sync: taking their work in…");
    case GitSync::Phase::Push:
        return tr("Sync: sending your commits…");
    case GitSync::Phase::Done:
        break;
    }
    return tr("Sync: done");
}

} // namespace Storydesk
