#include "linklabel.h"
#include "qualityspinbox.h"
#include "relatedroles.h"
#include "storyfields.h"
#include "storyschema.h"
#include "yamlpath.h"
#include "storyform.h"
#include "testsite.h"
#include "topicchip.h"
#include "topiceditor.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QStyle>
#include <QTest>

using Storydesk::QualitySpinBox;
using Storydesk::StoryEditor;
using Storydesk::StoryForm;
using Storydesk::TopicChip;

class TestStoryForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void noStories_showsAPlaceholder();
    void setStories_pushesNoCommand();
    void header_oneStory_showsPlainTextFromTheFile();
    void header_onlyHttpLinksAreClickable();
    void header_severalStories_saysHowMany();
    void header_hidden_leavesOnlyTheFields();
    void severalStories_areShownFromTheStore_notReadAgain();
    void severalStories_fromSummaries_showWhatTheFilesSay_data();
    void severalStories_fromSummaries_showWhatTheFilesSay();
    void quality_mixedSelection_showsADash();
    void quality_typing_isOneUndoStep();
    void quality_sliderDragOverMixedSelection_isOneUndoStepForAll();
    void quality_typingOverADash_setsAllAsOneStep();
    void published_mixedIsPartial_clickSetsAllAsOneStep();
    void topics_enterAddsToEverySelectedStory_oneStep_undoRemoves();
    void topics_backspaceInEmptyField_removesTheLastChip();
    void topics_duplicateIsRefused();
    void topics_topicOnSomeStories_isDistinct_andRemovalIsOneStep();
    void related_severalStories_showsAHint();
    void related_upAndDownButtons_reorder_savedFileMovesOnlyThoseLines();
    void related_deleteKey_removesTheSelectedEntries();
    void related_titleEdit_changesOneLineOnDiskAfterSave();
    void refresh_afterUndo_showsTheOldValues();
    void refresh_keepsTheTopicFieldsTextAndFocus();
    void brokenStory_disablesEditingAndShowsTheError();
    void brokenStoryInSelection_isLeftOutOfChanges();
    void focusTopics_putsTheKeyboardInTheTopicField();
    void tabOrder_followsTheForm();
    void grab_rendersOneStory();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_form->findChild<T *>(QString::fromLatin1(name));
    }
    QLineEdit *topicField() const { return child<QLineEdit>("topicLineEdit"); }
    QList<TopicChip *> chips() const { return visibleChips(m_form.get()); }
    TopicChip *chip(const QString &topic) const { return visibleChip(m_form.get(), topic); }
    QString a() const { return m_site->path(QStringLiteral("a.md")); }

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<StoryForm> m_form;
};

void TestStoryForm::init()
{
    m_site = std::make_unique<TestSite>();
    QVERIFY(m_site->open());
    m_form = std::make_unique<StoryForm>(&m_site->editor, m_site->store.topicIndex(), &m_site->undoStack);
    m_form->resize(640, 900);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    m_form->activateWindow();
}

void TestStoryForm::cleanup()
{
    m_form.reset();
    m_site.reset();
}

void TestStoryForm::noStories_showsAPlaceholder()
{
    m_form->setStories({});
    const auto labels = m_form->findChildren<QLabel *>();
    const bool placeholder = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->isVisible() && label->text() == QStringLiteral("Select a story to edit it.");
    });
    QVERIFY(placeholder);
    QVERIFY(!child<QualitySpinBox>("qualitySpinBox")->isVisible());
}

void TestStoryForm::setStories_pushesNoCommand()
{
    m_form->setStories({a()});
    m_form->setStories(m_site->abc());
    m_form->setStories({m_site->broken(), a()});
    m_form->setStories({m_site->path(QStringLiteral("b.md"))});
    QTest::qWait(10);   // any refresh that was going to happen has happened
    QCOMPARE(m_site->undoStack.count(), 0);
    QVERIFY(m_site->editor.modifiedStories().isEmpty());
}

void TestStoryForm::header_oneStory_showsPlainTextFromTheFile()
{
    m_form->setStories({a()});
    auto *title = child<QLabel>("titleLabel");
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QCOMPARE(title->text(), QStringLiteral("Ferrovia Breaks Ground on a <b>html</b> Fab"));
    QCOMPARE(child<QLabel>("providerLabel")->text(), QStringLiteral("Pixel Harbor Weekly"));
    QCOMPARE(child<QLabel>("providerLabel")->textFormat(), Qt::PlainText);
    const QDateTime published(QDate(2026, 8, 1), QTime(6, 5), Qt::UTC);
    QCOMPARE(child<QLabel>("dateLabel")->text(), QLocale().toString(published.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(child<QLabel>("heatLabel")->text(), QStringLiteral("78"));
    auto *link = child<Storydesk::LinkLabel>("webUrlLabel");
    QCOMPARE(link->address(), QStringLiteral("https://pixelharbor.example/chips/ferrovia-fab.html"));
    QVERIFY(link->isClickable());
    QCOMPARE(link->cursor().shape(), Qt::PointingHandCursor);
}

void TestStoryForm::header_onlyHttpLinksAreClickable()
{
    m_form->setStories({m_site->path(QStringLiteral("c.md"))});
    auto *link = child<Storydesk::LinkLabel>("webUrlLabel");
    QCOMPARE(link->address(), QStringLiteral("javascript:alert(1)"));
    QVERIFY(!link->isClickable());
    QCOMPARE(link->focusPolicy(), Qt::NoFocus);
    QSignalSpy opened(link, &Storydesk::LinkLabel::opened);
    QTest::mouseClick(link, Qt::LeftButton);
    QCOMPARE(opened.size(), 0);
    // c has no heat, no date and no provider: those rows are not shown empty.
    QVERIFY(!child<QLabel>("heatLabel")->isVisible());
    QVERIFY(!child<QLabel>("providerLabel")->isVisible());
}

void TestStoryForm::header_severalStories_saysHowMany()
{
    m_form->setStories(m_site->abc());
    QCOMPARE(child<QLabel>("titleLabel")->text(), QStringLiteral("3 stories selected"));
    QVERIFY(!child<QLabel>("providerLabel")->isVisible());
    QVERIFY(!child<Storydesk::LinkLabel>("webUrlLabel")->isVisible());
}

void TestStoryForm::severalStories_areShownFromTheStore_notReadAgain()
{
    // Shift+clicking over thousands of stories must not read thousands of files: the form
    // shows a selection from the summaries. A file removed behind the store's back (it
    // notices on its next rescan) shows that nothing was read.
    QVERIFY(QFile::remove(m_site->path(QStringLiteral("b.md"))));
    m_form->setStories(m_site->abc());
    QCOMPARE(child<QLabel>("titleLabel")->text(), QStringLiteral("3 stories selected"));
    QVERIFY(!child<QLabel>("problemLabel")->isVisible());
    // One story is still read in full: its header and related list need the whole file.
    m_form->setStories({m_site->path(QStringLiteral("b.md"))});
    QVERIFY(child<QLabel>("problemLabel")->isVisible());
}

void TestStoryForm::severalStories_fromSummaries_showWhatTheFilesSay_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::newRow("a b c") << QStringList{QStringLiteral("a.md"), QStringLiteral("b.md"), QStringLiteral("c.md")};
    QTest::newRow("b c") << QStringList{QStringLiteral("b.md"), QStringLiteral("c.md")};
    QTest::newRow("a c") << QStringList{QStringLiteral("a.md"), QStringLiteral("c.md")};
    QTest::newRow("c a b") << QStringList{QStringLiteral("c.md"), QStringLiteral("a.md"), QStringLiteral("b.md")};
}

void TestStoryForm::severalStories_fromSummaries_showWhatTheFilesSay()
{
    // A selection is shown from the summaries in memory (Select All of 100,000 stories);
    // what it shows is what reading every selected file's front matter gives.
    QFETCH(QStringList, names);
    QStringList paths;
    std::optional<int> quality;
    int published = 0;
    QStringList topics;
    for (qsizetype i = 0; i < names.size(); ++i) {
        paths.append(m_site->path(names.at(i)));
        const std::optional<Storydesk::YamlValue> root = m_site->editor.value(paths.last(), Storydesk::YamlPath());
        QVERIFY(root && root->isMap());
        const std::optional<int> q = Storydesk::StoryFields::score(*root, Storydesk::StorySchema::Quality);
        quality = i == 0 || q == quality ? q : std::nullopt;
        const Storydesk::YamlValue *p = Storydesk::StoryFields::field(*root, Storydesk::StorySchema::Published);
        published += p && p->toBool().value_or(false) ? 1 : 0;
        const Storydesk::YamlValue *t = Storydesk::StoryFields::field(*root, Storydesk::StorySchema::Topics);
        for (const Storydesk::YamlValue &item : t ? t->items() : QList<Storydesk::YamlValue>()) {
            if (!topics.contains(item.text().trimmed(), Qt::CaseInsensitive))
                topics.append(item.text().trimmed());
        }
    }
    m_form->setStories(paths);
    QCOMPARE(child<QualitySpinBox>("qualitySpinBox")->quality(), quality);
    const Qt::CheckState state = published == 0 ? Qt::Unchecked : published == paths.size() ? Qt::Checked : Qt::PartiallyChecked;
    QCOMPARE(child<QCheckBox>("publishedCheckBox")->checkState(), state);
    QCOMPARE(child<Storydesk::TopicEditor>("topicEditor")->topics(), topics);
}

void TestStoryForm::header_hidden_leavesOnlyTheFields()
{
    m_form->setHeaderVisible(false);
    m_form->setStories({a()});
    for (const char *name : {"titleLabel", "providerLabel", "dateLabel", "heatLabel"})
        QVERIFY2(!child<QLabel>(name)->isVisible(), name);
    QVERIFY(!child<Storydesk::LinkLabel>("webUrlLabel")->isVisible());
    QVERIFY(child<QualitySpinBox>("qualitySpinBox")->isVisible());
    m_form->setStories(m_site->abc());
    QVERIFY(child<QLabel>("titleLabel")->isVisible());   // "3 stories selected" still says what is edited
    m_form->setHeaderVisible(true);
    m_form->setStories({a()});
    QVERIFY(child<QLabel>("providerLabel")->isVisible());
}

void TestStoryForm::quality_mixedSelection_showsADash()
{
    m_form->setStories(m_site->abc());   // 55, 40, 40
    auto *quality = child<QualitySpinBox>("qualitySpinBox");
    QCOMPARE(quality->quality(), std::nullopt);
    QCOMPARE(quality->text(), QStringLiteral("—"));
    m_form->setStories({m_site->path(QStringLiteral("b.md")), m_site->path(QStringLiteral("c.md"))});   // 40, 40
    QCOMPARE(quality->quality(), std::optional<int>(40));
    QCOMPARE(child<QSlider>("qualitySlider")->value(), 40);
}

void TestStoryForm::quality_typing_isOneUndoStep()
{
    m_form->setStories({a()});
    auto *quality = child<QualitySpinBox>("qualitySpinBox");
    quality->setFocus();
    quality->selectAll();
    QTest::keyClicks(quality, QStringLiteral("75"));
    QCOMPARE(m_site->quality(a()), std::optional<qint64>(75));
    QCOMPARE(m_site->undoStack.count(), 1);
    QCOMPARE(child<QSlider>("qualitySlider")->value(), 75);
    m_site->undoStack.undo();
    QCOMPARE(m_site->quality(a()), std::optional<qint64>(55));
    QVERIFY(!m_site->editor.isModified(a()));
}

void TestStoryForm::quality_sliderDragOverMixedSelection_isOneUndoStepForAll()
{
    m_form->setStories(m_site->abc());   // 55, 40, 40
    auto *slider = child<QSlider>("qualitySlider");
    for (const int value : {40, 41, 42, 50})
        slider->setValue(value);   // as a drag does, one value after the other
    for (const QString &path : m_site->abc())
        QCOMPARE(m_site->quality(path), std::optional<qint64>(50));
    QCOMPARE(m_site->undoStack.count(), 1);
    QTRY_COMPARE(child<QualitySpinBox>("qualitySpinBox")->quality(), std::optional<int>(50));
    m_site->undoStack.undo();
    QCOMPARE(m_site->quality(a()), std::optional<qint64>(55));
    QCOMPARE(m_site->quality(m_site->path(QStringLiteral("b.md"))), std::optional<qint64>(40));
    QTRY_COMPARE(child<QualitySpinBox>("qualitySpinBox")->quality(), std::nullopt);
}

void TestStoryForm::quality_typingOverADash_setsAllAsOneStep()
{
    m_form->setStories(m_site->abc());
    auto *quality = child<QualitySpinBox>("qualitySpinBox");
    QCOMPARE(quality->text(), QStringLiteral("—"));
    quality->setFocus();
    quality->selectAll();
    QTest::keyClicks(quality, QStringLiteral("75"));
    for (const QString &path : m_site->abc())
        QCOMPARE(m_site->quality(path), std::optional<qint64>(75));
    QCOMPARE(m_site->undoStack.count(), 1);
    QCOMPARE(quality->minimum(), 0);   // no way back to "—" by stepping down
}

void TestStoryForm::published_mixedIsPartial_clickSetsAllAsOneStep()
{
    m_form->setStories(m_site->abc());   // true, false, false
    auto *published = child<QCheckBox>("publishedCheckBox");
    QCOMPARE(published->checkState(), Qt::PartiallyChecked);
    // On the box itself: a click beside the text of a wide check box is no click.
    const QPoint box(published->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2, published->height() / 2);
    QTest::mouseClick(published, Qt::LeftButton, {}, box);
    for (const QString &path : m_site->abc())
        QCOMPARE(m_site->published(path), std::optional<bool>(true));
    QCOMPARE(m_site->undoStack.count(), 1);
    QTRY_VERIFY(!published->isTristate());
    QCOMPARE(published->checkState(), Qt::Checked);

    QTest::keyClick(published, Qt::Key_Space);
    for (const QString &path : m_site->abc())
        QCOMPARE(m_site->published(path), std::optional<bool>(false));
    QCOMPARE(m_site->undoStack.count(), 2);

    m_site->undoStack.undo();
    m_site->undoStack.undo();
    QTRY_COMPARE(published->checkState(), Qt::PartiallyChecked);
    QCOMPARE(m_site->published(a()), std::optional<bool>(true));
}

void TestStoryForm::topics_enterAddsToEverySelectedStory_oneStep_undoRemoves()
{
    m_form->setStories(m_site->abc());
    QTest::keyClicks(topicField(), QStringLiteral("Policy"));
    QTest::keyClick(topicField(), Qt::Key_Return);
    // Each story keeps its order; the new topic goes at its end.
    QCOMPARE(m_site->topics(a()), (QStringList{QStringLiteral("Chips"), QStringLiteral("AI"), QStringLiteral("Policy")}));
    QCOMPARE(m_site->topics(m_site->path(QStringLiteral("b.md"))), (QStringList{QStringLiteral("AI"), QStringLiteral("Space"), QStringLiteral("Policy")}));
    QCOMPARE(m_site->topics(m_site->path(QStringLiteral("c.md"))), (QStringList{QStringLiteral("AI"), QStringLiteral("Robotics"), QStringLiteral("Policy")}));
    QCOMPARE(m_site->undoStack.count(), 1);
    QTRY_VERIFY(m_form->findChild<Storydesk::TopicEditor *>()->topics().contains(QStringLiteral("Policy")));
    TopicChip *policy = chip(QStringLiteral("Policy"));
    QVERIFY(policy);
    QTRY_VERIFY(policy->isNew());
    QVERIFY(!policy->isPartial());
    QVERIFY(!chip(QStringLiteral("AI"))->isNew());   // only these stories use it, but it is no new topic

    m_site->undoStack.undo();
    for (const QString &path : m_site->abc())
        QVERIFY(!m_site->topics(path).contains(QStringLiteral("Policy")));
    QCOMPARE(m_site->bytes(m_site->path(QStringLiteral("c.md"))), m_site->editor.text(m_site->path(QStringLiteral("c.md"))).value());
    QTRY_VERIFY(!m_form->findChild<Storydesk::TopicEditor *>()->topics().contains(QStringLiteral("Policy")));
}

void TestStoryForm::topics_backspaceInEmptyField_removesTheLastChip()
{
    m_form->setStories({a()});
    QTest::keyClick(topicField(), Qt::Key_Backspace);
    QCOMPARE(m_site->topics(a()), QStringList{QStringLiteral("Chips")});
    QCOMPARE(m_site->undoStack.count(), 1);
    QTRY_COMPARE(chips().size(), 1);
}

void TestStoryForm::topics_duplicateIsRefused()
{
    m_form->setStories(m_site->abc());
    QTest::keyClicks(topicField(), QStringLiteral("ai"));
    QTest::keyClick(topicField(), Qt::Key_Return);
    QCOMPARE(m_site->undoStack.count(), 0);
    QVERIFY(m_site->editor.modifiedStories().isEmpty());
}

void TestStoryForm::topics_topicOnSomeStories_isDistinct_andRemovalIsOneStep()
{
    m_form->setStories(m_site->abc());
    QStringList shown;
    for (const TopicChip *chip : chips())
        shown.append(chip->topic() + (chip->isPartial() ? QStringLiteral("?") : QString()));
    shown.sort();
    QCOMPARE(shown, (QStringList{QStringLiteral("AI"), QStringLiteral("Chips?"), QStringLiteral("Robotics?"), QStringLiteral("Space?")}));

    // Adding a topic some stories have adds it to the others only.
    QTest::keyClicks(topicField(), QStringLiteral("space"));
    QTest::keyClick(topicField(), Qt::Key_Return);
    QCOMPARE(m_site->topics(m_site->path(QStringLiteral("b.md"))), (QStringList{QStringLiteral("AI"), QStringLiteral("Space")}));
    QCOMPARE(m_site->topics(a()), (QStringList{QStringLiteral("Chips"), QStringLiteral("AI"), QStringLiteral("Space")}));

    // Removing AI removes it from all three in one step.
    QTRY_COMPARE(chips().size(), 4);
    QTest::keyClick(chip(QStringLiteral("AI")), Qt::Key_Delete);
    for (const QString &path : m_site->abc())
        QVERIFY(!m_site->topics(path).contains(QStringLiteral("AI")));
    QCOMPARE(m_site->topics(m_site->path(QStringLiteral("c.md"))), (QStringList{QStringLiteral("Robotics"), QStringLiteral("Space")}));
    QCOMPARE(m_site->undoStack.count(), 2);
}

void TestStoryForm::related_severalStories_showsAHint()
{
    m_form->setStories(m_site->abc());
    QVERIFY(child<QLabel>("relatedHint")->isVisible());
    QVERIFY(!child<QListView>("relatedView")->isVisible());
    m_form->setStories({a()});
    QVERIFY(!child<QLabel>("relatedHint")->isVisible());
    QCOMPARE(child<QListView>("relatedView")->model()->rowCount(), 3);
}

void TestStoryForm::related_upAndDownButtons_reorder_savedFileMovesOnlyThoseLines()
{
    m_form->setStories({a()});
    auto *view = child<QListView>("relatedView");
    auto *up = child<QAction>("moveRelatedUp");
    auto *down = child<QAction>("moveRelatedDown");
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(!up->isEnabled());
    QVERIFY(down->isEnabled());
    child<QWidget>("moveRelatedDownButton")->setFocus();
    QTest::mouseClick(child<QWidget>("moveRelatedDownButton"), Qt::LeftButton);
    QCOMPARE(m_site->relatedTitles(a()).at(1), QStringLiteral("The Quiet Race to Make AI Chips Use Less Power"));
    // The moved entry stays selected: a second click moves it further.
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::mouseClick(child<QWidget>("moveRelatedDownButton"), Qt::LeftButton);
    QCOMPARE(m_site->relatedTitles(a()).at(2), QStringLiteral("The Quiet Race to Make AI Chips Use Less Power"));
    QVERIFY(!down->isEnabled());
    QTest::mouseClick(child<QWidget>("moveRelatedUpButton"), Qt::LeftButton);
    QCOMPARE(m_site->undoStack.count(), 3);
    QCOMPARE(m_site->relatedTitles(a()), (QStringList{QStringLiteral("Chipmakers Bet on Glass Substrates"),
                                                      QStringLiteral("The Quiet Race to Make AI Chips Use Less Power"),
                                                      QStringLiteral("Chip Shortage Eases for Carmakers")}));
    QCOMPARE(m_site->editor.save(a()), StoryEditor::SaveOutcome::Saved);
    QCOMPARE(m_site->bytes(a()), TestSite::withFirstRelatedEntriesSwapped(TestSite::A));
}

void TestStoryForm::related_deleteKey_removesTheSelectedEntries()
{
    m_form->setStories({a()});
    auto *view = child<QListView>("relatedView");
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select);
    view->selectionModel()->select(view->model()->index(2, 0), QItemSelectionModel::Select);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_site->relatedTitles(a()), QStringList{QStringLiteral("Chipmakers Bet on Glass Substrates")});
    QCOMPARE(m_site->undoStack.count(), 1);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->currentIndex().row(), 0);   // the keyboard stays in the list
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_site->relatedTitles(a()), QStringList());
    m_site->undoStack.undo();
    m_site->undoStack.undo();
    QCOMPARE(m_site->editor.text(a()).value(), TestSite::A);
    QCOMPARE(view->model()->rowCount(), 3);
}

void TestStoryForm::related_titleEdit_changesOneLineOnDiskAfterSave()
{
    m_form->setStories({a()});
    auto *view = child<QListView>("relatedView");
    view->setCurrentIndex(view->model()->index(1, 0));
    auto *title = child<QLineEdit>("relatedTitleEdit");
    QCOMPARE(title->text(), QStringLiteral("Chipmakers Bet on Glass Substrates"));
    QCOMPARE(child<QPlainTextEdit>("relatedExcerptEdit")->toPlainText(), QStringLiteral("Glass is flatter and more stable than organic substrates."));
    QCOMPARE(child<QualitySpinBox>("relatedQualitySpinBox")->quality(), std::optional<int>(3));
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" Win"));
    QCOMPARE(m_site->relatedTitles(a()).at(1), QStringLiteral("Chipmakers Bet on Glass Substrates Win"));
    QCOMPARE(m_site->undoStack.count(), 1);   // the burst of typing is one step
    QCOMPARE(title->cursorPosition(), title->text().size());
    QTRY_COMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("Chipmakers Bet on Glass Substrates Win"));
    QCOMPARE(m_site->editor.save(a()), StoryEditor::SaveOutcome::Saved);

    QCOMPARE(TestSite::changedLines(TestSite::A, m_site->bytes(a())),
             (TestSite::ChangedLines{{"  - title: \"Chipmakers Bet on Glass Substrates\"", "  - title: \"Chipmakers Bet on Glass Substrates Win\""}}));
}

void TestStoryForm::refresh_afterUndo_showsTheOldValues()
{
    m_form->setStories({a()});
    auto *quality = child<QualitySpinBox>("qualitySpinBox");
    quality->setValue(90);
    QCOMPARE(m_site->quality(a()), std::optional<qint64>(90));
    auto *view = child<QListView>("relatedView");
    view->setCurrentIndex(view->model()->index(0, 0));
    auto *excerpt = child<QPlainTextEdit>("relatedExcerptEdit");
    excerpt->setFocus();
    QTest::keyClicks(excerpt, QStringLiteral("Note: "));
    QCOMPARE(m_site->undoStack.count(), 2);
    const int commands = m_site->undoStack.count();

    m_site->undoStack.undo();   // the excerpt
    QTRY_COMPARE(excerpt->toPlainText(), QStringLiteral("Designers are chasing efficiency as electricity becomes the limit on growth."));
    m_site->undoStack.undo();   // the quality
    QTRY_COMPARE(quality->quality(), std::optional<int>(55));
    QCOMPARE(child<QSlider>("qualitySlider")->value(), 55);
    // Showing the old values made no new commands.
    QTest::qWait(10);
    QCOMPARE(m_site->undoStack.count(), commands);
    QCOMPARE(m_site->undoStack.index(), 0);
    QVERIFY(!m_site->editor.isModified(a()));
}

void TestStoryForm::refresh_keepsTheTopicFieldsTextAndFocus()
{
    m_form->setStories({a()});
    QLineEdit *field = topicField();
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("Quan"));
    field->setCursorPosition(2);
    // An edit made elsewhere (another quality) refreshes the form.
    QVERIFY(m_site->editor.setValue(a(), Storydesk::YamlPath({QStringLiteral("quality")}), Storydesk::YamlValue::integer(12)));
    QTRY_COMPARE(child<QualitySpinBox>("qualitySpinBox")->quality(), std::optional<int>(12));
    QVERIFY(field->hasFocus());
    QCOMPARE(field->text(), QStringLiteral("Quan"));
    QCOMPARE(field->cursorPosition(), 2);
    QCOMPARE(m_site->undoStack.count(), 0);
}

void TestStoryForm::brokenStory_disablesEditingAndShowsTheError()
{
    m_form->setStories({m_site->broken()});
    auto *problem = child<QLabel>("problemLabel");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->textFormat(), Qt::PlainText);
    QVERIFY2(problem->text().contains(QStringLiteral("cannot be edited")), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QStringLiteral("Line ")), qPrintable(problem->text()));
    QCOMPARE(child<QLabel>("titleLabel")->text(), QStringLiteral("broken.md"));
    QVERIFY(!child<QualitySpinBox>("qualitySpinBox")->isEnabled());
    QVERIFY(!child<QCheckBox>("publishedCheckBox")->isEnabled());
    QVERIFY(!topicField()->isEnabled());
    QVERIFY(!child<QListView>("relatedView")->isEnabled());

    m_form->setStories({a()});
    QVERIFY(!problem->isVisible());
    QVERIFY(child<QualitySpinBox>("qualitySpinBox")->isEnabled());
}

void TestStoryForm::brokenStoryInSelection_isLeftOutOfChanges()
{
    const QByteArray broken = m_site->bytes(m_site->broken());
    m_form->setStories({a(), m_site->broken()});
    QVERIFY(child<QLabel>("problemLabel")->isVisible());
    QVERIFY(child<QLabel>("problemLabel")->text().contains(QStringLiteral("broken.md")));
    auto *quality = child<QualitySpinBox>("qualitySpinBox");
    QVERIFY(quality->isEnabled());
    QCOMPARE(quality->quality(), std::optional<int>(55));   // the broken story has no say
    quality->setValue(60);
    QCOMPARE(m_site->quality(a()), std::optional<qint64>(60));
    QCOMPARE(m_site->undoStack.count(), 1);
    QVERIFY(!m_site->editor.isModified(m_site->broken()));
    QCOMPARE(m_site->bytes(m_site->broken()), broken);
}

void TestStoryForm::focusTopics_putsTheKeyboardInTheTopicField()
{
    m_form->setStories({a()});
    child<QualitySpinBox>("qualitySpinBox")->setFocus();
    QTRY_VERIFY(child<QualitySpinBox>("qualitySpinBox")->hasFocus());
    m_form->focusTopics();
    QVERIFY(topicField()->hasFocus());
}

void TestStoryForm::tabOrder_followsTheForm()
{
    m_form->setStories({a()});
    auto *view = child<QListView>("relatedView");
    view->setCurrentIndex(view->model()->index(1, 0));   // every button and field enabled
    QStringList order;
    QWidget *w = child<QCheckBox>("publishedCheckBox");
    for (int i = 0; i < 11; ++i) {
        if (auto *chip = qobject_cast<TopicChip *>(w))
            order.append(chip->topic());
        else
            order.append(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
        do {
            w = w->nextInFocusChain();
        } while (!w->isVisibleTo(m_form.get()) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled());
    }
    QCOMPARE(order, (QStringList{QStringLiteral("publishedCheckBox"), QStringLiteral("Chips"), QStringLiteral("AI"),
                                 QStringLiteral("topicLineEdit"), QStringLiteral("relatedView"), QStringLiteral("moveRelatedUpButton"),
                                 QStringLiteral("moveRelatedDownButton"), QStringLiteral("removeRelatedButton"),
                                 QStringLiteral("relatedTitleEdit"), QStringLiteral("relatedExcerptEdit"),
                                 QStringLiteral("relatedQualitySpinBox")}));
}

void TestStoryForm::grab_rendersOneStory()
{
    m_form->setStories({a()});
    auto *view = child<QListView>("relatedView");
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::qWait(50);   // the layout settles through posted events
    const QPixmap picture = m_form->grab();
    QVERIFY(!picture.isNull());
    QCOMPARE(picture.size(), m_form->size() * picture.devicePixelRatio());
    // STORYDESK_FORM_SCREENSHOT=file.png keeps the picture, to look at the form.
    const QString file = qEnvironmentVariable("STORYDESK_FORM_SCREENSHOT");
    if (!file.isEmpty())
        QVERIFY(picture.save(file));
}

QTEST_MAIN(TestStoryForm)
#include "tst_storyform.moc"
