#pragma once

#include <QString>
#include <QStringList>

namespace Storydesk {

// The questions the window asks the editor while saving, closing or opening a folder.
// An interface so that tests answer them without a modal dialog; MessageBoxPrompts is
// what the app uses.
class UserPrompts
{
public:
    // A story was changed on disk since its edits began.
    enum class ConflictChoice {
        Reload,           // take the disk's version, dropping my edits
        ApplyMineOnTop,   // the disk's version with the keys I edited set again, then save
        Cancel,           // keep my edits unsaved and stop
    };
    // Stories with unsaved edits are about to be closed.
    enum class UnsavedChoice { SaveAll, Discard, Cancel };

    virtual ~UserPrompts() = default;

    virtual ConflictChoice askConflict(const QString &path) = 0;
    virtual UnsavedChoice askUnsaved(const QStringList &paths) = 0;
    // The first sync of a repository without the Storydesk merge driver: set it up? The
    // default says no, for prompts that were written before the question existed.
    virtual bool askSetUpMergeDriver(const QString &repository)
    {
        Q_UNUSED(repository)
        return false;
    }
    // Something the editor must know now (a save failed); `message` names the files.
    virtual void showError(const QString &title, const QString &message) = 0;

protected:
    UserPrompts() = default;
    Q_DISABLE_COPY_MOVE(UserPrompts)
};

} // namespace Storydesk
