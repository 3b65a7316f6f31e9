#pragma once

#include "recoveryentry.h"

#include <QList>
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
    // A run that died left unsaved edits of the folder just opened.
    enum class RecoveryChoice {
        Recover,   // put them back, modified and unsaved, as one undo step
        Discard,   // drop them for good
        Later,     // keep them in the journal for the next time the folder opens
    };

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
    // What to do with the unsaved edits a run that died left (RecoveryDialog); `problems`
    // names the journal entries that could not be read. The default keeps them for later,
    // for prompts that were written before the question existed.
    virtual RecoveryChoice askRecovery(const QList<RecoveryEntry> &entries, const QStringList &problems)
    {
        Q_UNUSED(entries)
        Q_UNUSED(problems)
        return RecoveryChoice::Later;
    }
    // Something the editor must know now (a save failed); `message` names the files.
    virtual void showError(const QString &title, const QString &message) = 0;

protected:
    UserPrompts() = default;
    Q_DISABLE_COPY_MOVE(UserPrompts)
};

} // namespace Storydesk
