#include "relatedlistmodel.h"
#include "relatedroles.h"
#include "testsite.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Storydesk::RelatedListModel;
using Storydesk::StoryEditor;

class TestRelatedListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void setStory_listsEntriesWithTheirRoles();
    void setStory_brokenOrMissingStory_listsNothing();
    void setStory_pushesNoCommand();
    void moveEntry_changesOrder_savedFileMovesOnlyThoseLines();
    void moveRows_downAndUp_oneUndoStepEach();
    void undoMove_movesBackAndRowsFollow();
    void removeEntries_withGaps_oneUndoStep_undoRestoresBytes();
    void removeRows_removesARange();
    void removeEntries_all_removesTheList_undoRestoresBytes();
    void setDataTitle_changesExactlyThatLineOnDisk();
    void setData_typingBurst_isOneUndoStep();
    void setData_unchangedValue_pushesNothing();
    void setDataQuality_rejectsOutOfRange();
    void editElsewhere_updatesOnlyThatRow();

private:
    QString a() const { return m_site->path(QStringLiteral("a.md")); }

    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<RelatedListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRelatedListModel::init()
{
    m_site = std::make_unique<TestSite>();
    QVERIFY(m_site->open());
    m_model = std::make_unique<RelatedListModel>(&m_site->editor, &m_site->undoStack);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setStory(a());
}

void TestRelatedListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_site.reset();
}

void TestRelatedListModel::setStory_listsEntriesWithTheirRoles()
{
    QCOMPARE(m_model->story(), a());
    QCOMPARE(m_model->rowCount(), 3);
    const QModelIndex first = m_model->index(0);
    QCOMPARE(first.data().toString(), QStringLiteral("The Quiet Race to Make AI Chips Use Less Power"));
    QCOMPARE(first.data(Storydesk::TitleRole).toString(), first.data(Qt::EditRole).toString());
    QCOMPARE(first.data(Storydesk::ExcerptRole).toString(),
             QStringLiteral("Designers are chasing efficiency as electricity becomes the limit on growth."));
    QCOMPARE(first.data(Storydesk::ProviderNameRole).toString(), QStringLiteral("Copperfield Gazette"));
    QCOMPARE(first.data(Storydesk::PublishedDateTimeRole).toDateTime(), QDateTime(QDate(2026, 9, 1), QTime(17, 55), Qt::UTC));
    QCOMPARE(first.data(Storydesk::QualityRole), QVariant(43));
    QCOMPARE(first.data(Storydesk::WebUrlRole).toString(), QStringLiteral("https://www.copperfieldgazette.example/2026/09/01/quiet-race"));
    QVERIFY(first.flags().testFlag(Qt::ItemIsEditable));
    QVERIFY(m_model->roleNames().values().contains("excerpt"));
}

void TestRelatedListModel::setStory_brokenOrMissingStory_listsNothing()
{
    m_model->setStory(m_site->broken());
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setStory(m_site->path(QStringLiteral("c.md")));   // no related key
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setStory({});
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->moveEntry(0, 1));
    QVERIFY(!m_model->removeEntries({0}));
    QCOMPARE(m_site->undoStack.count(), 0);
}

void TestRelatedListModel::setStory_pushesNoCommand()
{
    m_model->setStory(m_site->path(QStringLiteral("b.md")));
    m_model->setStory(a());
    QCOMPARE(m_site->undoStack.count(), 0);
    QVERIFY(!m_site->editor.isModified(a()));
}

void TestRelatedListModel::moveEntry_changesOrder_savedFileMovesOnlyThoseLines()
{
    QVERIFY(m_model->moveEntry(0, 1));
    QCOMPARE(m_site->undoStack.count(), 1);
    QCOMPARE(m_site->relatedTitles(a()), (QStringList{QStringLiteral("Chipmakers Bet on Glass Substrates"),
                                                      QStringLiteral("The Quiet Race to Make AI Chips Use Less Power"),
                                                      QStringLiteral("Chip Shortage Eases for Carmakers")}));
    QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("Chipmakers Bet on Glass Substrates"));
    QCOMPARE(m_site->editor.save(a()), StoryEditor::SaveOutcome::Saved);
    QCOMPARE(m_site->bytes(a()), TestSite::withFirstRelatedEntriesSwapped(TestSite::A));
}

void TestRelatedListModel::moveRows_downAndUp_oneUndoStepEach()
{
    // Qt's destination counts rows before the move: row 0 below row 1 is destination 2.
    QVERIFY(m_model->moveRows({}, 0, 1, {}, 2));
    QCOMPARE(m_site->relatedTitles(a()).first(), QStringLiteral("Chipmakers Bet on Glass Substrates"));
    QVERIFY(m_model->moveRows({}, 2, 1, {}, 0));
    QCOMPARE(m_site->relatedTitles(a()).first(), QStringLiteral("Chip Shortage Eases for Carmakers"));
    QCOMPARE(m_site->undoStack.count(), 2);
    QVERIFY(!m_model->moveRows({}, 0, 2, {}, 3));   // one entry at a time
    QVERIFY(!m_model->moveRows({}, 1, 1, {}, 2));   // onto itself
    QCOMPARE(m_site->undoStack.count(), 2);
}

void TestRelatedListModel::undoMove_movesBackAndRowsFollow()
{
    const QPersistentModelIndex quietRace = m_model->index(0);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->moveEntry(0, 2));
    QCOMPARE(quietRace.row(), 2);
    m_site->undoStack.undo();
    QCOMPARE(quietRace.row(), 0);
    QCOMPARE(moved.size(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_site->relatedTitles(a()).first(), QStringLiteral("The Quiet Race to Make AI Chips Use Less Power"));
    QVERIFY(!m_site->editor.isModified(a()));   // back to the bytes on disk
}

void TestRelatedListModel::removeEntries_withGaps_oneUndoStep_undoRestoresBytes()
{
    const QPersistentModelIndex glass = m_model->index(1);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->removeEntries({2, 0}));
    QCOMPARE(m_site->undoStack.count(), 1);
    QCOMPARE(m_site->relatedTitles(a()), QStringList{QStringLiteral("Chipmakers Bet on Glass Substrates")});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(glass.row(), 0);   // the entry that stayed kept its identity
    QCOMPARE(removed.size(), 2);
    m_site->undoStack.undo();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(glass.row(), 1);
    QCOMPARE(m_site->editor.text(a()).value(), TestSite::A);
}

void TestRelatedListModel::removeRows_removesARange()
{
    QVERIFY(m_model->removeRows(1, 2));
    QCOMPARE(m_site->relatedTitles(a()), QStringList{QStringLiteral("The Quiet Race to Make AI Chips Use Less Power")});
    QCOMPARE(m_site->undoStack.count(), 1);
    QVERIFY(!m_model->removeRows(0, 5));
}

void TestRelatedListModel::removeEntries_all_removesTheList_undoRestoresBytes()
{
    QVERIFY(m_model->removeEntries({0, 1, 2}));
    QCOMPARE(m_model->rowCount(), 0);
    // No `related: []` left behind: the list goes with its key, and comes back as it was.
    QVERIFY(!m_site->editor.value(a(), Storydesk::YamlPath({QStringLiteral("related")})));
    m_site->undoStack.undo();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_site->editor.text(a()).value(), TestSite::A);
    QVERIFY(!m_site->editor.isModified(a()));
}

void TestRelatedListModel::setDataTitle_changesExactlyThatLineOnDisk()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(1), QStringLiteral("Glass \"Substrates\" <i>win</i>"), Storydesk::TitleRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), m_model->index(1));
    QCOMPARE(changed.first().at(1).toModelIndex(), m_model->index(1));
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("Glass \"Substrates\" <i>win</i>"));
    QCOMPARE(m_site->editor.save(a()), StoryEditor::SaveOutcome::Saved);

    QCOMPARE(TestSite::changedLines(TestSite::A, m_site->bytes(a())),
             (TestSite::ChangedLines{{"  - title: \"Chipmakers Bet on Glass Substrates\"", "  - title: \"Glass \\\"Substrates\\\" <i>win</i>\""}}));
}

void TestRelatedListModel::setData_typingBurst_isOneUndoStep()
{
    const QModelIndex entry = m_model->index(0);
    for (const QString &text : {QStringLiteral("Q"), QStringLiteral("Qu"), QStringLiteral("Qui")})
        QVERIFY(m_model->setData(entry, text, Storydesk::TitleRole));
    QVERIFY(m_model->setData(entry, QStringLiteral("First excerpt"), Storydesk::ExcerptRole));
    QVERIFY(m_model->setData(entry, QStringLiteral("First excerpt!"), Storydesk::ExcerptRole));
    QCOMPARE(m_site->undoStack.count(), 2);   // one for the title, one for the excerpt
    m_site->undoStack.undo();
    m_site->undoStack.undo();
    QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("The Quiet Race to Make AI Chips Use Less Power"));
    QVERIFY(!m_site->editor.isModified(a()));
}

void TestRelatedListModel::setData_unchangedValue_pushesNothing()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(2), QStringLiteral("Chip Shortage Eases for Carmakers"), Qt::EditRole));
    QVERIFY(m_model->setData(m_model->index(2), 29, Storydesk::QualityRole));
    QCOMPARE(m_site->undoStack.count(), 0);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_model->setData(m_model->index(2), QStringLiteral("x"), Storydesk::ProviderNameRole));   // not editable
}

void TestRelatedListModel::setDataQuality_rejectsOutOfRange()
{
    QVERIFY(!m_model->setData(m_model->index(0), 101, Storydesk::QualityRole));
    QVERIFY(!m_model->setData(m_model->index(0), QStringLiteral("high"), Storydesk::QualityRole));
    QVERIFY(m_model->setData(m_model->index(0), 80, Storydesk::QualityRole));
    QCOMPARE(m_model->index(0).data(Storydesk::QualityRole), QVariant(80));
    QCOMPARE(m_site->undoStack.count(), 1);
}

void TestRelatedListModel::editElsewhere_updatesOnlyThatRow()
{
    // As the CLI or the source view would: straight through StoryEditor, no command here.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_site->editor.setValue(a(), *Storydesk::YamlPath::parse(QStringLiteral("related.2.quality")), Storydesk::YamlValue::integer(99)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(m_model->index(2).data(Storydesk::QualityRole), QVariant(99));
    m_site->editor.revert(a());
    QCOMPARE(m_model->index(2).data(Storydesk::QualityRole), QVariant(29));
}

QTEST_MAIN(TestRelatedListModel)
#include "tst_relatedlistmodel.moc"
