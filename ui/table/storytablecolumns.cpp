#include "storytablecolumns.h"

#include "storytablemodel.h"

#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <utility>

namespace Storydesk {

namespace {

// The columns that step aside for the title, the least needed first, each until the title
// has the characters given; the quality, which triage sorts on, only for a title cut short.
constexpr std::pair<int, int> StepAsideOrder[] = {{StoryTableModel::Heat, StoryTableColumns::TitleCharacters},
                                                  {StoryTableModel::Related, StoryTableColumns::TitleCharacters},
                                                  {StoryTableModel::Category, StoryTableColumns::TitleCharacters},
                                                  {StoryTableModel::Topics, StoryTableColumns::TitleCharacters},
                                                  {StoryTableModel::Quality, StoryTableColumns::TitleCharactersBeforeQuality}};

// Text columns grow with what they show, up to a cap in average characters.
int capOf(int column)
{
    switch (column) {
    case StoryTableModel::Provider: return StoryTableColumns::ProviderCharacters;
    case StoryTableModel::Topics: return 22;
    case StoryTableModel::Category: return 16;
    case StoryTableModel::Status: return 12;   // a broken story's first problem: the tooltip has it all
    default: return 0;
    }
}

} // namespace

StoryTableColumns::StoryTableColumns(QTableView *table, const StoryTableModel *model, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_model(model)
{
    m_fitTimer.setSingleShot(true);
    connect(&m_fitTimer, &QTimer::timeout, this, &StoryTableColumns::fit);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, &StoryTableColumns::sectionResized);
    table->viewport()->installEventFilter(this);
}

void StoryTableColumns::setAutomatic(bool automatic)
{
    if (m_automatic == automatic)
        return;
    m_automatic = automatic;
    QAbstractItemModel *rows = m_table->model();
    if (!automatic) {
        disconnect(rows, nullptr, this, nullptr);
        return;
    }
    // Rows decide the provider's width: a folder loading, a filter, a sort.
    connect(rows, &QAbstractItemModel::modelReset, this, &StoryTableColumns::scheduleFit);
    connect(rows, &QAbstractItemModel::rowsInserted, this, &StoryTableColumns::scheduleFit);
    connect(rows, &QAbstractItemModel::rowsRemoved, this, &StoryTableColumns::scheduleFit);
    connect(rows, &QAbstractItemModel::layoutChanged, this, &StoryTableColumns::scheduleFit);
    scheduleFit();
}

void StoryTableColumns::setChosenByEditor(int column)
{
    m_chosenByEditor.insert(column);
    m_steppedAside.remove(column);
}

bool StoryTableColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && m_automatic)
        scheduleFit();
    return QObject::eventFilter(watched, event);
}

void StoryTableColumns::scheduleFit()
{
    // Once the layout has settled and the rows have arrived: a burst of changes fits once.
    m_fitTimer.start(0);
}

void StoryTableColumns::sectionResized(int column, int oldSize, int newSize)
{
    // Sizes from fit() and the title's stretching are not the editor's; hiding and showing
    // (a size from or to nothing) is no resizing.
    if (m_fitting || column == StoryTableModel::Title || oldSize == 0 || newSize == 0)
        return;
    m_resizedByEditor.insert(column);
}

int StoryTableColumns::padding(const QFontMetrics &metrics) const
{
    // The delegate's margins either side of the text, and a little air.
    const int margin = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    return 2 * margin + metrics.averageCharWidth();
}

int StoryTableColumns::widestCell(int column, const QFontMetrics &metrics) const
{
    const QAbstractItemModel *rows = m_table->model();
    const int count = std::min(rows->rowCount(), MeasuredRows);
    const int cap = capOf(column) * metrics.averageCharWidth();
    int widest = 0;
    for (int row = 0; row < count && widest < cap; ++row)
        widest = std::max(widest, metrics.horizontalAdvance(rows->index(row, column).data(Qt::DisplayRole).toString()));
    return std::min(widest, cap) + padding(metrics);
}

int StoryTableColumns::fittingWidth(int column) const
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const QHeaderView *header = m_table->horizontalHeader();
    // The header's text, the sort arrow and the header's own margins.
    const int headerWidth = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
                            + metrics.height() + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    switch (column) {
    case StoryTableModel::Provider:
    case StoryTableModel::Topics:
    case StoryTableModel::Category:
    case StoryTableModel::Status:
        return std::max(headerWidth, widestCell(column, metrics));
    case StoryTableModel::Date: {
        // As the model writes it: a date, or the time for today's stories.
        const QLocale locale;
        const int date = metrics.horizontalAdvance(locale.toString(QDate(2026, 12, 28), QLocale::ShortFormat));
        const int time = metrics.horizontalAdvance(locale.toString(QTime(23, 59), QLocale::ShortFormat));
        return std::max(headerWidth, std::max(date, time) + padding(metrics));
    }
    default: return std::max(headerWidth, m_model->startingWidth(column, metrics));
    }
}

void StoryTableColumns::fit()
{
    m_fitTimer.stop();
    QHeaderView *header = m_table->horizontalHeader();
    const QScopedValueRollback fitting(m_fitting, true);
    const int available = m_table->viewport()->width();
    if (available <= 0)
        return;

    // What each column would take, the ones that stepped aside before counted back in; never
    // one whose role the site's field map leaves out (UnboundColumns hides those).
    int widths[StoryTableModel::ColumnCount] = {};
    bool shown[StoryTableModel::ColumnCount] = {};
    int others = 0;
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column) {
        shown[column] = (!header->isSectionHidden(column) || m_steppedAside.contains(column)) && m_model->isColumnBound(column);
        if (column == StoryTableModel::Title || !shown[column])
            continue;
        widths[column] = m_resizedByEditor.contains(column) ? header->sectionSize(column) : fittingWidth(column);
        others += widths[column];
    }

    // The least needed step aside until the title has its room; never one the editor chose.
    const int character = m_table->fontMetrics().averageCharWidth();
    QSet<int> steppedAside;
    for (const auto &[column, titleCharacters] : StepAsideOrder) {
        if (available - others >= titleCharacters * character)
            continue;
        if (!shown[column] || m_chosenByEditor.contains(column))
            continue;
        shown[column] = false;
        steppedAside.insert(column);
        others -= widths[column];
    }

    bool changed = false;
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column) {
        if (column == StoryTableModel::Title)
            continue;   // it stretches into what is left
        if (header->isSectionHidden(column) == shown[column]) {
            header->setSectionHidden(column, !shown[column]);
            changed = true;
        }
        if (shown[column] && header->sectionSize(column) != widths[column])
            header->resizeSection(column, widths[column]);
    }
    m_steppedAside = steppedAside;
    if (changed)
        Q_EMIT shownColumnsChanged();
}

} // namespace Storydesk
