#include "storytablemodel.h"

#include "storystore.h"

#include <QFileInfo>
#include <QIcon>
#include <QLocale>

namespace Storydesk {

namespace {

QString providerText(const StorySummary &story)
{
    return story.providerName.isEmpty() ? story.providerDomain : story.providerName;
}

int publishedRank(StorySummary::Published published)
{
    // Unreadable values first, then undecided, unpublished, published.
    switch (published) {
    case StorySummary::Published::Invalid: return 0;
    case StorySummary::Published::Missing: return 1;
    case StorySummary::Published::No: return 2;
    case StorySummary::Published::Yes: return 3;
    }
    return 0;
}

QString problemText(const Problem &problem)
{
    if (problem.line <= 0)
        return problem.message;
    return StoryTableModel::tr("line %1, column %2: %3").arg(problem.line).arg(problem.column).arg(problem.message);
}

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareTopics(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        if (const int c = a.at(i).compare(b.at(i), Qt::CaseInsensitive))
            return c;
    }
    return threeWay(a.size(), b.size());
}

} // namespace

StoryTableModel::StoryTableModel(const StoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &StoryStore::storiesAboutToBeReset, this, &StoryTableModel::beginResetModel);
    connect(store, &StoryStore::storiesReset, this, &StoryTableModel::endResetModel);
    connect(store, &StoryStore::storiesAboutToBeAdded, this,
            [this](int first, int last) { beginInsertRows(QModelIndex(), first, last); });
    connect(store, &StoryStore::storiesAdded, this, &StoryTableModel::endInsertRows);
    connect(store, &StoryStore::storiesAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows(QModelIndex(), first, last); });
    connect(store, &StoryStore::storiesRemoved, this, &StoryTableModel::endRemoveRows);
    connect(store, &StoryStore::storyChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

bool StoryTableModel::isStoryIndex(const QModelIndex &index) const
{
    // An invalid index is a normal question (views ask about the root); one from another
    // model or out of range is a bug that checkIndex() reports.
    return index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

int StoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->count();
}

int StoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

StoryState StoryTableModel::state(int row) const
{
    if (m_store->hasConflict(row))
        return StoryState::Conflict;
    if (m_store->isDirty(row))
        return StoryState::Modified;
    const StorySummary &story = m_store->summary(row);
    if (story.broken)
        return StoryState::Broken;
    return story.problems.isEmpty() ? StoryState::Ok : StoryState::Warning;
}

QVariant StoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!isStoryIndex(index))
        return {};
    const int row = index.row();
    const int column = index.column();
    const StorySummary &story = m_store->summary(row);

    switch (role) {
    case Qt::DisplayRole:
        return displayData(story, column, row);
    case RawValueRole:
        return rawData(story, column, row);
    case Qt::ToolTipRole:
        return toolTip(story, column);
    case Qt::CheckStateRole:
        if (column != Published || story.broken)
            return {};
        if (story.published == StorySummary::Published::Invalid)
            return Qt::PartiallyChecked;
        return story.published == StorySummary::Published::Yes ? Qt::Checked : Qt::Unchecked;
    case Qt::TextAlignmentRole:
        if (column == Quality || column == Heat || column == Related)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (column != Status)
            return {};
        switch (state(row)) {
        case StoryState::Conflict: return QIcon::fromTheme(QStringLiteral("dialog-warning"));
        case StoryState::Modified: return QIcon::fromTheme(QStringLiteral("document-save"));
        case StoryState::Broken: return QIcon::fromTheme(QStringLiteral("dialog-error"));
        case StoryState::Warning: return QIcon::fromTheme(QStringLiteral("dialog-information"));
        case StoryState::Ok: return {};
        }
        return {};
    case PathRole:
        return story.path;
    case StateRole:
        return QVariant::fromValue(state(row));
    case ProblemsRole:
        return QVariant::fromValue(story.problems);
    case ExcerptRole:
        return story.excerpt;
    case ImageUrlRole:
        return story.imageUrl;
    case ProviderLogoUrlRole:
        return story.providerLogoUrl;
    case WebUrlRole:
        return story.webUrl;
    default:
        return {};
    }
}

QVariant StoryTableModel::displayData(const StorySummary &story, int column, int row) const
{
    switch (column) {
    case Title:
        // A file without a readable title still needs a name in the list.
        return story.title.isEmpty() ? QFileInfo(story.path).fileName() : story.title;
    case Provider:
        return providerText(story);
    case Date:
        if (!story.publishedDateTime.isValid())
            return {};
        return QLocale().toString(story.publishedDateTime.toLocalTime(), QLocale::ShortFormat);
    case Quality:
        return story.quality < 0 ? QVariant() : QVariant(int(story.quality));
    case Heat:
        return story.heat < 0 ? QVariant() : QVariant(int(story.heat));
    case Topics:
        return story.topics.join(QStringLiteral(", "));
    case Published:
        return {}; // the check box says it
    case Related:
        return story.relatedCount;
    case Category:
        return story.category;
    case Status:
        switch (state(row)) {
        case StoryState::Conflict: return tr("Conflict");
        case StoryState::Modified: return tr("Modified");
        case StoryState::Broken: return story.problems.isEmpty() ? tr("Broken") : story.problems.constFirst().message;
        case StoryState::Warning: return tr("%n problem(s)", nullptr, int(story.problems.size()));
        case StoryState::Ok: return {};
        }
        return {};
    default:
        return {};
    }
}

QVariant StoryTableModel::rawData(const StorySummary &story, int column, int row) const
{
    switch (column) {
    case Title: return story.title;
    case Provider: return providerText(story);
    case Date: return story.publishedDateTime;
    case Quality: return int(story.quality);
    case Heat: return int(story.heat);
    case Topics: return story.topics.join(QStringLiteral(", "));
    case Published: return publishedRank(story.published);
    case Related: return story.relatedCount;
    case Category: return story.category;
    case Status: return int(state(row));
    default: return {};
    }
}

int StoryTableModel::compare(int leftRow, int rightRow, int column) const
{
    const StorySummary &a = m_store->summary(leftRow);
    const StorySummary &b = m_store->summary(rightRow);
    switch (column) {
    case Title: return a.title.compare(b.title, Qt::CaseInsensitive);
    case Provider: return providerText(a).compare(providerText(b), Qt::CaseInsensitive);
    case Date:
        // Missing dates first, as an invalid QDateTime orders before every valid one.
        if (a.publishedDateTime.isValid() != b.publishedDateTime.isValid())
            return a.publishedDateTime.isValid() ? 1 : -1;
        return threeWay(a.publishedDateTime.toMSecsSinceEpoch(), b.publishedDateTime.toMSecsSinceEpoch());
    case Quality: return threeWay(a.quality, b.quality);
    case Heat: return threeWay(a.heat, b.heat);
    case Topics: return compareTopics(a.topics, b.topics);
    case Published: return threeWay(publishedRank(a.published), publishedRank(b.published));
    case Related: return threeWay(a.relatedCount, b.relatedCount);
    case Category: return a.category.compare(b.category, Qt::CaseInsensitive);
    case Status: return threeWay(int(state(leftRow)), int(state(rightRow)));
    default: return 0;
    }
}

QVariant StoryTableModel::toolTip(const StorySummary &story, int column) const
{
    if (column == Title) {
        if (story.broken && !story.problems.isEmpty())
            return QStringLiteral("%1\n%2").arg(story.path, problemText(story.problems.constFirst()));
        return story.path;
    }
    if (column == Status && !story.problems.isEmpty()) {
        QStringList lines;
        for (const Problem &problem : story.problems)
            lines.append(problemText(problem));
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant StoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Title");
    case Provider: return tr("Provider");
    case Date: return tr("Date");
    case Quality: return tr("Quality");
    case Heat: return tr("Heat");
    case Topics: return tr("Topics");
    case Published: return tr("Published");
    case Related: return tr("Related");
    case Category: return tr("Category");
    case Status: return tr("Status");
    default: return {};
    }
}

Qt::ItemFlags StoryTableModel::flags(const QModelIndex &index) const
{
    if (!isStoryIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Published && !m_store->summary(index.row()).broken)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool StoryTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !isStoryIndex(index) || index.column() != Published)
        return false;
    const StorySummary &story = m_store->summary(index.row());
    if (story.broken)
        return false;
    const bool wanted = value.toInt() == Qt::Checked;
    if (wanted == (story.published == StorySummary::Published::Yes))
        return false; // unchanged: nothing to ask for
    // Nothing changes here: the row follows once the editing layer has written the file.
    Q_EMIT publishedToggleRequested(story.path, wanted);
    return false;
}

} // namespace Storydesk
