#include "unboundcolumns.h"

#include "storytablemodel.h"

#include <QHeaderView>

namespace Storydesk {

UnboundColumns::UnboundColumns(QHeaderView *header, const StoryTableModel *model, QObject *parent)
    : QObject(parent)
    , m_header(header)
    , m_model(model)
{
    connect(model, &StoryTableModel::columnsBoundChanged, this, &UnboundColumns::apply);
    apply();
}

void UnboundColumns::apply()
{
    bool changed = false;
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column) {
        const bool bound = m_model->isColumnBound(column);
        if (!bound && !m_header->isSectionHidden(column)) {
            m_header->setSectionHidden(column, true);
            m_hidden.insert(column);
            changed = true;
        } else if (bound && m_hidden.remove(column)) {
            m_header->setSectionHidden(column, false);
            changed = true;
        }
    }
    if (changed)
        Q_EMIT columnsChanged();
}

QByteArray UnboundColumns::saveState()
{
    for (const int column : std::as_const(m_hidden))
        m_header->setSectionHidden(column, false);
    const QByteArray state = m_header->saveState();
    for (const int column : std::as_const(m_hidden))
        m_header->setSectionHidden(column, true);
    return state;
}

} // namespace Storydesk
