#include "storytriage.h"

#include "setvaluecommand.h"
#include "storyeditor.h"
#include "storyroles.h"
#include "storyschema.h"
#include "storysortfilterproxymodel.h"
#include "storystore.h"
#include "storytablemodel.h"
#include "windowstatus.h"

#include <QFileInfo>
#include <QItemSelectionModel>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>

namespace Storydesk {

StoryTriage::StoryTriage(QTableView *table, StoryTableModel *model, StorySortFilterProxyModel *proxy, StoryEditor *editor,
                         QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_model(model)
    , m_proxy(proxy)
    , m_store(editor->store())
    , m_editor(editor)
    , m_undoStack(undoStack)
{
}

StoryTriage::~StoryTriage() = default;

QModelIndexList StoryTriage::selectedStories() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().siblingAtColumn(0));
    // Top to bottom as shown, so commands and messages list stories in the editor's order.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

QStringList StoryTriage::selectedPaths() const
{
    QStringList paths;
    for (const QModelIndex &row : selectedStories())
        paths.append(row.data(PathRole).toString());
    return paths;
}

void StoryTriage::applyEdits(const QList<std::pair<QString, YamlValue>> &values, const QString &key, const QString &text, bool mergesBursts)
{
    const YamlPath path({key});
    SetValueCommand *command = SetValueCommand::forStories(m_editor, values, path, text, mergesBursts);
    if (!command)
        return;   // every story already has that value: no undo step for nothing
    m_undoStack->push(command);
    // The command may be gone (merged into a burst, or dropped), so ask the stories.
    QStringList failed;
    for (const auto &[story, after] : values) {
        const std::optional<YamlValue> now = m_editor->value(story, path);
        if (!now || !now->sameAs(after))
            failed.append(QFileInfo(story).fileName());
    }
    if (!failed.isEmpty())
        Q_EMIT notice(tr("Could not change %1").arg(failed.join(QStringLiteral(", "))), WindowStatus::MessageTimeout);
}

void StoryTriage::togglePublished(bool advance)
{
    QStringList paths;
    bool allPublished = true;
    for (const QModelIndex &row : selectedStories()) {
        if (row.data(StateRole).value<StoryState>() == StoryState::Broken)
            continue;   // nothing to write into: its front matter does not parse
        paths.append(row.data(PathRole).toString());
        allPublished = allPublished && row.siblingAtColumn(StoryTableModel::Published).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    }
    if (paths.isEmpty())
        return;
    // Auto-advance continues below the bottom-most story of the selection.
    const QString anchorPath = paths.constLast();
    const int anchorRow = proxyRowOf(anchorPath);

    // A mixed selection becomes published: the common case is "publish these".
    const bool publish = !allPublished;
    QList<std::pair<QString, YamlValue>> values;
    for (const QString &path : std::as_const(paths))
        values.append({path, YamlValue::boolean(publish)});
    applyEdits(values, StorySchema::Published,
               publish ? tr("Publish") : tr("Unpublish"));

    if (!advance)
        return;
    // The story may have left the list (an "unpublished" filter, a sort on Published): then
    // the next one has already taken its place.
    const int row = proxyRowOf(anchorPath);
    selectRow(row >= 0 ? row + 1 : anchorRow);
}

void StoryTriage::setPublished(const QString &path, bool published)
{
    applyEdits({{path, YamlValue::boolean(published)}}, StorySchema::Published,
               published ? tr("Publish") : tr("Unpublish"));
}

int StoryTriage::proxyRowOf(const QString &path) const
{
    const int sourceRow = m_store->indexOf(path);
    return sourceRow < 0 ? -1 : m_proxy->mapFromSource(m_model->index(sourceRow, 0)).row();
}

void StoryTriage::changeQuality(int delta)
{
    QList<std::pair<QString, YamlValue>> values;
    for (const QModelIndex &row : selectedStories()) {
        if (row.data(StateRole).value<StoryState>() == StoryState::Broken)
            continue;
        // A story without a quality starts from 0.
        const int quality = qMax(0, row.siblingAtColumn(StoryTableModel::Quality).data(RawValueRole).toInt());
        values.append({row.data(PathRole).toString(), YamlValue::integer(qBound(0, quality + delta, MaxQuality))});
    }
    applyEdits(values, StorySchema::Quality,
               delta > 0 ? tr("Raise Quality") : tr("Lower Quality"),
               true);
}

void StoryTriage::setQuality(int quality)
{
    QList<std::pair<QString, YamlValue>> values;
    for (const QModelIndex &row : selectedStories()) {
        if (row.data(StateRole).value<StoryState>() != StoryState::Broken)
            values.append({row.data(PathRole).toString(), YamlValue::integer(quality)});
    }
    applyEdits(values, StorySchema::Quality, tr("Set Quality to %1").arg(quality));
}

void StoryTriage::moveCurrent(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    selectRow(current.isValid() ? current.row() + delta : 0);
}

void StoryTriage::selectRow(int row)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    row = qBound(0, row, rows - 1);
    const int column = m_table->currentIndex().isValid() ? m_table->currentIndex().column() : int(StoryTableModel::Title);
    const QModelIndex index = m_proxy->index(row, column);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void StoryTriage::ensureSelection()
{
    if (m_proxy->rowCount() == 0)
        return;
    QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = selection->currentIndex();
    // While a folder loads, rows sorted above the first one keep arriving, and the whole
    // table is sorted once the load ends: until the editor moves, "the first story" stays
    // selected rather than one that slid down the list.
    const bool untouched = current.isValid() && current == m_autoSelected;
    if (!current.isValid() || (untouched && current.row() != 0)) {
        selectRow(0);
        m_autoSelected = m_table->currentIndex();
    } else if (!selection->hasSelection()) {
        selection->select(current, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void StoryTriage::followCurrent()
{
    if (m_autoSelected.isValid() && m_table->currentIndex() != m_autoSelected)
        m_autoSelected = QPersistentModelIndex();   // the editor moved: their row is theirs
}

void StoryTriage::releaseAutoSelection()
{
    m_autoSelected = QPersistentModelIndex();
}

void StoryTriage::nextUnpublished()
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int start = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const int row = (start + step) % rows;
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(StateRole).value<StoryState>() == StoryState::Broken)
            continue;
        if (m_proxy->index(row, StoryTableModel::Published).data(Qt::CheckStateRole).toInt() != Qt::Checked) {
            selectRow(row);
            return;
        }
    }
    Q_EMIT notice(tr("Every story in the list is published"), WindowStatus::MessageTimeout);
}

} // namespace Storydesk
