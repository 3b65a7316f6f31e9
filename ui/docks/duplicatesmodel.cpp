#include "duplicatesmodel.h"

#include "duplicateindex.h"
#include "storyroles.h"
#include "storystore.h"

#include <QFileInfo>
#include <QFont>
#include <QLocale>

namespace Storydesk {

namespace {

// internalId of a group row; a story row's is its group + 1.
constexpr quintptr GroupRow = 0;

QString reasonText(DuplicateFinder::Reasons reasons)
{
    if (reasons == (DuplicateFinder::Reason::SameLink | DuplicateFinder::Reason::SimilarTitle))
        return DuplicatesModel::tr("same link, similar title");
    return reasons.testFlag(DuplicateFinder::Reason::SameLink) ? DuplicatesModel::tr("same link") : DuplicatesModel::tr("similar title");
}

} // namespace

DuplicatesModel::DuplicatesModel(DuplicateIndex *index, StoryStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_index(index)
    , m_store(store)
    , m_groups(index->groups())
{
    connect(index, &DuplicateIndex::changed, this, &DuplicatesModel::groupsChanged);
    connect(store, &StoryStore::storyChanged, this, &DuplicatesModel::storyChanged);
}

void DuplicatesModel::groupsChanged()
{
    // The groups are found anew as a whole; views keep their expansion and current story
    // by path (DuplicatesView).
    beginResetModel();
    m_groups = m_index->groups();
    endResetModel();
}

void DuplicatesModel::storyChanged(int row)
{
    const QModelIndex first = indexOf(m_store->summary(row).path);
    if (first.isValid())
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

QModelIndex DuplicatesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex DuplicatesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRow);
}

int DuplicatesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupRow && parent.column() == 0)
        return int(m_groups.at(parent.row()).paths.size());
    return 0;
}

int DuplicatesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString DuplicatesModel::pathAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupRow)
        return {};
    return m_groups.at(int(index.internalId() - 1)).paths.at(index.row());
}

QStringList DuplicatesModel::groupAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int group = index.internalId() == GroupRow ? index.row() : int(index.internalId() - 1);
    return m_groups.at(group).paths;
}

QModelIndex DuplicatesModel::indexOf(const QString &path, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const qsizetype row = m_groups.at(g).paths.indexOf(path);
        if (row >= 0)
            return createIndex(int(row), column, quintptr(g) + 1);
    }
    return {};
}

int DuplicatesModel::storyCount() const
{
    int count = 0;
    for (const DuplicateFinder::Group &g : m_groups)
        count += int(g.paths.size());
    return count;
}

QVariant DuplicatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupRow)
        return groupData(index.row(), index.column(), role);
    return storyData(pathAt(index), index.column(), role);
}

QVariant DuplicatesModel::groupData(int group, int column, int role) const
{
    const DuplicateFinder::Group &g = m_groups.at(group);
    switch (role) {
    case Qt::DisplayRole:
        if (column == Title)
            return tr("%Ln stories: %1", nullptr, int(g.paths.size())).arg(reasonText(g.reasons));
        return {};
    case Qt::FontRole:
        if (column == Title) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RawValueRole:
        return column == Title ? QVariant(int(g.paths.size())) : QVariant();
    default:
        return {};
    }
}

QVariant DuplicatesModel::storyData(const QString &path, int column, int role) const
{
    const int row = m_store->indexOf(path);
    if (role == PathRole)
        return path;
    if (row < 0)   // gone from the folder; the groups follow shortly
        return role == Qt::DisplayRole && column == Title ? QVariant(QFileInfo(path).fileName()) : QVariant();
    const StorySummary &s = m_store->summary(row);
    if (role == Qt::ToolTipRole)
        return column == Title ? QVariant(QStringLiteral("%1\n%2").arg(QString::fromUtf8(s.webUrl), path)) : QVariant();
    if (role == RawValueRole) {
        switch (column) {
        case Title: return s.title;
        case Provider: return s.providerName;
        case Date: return s.publishedDateTime;
        case Quality: return int(s.quality);
        case Published: return int(s.published);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column == Quality)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Title: return s.title.isEmpty() ? QFileInfo(path).fileName() : s.title;
    case Provider: return s.providerName;
    case Date: return s.publishedDateTime.isValid() ? QLocale().toString(s.publishedDateTime.toLocalTime(), QLocale::ShortFormat) : QString();
    case Quality: return s.quality >= 0 ? QVariant(int(s.quality)) : QVariant();
    case Published:
        switch (s.published) {
        case StorySummary::Published::Yes: return tr("published");
        case StorySummary::Published::No: return tr("unpublished");
        case StorySummary::Published::Missing: return tr("not set");
        case StorySummary::Published::Invalid: return tr("invalid");
        }
        return {};
    default: return {};
    }
}

QVariant DuplicatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Title");
    case Provider: return tr("Provider");
    case Date: return tr("Date");
    case Quality: return tr("Quality");
    case Published: return tr("Published");
    default: return {};
    }
}

} // namespace Storydesk
