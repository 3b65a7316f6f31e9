#pragma once

#include "problem.h"

#include <QPlainTextEdit>

class QHelpEvent;

namespace Storydesk {

class SourceHighlighter;

// A story file's text, syntax-highlighted, with line numbers in a gutter and problems
// marked where they are: the offending range underlined as a spelling error would be, a
// marker in the gutter, the message as the tooltip of its line. Colours follow the palette.
class SourceEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceEditor)

public:
    explicit SourceEditor(QWidget *parent = nullptr);
    // The gutter forwards its events here: it must go before this object stops being a SourceEditor.
    ~SourceEditor() override;

    // The text exactly as typed: toPlainText() would turn no-break spaces into spaces.
    QString text() const;
    // Replaces the text, keeping the cursor and the scroll position where they can stay.
    void setText(const QString &text);

    // Problems in file lines and columns (1-based; line 0 is the whole file).
    void setProblems(const Problems &problems);
    const Problems &problems() const { return m_problems; }
    // The messages of the problems on a line (1-based), one per line of text.
    QString problemsAt(int line) const;
    // Puts the cursor on a problem's line and column and shows it.
    void goTo(int line, int column);

    SourceHighlighter *highlighter() const { return m_highlighter; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    class Gutter;
    friend class Gutter;

    int gutterWidth() const;
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void paintGutter(QPaintEvent *event);
    bool gutterEvent(QEvent *event);
    void showProblemsTip(const QHelpEvent *event, int line, QWidget *over) const;
    void updateMarks();
    int lineAt(const QPoint &viewportPosition) const;

    SourceHighlighter *m_highlighter;
    Gutter *m_gutter;
    Problems m_problems;
};

} // namespace Storydesk
