#pragma once

#include "userprompts.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Storydesk {

// The stories a run that died left with unsaved edits (title, file, what changed field by
// field) and the choice: Recover (the default), Discard or Later. Journal entries that
// could not be read are listed below them.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    RecoveryDialog(const QString &folder, const QList<RecoveryEntry> &entries, const QStringList &problems, QWidget *parent = nullptr);

    UserPrompts::RecoveryChoice choice() const { return m_choice; }

    QTreeWidget *storyList() const { return m_stories; }
    QPushButton *recoverButton() const { return m_recover; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *laterButton() const { return m_later; }

private:
    void choose(UserPrompts::RecoveryChoice choice);

    QTreeWidget *m_stories;
    QLabel *m_problems;
    QPushButton *m_recover;
    QPushButton *m_discard;
    QPushButton *m_later;
    UserPrompts::RecoveryChoice m_choice = UserPrompts::RecoveryChoice::Later;   // Escape, closing: ask again next time
};

} // namespace Storydesk
