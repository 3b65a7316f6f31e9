#include "problemsmodel.h"

#include "storyroles.h"
#include "storystore.h"

#include <QDir>
#include <QSet>

#include <algorithm>

namespace Storydesk {

ProblemsModel::ProblemsModel(StoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(100);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ProblemsModel::refresh);
    connect(store, &StoryStore::storiesReset, this, &ProblemsModel::scheduleRefresh);
    connect(store, &StoryStore::storiesAdded, this, &ProblemsModel::scheduleRefresh);
    connect(store, &StoryStore::storiesRemoved, this, &ProblemsModel::scheduleRefresh);
    connect(store, &StoryStore::storyChanged, this, &ProblemsModel::scheduleRefresh);
    refresh();
}

void ProblemsModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

bool ProblemsModel::before(const Row &a, const Row &b)
{
    return std::tie(a.path, a.problem.line, a.problem.column, a.problem.message, a.problem.severity)
        < std::tie(b.path, b.problem.line, b.problem.column, b.problem.message, b.problem.severity);
}

void ProblemsModel::refresh()
{
    m_refreshTimer.stop();
    QList<Row> rows;
    for (int i = 0; i < m_store->count(); ++i) {
        const StorySummary &s = m_store->summary(i);
        for (const Problem &p : s.problems)
            rows.append({s.path, p});
    }
    std::sort(rows.begin(), rows.end(), &ProblemsModel::before);

    // Both lists are sorted: one walk finds the runs to remove and to insert.
    int at = 0;   // position in m_rows, which becomes `rows` as the walk goes
    qsizetype next = 0;
    while (at < m_rows.size() || next < rows.size()) {
        if (next < rows.size() && at < m_rows.size() && m_rows.at(at) == rows.at(next)) {
            ++at;
            ++next;
            continue;
        }
        if (at < m_rows.size() && (next == rows.size() || before(m_rows.at(at), rows.at(next)))) {
            int last = at;
            while (last + 1 < m_rows.size() && (next == rows.size() || before(m_rows.at(last + 1), rows.at(next))))
                ++last;
            beginRemoveRows({}, at, last);
            m_rows.remove(at, last - at + 1);
            endRemoveRows();
            continue;
        }
        qsizetype end = next + 1;
        while (end < rows.size() && (at == m_rows.size() || before(rows.at(end), m_rows.at(at))))
            ++end;
        beginInsertRows({}, at, at + int(end - next) - 1);
        m_rows.insert(at, end - next, Row());
        std::copy(rows.cbegin() + next, rows.cbegin() + end, m_rows.begin() + at);
        endInsertRows();
        at += int(end - next);
        next = end;
    }
}

int ProblemsModel::fileCount() const
{
    QSet<QString> files;
    for (const Row &r : m_rows)
        files.insert(r.path);
    return int(files.size());
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Problem &p = row.problem;
    switch (role) {
    case PathRole:
        return row.path;
    case RawValueRole:
        switch (index.column()) {
        case Severity: return int(p.severity);
        case File: return row.path;
        case Line: return p.line;
        case ColumnNumber: return p.column;
        case Message: return p.message;
        default: return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity: return p.isError() ? tr("error") : tr("warning");
        case File: return QDir(m_store->folder()).relativeFilePath(row.path);
        case Line: return p.line > 0 ? QVariant(p.line) : QVariant();     // 0: the whole file
        case ColumnNumber: return p.line > 0 ? QVariant(p.column) : QVariant();
        case Message: return p.message;
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == File ? row.path : index.column() == Message ? p.message : QString();
    case Qt::TextAlignmentRole:
        return index.column() == Line || index.column() == ColumnNumber ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Severity");
    case File: return tr("File");
    case Line: return tr("Line");
    case ColumnNumber: return tr("Column");
    case Message: return tr("Message");
    default: return {};
    }
}

} // namespace Storydesk
