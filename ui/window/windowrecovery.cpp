#include "windowrecovery.h"

#include "folderoperations.h"
#include "recoverstoriescommand.h"
#include "recoveryjournal.h"
#include "storyeditor.h"
#include "storystore.h"
#include "windowstatus.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

namespace Storydesk {

WindowRecovery::WindowRecovery(StoryStore *store, StoryEditor *editor, QUndoStack *undoStack, FolderOperations *folders,
                               const QString &journalLocation, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_undoStack(undoStack)
    , m_folders(folders)
    , m_journal(new RecoveryJournal(editor, journalLocation, this))
{
    connect(m_folders, &FolderOperations::aboutToOpenFolder, this, &WindowRecovery::folderAboutToOpen);
    connect(store, &StoryStore::loadFinished, this, [this] {
        if (!std::exchange(m_awaitingLoad, false))
            return;
        // Not from inside the store's signal: the dialog is modal.
        QTimer::singleShot(0, this, &WindowRecovery::offerRecovery);
    });
    connect(store, &StoryStore::loadCancelled, this, [this] { m_awaitingLoad = false; });
    connect(m_journal, &RecoveryJournal::writeFailed, this, [this](const QString &path, const QString &error) {
        Q_EMIT notice(tr("The recovery journal could not keep the edits of %1: %2").arg(QFileInfo(path).fileName(), error),
                      WindowStatus::MessageTimeout);
    });
    connect(m_journal, &RecoveryJournal::journalFull, this, [this](const QString &path) {
        if (std::exchange(m_toldFull, true))
            return;
        Q_EMIT notice(tr("The recovery journal is full: the edits of %1 and of further stories would be lost in a crash. Save them.")
                          .arg(QFileInfo(path).fileName()),
                      2 * WindowStatus::MessageTimeout);
    });
}

WindowRecovery::~WindowRecovery() = default;

void WindowRecovery::folderAboutToOpen(const QString &folder)
{
    m_toldFull = false;
    m_awaitingLoad = m_journal->setFolder(folder);
    if (!m_awaitingLoad) {
        Q_EMIT notice(tr("Another Storydesk has this folder open: unsaved edits made here are not kept for recovery."),
                      2 * WindowStatus::MessageTimeout);
    }
}

void WindowRecovery::offerRecovery()
{
    const RecoveryJournal::Scan scan = m_journal->read();
    m_journal->removeFiles(scan.obsoleteFiles);
    if (scan.entries.isEmpty()) {
        if (!scan.problems.isEmpty()) {
            Q_EMIT notice(tr("Recovery journal entries that could not be read were skipped: %1").arg(scan.problems.join(QStringLiteral("; "))),
                          2 * WindowStatus::MessageTimeout);
        }
        return;
    }
    switch (m_folders->prompts()->askRecovery(scan.entries, scan.problems)) {
    case UserPrompts::RecoveryChoice::Recover: {
        auto *command = new RecoverStoriesCommand(m_editor, scan.entries);
        m_undoStack->push(command);   // redo() now; dropped if nothing came back
        // The recovered stories are journaled again as they are now; stories that could
        // not come back keep their entries for next time.
        if (!command->failures().isEmpty() && command->recovered().size() < scan.entries.size()) {
            m_folders->prompts()->showError(tr("Recover Unsaved Edits"),
                                            tr("Stories whose edits could not be recovered: %1").arg(command->failures().size())
                                                + QStringLiteral("\n\n") + command->failures().join(QLatin1Char('\n')));
        }
        break;
    }
    case UserPrompts::RecoveryChoice::Discard:
        m_journal->remove(scan.entries);
        Q_EMIT notice(tr("Unsaved edits of the last session discarded: %1").arg(scan.entries.size()), WindowStatus::MessageTimeout);
        break;
    case UserPrompts::RecoveryChoice::Later:
        break;
    }
}

} // namespace Storydesk
