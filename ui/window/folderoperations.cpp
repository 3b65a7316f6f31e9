#include "folderoperations.h"

#include "messageboxprompts.h"
#include "settings.h"
#include "sourceview.h"
#include "storyeditor.h"
#include "storystore.h"
#include "windowstatus.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QUndoStack>
#include <QUrl>

#include <chrono>

namespace Storydesk {

FolderOperations::FolderOperations(Settings &settings, StoryStore *store, StoryEditor *editor, QUndoStack *undoStack,
                                   SourceView *source, std::function<QStringList()> selectedStories, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_store(store)
    , m_editor(editor)
    , m_undoStack(undoStack)
    , m_source(source)
    , m_selectedStories(std::move(selectedStories))
    , m_window(window)
    , m_prompts(std::make_unique<MessageBoxPrompts>(window))
{
    connect(m_store, &StoryStore::conflictDetected, this, &FolderOperations::conflictDetected);
    connect(m_editor, &StoryEditor::storyEdited, this, &FolderOperations::storyEdited);
    m_autoSaveTimer.setSingleShot(true);
    connect(&m_autoSaveTimer, &QTimer::timeout, this, &FolderOperations::autoSave);
    // Directory watches miss a write into an existing file, and no timer sweeps the folder
    // (an idle window uses no CPU): coming back to the window is when such a change, made in
    // another program meanwhile, must show. The comparison runs in the background.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive && !m_folder.isEmpty())
            m_store->rescanAll();
    });
}

FolderOperations::~FolderOperations() = default;

void FolderOperations::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

// ---------------------------------------------------------------------------------------
// Folders

bool FolderOperations::openFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        m_prompts->showError(tr("Cannot Open Folder"), tr("%1 is not a folder.").arg(QDir::toNativeSeparators(path)));
        m_settings.removeRecentFolder(path);
        Q_EMIT recentFoldersChanged(m_settings.recentFolders());
        return false;
    }
    if (!resolveUnsavedEdits())
        return false;

    // The commands hold paths of the folder being closed: they cannot be undone in the next.
    m_source->discardEdits();
    m_undoStack->clear();
    m_autoSaveTimer.stop();
    m_folder = QDir::cleanPath(info.absoluteFilePath());
    Q_EMIT aboutToOpenFolder(m_folder);
    m_store->setIndexEnabled(m_settings.useFolderIndex());
    m_store->openFolder(m_folder);
    Q_EMIT folderOpened(m_folder);
    m_settings.addRecentFolder(m_folder);
    Q_EMIT recentFoldersChanged(m_settings.recentFolders());
    return true;
}

void FolderOperations::chooseFolder()
{
    const QString start = m_folder.isEmpty() ? QDir::homePath() : QFileInfo(m_folder).absolutePath();
    const QString path = QFileDialog::getExistingDirectory(m_window, tr("Open Site Folder"), start);
    if (!path.isEmpty())
        openFolder(path);
}

void FolderOperations::clearRecentFolders()
{
    m_settings.clearRecentFolders();
    Q_EMIT recentFoldersChanged(m_settings.recentFolders());
}

QString FolderOperations::folderIn(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return {};
    const QString path = urls.constFirst().toLocalFile();
    return QFileInfo(path).isDir() ? path : QString();
}

bool FolderOperations::resolveUnsavedEdits()
{
    applySource();   // text typed in the source view counts, when it can be applied
    const QStringList modified = m_editor->modifiedStories();
    if (modified.isEmpty())
        return true;
    switch (m_prompts->askUnsaved(modified)) {
    case UserPrompts::UnsavedChoice::SaveAll:
        return saveStories(modified, SaveMode::Interactive);
    case UserPrompts::UnsavedChoice::Discard:
        for (const QString &path : modified)
            m_editor->revert(path);
        return true;
    case UserPrompts::UnsavedChoice::Cancel:
        break;
    }
    return false;
}

bool FolderOperations::applySource()
{
    if (m_source->apply())
        return true;
    Q_EMIT notice(tr("The text typed in the Source tab does not parse: it was not applied."), WindowStatus::MessageTimeout);
    return false;
}

// ---------------------------------------------------------------------------------------
// Saving

void FolderOperations::saveSelected()
{
    applySource();
    QStringList modified;
    for (const QString &path : m_selectedStories()) {
        if (m_editor->isModified(path))
            modified.append(path);
    }
    saveStories(modified, SaveMode::Interactive);
}

bool FolderOperations::saveAll()
{
    applySource();
    return saveStories(m_editor->modifiedStories(), SaveMode::Interactive);
}

void FolderOperations::revertSelected()
{
    int reverted = 0;
    for (const QString &path : m_selectedStories()) {
        if (m_editor->isModified(path)) {
            m_editor->revert(path);
            ++reverted;
        }
    }
    if (reverted > 0)
        Q_EMIT notice(tr("Stories reverted to the version on disk: %L1").arg(reverted), WindowStatus::MessageTimeout);
}

bool FolderOperations::saveStories(const QStringList &paths, SaveMode mode)
{
    int saved = 0;
    int skipped = 0;
    QStringList failures;
    for (const QString &path : paths) {
        QString error;
        const SaveResult result = saveStory(path, mode, &error);
        if (result == SaveResult::Cancelled)
            return false;
        if (result == SaveResult::Saved)
            ++saved;
        else if (result == SaveResult::Skipped)
            ++skipped;
        else if (result == SaveResult::Failed)
            failures.append(error);
    }

    if (!failures.isEmpty()) {
        const QString message = tr("Stories that could not be saved: %L1. Their edits are kept.").arg(failures.size())
            + QStringLiteral("\n\n") + failures.join(QLatin1Char('\n'));
        if (mode == SaveMode::Interactive)
            m_prompts->showError(tr("Save Failed"), message);
        else
            Q_EMIT notice(tr("Auto-save: %1").arg(failures.constFirst()), WindowStatus::MessageTimeout);
    } else if (skipped > 0) {
        Q_EMIT notice(tr("Auto-save left out stories changed on disk (%L1): save them to choose a version.").arg(skipped),
                      WindowStatus::MessageTimeout);
    } else if (saved > 0) {
        Q_EMIT notice(tr("Stories saved: %L1").arg(saved), WindowStatus::MessageTimeout);
    }
    return failures.isEmpty() && skipped == 0;
}

FolderOperations::SaveResult FolderOperations::saveStory(const QString &path, SaveMode mode, QString *error)
{
    // A conflict resolved with "apply mine on top" saves again; the disk may change again
    // meanwhile, so this asks as often as it has to.
    for (;;) {
        switch (m_editor->save(path, error)) {
        case StoryEditor::SaveOutcome::Saved:
        case StoryEditor::SaveOutcome::Unchanged:
            return SaveResult::Saved;
        case StoryEditor::SaveOutcome::Failed:
            return SaveResult::Failed;
        case StoryEditor::SaveOutcome::ChangedOnDisk:
            break;
        }
        if (mode == SaveMode::Quiet)
            return SaveResult::Skipped;
        switch (m_prompts->askConflict(path)) {
        case UserPrompts::ConflictChoice::Reload:
            m_editor->reloadFromDisk(path);
            return SaveResult::Reloaded;
        case UserPrompts::ConflictChoice::ApplyMineOnTop:
            if (!m_editor->applyMineOnTop(path, error))
                return SaveResult::Failed;
            continue;
        case UserPrompts::ConflictChoice::Cancel:
            return SaveResult::Cancelled;
        }
    }
}

void FolderOperations::conflictDetected(const QString &path)
{
    // The row shows the conflict; the status bar says what happens next.
    Q_EMIT notice(tr("%1 changed on disk while it has unsaved edits: saving it will ask which version to keep.")
                      .arg(QFileInfo(path).fileName()),
                  2 * WindowStatus::MessageTimeout);
}

// ---------------------------------------------------------------------------------------
// Auto-save

void FolderOperations::storyEdited()
{
    if (m_settings.autoSaveSeconds() > 0)
        m_autoSaveTimer.start(std::chrono::seconds(m_settings.autoSaveSeconds()));
}

void FolderOperations::autoSave()
{
    const QStringList modified = m_editor->modifiedStories();
    if (!modified.isEmpty())
        saveStories(modified, SaveMode::Quiet);
}

void FolderOperations::setAutoSaveSeconds(int seconds)
{
    m_settings.setAutoSaveSeconds(seconds);
    if (seconds == 0)
        m_autoSaveTimer.stop();
    else if (!m_editor->modifiedStories().isEmpty())
        m_autoSaveTimer.start(std::chrono::seconds(seconds));
}

} // namespace Storydesk
