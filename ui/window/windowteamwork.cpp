#include "windowteamwork.h"

#include "commitdialog.h"
#include "conflictresolverdialog.h"
#include "facetmodel.h"
#include "folderoperations.h"
#include "sitegitstatus.h"
#include "storyeditor.h"
#include "storypreview.h"
#include "storystore.h"
#include "storytablemodel.h"
#include "syncrunner.h"
#include "windowactions.h"
#include "windowstatus.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>

namespace Storydesk {

WindowTeamwork::WindowTeamwork(const Parts &parts, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_gitStatus(new SiteGitStatus(this))
    , m_sync(new SyncRunner(parts.window->statusBar(), parts.store, &settings, this))
{
    m_sync->setPrompts(m_parts.folders->prompts());
    WindowActions *actions = m_parts.actions;
    connect(actions->commit(), &QAction::triggered, this, &WindowTeamwork::commitStories);
    connect(actions->sync(), &QAction::triggered, this, &WindowTeamwork::sync);
    connect(m_sync, &SyncRunner::syncStarted, actions->sync(), [actions] { actions->sync()->setEnabled(false); });
    connect(m_sync, &SyncRunner::syncEnded, actions->sync(), [actions] { actions->sync()->setEnabled(true); });
    followGit();
}

WindowTeamwork::~WindowTeamwork() = default;

void WindowTeamwork::setPrompts(UserPrompts *prompts)
{
    m_sync->setPrompts(prompts);
}

void WindowTeamwork::followGit()
{
    m_gitStatus->followStore(m_parts.store);
    m_parts.model->setGitStatus(m_gitStatus);
    m_parts.preview->setGitStatus(m_gitStatus);
    m_parts.facets->setGitStatus(m_gitStatus);
    // Saved (or reverted): what git says of the story may have changed.
    connect(m_parts.editor, &StoryEditor::modifiedChanged, m_gitStatus, [this](const QString &, bool modified) {
        if (!modified)
            m_gitStatus->refresh();
    });
    // What a sync brought in is marked until the next sync brings something else; a sync
    // that stopped early brought nothing but may have changed what git says.
    connect(m_sync, &SyncRunner::syncEnded, m_gitStatus, [this] {
        const GitSyncResult &result = m_sync->outcome().sync;
        if (result.ok() || !result.incomingPaths.isEmpty())
            m_gitStatus->markIncoming(result.incomingPaths);
        else
            m_gitStatus->refresh();
    });
    // The Git column comes and goes with the repository.
    connect(m_gitStatus, &SiteGitStatus::activeChanged, m_parts.table, [this](bool active) {
        m_parts.table->horizontalHeader()->setSectionHidden(StoryTableModel::Git, !active);
        m_parts.actions->checkShownColumns();
    });
}

void WindowTeamwork::commitStories()
{
    const QString folder = m_parts.folders->folder();
    if (folder.isEmpty())
        return;
    m_parts.folders->applySource();
    // Save All First is the window's own save, asking about stories changed on disk.
    auto *dialog = new CommitDialog(folder, m_parts.editor, [folders = m_parts.folders] { return folders->saveAll(); }, m_parts.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT notice(dialog->outcome(), WindowStatus::MessageTimeout); });
    dialog->open();
}

void WindowTeamwork::sync()
{
    const QString folder = m_parts.folders->folder();
    if (!folder.isEmpty())
        m_sync->sync(folder);
}

bool WindowTeamwork::openResolver(const QString &path)
{
    auto *dialog = new ConflictResolverDialog(path, m_parts.window);
    if (!dialog->isResolvable()) {
        delete dialog;
        return false;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, path] {
        m_parts.store->reloadStory(path);
        Q_EMIT notice(tr("%1 resolved and marked so in git: commit it (or continue the rebase), then sync.").arg(QFileInfo(path).fileName()),
                      2 * WindowStatus::MessageTimeout);
    });
    dialog->open();
    return true;
}

} // namespace Storydesk
