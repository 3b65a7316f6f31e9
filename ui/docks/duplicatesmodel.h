#pragma once

#include "duplicatefinder.h"

#include <QAbstractItemModel>
#include <QList>

namespace Storydesk {

class DuplicateIndex;
class StoryStore;

// The duplicate groups of the folder as a tree for the Duplicates view: a row per group
// (how many stories, and why they were grouped), its stories below it with what the
// editor chooses the one to keep by. Follows the DuplicateIndex (the groups) and the store
// (a story's quality or published state changing in place).
class DuplicatesModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesModel)

public:
    enum Column { Title, Provider, Date, Quality, Published, ColumnCount };
    Q_ENUM(Column)

    DuplicatesModel(DuplicateIndex *index, StoryStore *store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The story at `index` (a story row), or empty for a group row.
    QString pathAt(const QModelIndex &index) const;
    // The paths of the group `index` is in or is.
    QStringList groupAt(const QModelIndex &index) const;
    // The row of the story at `path`, or an invalid index.
    QModelIndex indexOf(const QString &path, int column = 0) const;
    int storyCount() const;

private:
    void groupsChanged();
    void storyChanged(int row);
    QVariant groupData(int group, int column, int role) const;
    QVariant storyData(const QString &path, int column, int role) const;

    DuplicateIndex *m_index;
    StoryStore *m_store;
    QList<DuplicateFinder::Group> m_groups;
};

} // namespace Storydesk
