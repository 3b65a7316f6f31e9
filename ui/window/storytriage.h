#pragma once

#include "triageedit.h"

#include <QList>
#include <QModelIndexList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QStringList>

#include <utility>

class QTableView;
class QUndoStack;

namespace Storydesk {

class StoryEditor;
class StorySortFilterProxyModel;
class StoryStore;
class StoryTableModel;
class YamlValue;

// The triage on the story list: which stories are selected, moving through them, and the
// published and quality edits the triage keys make on the selection (decided by
// TriageEdit in core, run as undo commands through StoryEditor). Keeps a story selected while a folder loads and rows come and go.
class StoryTriage final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryTriage)

public:
    static constexpr int QualityStep = TriageEdit::QualityStep;   // what + and - add and take away

    StoryTriage(QTableView *table, StoryTableModel *model, StorySortFilterProxyModel *proxy, StoryEditor *editor,
                QUndoStack *undoStack, QObject *parent);
    ~StoryTriage() override;

    QModelIndexList selectedStories() const;   // column 0 of the selected rows, or the current one
    // The selected stories' paths, top to bottom; `storeRows`, when given, receives each one's
    // row in the store (valid until the store changes).
    QStringList selectedPaths(QList<int> *storeRows = nullptr) const;
    int proxyRowOf(const QString &path) const;   // -1 when filtered out
    void selectRow(int row);
    // Selects the first story when none is current; while a folder loads it stays on the
    // first row until the editor moves.
    void ensureSelection();
    // The current story changed: once the editor moved away from the row selected for
    // them, it is theirs.
    void followCurrent();
    // The load ended and the table is sorted: from now on the current story is kept.
    void releaseAutoSelection();

    void moveCurrent(int delta);
    void nextUnpublished();
    // With `advance`, moves on below the selection afterwards (auto-advance).
    void togglePublished(bool advance);
    void setPublished(const QString &path, bool published);
    void changeQuality(int delta);
    void setQuality(int quality);

    // The keyboard's related coverage: the story marked here is the one the selected
    // stories are attached to, while the editor walks the list to them. Attaching is the
    // drop of their rows on the target's row (StoryTableModel, RelatedCoverage): one undo step.
    void markRelatedTarget();
    void clearRelatedTarget();
    QString relatedTarget() const { return m_relatedTarget; }
    // The target's title as the list shows it; empty without a target.
    QString relatedTargetTitle() const;
    bool canAttachToRelatedTarget() const;
    void attachToRelatedTarget();

Q_SIGNALS:
    // Something to say in the status bar for `timeout` milliseconds.
    void notice(const QString &text, int timeout);
    void relatedTargetChanged(const QString &path);

private:
    // Runs what core decided as one undo step (bursts of quality keys merge), and says
    // which stories could not be changed.
    void apply(const TriageEdit &edit, bool mergesBursts = false);
    static QString undoText(const TriageEdit &edit);

    QTableView *m_table;
    StoryTableModel *m_model;
    StorySortFilterProxyModel *m_proxy;
    const StoryStore *m_store;
    StoryEditor *m_editor;
    QUndoStack *m_undoStack;
    QPersistentModelIndex m_autoSelected;   // the first row, selected for the editor at load
    QString m_relatedTarget;                 // absolute path; empty when none is marked
};

} // namespace Storydesk
