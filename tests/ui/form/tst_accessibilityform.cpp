#include "relatedroles.h"
#include "storyfields.h"
#include "storyform.h"
#include "testsite.h"
#include "topicchip.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

using namespace Storydesk;

// The story form as assistive technology reads it and as the keyboard alone drives it:
// names and values of its fields, its topic chips and related entries, the reorder keys,
// and Tab through it top to bottom.
class TestAccessibilityForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void quality_spinBoxAndSlider_readTheScoreOutOf100();
    void quality_mixedSelection_readsNoValue();
    void topicChips_areNamedTopicX_andSayDeleteRemoves();
    void relatedEntries_readTitleProviderAndDate();
    void relatedEntryFields_haveNames();
    void ctrlDownAndCtrlUp_reorderTheRelatedEntry_savedFileMovesOnlyThoseLines();
    void tab_goesThroughTheFormTopToBottom();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_form->findChild<T *>(QLatin1StringView(name));
    }
    QString a() const { return m_site->path(QStringLiteral("a.md")); }
    QString b() const { return m_site->path(QStringLiteral("b.md")); }

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<StoryForm> m_form;
};

void TestAccessibilityForm::init()
{
    m_site = std::make_unique<TestSite>();
    QVERIFY(m_site->open());
    m_form = std::make_unique<StoryForm>(&m_site->editor, m_site->store.topicIndex(), &m_site->undoStack);
    m_form->resize(640, 900);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
}

void TestAccessibilityForm::cleanup()
{
    m_form.reset();
    m_site.reset();
}

void TestAccessibilityForm::quality_spinBoxAndSlider_readTheScoreOutOf100()
{
    m_form->setStories({a()});   // quality 55
    QAccessibleInterface *box = QAccessible::queryAccessibleInterface(child<QSpinBox>("qualitySpinBox"));
    QCOMPARE(box->role(), QAccessible::SpinBox);
    QCOMPARE(box->text(QAccessible::Name), QStringLiteral("Quality"));
    QCOMPARE(box->text(QAccessible::Description), QStringLiteral("55 of 100"));
    QAccessibleInterface *slider = QAccessible::queryAccessibleInterface(child<QSlider>("qualitySlider"));
    QCOMPARE(slider->role(), QAccessible::Slider);
    QCOMPARE(slider->text(QAccessible::Name), QStringLiteral("Quality"));
    QCOMPARE(slider->text(QAccessible::Description), QStringLiteral("55 of 100"));
    QCOMPARE(slider->valueInterface()->currentValue().toInt(), 55);

    // Set from the keyboard: both say the new score.
    child<QSpinBox>("qualitySpinBox")->setFocus();
    QTest::keyClick(child<QSpinBox>("qualitySpinBox"), Qt::Key_Up);
    QTRY_COMPARE(m_site->quality(a()), std::optional<qint64>(56));
    QCOMPARE(box->text(QAccessible::Description), QStringLiteral("56 of 100"));
    QCOMPARE(slider->text(QAccessible::Description), QStringLiteral("56 of 100"));
}

void TestAccessibilityForm::quality_mixedSelection_readsNoValue()
{
    m_form->setStories({a(), b()});   // 55 and 40
    QCOMPARE(QAccessible::queryAccessibleInterface(child<QSpinBox>("qualitySpinBox"))->text(QAccessible::Description), QStringLiteral("No value"));
    QCOMPARE(QAccessible::queryAccessibleInterface(child<QSlider>("qualitySlider"))->text(QAccessible::Description), QStringLiteral("No value"));
}

void TestAccessibilityForm::topicChips_areNamedTopicX_andSayDeleteRemoves()
{
    m_form->setStories({a()});   // topics Chips, AI
    const QList<TopicChip *> chips = visibleChips(m_form.get());
    QCOMPARE(chips.size(), 2);
    QStringList names;
    for (TopicChip *chip : chips) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(chip);
        names.append(accessible->text(QAccessible::Name));
        QCOMPARE(accessible->role(), QAccessible::Button);
        QVERIFY(accessible->text(QAccessible::Description).startsWith(QStringLiteral("Press Delete to remove")));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Topic Chips"), QStringLiteral("Topic AI")}));

    // What the description promises.
    chips.last()->setFocus();
    QTRY_VERIFY(chips.last()->hasFocus());
    QTest::keyClick(chips.last(), Qt::Key_Delete);
    QCOMPARE(m_site->topics(a()), QStringList{QStringLiteral("Chips")});
}

void TestAccessibilityForm::relatedEntries_readTitleProviderAndDate()
{
    m_form->setStories({a()});
    auto *view = child<QListView>("relatedView");
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    QCOMPARE(list->role(), QAccessible::List);
    QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Related coverage"));
    QVERIFY(list->text(QAccessible::Description).contains(QStringLiteral("Ctrl+Up")));
    QCOMPARE(list->childCount(), 3);

    const QModelIndex first = view->model()->index(0, 0);
    const QString expected = QStringLiteral("The Quiet Race to Make AI Chips Use Less Power, Copperfield Gazette, %1")
                                 .arg(StoryFields::formatDateTime(first.data(PublishedDateTimeRole).toDateTime()));
    QCOMPARE(first.data(Qt::AccessibleTextRole).toString(), expected);
    QAccessibleInterface *entry = list->child(0);
    QVERIFY(entry);
    QCOMPARE(entry->role(), QAccessible::ListItem);
    QCOMPARE(entry->text(QAccessible::Name), expected);
    QCOMPARE(entry->text(QAccessible::Description), QStringLiteral("Quality 43 of 100"));

    view->setFocus();
    view->setCurrentIndex(first);
    QVERIFY(entry->state().selected);
    QVERIFY(!list->child(1)->state().selected);
}

void TestAccessibilityForm::relatedEntryFields_haveNames()
{
    m_form->setStories({a()});
    const struct
    {
        const char *objectName;
        const char *name;
    } fields[] = {
        {"relatedTitleEdit", "Related entry title"},
        {"relatedExcerptEdit", "Related entry excerpt"},
        {"relatedQualitySpinBox", "Related entry quality"},
        {"moveRelatedUpButton", "Move Up"},
        {"moveRelatedDownButton", "Move Down"},
        {"removeRelatedButton", "Remove"},
        {"publishedCheckBox", "Published"},
        {"topicLineEdit", "Add a topic"},
    };
    for (const auto &field : fields) {
        auto *widget = child<QWidget>(field.objectName);
        QVERIFY2(widget, field.objectName);
        QCOMPARE(QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name), QString::fromUtf8(field.name));
    }
}

void TestAccessibilityForm::ctrlDownAndCtrlUp_reorderTheRelatedEntry_savedFileMovesOnlyThoseLines()
{
    m_form->setStories({a()});
    auto *view = child<QListView>("relatedView");
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_site->relatedTitles(a()).at(1), QStringLiteral("The Quiet Race to Make AI Chips Use Less Power"));
    QCOMPARE(view->currentIndex().row(), 1);   // the moved entry stays current: press again to go on
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_site->relatedTitles(a()).at(2), QStringLiteral("The Quiet Race to Make AI Chips Use Less Power"));
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(m_site->undoStack.count(), 3);   // one undo step each
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(m_site->editor.save(a()), StoryEditor::SaveOutcome::Saved);
    QCOMPARE(m_site->bytes(a()), TestSite::withFirstRelatedEntriesSwapped(TestSite::A));
}

void TestAccessibilityForm::tab_goesThroughTheFormTopToBottom()
{
    m_form->setStories({a()});
    auto *view = child<QListView>("relatedView");
    view->setCurrentIndex(view->model()->index(1, 0));   // both move buttons live, the fields filled
    child<QSpinBox>("qualitySpinBox")->setFocus();
    QTRY_VERIFY(child<QSpinBox>("qualitySpinBox")->hasFocus());

    QStringList walked;
    for (int i = 0; i < 13; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (focus->objectName().startsWith(QLatin1String("qt_")))   // a spin box's own line edit
            focus = focus->parentWidget();
        const QString name = focus->objectName().isEmpty() ? QAccessible::queryAccessibleInterface(focus)->text(QAccessible::Name)
                                                            : focus->objectName();
        walked.append(name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QStringList expected{
        QStringLiteral("qualitySpinBox"),        QStringLiteral("qualitySlider"),         QStringLiteral("publishedCheckBox"),
        QStringLiteral("Topic Chips"),           QStringLiteral("Topic AI"),              QStringLiteral("topicLineEdit"),
        QStringLiteral("relatedView"),           QStringLiteral("moveRelatedUpButton"),   QStringLiteral("moveRelatedDownButton"),
        QStringLiteral("removeRelatedButton"),   QStringLiteral("relatedTitleEdit"),      QStringLiteral("relatedExcerptEdit"),
        QStringLiteral("relatedQualitySpinBox"),
    };
    QCOMPARE(walked, expected);
}

QTEST_MAIN(TestAccessibilityForm)
#include "tst_accessibilityform.moc"
