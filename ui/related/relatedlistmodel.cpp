#include "relatedlistmodel.h"

#include "moveitemcommand.h"
#include "relatedcoverage.h"
#include "relatedentry.h"
#include "relatedroles.h"
#include "setvaluecommand.h"
#include "storyeditor.h"
#include "storyfields.h"
#include "storyschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <numeric>

namespace Storydesk {

namespace {

const YamlPath &relatedPath()
{
    static const YamlPath path({StorySchema::Related});
    return path;
}

bool same(const YamlValue &a, const YamlValue &b)
{
    return a.sameAs(b);
}

} // namespace

RelatedListModel::RelatedListModel(StoryEditor *editor, QUndoStack *undoStack, QObject *parent)
    : QAbstractListModel(parent)
    , m_editor(editor)
    , m_undoStack(undoStack)
{
    connect(m_editor, &StoryEditor::storyEdited, this, &RelatedListModel::storyEdited);
    setCoverage(new RelatedCoverage(editor, undoStack, this));
}

void RelatedListModel::setCoverage(RelatedCoverage *coverage)
{
    if (m_coverage)
        disconnect(m_coverage, nullptr, this, nullptr);
    m_coverage = coverage;
    connect(m_coverage, &RelatedCoverage::statusChanged, this, &RelatedListModel::statusChanged);
    // An entry written anew is the same row, edited: the views keep it selected.
    connect(m_coverage, &RelatedCoverage::entryRewriteStarted, this, [this](const QString &story) {
        m_pausedFollowing = story == m_path;
    });
    connect(m_coverage, &RelatedCoverage::entryRewritten, this, [this](const QString &story) {
        m_pausedFollowing = false;
        if (story == m_path)
            follow(readEntries());
    });
}

void RelatedListModel::statusChanged(const QString &story, const QString &webUrl)
{
    if (story != m_path)
        return;
    const qsizetype row = RelatedEntry::indexOfWebUrl(m_entries, webUrl);
    if (row >= 0)
        Q_EMIT dataChanged(index(int(row)), index(int(row)),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole, FetchStatusRole});
}

void RelatedListModel::setStory(const QString &path)
{
    // Another story is another list altogether: nothing of the old rows carries over.
    beginResetModel();
    m_path = path;
    m_entries = readEntries();
    endResetModel();
}

QList<YamlValue> RelatedListModel::readEntries() const
{
    if (m_path.isEmpty())
        return {};
    const std::optional<YamlValue> related = m_editor->value(m_path, relatedPath());
    return related && related->isSequence() ? related->items() : QList<YamlValue>();
}

int RelatedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RelatedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const YamlValue &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // An entry made from a link shows its address until its page gives a title.
        const QString title = StoryFields::text(entry, StorySchema::Title);
        const QString webUrl = StoryFields::text(entry, StorySchema::WebUrl);
        return !title.isEmpty() ? title : !webUrl.isEmpty() ? webUrl : tr("Untitled");
    }
    case Qt::ToolTipRole: {
        const QString webUrl = StoryFields::text(entry, StorySchema::WebUrl);
        const QString status = m_coverage->status(m_path, webUrl);
        return status.isEmpty() ? webUrl : webUrl + QLatin1Char('\n') + status;
    }
    case Qt::AccessibleTextRole: {
        // What the row shows, read in one go: "Title, Provider, date".
        QStringList parts{data(index, Qt::DisplayRole).toString()};
        const QString provider = StoryFields::providerName(entry);
        const QString date = StoryFields::formatDateTime(StoryFields::publishedDateTime(entry));
        for (const QString &part : {provider, date}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(QStringLiteral(", "));
    }
    case Qt::AccessibleDescriptionRole: {
        // "fetching…" or why the page could not be read; then the entry's quality.
        QStringList parts;
        if (const QString status = m_coverage->status(m_path, StoryFields::text(entry, StorySchema::WebUrl)); !status.isEmpty())
            parts.append(status);
        if (const std::optional<int> quality = StoryFields::score(entry, StorySchema::Quality))
            parts.append(tr("Quality %1 of 100").arg(*quality));
        return parts.join(QStringLiteral("; "));
    }
    case FetchStatusRole:
        return m_coverage->status(m_path, StoryFields::text(entry, StorySchema::WebUrl));
    case Qt::EditRole:
    case TitleRole:
        return StoryFields::text(entry, StorySchema::Title);
    case ExcerptRole:
        return StoryFields::text(entry, StorySchema::Excerpt);
    case ProviderNameRole:
        return StoryFields::providerName(entry);
    case PublishedDateTimeRole:
        return StoryFields::publishedDateTime(entry);
    case QualityRole:
        if (const std::optional<int> quality = StoryFields::score(entry, StorySchema::Quality))
            return *quality;
        return {};
    case WebUrlRole:
        return StoryFields::text(entry, StorySchema::WebUrl);
    default:
        return {};
    }
}

bool RelatedListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QLatin1StringView key;
    QString text;
    switch (role) {
    case Qt::EditRole:
    case TitleRole:
        key = StorySchema::Title;
        text = tr("Edit related title");
        break;
    case ExcerptRole:
        key = StorySchema::Excerpt;
        text = tr("Edit related excerpt");
        break;
    case QualityRole:
        key = StorySchema::Quality;
        text = tr("Set related quality");
        break;
    default:
        return false;
    }
    const YamlPath path = relatedPath().child(index.row()).child(key);
    YamlValue yaml;
    if (role == QualityRole) {
        bool ok = false;
        const int quality = value.toInt(&ok);
        if (!ok || quality < 0 || quality > 100)
            return false;
        yaml = YamlValue::integer(quality);
    } else {
        // Quoting None: the writer keeps the quoting the file already uses for this key.
        yaml = YamlValue::string(value.toString());
    }
    // Typing in the entry editor makes one undo step per burst, not one per key.
    if (QUndoCommand *command = SetValueCommand::forStories(m_editor, {m_path}, path, yaml, text, true))
        m_undoStack->push(command);
    // The push updated the rows (storyEdited); a refused edit left the entry as it was.
    const YamlValue *now = index.row() < m_entries.size() ? StoryFields::field(m_entries.at(index.row()), key) : nullptr;
    return now && now->sameAs(yaml);
}

Qt::ItemFlags RelatedListModel::flags(const QModelIndex &index) const
{
    // Drops land between entries (or after the last): the list takes them, not an entry.
    if (!index.isValid())
        return m_path.isEmpty() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
    // Dragged entries are named by their webUrl: one without cannot be told apart.
    if (!RelatedEntry::webUrl(m_entries.at(index.row())).isEmpty())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QHash<int, QByteArray> RelatedListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(ExcerptRole, "excerpt");
    names.insert(ProviderNameRole, "providerName");
    names.insert(PublishedDateTimeRole, "publishedDateTime");
    names.insert(QualityRole, "quality");
    names.insert(WebUrlRole, "webUrl");
    names.insert(FetchStatusRole, "fetchStatus");
    return names;
}

bool RelatedListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    QList<int> rows;
    for (int r = row; r < row + count; ++r)
        rows.append(r);
    return removeEntries(rows);
}

bool RelatedListModel::removeEntries(const QList<int> &rows)
{
    if (m_path.isEmpty() || rows.isEmpty())
        return false;
    const std::optional<YamlValue> before = m_editor->value(m_path, relatedPath());
    if (!before || !before->isSequence())
        return false;
    YamlValue after = *before;
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (const int row : std::as_const(sorted)) {
        if (row < 0 || row >= after.items().size())
            return false;
        after.items().removeAt(row);
    }
    // The whole list as one value: the engine deletes just the entries' lines, and undo
    // writes them back the way they were. With none left, the key goes too: the engine
    // writes an emptied list as `[]`, and one refilled from there stays in that style.
    const qsizetype left = after.items().size();
    m_undoStack->push(new SetValueCommand(m_editor, relatedPath(),
                                          {{m_path, before, left > 0 ? std::optional<YamlValue>(after) : std::nullopt}},
                                          tr("Remove %Ln related entries", nullptr, int(sorted.size())), false));
    return rowCount() == left;
}

bool RelatedListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                                int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    // destinationChild counts rows before the move; moveEntry() takes the row it ends up in.
    return moveEntry(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
}

bool RelatedListModel::moveEntry(int from, int to)
{
    if (m_path.isEmpty() || from < 0 || to < 0 || from >= rowCount() || to >= rowCount() || from == to)
        return false;
    const YamlValue moved = m_entries.at(from);
    const QString text = to < from ? tr("Move related entry up") : tr("Move related entry down");
    m_undoStack->push(new MoveItemCommand(m_editor, m_path, relatedPath(), from, to, text));
    return same(m_entries.at(to), moved);
}

bool RelatedListModel::moveEntries(const QStringList &webUrls, int row)
{
    const int count = rowCount();
    QSet<QString> wantedUrls;
    for (const QString &url : webUrls)
        wantedUrls.insert(RelatedEntry::normalizedUrl(url));
    QList<int> moved;
    QList<int> others;
    for (int r = 0; r < count; ++r) {
        const QString url = RelatedEntry::webUrl(m_entries.at(r));
        (!url.isEmpty() && wantedUrls.contains(RelatedEntry::normalizedUrl(url)) ? moved : others).append(r);
    }
    if (m_path.isEmpty() || moved.isEmpty())
        return false;
    if (row < 0 || row > count)
        row = count;
    // `row` counts the entries before the drop; the moved ones leave their places first.
    const auto before = std::count_if(moved.cbegin(), moved.cend(), [row](int r) { return r < row; });
    const qsizetype insertAt = row - before;
    QList<int> wanted = others.mid(0, insertAt) + moved + others.mid(insertAt);
    QList<int> current(count);
    std::iota(current.begin(), current.end(), 0);
    if (wanted == current)
        return false;
    // Single moves, each cutting and pasting an entry's own lines, as one undo step.
    m_undoStack->beginMacro(tr("Move %Ln related entries", nullptr, int(moved.size())));
    for (int i = 0; i < count; ++i) {
        if (current.at(i) == wanted.at(i))
            continue;
        const int from = int(current.indexOf(wanted.at(i)));
        m_undoStack->push(new MoveItemCommand(m_editor, m_path, relatedPath(), from, i, QString()));
        current.move(from, i);
    }
    m_undoStack->endMacro();
    return true;
}

QStringList RelatedListModel::mimeTypes() const
{
    return RelatedCoverage::mimeTypes();
}

QMimeData *RelatedListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) && !rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QJsonArray webUrls;
    QList<QUrl> links;
    for (const int row : std::as_const(rows)) {
        const QString url = RelatedEntry::webUrl(m_entries.at(row));
        if (url.isEmpty())
            continue;
        webUrls.append(url);
        const QUrl link(url);
        if (link.scheme() == u"http" || link.scheme() == u"https")
            links.append(link);
    }
    if (webUrls.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    const QJsonObject entries{{QStringLiteral("story"), m_path}, {QStringLiteral("webUrls"), webUrls}};
    data->setData(RelatedCoverage::RelatedEntriesMimeType, QJsonDocument(entries).toJson(QJsonDocument::Compact));
    if (!links.isEmpty())
        data->setUrls(links);
    return data;
}

Qt::DropActions RelatedListModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

Qt::DropActions RelatedListModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

bool RelatedListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)   // one column: a drop anywhere on a row is a drop on the list
    if (parent.isValid() && !checkIndex(parent, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (action != Qt::IgnoreAction && !(supportedDropActions() & action))
        return false;
    return RelatedCoverage::mayDrop(data, m_path);
}

bool RelatedListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // On an entry: before it. Between entries: `row`. Elsewhere (row -1): at the end.
    const int at = parent.isValid() ? parent.row() : (row < 0 || row > rowCount() ? rowCount() : row);

    if (data->hasFormat(RelatedCoverage::RelatedEntriesMimeType)) {
        const QJsonObject entries = QJsonDocument::fromJson(data->data(RelatedCoverage::RelatedEntriesMimeType)).object();
        if (entries.value(QLatin1StringView("story")).toString() == m_path) {
            // This list's own entries: a reorder, never a copy of what is already here.
            QStringList urls;
            for (const QJsonValue &url : entries.value(QLatin1StringView("webUrls")).toArray())
                urls.append(url.toString());
            if (!moveEntries(urls, at))
                return false;
            QList<int> rows;
            for (const QString &url : std::as_const(urls)) {
                if (const qsizetype moved = RelatedEntry::indexOfWebUrl(m_entries, url); moved >= 0)
                    rows.append(int(moved));
            }
            Q_EMIT dropSettled(rows);
            return true;
        }
    }
    const RelatedCoverage::Outcome outcome = m_coverage->add(m_path, at, m_coverage->offersIn(data));
    Q_EMIT dropSettled(outcome.addedRows.isEmpty() ? outcome.existingRows : outcome.addedRows);
    return !outcome.addedRows.isEmpty();
}

void RelatedListModel::storyEdited(const QString &path)
{
    if (path == m_path && !m_pausedFollowing)
        follow(readEntries());
}

void RelatedListModel::follow(const QList<YamlValue> &fresh)
{
    // The list after an edit, an undo or a revert is compared with the rows shown, so that
    // views see what really happened (a move, removed rows, an edited row) and keep their
    // selection and current row, instead of a reset.
    const qsizetype n = m_entries.size();
    const qsizetype m = fresh.size();
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && same(m_entries.at(prefix), fresh.at(prefix)))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && same(m_entries.at(n - 1 - suffix), fresh.at(m - 1 - suffix)))
        ++suffix;
    if (n != m) {
        followWithRowChanges(fresh, prefix, suffix);
        return;
    }
    if (prefix == n) {
        m_entries = fresh;   // equal in meaning; keep the text as now written
        return;
    }
    const int first = int(prefix);
    const int last = int(n - 1 - suffix);
    const auto sameRange = [&](qsizetype oldFrom, qsizetype newFrom, qsizetype length) {
        for (qsizetype i = 0; i < length; ++i) {
            if (!same(m_entries.at(oldFrom + i), fresh.at(newFrom + i)))
                return false;
        }
        return true;
    };
    if (last > first && same(m_entries.at(first), fresh.at(last)) && sameRange(first + 1, first, last - first)) {
        beginMoveRows({}, first, first, {}, last + 1);
        m_entries = fresh;
        endMoveRows();
    } else if (last > first && same(m_entries.at(last), fresh.at(first)) && sameRange(first, first + 1, last - first)) {
        beginMoveRows({}, last, last, {}, first);
        m_entries = fresh;
        endMoveRows();
    } else {
        m_entries = fresh;
        Q_EMIT dataChanged(index(first), index(last));
    }
}

void RelatedListModel::followWithRowChanges(const QList<YamlValue> &fresh, qsizetype prefix, qsizetype suffix)
{
    // Between the common prefix and suffix, the longest common subsequence stays; the
    // other old rows are removed and the other new rows inserted (an edited entry in a
    // list that also lost rows shows as replaced).
    const qsizetype oldCount = m_entries.size() - prefix - suffix;
    const qsizetype newCount = fresh.size() - prefix - suffix;
    QList<QList<int>> lcs(oldCount + 1, QList<int>(newCount + 1, 0));
    for (qsizetype i = oldCount - 1; i >= 0; --i) {
        for (qsizetype j = newCount - 1; j >= 0; --j) {
            lcs[i][j] = same(m_entries.at(prefix + i), fresh.at(prefix + j)) ? lcs[i + 1][j + 1] + 1
                                                                             : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    QList<bool> oldKept(oldCount, false);
    QList<bool> newKept(newCount, false);
    for (qsizetype i = 0, j = 0; i < oldCount && j < newCount;) {
        if (same(m_entries.at(prefix + i), fresh.at(prefix + j))) {
            oldKept[i++] = true;
            newKept[j++] = true;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    // From the end, so the rows of ranges not yet removed keep their numbers.
    for (qsizetype i = oldCount - 1; i >= 0;) {
        if (oldKept.at(i)) {
            --i;
            continue;
        }
        qsizetype first = i;
        while (first > 0 && !oldKept.at(first - 1))
            --first;
        beginRemoveRows({}, int(prefix + first), int(prefix + i));
        m_entries.remove(prefix + first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    // From the start: the rows before each inserted range are already what `fresh` holds.
    for (qsizetype j = 0; j < newCount;) {
        if (newKept.at(j)) {
            ++j;
            continue;
        }
        qsizetype last = j;
        while (last + 1 < newCount && !newKept.at(last + 1))
            ++last;
        beginInsertRows({}, int(prefix + j), int(prefix + last));
        for (qsizetype k = j; k <= last; ++k)
            m_entries.insert(prefix + k, fresh.at(prefix + k));
        endInsertRows();
        j = last + 1;
    }
    m_entries = fresh;
}

} // namespace Storydesk
