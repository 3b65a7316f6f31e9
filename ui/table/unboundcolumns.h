#pragma once

#include <QByteArray>
#include <QObject>
#include <QSet>

class QHeaderView;

namespace Storydesk {

class StoryTableModel;

// Hides the story table's columns whose role the site's field map binds to nothing (a Hugo
// site has no heat), and shows them again once a map binds them. Only what it hid comes
// back: a column the editor hid (View ▸ Columns) stays hidden.
class UnboundColumns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnboundColumns)

public:
    // Follows `model`: a folder opened, or a new map applied.
    UnboundColumns(QHeaderView *header, const StoryTableModel *model, QObject *parent = nullptr);

    bool isHiddenByMap(int column) const { return m_hidden.contains(column); }
    // The header's state as the editor left it, as if no map had hidden anything: what the
    // window saves, so that a column a Hugo site hid is back on the next story-format site.
    QByteArray saveState();

public Q_SLOTS:
    void apply();

Q_SIGNALS:
    // Columns were hidden or shown (the View ▸ Columns entries follow).
    void columnsChanged();

private:
    QHeaderView *m_header;
    const StoryTableModel *m_model;
    QSet<int> m_hidden;
};

} // namespace Storydesk
