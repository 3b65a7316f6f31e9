#include "sourceeditor.h"
#include "sourceview.h"
#include "storyform.h"
#include "testsite.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using Storydesk::Problem;
using Storydesk::SourceEditor;
using Storydesk::SourceView;
using Storydesk::StoryForm;

class TestSourceView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void severalStories_saySelectOne();
    void oneStory_showsItsFileWithNoProblems();
    void brokenStory_marksTheErrorAtItsLineAndColumn();
    void problemActivated_putsTheCursorThere();
    void invalidEdit_isMarkedAndNotApplied();
    void validEdit_updatesTheStoreAsOneUndoStep();
    void ctrlReturn_applies();
    void formEdit_showsInTheSourceAtOnce();
    void storyChangedWhileTyping_keepsTheTextAndOffersReload();
    void otherStory_keepsTextThatCannotBeApplied();
    void brokenStory_repairedAppliedAndSaved();
    void brokenStoryRepair_undoBringsTheFileBack();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_view->findChild<T *>(QString::fromLatin1(name));
    }
    SourceEditor *editor() const { return m_view->editor(); }
    QString a() const { return m_site->path(QStringLiteral("a.md")); }
    int rowOf(const QString &path) const { return m_site->store.indexOf(path); }
    // Types over the text, as an editor would, without applying it.
    void type(const QString &text);

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<SourceView> m_view;
};

void TestSourceView::init()
{
    m_site = std::make_unique<TestSite>();
    QVERIFY(m_site->open());
    m_view = std::make_unique<SourceView>(&m_site->editor, &m_site->undoStack);
    m_view->resize(700, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->activateWindow();
}

void TestSourceView::cleanup()
{
    m_view.reset();
    m_site.reset();
}

void TestSourceView::type(const QString &text)
{
    QTextCursor cursor(editor()->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

void TestSourceView::severalStories_saySelectOne()
{
    m_view->setStories(m_site->abc());
    auto *placeholder = child<QLabel>("sourcePlaceholder");
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("Select one story to see its source."));
    QVERIFY(!editor()->isVisible());
    m_view->setStories({a()});
    QVERIFY(!placeholder->isVisible());
    QVERIFY(editor()->isVisible());
}

void TestSourceView::oneStory_showsItsFileWithNoProblems()
{
    m_view->setStories({a()});
    QCOMPARE(editor()->text().toUtf8(), TestSite::A);
    QVERIFY(m_view->problems().isEmpty());
    QVERIFY(!child<QListWidget>("sourceProblems")->isVisible());
    QVERIFY(!m_view->hasUnappliedEdits());
    QVERIFY(!child<QPushButton>("applySourceButton")->isEnabled());
}

void TestSourceView::brokenStory_marksTheErrorAtItsLineAndColumn()
{
    // title: "A "quoted" word" — the scalar "A " ends before `quoted`, at column 12.
    m_view->setStories({m_site->broken()});
    QCOMPARE(m_view->problems().size(), 1);
    const Problem problem = m_view->problems().first();
    QVERIFY(problem.isError());
    QCOMPARE(problem.line, 2);
    QCOMPARE(problem.column, 12);
    QCOMPARE(editor()->extraSelections().size(), 1);
    QCOMPARE(editor()->extraSelections().first().cursor.blockNumber(), 1);
    QCOMPARE(editor()->problemsAt(2), problem.message);
    auto *list = child<QListWidget>("sourceProblems");
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Line 2, column 12: ")), qPrintable(list->item(0)->text()));
}

void TestSourceView::problemActivated_putsTheCursorThere()
{
    m_view->setStories({m_site->broken()});
    auto *list = child<QListWidget>("sourceProblems");
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(editor()->textCursor().blockNumber(), 1);
    QCOMPARE(editor()->textCursor().positionInBlock(), 11);
    QVERIFY(editor()->hasFocus());
}

void TestSourceView::invalidEdit_isMarkedAndNotApplied()
{
    m_view->setStories({a()});
    const QByteArray before = m_site->bytes(a());
    const QString title = m_site->store.summary(rowOf(a())).title;
    QString text = QString::fromUtf8(TestSite::A);
    text.replace(QStringLiteral("type: article"), QStringLiteral("type: \"an \"article\"\""));
    type(text);
    QVERIFY(m_view->hasUnappliedEdits());
    QVERIFY(child<QPushButton>("applySourceButton")->isEnabled());

    QVERIFY(!m_view->apply());
    QCOMPARE(m_view->problems().size(), 1);
    QVERIFY(m_view->problems().first().isError());
    QCOMPARE(m_view->problems().first().line, 8);
    QCOMPARE(m_view->problems().first().column, 12);   // type: "an "article"" — at `article`
    QCOMPARE(editor()->extraSelections().first().cursor.blockNumber(), 7);
    QVERIFY(child<QLabel>("sourceStatus")->text().startsWith(QStringLiteral("Not applied")));
    // Nothing moved: not the file, not the store, not the undo stack; the text stays.
    QCOMPARE(m_site->bytes(a()), before);
    QCOMPARE(m_site->editor.text(a()).value(), TestSite::A);
    QVERIFY(!m_site->editor.isModified(a()));
    QCOMPARE(m_site->store.summary(rowOf(a())).title, title);
    QCOMPARE(m_site->undoStack.count(), 0);
    QCOMPARE(editor()->text(), text);
    QVERIFY(m_view->hasUnappliedEdits());
}

void TestSourceView::validEdit_updatesTheStoreAsOneUndoStep()
{
    m_view->setStories({a()});
    QString text = QString::fromUtf8(TestSite::A);
    text.replace(QStringLiteral("quality: 55 # checked by desk"), QStringLiteral("quality: 70 # checked by desk"));
    text.replace(QStringLiteral("The chipmaker says"), QStringLiteral("The chip maker says"));   // the body too
    type(text);
    QVERIFY(m_view->apply());
    QVERIFY(!m_view->hasUnappliedEdits());
    QCOMPARE(m_site->store.summary(rowOf(a())).quality, qint16(70));
    QVERIFY(m_site->store.isDirty(rowOf(a())));
    QCOMPARE(m_site->editor.text(a()).value(), text.toUtf8());
    QCOMPARE(m_site->bytes(a()), TestSite::A);   // saving is a separate step
    QCOMPARE(m_site->undoStack.count(), 1);
    QVERIFY(m_site->undoStack.undoText().contains(QStringLiteral("a.md")));

    m_site->undoStack.undo();
    QCOMPARE(m_site->editor.text(a()).value(), TestSite::A);
    QCOMPARE(editor()->text().toUtf8(), TestSite::A);   // the view follows the story
    QCOMPARE(m_site->store.summary(rowOf(a())).quality, qint16(55));
    QVERIFY(!m_site->editor.isModified(a()));
    m_site->undoStack.redo();
    QCOMPARE(editor()->text(), text);
    QCOMPARE(m_site->store.summary(rowOf(a())).quality, qint16(70));
}

void TestSourceView::ctrlReturn_applies()
{
    m_view->setStories({m_site->path(QStringLiteral("c.md"))});
    editor()->setFocus();
    editor()->goTo(4, 13);   // after "quality: 40"
    QTest::keyClick(editor(), Qt::Key_Backspace);
    QTest::keyClick(editor(), Qt::Key_5);
    QVERIFY(m_view->hasUnappliedEdits());
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!m_view->hasUnappliedEdits());
    QCOMPARE(m_site->quality(m_site->path(QStringLiteral("c.md"))), 45);
    QVERIFY(!editor()->text().contains(QStringLiteral("45\n\n")));   // no line break typed
}

void TestSourceView::formEdit_showsInTheSourceAtOnce()
{
    StoryForm form(&m_site->editor, m_site->store.topicIndex(), &m_site->undoStack);
    form.setStories({a()});
    m_view->setStories({a()});
    form.findChild<QCheckBox *>(QStringLiteral("publishedCheckBox"))->click();
    QVERIFY(editor()->text().contains(QStringLiteral("\npublished: false\n")));
    QCOMPARE(editor()->text().toUtf8(), m_site->editor.text(a()).value());
    QVERIFY(!m_view->hasUnappliedEdits());
}

void TestSourceView::storyChangedWhileTyping_keepsTheTextAndOffersReload()
{
    m_view->setStories({a()});
    const QString typed = editor()->text() + QStringLiteral("More body.\n");
    type(typed);
    QVERIFY(m_site->editor.setValue(a(), Storydesk::YamlPath({QStringLiteral("quality")}), Storydesk::YamlValue::integer(60)));
    QCOMPARE(editor()->text(), typed);   // never clobbered
    auto *notice = child<QWidget>("sourceChangedNotice");
    QVERIFY(notice->isVisible());
    child<QPushButton>("reloadSource")->click();
    QVERIFY(!notice->isVisible());
    QCOMPARE(editor()->text().toUtf8(), m_site->editor.text(a()).value());
    QVERIFY(editor()->text().contains(QStringLiteral("quality: 60")));
    QVERIFY(!m_view->hasUnappliedEdits());
}

void TestSourceView::otherStory_keepsTextThatCannotBeApplied()
{
    m_view->setStories({a()});
    const QString broken = QStringLiteral("---\ntitle: \"x \"y\"\n---\n");
    type(broken);
    m_view->setStories({m_site->path(QStringLiteral("b.md"))});
    QVERIFY(!m_site->editor.isModified(a()));
    QVERIFY(!m_view->hasUnappliedEdits());
    m_view->setStories({a()});
    QCOMPARE(editor()->text(), broken);
    QVERIFY(m_view->hasUnappliedEdits());
    QVERIFY(!m_view->problems().isEmpty());
}

void TestSourceView::brokenStory_repairedAppliedAndSaved()
{
    const QString path = m_site->broken();
    QVERIFY(m_site->store.summary(rowOf(path)).broken);
    m_view->setStories({path});
    const QString repaired = QStringLiteral("---\ntitle: \"A \\\"quoted\\\" word\"\nquality: 10\n---\n");
    type(repaired);
    QVERIFY(m_view->apply());
    QVERIFY(m_view->problems().isEmpty());
    QVERIFY(!m_site->store.summary(rowOf(path)).broken);
    QCOMPARE(m_site->store.summary(rowOf(path)).title, QStringLiteral("A \"quoted\" word"));
    QString error;
    QCOMPARE(m_site->editor.save(path, &error), Storydesk::StoryEditor::SaveOutcome::Saved);
    QCOMPARE(m_site->bytes(path), repaired.toUtf8());
    QCOMPARE(editor()->text(), repaired);
}

void TestSourceView::brokenStoryRepair_undoBringsTheFileBack()
{
    const QString path = m_site->broken();
    const QByteArray original = m_site->bytes(path);
    m_view->setStories({path});
    type(QStringLiteral("---\ntitle: \"Fixed\"\nquality: 10\n---\n"));
    QVERIFY(m_view->apply());
    m_site->undoStack.undo();
    QVERIFY(!m_site->editor.isModified(path));
    QVERIFY(m_site->store.summary(rowOf(path)).broken);
    QCOMPARE(editor()->text().toUtf8(), original);
    QCOMPARE(m_view->problems().size(), 1);
}

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
