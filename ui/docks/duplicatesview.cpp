#include "duplicatesview.h"

#include "duplicateindex.h"
#include "duplicateresolution.h"
#include "duplicatesmodel.h"
#include "setvaluecommand.h"
#include "storyroles.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Storydesk {

DuplicatesView::DuplicatesView(DuplicateIndex *index, StoryStore *store, StoryEditor *editor, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_model(new DuplicatesModel(index, store, this))
    , m_editor(editor)
    , m_undoStack(undoStack)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_unpublishButton(new QPushButton(tr("Keep This, &Unpublish the Others"), this))
    , m_attachButton(new QPushButton(tr("Keep This, &Attach the Others as Related"), this))
{
    m_summary->setObjectName(QStringLiteral("duplicatesSummary"));
    m_tree->setObjectName(QStringLiteral("duplicatesTree"));
    m_unpublishButton->setObjectName(QStringLiteral("keepAndUnpublish"));
    m_attachButton->setObjectName(QStringLiteral("keepAndAttach"));
    m_unpublishButton->setToolTip(tr("Sets published: false on every other story of the group"));
    m_attachButton->setToolTip(tr("Adds the other stories of the group to this one's related coverage (except those with "
                                  "this story's own link) and sets published: false on them"));

    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DuplicatesModel::Title, QHeaderView::Stretch);
    const int charWidth = fontMetrics().averageCharWidth();
    m_tree->header()->resizeSection(DuplicatesModel::Provider, 18 * charWidth);
    m_tree->header()->resizeSection(DuplicatesModel::Date, fontMetrics().horizontalAdvance(QStringLiteral("28 Dec 2026 23:59:59")) + 4 * charWidth);
    m_tree->header()->resizeSection(DuplicatesModel::Quality, 9 * charWidth);
    m_tree->header()->resizeSection(DuplicatesModel::Published, 14 * charWidth);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_unpublishButton);
    buttons->addWidget(m_attachButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &DuplicatesView::aboutToReset);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DuplicatesView::reset);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DuplicatesView::updateState);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString path = m_model->pathAt(index);
        if (!path.isEmpty())
            Q_EMIT storyActivated(path);
    });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) { m_collapsed.append(m_model->groupAt(index).value(0)); });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) { m_collapsed.removeAll(m_model->groupAt(index).value(0)); });
    connect(m_unpublishButton, &QPushButton::clicked, this, &DuplicatesView::keepAndUnpublish);
    connect(m_attachButton, &QPushButton::clicked, this, &DuplicatesView::keepAndAttach);
    reset();
}

QString DuplicatesView::currentStory() const
{
    return m_model->pathAt(m_tree->currentIndex());
}

void DuplicatesView::setCurrentStory(const QString &path)
{
    const QModelIndex index = m_model->indexOf(path);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void DuplicatesView::aboutToReset()
{
    m_keptCurrent = currentStory();
}

void DuplicatesView::reset()
{
    // Groups open by default: the stories are what the editor compares.
    const QSignalBlocker blocker(m_tree);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        m_tree->setExpanded(group, !m_collapsed.contains(m_model->groupAt(group).value(0)));
    }
    setCurrentStory(m_keptCurrent);
    updateState();
}

void DuplicatesView::updateState()
{
    const bool picked = !currentStory().isEmpty();
    m_unpublishButton->setEnabled(picked);
    m_attachButton->setEnabled(picked);
    const int groups = m_model->rowCount();
    if (groups == 0)
        m_summary->setText(tr("No duplicates"));
    else if (!picked)
        m_summary->setText(tr("Groups: %L1, stories: %L2. Pick the story to keep").arg(groups).arg(m_model->storyCount()));
    else
        m_summary->setText(tr("Groups: %L1, stories: %L2").arg(groups).arg(m_model->storyCount()));
}

void DuplicatesView::keepAndUnpublish()
{
    const QString keep = currentStory();
    if (keep.isEmpty())
        return;
    // Core works out the edit; it is one undo step here.
    const DuplicateResolution resolution = DuplicateResolution::keepAndUnpublish(*m_editor, keep, m_model->groupAt(m_tree->currentIndex()));
    SetValueCommand::push(m_undoStack, m_editor, resolution.plan(),
                          tr("Keep One, Unpublish %Ln Duplicate(s)", nullptr, int(resolution.others().size())));
    const DuplicateResolution::Outcome outcome = resolution.outcome(*m_editor);
    // Says what became of the group, not a bare count that reads like the status bar's.
    QString text = tr("Kept %1, unpublished %Ln other(s)", nullptr, int(outcome.unpublished.size())).arg(QFileInfo(keep).fileName());
    if (!outcome.notes.isEmpty())
        text += QStringLiteral("; ") + outcome.notes.join(QStringLiteral("; "));
    Q_EMIT notice(text);
}

void DuplicatesView::keepAndAttach()
{
    const QString keep = currentStory();
    if (keep.isEmpty())
        return;
    const DuplicateResolution resolution = DuplicateResolution::keepAndAttach(*m_editor, keep, m_model->groupAt(m_tree->currentIndex()));
    SetValueCommand::push(m_undoStack, m_editor, resolution.plan(),
                          tr("Keep One, Attach %Ln Duplicate(s) as Related", nullptr, int(resolution.others().size())));
    const DuplicateResolution::Outcome outcome = resolution.outcome(*m_editor);
    QString text = tr("Kept %1, attached %L2 as related coverage, unpublished %Ln other(s)", nullptr, int(outcome.unpublished.size()))
                       .arg(QFileInfo(keep).fileName())
                       .arg(outcome.attached);
    if (!outcome.notes.isEmpty())
        text += QStringLiteral("; ") + outcome.notes.join(QStringLiteral("; "));
    Q_EMIT notice(text);
}

} // namespace Storydesk
