#include "storytriage.h"

#include "setvaluecommand.h"
#include "storyeditor.h"
#include "storyroles.h"
#include "storyschema.h"
#include "storysortfilterproxymodel.h"
#include "storystore.h"
#include "storytablemodel.h"
#include "triageedit.h"
#include "windowstatus.h"

#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <vector>

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
    const QItemSelectionModel *selectionModel = m_table->selectionModel();
    const QAbstractItemModel *model = m_table->model();
    const QItemSelection selection = selectionModel->selection();
    const int columns = model->columnCount();
    const bool wholeRows = std::all_of(selection.cbegin(), selection.cend(), [columns](const QItemSelectionRange &range) {
        return range.left() == 0 && range.right() == columns - 1 && !range.parent().isValid();
    });
    QModelIndexList rows;
    if (wholeRows) {
        // The table selects whole rows: they are read off the ranges. selectedRows() asks
        // the model for every selected cell's flags, most of a second for Select All of
        // 100,000 stories, and this runs on every selection change.
        std::vector<bool> selected(size_t(model->rowCount()), false);
        for (const QItemSelectionRange &range : selection) {
            for (int row = range.top(); row <= range.bottom(); ++row)
                selected[size_t(row)] = true;
        }
        // Top to bottom as shown, so commands and messages list stories in the editor's order.
        for (size_t row = 0; row < selected.size(); ++row) {
            if (selected[row])
                rows.append(model->index(int(row), 0));
        }
    } else {
        rows = selectionModel->selectedRows();
        std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    }
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().siblingAtColumn(0));
    return rows;
}

QStringList StoryTriage::selectedPaths(QList<int> *storeRows) const
{
    // Read off the store, not asked of the model: a QVariant per story made Select All of
    // 100,000 stories slower by a tenth of a second.
    const QModelIndexList selected = selectedStories();
    QStringList paths;
    paths.reserve(selected.size());
    if (storeRows) {
        storeRows->clear();
        storeRows->reserve(selected.size());
    }
    for (const QModelIndex &index : selected) {
        const int row = m_proxy->mapToSource(index).row();
        paths.append(m_store->summary(row).path);
        if (storeRows)
            storeRows->append(row);
    }
    return paths;
}

void StoryTriage::apply(const TriageEdit &edit, bool mergesBursts)
{
    SetValueCommand *command = SetValueCommand::forStories(m_editor, edit.values, edit.key, undoText(edit), mergesBursts);
    if (!command)
        return;   // every story already has that value: no undo step for nothing
    m_undoStack->push(command);
    // The command may be gone (merged into a burst, or dropped), so ask the stories.
    QStringList failed;
    for (const auto &[story, after] : edit.values) {
        const std::optional<YamlValue> now = m_editor->value(story, edit.key);
        if (!now || !now->sameAs(after))
            failed.append(QFileInfo(story).fileName());
    }
    if (!failed.isEmpty())
        Q_EMIT notice(tr("Could not change %1").arg(failed.join(QStringLiteral(", "))), WindowStatus::MessageTimeout);
}

QString StoryTriage::undoText(const TriageEdit &edit)
{
    switch (edit.kind) {
    case TriageEdit::Kind::Publish: return tr("Publish");
    case TriageEdit::Kind::Unpublish: return tr("Unpublish");
    case TriageEdit::Kind::RaiseQuality: return tr("Raise Quality");
    case TriageEdit::Kind::LowerQuality: return tr("Lower Quality");
    case TriageEdit::Kind::SetQuality:
        return edit.values.isEmpty() ? QString() : tr("Set Quality to %1").arg(edit.values.constFirst().second.toInt().value_or(0));
    }
    return QString();
}

void StoryTriage::togglePublished(bool advance)
{
    const TriageEdit edit = TriageEdit::togglePublished(*m_store, selectedPaths());
    if (edit.values.isEmpty())
        return;
    // Auto-advance continues below the bottom-most story of the selection.
    const QString anchorPath = edit.values.constLast().first;
    const int anchorRow = proxyRowOf(anchorPath);
    apply(edit);

    if (!advance)
        return;
    // The story may have left the list (an "unpublished" filter, a sort on Published): then
    // the next one has already taken its place.
    const int row = proxyRowOf(anchorPath);
    selectRow(row >= 0 ? row + 1 : anchorRow);
}

void StoryTriage::setPublished(const QString &path, bool published)
{
    apply(TriageEdit::setPublished(*m_store, path, published));
}

int StoryTriage::proxyRowOf(const QString &path) const
{
    const int sourceRow = m_store->indexOf(path);
    return sourceRow < 0 ? -1 : m_proxy->mapFromSource(m_model->index(sourceRow, 0)).row();
}

void StoryTriage::changeQuality(int delta)
{
    apply(TriageEdit::changeQuality(*m_store, selectedPaths(), delta), true);
}

void StoryTriage::setQuality(int quality)
{
    apply(TriageEdit::setQuality(*m_store, selectedPaths(), quality));
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

void StoryTriage::markRelatedTarget()
{
    const QStringList paths = selectedPaths();
    if (paths.size() != 1)
        return;
    m_relatedTarget = paths.first();
    Q_EMIT relatedTargetChanged(m_relatedTarget);
    Q_EMIT notice(tr("Related target: “%1”. Select stories and attach them with Attach as Related Coverage.").arg(relatedTargetTitle()),
                  2 * WindowStatus::MessageTimeout);
}

void StoryTriage::clearRelatedTarget()
{
    if (m_relatedTarget.isEmpty())
        return;
    m_relatedTarget.clear();
    Q_EMIT relatedTargetChanged(m_relatedTarget);
}

QString StoryTriage::relatedTargetTitle() const
{
    // No target marked (the usual case): no look-up, which after a load would first build
    // the store's path index for 100,000 stories.
    const int row = m_relatedTarget.isEmpty() ? -1 : m_store->indexOf(m_relatedTarget);
    if (row < 0)
        return QString();
    return m_model->index(row, StoryTableModel::Title).data().toString();
}

bool StoryTriage::canAttachToRelatedTarget() const
{
    if (m_relatedTarget.isEmpty() || m_store->indexOf(m_relatedTarget) < 0)
        return false;
    const QStringList paths = selectedPaths();
    return std::any_of(paths.cbegin(), paths.cend(), [this](const QString &path) { return path != m_relatedTarget; });
}

void StoryTriage::attachToRelatedTarget()
{
    const int target = m_store->indexOf(m_relatedTarget);
    if (target < 0) {
        Q_EMIT notice(tr("Mark a story as the related target first"), WindowStatus::MessageTimeout);
        return;
    }
    QModelIndexList rows;
    for (const QModelIndex &row : selectedStories()) {
        if (row.data(PathRole).toString() != m_relatedTarget)
            rows.append(m_proxy->mapToSource(row));
    }
    const QString title = relatedTargetTitle();
    if (rows.isEmpty()) {
        Q_EMIT notice(tr("Select the stories to attach to “%1”").arg(title), WindowStatus::MessageTimeout);
        return;
    }
    // The same path as dragging these rows onto the target's row: the same entries, the
    // same refusals, one undo step.
    const std::unique_ptr<QMimeData> data(m_model->mimeData(rows));
    const QModelIndex onto = m_model->index(target, 0);
    const bool added = data && m_model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, onto);
    if (added)
        Q_EMIT notice(tr("Attached %n stories to “%1”", nullptr, int(rows.size())).arg(title), WindowStatus::MessageTimeout);
}

} // namespace Storydesk
