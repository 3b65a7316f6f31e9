#pragma once

#include "sitegitstates.h"
#include "relatedcoverage.h"
#include "storyroles.h"

#include <QAbstractTableModel>
#include <QLatin1StringView>

class QFontMetrics;

namespace Storydesk {

class SiteGitStatus;
class StoryStore;
struct StorySummary;

// The stories of the open folder as a table, mirroring the StoryStore row for row: rows
// come and go in the ranges the store announces, and a reset happens only when a folder
// is (re)opened. Read-only except the Published checkbox, which asks the editing layer
// (publishedToggleRequested) rather than writing anything itself, and drops on a row,
// which relate the dropped stories and links to that row's story through RelatedCoverage.
// The Git column shows each story's state in the site's repository once setGitStatus()
// gives one; it stays empty outside a repository, where the window hides it.
class StoryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryTableModel)

public:
    // New columns go last: saved header layouts and desks name the ones before by position.
    enum Column { Title, Provider, Date, Quality, Heat, Topics, Published, Related, Category, Status, Git, ColumnCount };
    Q_ENUM(Column)

    // Dragged rows carry their stories' file paths under this type (the one related lists
    // take); other applications get the stories' web links as text/uri-list.
    static constexpr QLatin1StringView StoryPathsMimeType = RelatedCoverage::StoryPathsMimeType;

    explicit StoryTableModel(const StoryStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Only the Published check state is accepted, and only as a request: see the class comment.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    // Drops are taken on a row (any column) once setRelatedCoverage() has given them a place
    // to go; between rows and below the last there is no story to relate to.
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    void setRelatedCoverage(RelatedCoverage *coverage) { m_coverage = coverage; }
    // Where the Git column and gitLookup() read the stories' git states; the rows whose
    // state changes are announced as dataChanged, so the proxy filters and sorts them again.
    void setGitStatus(const SiteGitStatus *status);
    const SiteGitStatus *gitStatus() const { return m_git; }
    GitFileState gitState(int row) const;
    // Answers the git state of a path from the current states, for the row matching
    // (StorySortFilterProxyModel). Empty without a git status.
    const GitStateLookup &gitLookup() const { return m_gitLookup; }
    static QString gitStateText(GitFileState state);
    // Starting widths, so a first run shows whole dates and most of a title; the saved
    // header state replaces them.
    int startingWidth(int column, const QFontMetrics &metrics) const;

    // Whether the site's field map binds the role a column shows (the store's map): a Hugo
    // site has no heat, quality, related coverage or provider. Status and Git always are.
    bool isColumnBound(int column) const;

    const StoryStore *store() const { return m_store; }
    StoryState state(int row) const;
    // Orders two rows by a column's raw value (RawValueRole) without building QVariants.
    // Negative, zero or positive. Titles compare ignoring case and accents.
    int compare(int leftRow, int rightRow, int column) const;
    // The position of every row when all rows are sorted on `column` as compare() orders
    // them (equal rows keep their row order): what the proxy sorts with. Built from one
    // 64-bit key per row in a single pass over the stories, because comparing summaries
    // directly costs a cache miss per comparison and 100,000 rows take 1.7 million.
    QList<int> sortRanks(int column) const;

Q_SIGNALS:
    // The editor clicked the Published checkbox; the editing layer writes the file and
    // updates the store, which updates the row.
    void publishedToggleRequested(const QString &path, bool published);
    // A folder began loading with its site's field map (or a new map was applied): which
    // columns are bound may have changed.
    void columnsBoundChanged();

private:
    bool isStoryIndex(const QModelIndex &index) const;
    QVariant displayData(const StorySummary &story, int column, int row) const;
    QVariant rawData(const StorySummary &story, int column, int row) const;
    QVariant toolTip(const StorySummary &story, int column) const;
    static QVariant gitToolTip(GitFileState state);

    const StoryStore *m_store;
    RelatedCoverage *m_coverage = nullptr;
    const SiteGitStatus *m_git = nullptr;
    GitStateLookup m_gitLookup;
    QList<QMetaObject::Connection> m_gitConnections;
};

} // namespace Storydesk
