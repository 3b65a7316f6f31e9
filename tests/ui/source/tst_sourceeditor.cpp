#include "sourceeditor.h"

#include <QTest>
#include <QTextBlock>

using Storydesk::Problem;
using Storydesk::SourceEditor;

namespace {

Problem problem(int line, int column, const QString &message, Problem::Severity severity = Problem::Severity::Error)
{
    Problem p;
    p.severity = severity;
    p.line = line;
    p.column = column;
    p.message = message;
    return p;
}

} // namespace

class TestSourceEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void text_keepsNoBreakSpacesAndLines();
    void setText_keepsTheCursor();
    void setProblems_underlinesFromTheColumnToTheWordsEnd();
    void setProblems_wholeFileProblem_marksTheFirstLine();
    void problemsAt_givesTheLinesMessages();
    void goTo_putsTheCursorOnLineAndColumn();
    void gutter_makesRoomForTheLineNumbers();

private:
    std::unique_ptr<SourceEditor> m_editor;
};

void TestSourceEditor::init()
{
    m_editor = std::make_unique<SourceEditor>();
    m_editor->setPlainText(QStringLiteral("---\ntitle: \"A \"B\" C\"\nquality: 250\n---\n"));
    m_editor->resize(400, 300);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestSourceEditor::cleanup()
{
    m_editor.reset();
}

void TestSourceEditor::text_keepsNoBreakSpacesAndLines()
{
    const QString text = QStringLiteral("---\ntitle: \"10\u00A0km\"\n---\n\nBody");
    m_editor->setPlainText(text);
    QCOMPARE(m_editor->text(), text);
}

void TestSourceEditor::setText_keepsTheCursor()
{
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(10);
    m_editor->setTextCursor(cursor);
    m_editor->setText(QStringLiteral("---\ntitle: \"A\"\nquality: 25\n---\n"));
    QCOMPARE(m_editor->textCursor().position(), 10);
}

void TestSourceEditor::setProblems_underlinesFromTheColumnToTheWordsEnd()
{
    m_editor->setProblems({problem(2, 12, QStringLiteral("end of map not found")),
                           problem(3, 10, QStringLiteral("quality 250 is not between 0 and 100"), Problem::Severity::Warning)});
    const QList<QTextEdit::ExtraSelection> marks = m_editor->extraSelections();
    QCOMPARE(marks.size(), 2);
    const QTextCursor error = marks.at(0).cursor;
    QCOMPARE(error.block().blockNumber(), 1);
    QCOMPARE(error.selectionStart() - error.block().position(), 11);
    QCOMPARE(error.selectedText(), QStringLiteral("B\""));
    QCOMPARE(marks.at(0).format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
    QCOMPARE(marks.at(1).cursor.selectedText(), QStringLiteral("250"));
    QVERIFY(marks.at(0).format.underlineColor() != marks.at(1).format.underlineColor());   // error and warning differ
}

void TestSourceEditor::setProblems_wholeFileProblem_marksTheFirstLine()
{
    m_editor->setProblems({problem(0, 0, QStringLiteral("not UTF-8"))});
    const QList<QTextEdit::ExtraSelection> marks = m_editor->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("---"));
    QCOMPARE(m_editor->problemsAt(1), QStringLiteral("not UTF-8"));
}

void TestSourceEditor::problemsAt_givesTheLinesMessages()
{
    m_editor->setProblems({problem(2, 11, QStringLiteral("first")), problem(2, 3, QStringLiteral("second")),
                           problem(3, 10, QStringLiteral("third"))});
    QCOMPARE(m_editor->problemsAt(2), QStringLiteral("first\nsecond"));
    QCOMPARE(m_editor->problemsAt(4), QString());
}

void TestSourceEditor::goTo_putsTheCursorOnLineAndColumn()
{
    m_editor->goTo(3, 10);
    QCOMPARE(m_editor->textCursor().blockNumber(), 2);
    QCOMPARE(m_editor->textCursor().positionInBlock(), 9);
    m_editor->goTo(2, 500);   // past the end: the end of the line
    QCOMPARE(m_editor->textCursor().blockNumber(), 1);
    QCOMPARE(m_editor->textCursor().positionInBlock(), m_editor->textCursor().block().length() - 1);
}

void TestSourceEditor::gutter_makesRoomForTheLineNumbers()
{
    auto *gutter = m_editor->findChild<QWidget *>(QStringLiteral("sourceGutter"));
    QVERIFY(gutter);
    QVERIFY(gutter->width() >= m_editor->fontMetrics().horizontalAdvance(QStringLiteral("999")));
    QVERIFY(m_editor->viewport()->geometry().left() >= gutter->geometry().right());
}

QTEST_MAIN(TestSourceEditor)
#include "tst_sourceeditor.moc"
