#pragma once

#include "userprompts.h"

#include <QCoreApplication>
#include <QPointer>

class QWidget;

namespace Storydesk {

// UserPrompts as modal message boxes over the window. File names come from the folder and
// may hold anything, so every text is shown as plain text.
class MessageBoxPrompts final : public UserPrompts
{
    Q_DECLARE_TR_FUNCTIONS(Storydesk::MessageBoxPrompts)

public:
    explicit MessageBoxPrompts(QWidget *parent);

    ConflictChoice askConflict(const QString &path) override;
    UnsavedChoice askUnsaved(const QStringList &paths) override;
    bool askSetUpMergeDriver(const QString &repository) override;
    RecoveryChoice askRecovery(const QList<RecoveryEntry> &entries, const QStringList &problems) override;
    void showError(const QString &title, const QString &message) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace Storydesk
