#pragma once

#include "conflictedstory.h"
#include "conflictresolution.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>

#include <atomic>

class QAbstractButton;
class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Storydesk {

// Resolves a story a merge left with conflict markers: one box a conflict block, named for
// the front-matter key (or "Body") it concerns, with both sides' lines and Mine / Theirs /
// Edit. Save writes the file without markers and stages it (ConflictResolution, on a
// worker thread); the dialog only shows what ConflictedStory cut and puts back together.
class ConflictResolverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictResolverDialog)

public:
    // Reads `path`; isResolvable() is false when it holds no well-formed conflict block.
    explicit ConflictResolverDialog(const QString &path, QWidget *parent = nullptr);
    ~ConflictResolverDialog() override;

    bool isResolvable() const { return m_story.isConflicted(); }
    // Why the file cannot be resolved here, for the window to say.
    QString unresolvableReason() const;
    const ConflictedStory &story() const { return m_story; }

    // The choice for block `index`, as the editor makes it with the buttons.
    void choose(int index, ConflictedStory::Side side);
    // Types `text` as the edited lines of block `index` (and chooses Edit).
    void setEditedText(int index, const QString &text);
    // The bytes Save would write now.
    QByteArray resolvedBytes() const;
    // Why Save is disabled now (a marker typed, front matter that does not read); empty when enabled.
    QString problem() const { return m_problem; }

    // The title of a side's button in block `index` ("Mine (HEAD)"); during a rebase git's
    // ours is the upstream, so its button says Theirs.
    QString sideTitle(int index, ConflictedStory::Side side) const;
    bool isRebasing() const { return m_rebasing; }

    // Starts the write and stage (the Save button); saveEnded() follows.
    void save();
    bool isSaving() const { return m_watcher.isRunning(); }
    const ConflictResolution::Result &result() const { return m_result; }

Q_SIGNALS:
    // Saving ended: the dialog accepts itself when result().ok().
    void saveEnded();
    // The check for a rebase in progress ended (the side titles follow it).
    void rebaseChecked();

public Q_SLOTS:
    void reject() override;

private:
    struct BlockWidgets
    {
        QButtonGroup *sides = nullptr;
        QAbstractButton *ours = nullptr;
        QAbstractButton *theirs = nullptr;
        QPlainTextEdit *edit = nullptr;
    };

    QWidget *createBlockBox(int index);
    QList<ConflictedStory::Choice> choices() const;
    void refresh();
    void saveFinished();
    void setRebasing(bool rebasing);

    QString m_path;
    QByteArray m_bytes;
    ConflictedStory m_story;
    QString m_problem;
    QList<BlockWidgets> m_blocks;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::atomic_bool m_cancel = false;
    QFutureWatcher<ConflictResolution::Result> m_watcher;
    ConflictResolution::Result m_result;
    QFutureWatcher<bool> m_rebaseCheck;
    bool m_rebasing = false;
};

} // namespace Storydesk
