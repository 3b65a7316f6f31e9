#pragma once

#include "yamlvalue.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

class QUndoStack;

namespace Storydesk {

class RelatedCoverage;
class StoryEditor;

// The related coverage of one story as a list: one row per entry of its `related` list.
// Edits, removals and moves become undo commands that go through StoryEditor; the rows
// follow the story (StoryEditor::storyEdited), so an undo made anywhere shows here with
// exact row signals and views keep their selection.
//
// Drag and drop lives here: entries are dragged as their story and webUrls (and as links
// for other applications); dropped stories, links and other stories' entries are added
// through RelatedCoverage, and this list's own entries dropped back on it are moved there.
// Each drop is one undo step.
class RelatedListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelatedListModel)

public:
    explicit RelatedListModel(StoryEditor *editor, QUndoStack *undoStack, QObject *parent = nullptr);

    // Where drops add entries and link pages are read; by default one of its own. The
    // window shares one with the story table.
    void setCoverage(RelatedCoverage *coverage);
    RelatedCoverage *coverage() const { return m_coverage; }

    // The story whose entries are listed; an empty path lists nothing.
    void setStory(const QString &path);
    QString story() const { return m_path; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Title (Qt::EditRole, TitleRole), ExcerptRole and QualityRole (0–100) are editable;
    // each edit is an undo step, and typing bursts merge into one.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Removes `count` entries from `row` as one undo step.
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    // Moves one entry (count 1) as one undo step.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    // Removes the entries at `rows` (any order, gaps allowed) as one undo step.
    bool removeEntries(const QList<int> &rows);
    // Moves the entry at `from` so that it ends up at `to`, as one undo step.
    bool moveEntry(int from, int to);
    // Moves the entries with `webUrls` (kept in their order) before `row` (-1: to the end),
    // as one undo step.
    bool moveEntries(const QStringList &webUrls, int row);

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    // Copies only: a drop from another application never takes anything away from it, and
    // entries dragged within the list are moved by dropMimeData() itself (one undo step,
    // whatever the selection), not removed by the view afterwards.
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    // After a drop: the rows to select, those added or moved, or the entries a drop
    // offered again (a link already in the list).
    void dropSettled(const QList<int> &rows);

private:
    QList<YamlValue> readEntries() const;
    void storyEdited(const QString &path);
    void follow(const QList<YamlValue> &fresh);
    void followWithRowChanges(const QList<YamlValue> &fresh, qsizetype prefix, qsizetype suffix);

    void statusChanged(const QString &story, const QString &webUrl);

    StoryEditor *m_editor;
    QUndoStack *m_undoStack;
    RelatedCoverage *m_coverage = nullptr;
    bool m_pausedFollowing = false;
    QString m_path;
    QList<YamlValue> m_entries;
};

} // namespace Storydesk
