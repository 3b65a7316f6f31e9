#include "testsite.h"
#include "topicchip.h"
#include "topiceditor.h"
#include "topicindex.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>
#include <QToolButton>

using Storydesk::TopicChip;
using Storydesk::TopicEditor;

class TestTopicEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void setTopics_showsChipsInOrder_partialOnesDistinct();
    void enter_requestsTheTypedTopic_inTheSiteSpelling_data();
    void enter_requestsTheTypedTopic_inTheSiteSpelling();
    void enter_withNothingTyped_requestsNothing();
    void comma_endsATopic_typedOrPasted();
    void backspaceInEmptyField_requestsRemovingTheLastChip();
    void backspaceWithText_onlyEditsTheText();
    void duplicate_isRefusedWithAFlash();
    void newTopic_isMarkedNew_knownOneIsNot();
    void removeButtonAndDeleteKey_requestRemoval();
    void completer_offersTopicsByUse_caseInsensitive();
    void completer_followsTheIndex();
    void completerPick_requestsAddingOnce();
    void setTopics_keepsTheFieldsTextAndFocus();
    void chips_areInTheTabOrderBeforeTheField();
    void focusEditor_putsTheKeyboardInTheField();

private:
    QLineEdit *lineEdit() const { return m_editor->findChild<QLineEdit *>(QStringLiteral("topicLineEdit")); }
    QList<TopicChip *> chips() const { return visibleChips(m_editor.get()); }
    TopicChip *chip(const QString &topic) const { return visibleChip(m_editor.get(), topic); }

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<TopicEditor> m_editor;
};

void TestTopicEditor::init()
{
    m_site = std::make_unique<TestSite>();
    QVERIFY(m_site->open());
    m_editor = std::make_unique<TopicEditor>(m_site->store.topicIndex());
    m_editor->resize(600, 120);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestTopicEditor::cleanup()
{
    m_editor.reset();
    m_site.reset();
}

void TestTopicEditor::setTopics_showsChipsInOrder_partialOnesDistinct()
{
    m_editor->setTopics({{QStringLiteral("Chips"), 1}, {QStringLiteral("AI"), 3}, {QStringLiteral("Space"), 2}}, 3);
    QCOMPARE(m_editor->topics(), (QStringList{QStringLiteral("Chips"), QStringLiteral("AI"), QStringLiteral("Space")}));
    const QList<TopicChip *> shown = chips();
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown.at(0)->topic(), QStringLiteral("Chips"));
    QVERIFY(shown.at(0)->isPartial());
    QCOMPARE(shown.at(0)->toolTip(), QStringLiteral("On 1 of 3 stories"));
    QVERIFY(!shown.at(1)->isPartial());
    QVERIFY(!shown.at(1)->toolTip().contains(QStringLiteral("stories")));
    QVERIFY(shown.at(2)->toolTip().startsWith(QStringLiteral("On 2 of 3 stories")));
    QCOMPARE(shown.at(1)->accessibleName(), QStringLiteral("Topic AI"));   // what a screen reader says (#21)
    QVERIFY(shown.at(0)->accessibleDescription().contains(QStringLiteral("On 1 of 3 stories")));
    QCOMPARE(shown.at(1)->findChild<QToolButton *>()->accessibleName(), QStringLiteral("Remove topic AI"));
    QCOMPARE(m_editor->accessibleName(), QStringLiteral("Topics"));
    QCOMPARE(lineEdit()->accessibleName(), QStringLiteral("Add a topic"));
}

void TestTopicEditor::enter_requestsTheTypedTopic_inTheSiteSpelling_data()
{
    QTest::addColumn<int>("chipsCount");   // 0: no chips; 2: AI on both stories, Chips on one
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("requested");
    QTest::newRow("new topic, spaces trimmed") << 0 << QStringLiteral("  Climate   Tech ") << QStringLiteral("Climate Tech");
    QTest::newRow("known topic, other case") << 0 << QStringLiteral("robotics") << QStringLiteral("Robotics");
    QTest::newRow("on some stories: added to the others") << 2 << QStringLiteral("CHIPS") << QStringLiteral("Chips");
}

void TestTopicEditor::enter_requestsTheTypedTopic_inTheSiteSpelling()
{
    QFETCH(int, chipsCount);
    QFETCH(QString, typed);
    QFETCH(QString, requested);
    if (chipsCount > 0)
        m_editor->setTopics({{QStringLiteral("AI"), 2}, {QStringLiteral("Chips"), 1}}, 2);
    QSignalSpy added(m_editor.get(), &TopicEditor::addRequested);
    QTest::keyClicks(lineEdit(), typed);
    QTest::keyClick(lineEdit(), Qt::Key_Return);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().toStringList(), QStringList{requested});
    QCOMPARE(lineEdit()->text(), QString());
}

void TestTopicEditor::enter_withNothingTyped_requestsNothing()
{
    QSignalSpy added(m_editor.get(), &TopicEditor::addRequested);
    QTest::keyClicks(lineEdit(), QStringLiteral("   "));
    QTest::keyClick(lineEdit(), Qt::Key_Return);
    QTest::keyClick(lineEdit(), Qt::Key_Return);
    QCOMPARE(added.size(), 0);
}

void TestTopicEditor::comma_endsATopic_typedOrPasted()
{
    QSignalSpy added(m_editor.get(), &TopicEditor::addRequested);
    QTest::keyClicks(lineEdit(), QStringLiteral("Policy, Quantum,Edu"));
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.at(0).first().toStringList(), QStringList{QStringLiteral("Policy")});
    QCOMPARE(added.at(1).first().toStringList(), QStringList{QStringLiteral("Quantum")});
    QCOMPARE(lineEdit()->text(), QStringLiteral("Edu"));

    // A pasted list arrives in one piece: one request for all of it.
    lineEdit()->clear();
    added.clear();
    lineEdit()->insert(QStringLiteral("Law, Ethics, Law,"));
    Q_EMIT lineEdit()->textEdited(lineEdit()->text());
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().toStringList(), (QStringList{QStringLiteral("Law"), QStringLiteral("Ethics")}));
    QCOMPARE(lineEdit()->text(), QString());
}

void TestTopicEditor::backspaceInEmptyField_requestsRemovingTheLastChip()
{
    m_editor->setTopics({{QStringLiteral("Chips"), 1}, {QStringLiteral("AI"), 1}}, 1);
    QSignalSpy removed(m_editor.get(), &TopicEditor::removeRequested);
    QTest::keyClick(lineEdit(), Qt::Key_Backspace);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().toString(), QStringLiteral("AI"));
}

void TestTopicEditor::backspaceWithText_onlyEditsTheText()
{
    m_editor->setTopics({{QStringLiteral("AI"), 1}}, 1);
    QSignalSpy removed(m_editor.get(), &TopicEditor::removeRequested);
    QTest::keyClicks(lineEdit(), QStringLiteral("Po"));
    QTest::keyClick(lineEdit(), Qt::Key_Backspace);
    QCOMPARE(lineEdit()->text(), QStringLiteral("P"));
    QCOMPARE(removed.size(), 0);
}

void TestTopicEditor::duplicate_isRefusedWithAFlash()
{
    m_editor->setTopics({{QStringLiteral("AI"), 2}, {QStringLiteral("Chips"), 1}}, 2);
    QSignalSpy added(m_editor.get(), &TopicEditor::addRequested);
    QTest::keyClicks(lineEdit(), QStringLiteral("ai"));
    QTest::keyClick(lineEdit(), Qt::Key_Return);
    QCOMPARE(added.size(), 0);
    QVERIFY(chip(QStringLiteral("AI"))->isFlashing());
    QTRY_VERIFY(!chip(QStringLiteral("AI"))->isFlashing());
}

void TestTopicEditor::newTopic_isMarkedNew_knownOneIsNot()
{
    // Robotics is only on c: editing c, no other story uses it, but the site had it.
    m_editor->setTopics({{QStringLiteral("AI"), 1}, {QStringLiteral("Robotics"), 1}}, 1);
    QVERIFY(!chip(QStringLiteral("AI"))->isNew());
    QVERIFY(!chip(QStringLiteral("Robotics"))->isNew());
    // Quantum, typed here, is a topic no story had: new once the story has it.
    QTest::keyClicks(lineEdit(), QStringLiteral("Quantum"));
    QTest::keyClick(lineEdit(), Qt::Key_Return);
    m_editor->setTopics({{QStringLiteral("AI"), 1}, {QStringLiteral("Robotics"), 1}, {QStringLiteral("Quantum"), 1}}, 1);
    QVERIFY(chip(QStringLiteral("Quantum"))->isNew());
    QVERIFY(chip(QStringLiteral("Quantum"))->toolTip().contains(QStringLiteral("New topic")));
    QVERIFY(chip(QStringLiteral("Quantum"))->accessibleDescription().contains(QStringLiteral("New topic")));
    // Space is on b and d: typed for b, it is no new topic.
    QTest::keyClicks(lineEdit(), QStringLiteral("Space"));
    QTest::keyClick(lineEdit(), Qt::Key_Return);
    m_editor->setTopics({{QStringLiteral("Space"), 1}}, 1);
    QVERIFY(!chip(QStringLiteral("Space"))->isNew());
}

void TestTopicEditor::removeButtonAndDeleteKey_requestRemoval()
{
    m_editor->setTopics({{QStringLiteral("Chips"), 1}, {QStringLiteral("AI"), 1}}, 1);
    QSignalSpy removed(m_editor.get(), &TopicEditor::removeRequested);
    chip(QStringLiteral("Chips"))->findChild<QToolButton *>()->click();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).first().toString(), QStringLiteral("Chips"));
    QTest::keyClick(chip(QStringLiteral("AI")), Qt::Key_Delete);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(1).first().toString(), QStringLiteral("AI"));
}

void TestTopicEditor::completer_offersTopicsByUse_caseInsensitive()
{
    // AI is on a, b and c: most used first. It is on the story edited here: not offered.
    QCOMPARE(m_site->store.topicIndex()->topicsByUse().first(), QStringLiteral("AI"));
    m_editor->setTopics({{QStringLiteral("AI"), 1}}, 1);
    QCompleter *completer = lineEdit()->completer();
    QVERIFY(completer);
    const QStringList offered = qobject_cast<QStringListModel *>(completer->model())->stringList();
    QCOMPARE(offered, (QStringList{QStringLiteral("Chips"), QStringLiteral("Space"), QStringLiteral("Robotics")}));
    QCOMPARE(completer->caseSensitivity(), Qt::CaseInsensitive);
    QCOMPARE(completer->completionMode(), QCompleter::PopupCompletion);
    completer->setCompletionPrefix(QStringLiteral("spa"));
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Space"));
}

void TestTopicEditor::completer_followsTheIndex()
{
    const QString d = m_site->path(QStringLiteral("d.md"));
    QVERIFY(m_site->editor.insertItem(d, Storydesk::YamlPath({QStringLiteral("topics")}), 2, Storydesk::YamlValue::string(QStringLiteral("Quantum"))));
    const auto *model = qobject_cast<QStringListModel *>(lineEdit()->completer()->model());
    QTRY_VERIFY(model->stringList().contains(QStringLiteral("Quantum")));
}

void TestTopicEditor::completerPick_requestsAddingOnce()
{
    QSignalSpy added(m_editor.get(), &TopicEditor::addRequested);
    QTest::keyClicks(lineEdit(), QStringLiteral("rob"));
    QAbstractItemView *popup = lineEdit()->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().toStringList(), QStringList{QStringLiteral("Robotics")});
    QTRY_COMPARE(lineEdit()->text(), QString());
    QCOMPARE(added.size(), 1);

    // A click on a row: added once the click is over.
    QTest::keyClicks(lineEdit(), QStringLiteral("spa"));
    QTRY_VERIFY(popup->isVisible());
    const QModelIndex row = popup->model()->index(0, 0);
    QCOMPARE(row.data().toString(), QStringLiteral("Space"));
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(row).center());
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.at(1).first().toStringList(), QStringList{QStringLiteral("Space")});
    QTRY_COMPARE(lineEdit()->text(), QString());
}

void TestTopicEditor::setTopics_keepsTheFieldsTextAndFocus()
{
    m_editor->setTopics({{QStringLiteral("AI"), 1}}, 1);
    m_editor->activateWindow();
    lineEdit()->setFocus();
    QTRY_VERIFY(lineEdit()->hasFocus());
    QTest::keyClicks(lineEdit(), QStringLiteral("Pol"));
    lineEdit()->setCursorPosition(1);
    m_editor->setTopics({{QStringLiteral("AI"), 1}, {QStringLiteral("Space"), 1}}, 1);
    QCOMPARE(lineEdit()->text(), QStringLiteral("Pol"));
    QCOMPARE(lineEdit()->cursorPosition(), 1);
    QVERIFY(lineEdit()->hasFocus());
}

void TestTopicEditor::chips_areInTheTabOrderBeforeTheField()
{
    m_editor->setTopics({{QStringLiteral("Chips"), 1}, {QStringLiteral("AI"), 1}}, 1);
    m_editor->setTopics({{QStringLiteral("Chips"), 1}, {QStringLiteral("AI"), 1}, {QStringLiteral("Space"), 1}}, 1);
    QWidget *w = chip(QStringLiteral("Chips"));
    QStringList order;
    for (int i = 0; i < 4; ++i) {
        if (auto *c = qobject_cast<TopicChip *>(w))
            order.append(c->topic());
        else if (w == lineEdit())
            order.append(QStringLiteral("field"));
        do {
            w = w->nextInFocusChain();
        } while (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus));
    }
    QCOMPARE(order, (QStringList{QStringLiteral("Chips"), QStringLiteral("AI"), QStringLiteral("Space"), QStringLiteral("field")}));
}

void TestTopicEditor::focusEditor_putsTheKeyboardInTheField()
{
    m_editor->setTopics({{QStringLiteral("AI"), 1}}, 1);
    m_editor->activateWindow();
    chip(QStringLiteral("AI"))->setFocus();
    QTRY_VERIFY(chip(QStringLiteral("AI"))->hasFocus());
    m_editor->focusEditor();
    QVERIFY(lineEdit()->hasFocus());
}

QTEST_MAIN(TestTopicEditor)
#include "tst_topiceditor.moc"
