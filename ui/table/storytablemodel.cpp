#include "storytablemodel.h"

#include "fieldmap.h"
#include "relatedcoverage.h"
#include "plaintext.h"
#include "searchkey.h"
#include "sitegitstatus.h"
#include "storyfilter.h"
#include "storystore.h"

#include <QFileInfo>
#include <QFontMetrics>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

#include <algorithm>
#include <vector>

namespace Storydesk {

namespace {

// Cells show untrusted text: one line, no bidi overrides, and no more than a view could
// ever show of it (a 100,000-character title would otherwise be measured on every paint).
constexpr qsizetype MaximumCellText = 1000;

QString cellText(const QString &text)
{
    return PlainText::singleLine(text, MaximumCellText);
}

const QString &providerText(const StorySummary &story)
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

// The date as short as a list can have it, so the title gets the width: the locale's short
// date, or only the time for today's stories (the tooltip has both).
QString compactDate(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
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

int compareText(const QString &a, const QString &b)
{
    // Topics, providers and categories are interned by the store: equal ones usually share
    // their data, and comparing the pointers saves comparing the text.
    if (a.constData() == b.constData() && a.size() == b.size())
        return 0;
    return a.compare(b, Qt::CaseInsensitive);
}

int compareTopics(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        if (const int c = compareText(a.at(i), b.at(i)))
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
    // The store knows the site's map once the load starts, after the reset.
    connect(store, &StoryStore::loadStarted, this, &StoryTableModel::columnsBoundChanged);
}

void StoryTableModel::setGitStatus(const SiteGitStatus *status)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_gitConnections))
        disconnect(connection);
    m_gitConnections.clear();
    m_git = status;
    m_gitLookup = {};
    if (status) {
        // Read live: the matching threads run while the UI thread waits, and the states only
        // change on the UI thread.
        m_gitLookup = [status](const QString &path) { return status->state(path); };
        m_gitConnections = {
            connect(status, &SiteGitStatus::statesChanged, this, [this](const QStringList &paths) {
                for (const QString &path : paths) {
                    if (const int row = m_store->indexOf(path); row >= 0)
                        Q_EMIT dataChanged(index(row, Git), index(row, Git));
                }
            }),
        };
    }
    if (const int rows = rowCount(); rows > 0)
        Q_EMIT dataChanged(index(0, Git), index(rows - 1, Git));
}

GitFileState StoryTableModel::gitState(int row) const
{
    return m_git ? m_git->state(m_store->summary(row).path) : GitFileState::Clean;
}

QString StoryTableModel::gitStateText(GitFileState state)
{
    switch (state) {
    case GitFileState::Clean: return {};
    case GitFileState::New: return tr("New");
    case GitFileState::Changed: return tr("Changed");
    case GitFileState::Incoming: return tr("Incoming");
    case GitFileState::Deleted: return tr("Deleted");
    case GitFileState::Conflict: return tr("Conflict");
    }
    return {};
}

QVariant StoryTableModel::gitToolTip(GitFileState state)
{
    switch (state) {
    case GitFileState::Clean: return {};
    case GitFileState::New: return tr("Not committed yet");
    case GitFileState::Changed: return tr("Saved, not committed yet");
    case GitFileState::Incoming: return tr("Changed by the last sync");
    case GitFileState::Deleted: return tr("Deleted, not committed yet");
    case GitFileState::Conflict: return tr("In conflict: the last merge left both versions in the file");
    }
    return {};
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

bool StoryTableModel::isColumnBound(int column) const
{
    const FieldMap &map = m_store->fieldMap();
    switch (column) {
    case Title: return true;   // a row needs a name: the file's, without a title
    case Provider: return map.isBound(FieldRole::ProviderName) || map.isBound(FieldRole::ProviderDomain);
    case Date: return map.isBound(FieldRole::Date);
    case Quality: return map.isBound(FieldRole::Quality);
    case Heat: return map.isBound(FieldRole::Heat);
    case Topics: return map.isBound(FieldRole::Topics);
    case Published: return map.isBound(FieldRole::Published);
    case Related: return map.isBound(FieldRole::Related);
    case Category: return map.isBound(FieldRole::Category);
    default: return true;
    }
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
        return column == Git ? gitToolTip(gitState(row)) : toolTip(story, column);
    case Qt::CheckStateRole:
        if (column != Published || story.broken)
            return {};
        if (story.published == StorySummary::Published::Invalid)
            return Qt::PartiallyChecked;
        return story.published == StorySummary::Published::Yes ? Qt::Checked : Qt::Unchecked;
    case Qt::AccessibleTextRole:
        // The Published cell shows only its check box: a screen reader needs the words.
        if (column != Published || story.broken)
            return {};
        if (story.published == StorySummary::Published::Invalid)
            return tr("Published value not readable");
        return story.published == StorySummary::Published::Yes ? tr("Published") : tr("Not published");
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
        return QString::fromUtf8(story.excerpt);
    case ImageUrlRole:
        return QString::fromUtf8(story.imageUrl);
    case ProviderLogoUrlRole:
        return QString::fromUtf8(story.providerLogoUrl);
    case WebUrlRole:
        return QString::fromUtf8(story.webUrl);
    default:
        return {};
    }
}

QVariant StoryTableModel::displayData(const StorySummary &story, int column, int row) const
{
    switch (column) {
    case Title:
        // A file without a readable title still needs a name in the list.
        return cellText(story.title.isEmpty() ? QFileInfo(story.path).fileName() : story.title);
    case Provider:
        return cellText(providerText(story));
    case Date:
        return compactDate(story.publishedDateTime);
    case Quality:
        return story.quality < 0 ? QVariant() : QVariant(int(story.quality));
    case Heat:
        return story.heat < 0 ? QVariant() : QVariant(int(story.heat));
    case Topics:
        return cellText(story.topics.join(QStringLiteral(", ")));
    case Published:
        return {}; // the check box says it
    case Related:
        return story.relatedCount;
    case Category:
        return cellText(story.category);
    case Status:
        switch (state(row)) {
        case StoryState::Conflict: return tr("Conflict");
        case StoryState::Modified: return tr("Modified");
        case StoryState::Broken: return story.problems.isEmpty() ? tr("Broken") : cellText(story.problems.constFirst().message);
        case StoryState::Warning: return tr("%Ln problem(s)", nullptr, int(story.problems.size()));
        case StoryState::Ok: return {};
        }
        return {};
    case Git:
        return gitStateText(gitState(row));
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
    case Git: return int(gitState(row));
    default: return {};
    }
}

int StoryTableModel::compare(int leftRow, int rightRow, int column) const
{
    const StorySummary &a = m_store->summary(leftRow);
    const StorySummary &b = m_store->summary(rightRow);
    switch (column) {
    case Title: return SearchKey::compareTitles(a, b);
    case Provider: return compareText(providerText(a), providerText(b));
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
    case Category: return compareText(a.category, b.category);
    case Status: return threeWay(int(state(leftRow)), int(state(rightRow)));
    case Git: return threeWay(int(gitState(leftRow)), int(gitState(rightRow)));
    default: return 0;
    }
}

namespace {

// Ordinals of the distinct strings of a column (topics, providers, categories) in the
// order compareText() gives them, equal ones sharing an ordinal. Strings are looked up
// by their data pointer: the store interns them, so there are only a few hundred.
class TextOrdinals
{
public:
    void collect(const QString &text)
    {
        if (!m_ordinals.contains(text.constData())) {
            m_ordinals.insert(text.constData(), 0);
            m_distinct.append(text);
        }
    }

    void assign()
    {
        std::sort(m_distinct.begin(), m_distinct.end(),
                  [](const QString &a, const QString &b) { return compareText(a, b) < 0; });
        quint64 ordinal = 0;
        for (qsizetype i = 0; i < m_distinct.size(); ++i) {
            if (i > 0 && compareText(m_distinct.at(i - 1), m_distinct.at(i)) != 0)
                ++ordinal;
            m_ordinals[m_distinct.at(i).constData()] = ordinal;
        }
    }

    quint64 ordinal(const QString &text) const { return m_ordinals.value(text.constData()); }

private:
    QHash<const QChar *, quint64> m_ordinals;
    QStringList m_distinct;
};

// The first eight bytes of the search key, big-endian and zero-padded: orders as
// compareTitles() does whenever they differ.
quint64 titlePrefix(const StorySummary &story)
{
    quint64 key = 0;
    for (qsizetype i = 0; i < 8; ++i)
        key = (key << 8) | (i < story.searchKey.size() ? quint8(story.searchKey.at(i)) : 0);
    return key;
}

} // namespace

QList<int> StoryTableModel::sortRanks(int column) const
{
    struct Keyed
    {
        quint64 key;
        int row;
    };
    const int rows = rowCount();
    std::vector<Keyed> keyed(size_t(rows), Keyed{0, 0});
    // Exact keys order rows completely; inexact ones (title prefixes, more than four
    // topics) leave ties for compare() to settle.
    bool exact = true;
    TextOrdinals ordinals;
    if (column == Provider || column == Category || column == Topics) {
        for (int row = 0; row < rows; ++row) {
            const StorySummary &story = m_store->summary(row);
            if (column == Provider)
                ordinals.collect(providerText(story));
            else if (column == Category)
                ordinals.collect(story.category);
            for (const QString &topic : story.topics)
                ordinals.collect(topic);
        }
        ordinals.assign();
    }
    for (int row = 0; row < rows; ++row) {
        const StorySummary &story = m_store->summary(row);
        quint64 key = 0;
        switch (column) {
        case Title:
            key = titlePrefix(story);
            exact = false;
            break;
        case Provider: key = ordinals.ordinal(providerText(story)); break;
        case Date:
            // Missing dates first; valid ones shifted so that signed order is unsigned order.
            if (story.publishedDateTime.isValid())
                key = quint64(story.publishedDateTime.toMSecsSinceEpoch()) ^ (quint64(1) << 63);
            break;
        case Quality: key = quint64(story.quality + 1); break;
        case Heat: key = quint64(story.heat + 1); break;
        case Topics:
            // Up to four topics, one 16-bit lane each, 0 for "no more topics", so that a list
            // orders before its extensions as in compareTopics().
            for (qsizetype i = 0; i < 4; ++i) {
                const quint64 lane = i < story.topics.size() ? ordinals.ordinal(story.topics.at(i)) + 1 : 0;
                exact = exact && lane <= 0xFFFF;
                key = (key << 16) | (lane & 0xFFFF);
            }
            exact = exact && story.topics.size() <= 4;
            break;
        case Published: key = quint64(publishedRank(story.published)); break;
        case Related: key = quint64(story.relatedCount); break;
        case Category: key = ordinals.ordinal(story.category); break;
        case Status: key = quint64(state(row)); break;
        case Git: key = quint64(gitState(row)); break;
        default: break;
        }
        keyed[size_t(row)] = Keyed{key, row};
    }
    std::sort(keyed.begin(), keyed.end(), [this, exact, column](const Keyed &a, const Keyed &b) {
        if (a.key != b.key)
            return a.key < b.key;
        if (!exact) {
            if (const int c = compare(a.row, b.row, column))
                return c < 0;
        }
        return a.row < b.row;
    });
    QList<int> ranks(rows);
    for (int position = 0; position < rows; ++position)
        ranks[keyed[size_t(position)].row] = position;
    return ranks;
}

QVariant StoryTableModel::toolTip(const StorySummary &story, int column) const
{
    // Escaped: Qt renders a tooltip that looks like HTML as HTML, and a file may be named so.
    if (column == Title) {
        if (story.broken && !story.problems.isEmpty())
            return PlainText::toolTip(QStringLiteral("%1\n%2").arg(story.path, problemText(story.problems.constFirst())));
        return PlainText::toolTip(story.path);
    }
    if (column == Date && story.publishedDateTime.isValid())
        return QLocale().toString(story.publishedDateTime.toLocalTime(), QLocale::LongFormat);
    if (column == Status && !story.problems.isEmpty()) {
        QStringList lines;
        for (const Problem &problem : story.problems)
            lines.append(problemText(problem));
        return PlainText::toolTip(lines.join(QLatin1Char('\n')));
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
    case Git: return tr("Git");
    default: return {};
    }
}

Qt::ItemFlags StoryTableModel::flags(const QModelIndex &index) const
{
    if (!isStoryIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren | Qt::ItemIsDragEnabled;
    if (index.column() == Published && !m_store->summary(index.row()).broken)
        f |= Qt::ItemIsUserCheckable;
    if (m_coverage && !m_store->summary(index.row()).broken)
        f |= Qt::ItemIsDropEnabled;
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

QStringList StoryTableModel::mimeTypes() const
{
    if (m_coverage)
        return RelatedCoverage::mimeTypes();
    return {StoryPathsMimeType, QStringLiteral("text/uri-list")};
}

Qt::DropActions StoryTableModel::supportedDropActions() const
{
    // Copies only: a drop never takes anything away from where it came from.
    return m_coverage ? Qt::CopyAction | Qt::LinkAction : Qt::IgnoreAction;
}

Qt::DropActions StoryTableModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

bool StoryTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)      // between rows is no story: only `parent`, the row dropped on, counts
    Q_UNUSED(column)   // every column of a row stands for its story
    if (!m_coverage || !isStoryIndex(parent) || (action != Qt::IgnoreAction && !(supportedDropActions() & action)))
        return false;
    const StorySummary &story = m_store->summary(parent.row());
    return !story.broken && RelatedCoverage::mayDrop(data, story.path);
}

bool StoryTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString story = m_store->summary(parent.row()).path;
    return !m_coverage->add(story, -1, m_coverage->offersIn(data)).addedRows.isEmpty();
}

QMimeData *StoryTableModel::mimeData(const QModelIndexList &indexes) const
{
    // A selection holds one index per column: each story goes once, in row order.
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (isStoryIndex(index) && !rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QStringList paths;
    QList<QUrl> links;
    for (const int row : std::as_const(rows)) {
        const StorySummary &story = m_store->summary(row);
        paths.append(story.path);
        const QUrl link(QString::fromUtf8(story.webUrl));
        if (link.isValid() && (link.scheme() == QLatin1StringView("https") || link.scheme() == QLatin1StringView("http")))
            links.append(link);
    }
    auto *data = new QMimeData;
    data->setData(StoryPathsMimeType, paths.join(QLatin1Char('\n')).toUtf8());
    if (!links.isEmpty())
        data->setUrls(links);
    return data;
}

int StoryTableModel::startingWidth(int column, const QFontMetrics &metrics) const
{
    const int padding = 2 * metrics.averageCharWidth();
    const auto fitting = [&](const QString &text) { return metrics.horizontalAdvance(text) + padding; };
    const int headerWidth = fitting(headerData(column, Qt::Horizontal).toString()) + metrics.height();   // the sort arrow
    switch (column) {
    case Title: return 40 * metrics.averageCharWidth();   // then stretched
    case Provider: return 17 * metrics.averageCharWidth();
    case Date:
        // As wide as the longest date or time this locale writes, as the model writes it.
        return qMax(headerWidth, qMax(fitting(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)),
                                      fitting(QLocale().toString(QTime(23, 59, 59), QLocale::ShortFormat))));
    case Topics: return 22 * metrics.averageCharWidth();
    case Status: return qMax(headerWidth, 12 * metrics.averageCharWidth());
    case Git: {
        int widest = headerWidth;
        for (const GitFileState state : GitFileStates)
            widest = qMax(widest, fitting(gitStateText(state)));
        return widest;
    }
    default: return headerWidth;   // numbers and the check box: the header is the widest
    }
}

} // namespace Storydesk
