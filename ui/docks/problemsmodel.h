#pragma once

#include "problem.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace Storydesk {

class StoryStore;

// Every parse and validation problem of the folder's stories, one row each, for the
// Problems view: severity, file, line, column, message. Follows the store: after a burst
// of changes (a load batch, an edit, a file changed on disk) it compares its rows with the
// stories' problems and inserts and removes just the rows that differ, so views keep their
// selection and scroll position.
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)

public:
    enum Column { Severity, File, Line, ColumnNumber, Message, ColumnCount };
    Q_ENUM(Column)

    explicit ProblemsModel(StoryStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString pathAt(int row) const { return m_rows.at(row).path; }
    const Problem &problemAt(int row) const { return m_rows.at(row).problem; }
    int fileCount() const;

    // Brings the rows up to date now rather than after the burst.
    void refresh();

private:
    struct Row
    {
        QString path;
        Problem problem;
        friend bool operator==(const Row &, const Row &) = default;
    };
    static bool before(const Row &a, const Row &b);
    void scheduleRefresh();

    StoryStore *m_store;
    QList<Row> m_rows;   // sorted by before()
    QTimer m_refreshTimer;
};

} // namespace Storydesk
