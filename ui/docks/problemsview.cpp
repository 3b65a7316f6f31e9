#include "problemsview.h"

#include "problemsmodel.h"
#include "storyroles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Storydesk {

ProblemsView::ProblemsView(StoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(store, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_list(new QTreeView(this))
{
    m_filter->setObjectName(QStringLiteral("problemsFilter"));
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_list->setObjectName(QStringLiteral("problemsList"));

    m_proxy->setSourceModel(m_model);
    // Sorted on typed values (lines as numbers), filtered on what is shown.
    m_proxy->setSortRole(RawValueRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_filter->setPlaceholderText(tr("Filter problems by file or message"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ProblemsModel::File, Qt::AscendingOrder);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(true);
    const int charWidth = fontMetrics().averageCharWidth();
    header->resizeSection(ProblemsModel::Severity, 10 * charWidth);
    header->resizeSection(ProblemsModel::File, 55 * charWidth);
    header->resizeSection(ProblemsModel::Line, 7 * charWidth);
    header->resizeSection(ProblemsModel::ColumnNumber, 9 * charWidth);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list);

    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int row = m_proxy->mapToSource(index).row();
        const Problem &p = m_model->problemAt(row);
        Q_EMIT problemActivated(m_model->pathAt(row), p.line, p.column);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProblemsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ProblemsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProblemsView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ProblemsView::updateSummary);
    updateSummary();
}

void ProblemsView::updateSummary()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const int files = m_model->fileCount();
    QString text = shown == all ? tr("Problems: %L1, files: %L2").arg(all).arg(files) : tr("Problems: %L1 of %L2").arg(shown).arg(all);
    m_summary->setText(text);
}

} // namespace Storydesk
