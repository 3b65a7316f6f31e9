#include "sourceeditor.h"

#include "sourcecolors.h"
#include "sourcehighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

namespace Storydesk {

namespace {

constexpr QChar ParagraphSeparator(0x2029);
constexpr int GutterPadding = 4;

} // namespace

// The line numbers and problem markers at the editor's left.
class SourceEditor::Gutter final : public QWidget
{
public:
    explicit Gutter(SourceEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(QStringLiteral("sourceGutter"));
    }

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    bool event(QEvent *event) override { return m_editor->gutterEvent(event) || QWidget::event(event); }

private:
    SourceEditor *m_editor;
};

SourceEditor::SourceEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(SourceHighlighter::create(document()))
    , m_gutter(new Gutter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Wrapped: the editor area is narrow, and titles and excerpts are long lines. Numbers and
    // markers sit on the first line of their block.
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(true);   // YAML has no tabs; Tab moves on, as everywhere in the window
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) { updateGutter(rect, dy); });
    connect(this, &QPlainTextEdit::cursorPositionChanged, m_gutter, qOverload<>(&QWidget::update));   // the current line's number is bold
    updateGutterWidth();
    m_highlighter->setPalette(palette());
}

SourceEditor::~SourceEditor()
{
    // Slots of this class must not run while the base classes tear down.
    disconnect(this, nullptr, this, nullptr);
    delete m_gutter;
    m_gutter = nullptr;
}

QString SourceEditor::text() const
{
    QString text = document()->toRawText();
    text.replace(ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

void SourceEditor::setText(const QString &text)
{
    if (text == this->text())
        return;
    const int position = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    setPlainText(text);
    QTextCursor cursor = textCursor();
    cursor.setPosition(qMin(position, document()->characterCount() - 1));
    setTextCursor(cursor);
    verticalScrollBar()->setValue(scroll);
}

void SourceEditor::setProblems(const Problems &problems)
{
    m_problems = problems;
    updateMarks();
    m_gutter->update();
}

QString SourceEditor::problemsAt(int line) const
{
    QStringList messages;
    for (const Problem &problem : m_problems) {
        if (qMax(problem.line, 1) == line)
            messages.append(problem.message);
    }
    return messages.join(QLatin1Char('\n'));
}

void SourceEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(line, 1) - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + qBound(0, column - 1, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
}

int SourceEditor::gutterWidth() const
{
    int digits = 1;
    for (int lines = qMax(1, blockCount()); lines >= 10; lines /= 10)
        ++digits;
    digits = qMax(digits, 3);   // no jump in width between line 99 and 100
    const int marker = fontMetrics().height();
    return GutterPadding + marker + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 2 * GutterPadding;
}

void SourceEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void SourceEditor::updateGutter(const QRect &rect, int dy)
{
    if (!m_gutter)
        return;
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void SourceEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void SourceEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // A light or dark palette: the highlighter and the marks pick their colours again.
        m_highlighter->setPalette(palette());
        updateMarks();
        m_gutter->update();
    } else if (event->type() == QEvent::FontChange) {
        updateGutterWidth();
    }
}

void SourceEditor::updateMarks()
{
    const SourceColors colors = SourceColors::fromPalette(palette());
    QList<QTextEdit::ExtraSelection> selections;
    for (const Problem &problem : std::as_const(m_problems)) {
        const QTextBlock block = document()->findBlockByNumber(qMax(problem.line, 1) - 1);
        if (!block.isValid())
            continue;
        // From the column to the end of the word there, or the whole line for problems of
        // the whole file; an error past the line's end marks its last character.
        const QString line = block.text();
        qsizetype begin = problem.line > 0 ? qBound(0, problem.column - 1, int(line.size())) : 0;
        qsizetype end = begin;
        if (problem.line <= 0) {
            end = line.size();
        } else {
            while (end < line.size() && !line.at(end).isSpace())
                ++end;
            if (end == begin && begin > 0)
                --begin;
            if (end == begin)
                end = line.size();
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.setPosition(block.position() + int(begin));
        selection.cursor.setPosition(block.position() + int(qMax(end, begin + 1)), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        selection.format.setUnderlineColor(problem.isError() ? colors.error : colors.warning);
        selection.format.setToolTip(problem.message);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void SourceEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette colors = palette();
    painter.fillRect(event->rect(), colors.color(QPalette::Window));
    const SourceColors marks = SourceColors::fromPalette(colors);

    QHash<int, bool> errorByLine;   // the lines with problems: true when one is an error
    for (const Problem &problem : std::as_const(m_problems)) {
        bool &error = errorByLine[qMax(problem.line, 1)];
        error = error || problem.isError();
    }

    const int marker = fontMetrics().height();
    const int lineHeight = fontMetrics().lineSpacing();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            if (const auto it = errorByLine.constFind(line); it != errorByLine.cend()) {
                // A filled dot: red for an error, amber for a warning.
                const int size = marker * 3 / 5;
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(*it ? marks.error : marks.warning);
                painter.drawEllipse(QRect(GutterPadding + (marker - size) / 2, top + (lineHeight - size) / 2, size, size));
            }
            QFont font = this->font();
            font.setBold(block.blockNumber() == current);
            painter.setFont(font);
            painter.setPen(colors.color(block.blockNumber() == current ? QPalette::WindowText : QPalette::PlaceholderText));
            painter.drawText(QRect(0, top, m_gutter->width() - GutterPadding, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(line));
        }
        block = block.next();
        top += height;
    }
}

int SourceEditor::lineAt(const QPoint &viewportPosition) const
{
    return cursorForPosition(viewportPosition).blockNumber() + 1;
}

void SourceEditor::showProblemsTip(const QHelpEvent *event, int line, QWidget *over) const
{
    const QString messages = problemsAt(line);
    if (messages.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), messages, over);
}

bool SourceEditor::gutterEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    const auto *help = static_cast<QHelpEvent *>(event);
    showProblemsTip(help, lineAt(QPoint(0, help->pos().y())), m_gutter);
    return true;
}

bool SourceEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // Hovering anywhere on a line with problems says what they are.
        const auto *help = static_cast<QHelpEvent *>(event);
        showProblemsTip(help, lineAt(help->pos()), viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace Storydesk
