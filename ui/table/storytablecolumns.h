#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

class QFontMetrics;
class QTableView;

namespace Storydesk {

class StoryTableModel;

// Fits the story table's columns to the window: each column as wide as what it shows (the
// provider as its longest name among the listed stories, up to a cap; the date as the locale
// writes it), the title takes the rest, and on a narrow table the least needed columns step
// aside until the title has room. The editor's hand wins: a column they resized keeps its
// width, one they showed or hid from the header's menu stays so. Which columns exist is not
// its business: a column hidden by anyone else simply takes no width.
class StoryTableColumns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryTableColumns)

public:
    // What the title gets before the least needed columns step aside, in average characters
    // (a headline of nine or ten words), and before the quality, which triage sorts on, does.
    static constexpr int TitleCharacters = 56;
    static constexpr int TitleCharactersBeforeQuality = 40;
    // The widest a provider's column grows, in average characters: a long name ("Le Quotidien
    // de Lausanne", 24) whole, a pathological one cut.
    static constexpr int ProviderCharacters = 28;
    // The rows measured, from the top of the list: what the editor sees first.
    static constexpr int MeasuredRows = 2000;

    // `model` is the table's source model (the view shows it through a proxy).
    StoryTableColumns(QTableView *table, const StoryTableModel *model, QObject *parent = nullptr);

    // Fits now. setAutomatic(true) fits again whenever the table's width or its rows change.
    void fit();
    void setAutomatic(bool automatic);
    // The editor showed or hid `column` (View ▸ Columns, the header's menu): never undone here.
    void setChosenByEditor(int column);
    // The width `column` gets from fit() unless the editor resized it.
    int fittingWidth(int column) const;
    // The columns that stepped aside for the title.
    QSet<int> steppedAside() const { return m_steppedAside; }

Q_SIGNALS:
    // fit() showed or hid columns (the View menu's check marks follow).
    void shownColumnsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sectionResized(int column, int oldSize, int newSize);
    void scheduleFit();
    // The widest text `column` shows in the measured rows, plus the cell's padding.
    int widestCell(int column, const QFontMetrics &metrics) const;
    int padding(const QFontMetrics &metrics) const;

    QTableView *m_table;
    const StoryTableModel *m_model;
    QSet<int> m_resizedByEditor;
    QSet<int> m_chosenByEditor;
    QSet<int> m_steppedAside;
    QTimer m_fitTimer;
    bool m_fitting = false;
    bool m_automatic = false;
};

} // namespace Storydesk
