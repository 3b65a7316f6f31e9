#include "windowtestbase.h"

#include <QRegularExpression>

using namespace Storydesk;
using namespace WindowTest;

// The triage window: the triage keys, saving and its prompts, moving through the list,
// searching, the shortcuts.
class TestMainWindow final : public WindowTest::WindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void openFolder_namesWindowSelectsFirstRowAndFocusesList();
    void space_togglesPublishedAndSaveWritesOnlyThatLine();
    void plusTwice_raisesQualityByTenInOneStep();
    void digits_setQualityInTens();
    void minus_neverGoesBelowZero();
    void bulkSpace_publishesMixedSelectionInOneUndoStep();
    void undoAfterSave_modifiesAgainAndSavingRestoresTheBytes();
    void saveConflict_followsTheChoice_data();
    void saveConflict_followsTheChoice();
    void saveFailure_showsErrorAndKeepsTheEdit();
    void revert_dropsTheSelectedStoriesEdits();
    void autoSave_savesAfterIdleSeconds();
    void close_withUnsavedEdits_asksAndCancelKeepsWindowOpen();
    void openFolder_withUnsavedEdits_saveAllSavesFirst();
    void conflictOnDisk_marksRowAndTellsStatusBar();
    void n_jumpsToNextUnpublishedAndWraps();
    void jAndK_moveTheCurrentRow();
    void autoAdvance_movesOnAfterToggling();
    void searchField_filtersRowsAndTriageKeysDoNotFire();
    void selection_isWhatTheFormEdits();
    void t_focusesTopicEditorWhereTriageKeysAreText();
    void storyChangedOnDisk_isReadAgainByTheForm();
    void inPlaceWriteElsewhere_showsWhenTheWindowIsActiveAgain();
    void searchField_pointsAtParseError();
    void isDuplicateQuery_followsTheDuplicateFinder_inTableAndDesks();
    void topicsRenameRequest_opensTheDialogWithThoseTopics();
    void find_focusesSearchAndEscapeReturnsToList();
    void f1_listsEveryShortcut();
};

void TestMainWindow::openFolder_namesWindowSelectsFirstRowAndFocusesList()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("site[*] — Storydesk"));
    QCOMPARE(m_window->windowFilePath(), m_site);
    QCOMPARE(m_window->folder(), m_site);
    QCOMPARE(currentRow(), int(RowD));
    QCOMPARE(m_table->selectionModel()->selectedRows().size(), 1);
    QTRY_COMPARE(QApplication::focusWidget(), m_table);
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("shownLabel"))->text(), QStringLiteral("Shown: 5 of 5"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("unpublishedLabel"))->text(), QStringLiteral("Unpublished: 3"));   // B, D and the broken story, as published:false counts
    QCOMPARE(Settings().recentFolders().value(0), m_site);
}

void TestMainWindow::space_togglesPublishedAndSaveWritesOnlyThatLine()
{
    const QString d = pathAt(RowD);
    QVERIFY(!publishedAt(RowD));

    QTest::keyClick(m_table, Qt::Key_Space);
    QVERIFY(publishedAt(RowD));
    QVERIFY(m_window->editor()->isModified(d));
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(readFile(d), storyD);   // nothing on disk until saved

    QTest::keyClick(m_table, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(readFile(d), replaced(storyD, "published: false", "published: true"));
    QVERIFY(!m_window->editor()->isModified(d));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_prompts->errors.isEmpty());
}

void TestMainWindow::plusTwice_raisesQualityByTenInOneStep()
{
    const QString d = pathAt(RowD);
    QTest::keyClick(m_table, Qt::Key_Plus);
    QTest::keyClick(m_table, Qt::Key_Plus);
    QCOMPARE(qualityAt(RowD), 50);
    QCOMPARE(m_window->undoStack()->count(), 1);   // a burst of presses is one step

    QTest::keyClick(m_table, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(readFile(d), replaced(storyD, "quality: 40", "quality: 50"));
}

void TestMainWindow::digits_setQualityInTens()
{
    const QString d = pathAt(RowD);
    QTest::keyClick(m_table, Qt::Key_7);
    QCOMPARE(qualityAt(RowD), 70);
    QTest::keyClick(m_table, Qt::Key_0);
    QCOMPARE(qualityAt(RowD), 100);
    QTest::keyClick(m_table, Qt::Key_1);
    QCOMPARE(qualityAt(RowD), 10);
    QCOMPARE(m_window->undoStack()->count(), 3);

    QTest::keyClick(m_table, Qt::Key_7);
    QTest::keyClick(m_table, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(readFile(d), replaced(storyD, "quality: 40", "quality: 70"));
}

void TestMainWindow::minus_neverGoesBelowZero()
{
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(m_table, Qt::Key_Minus);
    QCOMPARE(qualityAt(RowD), 0);
    QTest::keyClick(m_table, Qt::Key_0);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_table, Qt::Key_Plus);
    QCOMPARE(qualityAt(RowD), 100);
}

void TestMainWindow::bulkSpace_publishesMixedSelectionInOneUndoStep()
{
    selectRows(RowD, RowB);   // D unpublished, C published, B unpublished
    QCOMPARE(m_table->selectionModel()->selectedRows().size(), 3);

    QTest::keyClick(m_table, Qt::Key_Space);
    QVERIFY(publishedAt(RowD));
    QVERIFY(publishedAt(RowC));
    QVERIFY(publishedAt(RowB));
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->editor()->modifiedStories().size(), 2);   // C already was

    // All published now: Space unpublishes all three.
    QTest::keyClick(m_table, Qt::Key_Space);
    QVERIFY(!publishedAt(RowD) && !publishedAt(RowC) && !publishedAt(RowB));
    QCOMPARE(m_window->undoStack()->count(), 2);

    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QVERIFY(!publishedAt(RowD));
    QVERIFY(publishedAt(RowC));
    QVERIFY(!publishedAt(RowB));
    QVERIFY(m_window->editor()->modifiedStories().isEmpty());
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::undoAfterSave_modifiesAgainAndSavingRestoresTheBytes()
{
    const QString d = pathAt(RowD);
    QTest::keyClick(m_table, Qt::Key_Space);
    QTest::keyClick(m_table, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_window->editor()->isModified(d));
    QCOMPARE(readFile(d), replaced(storyD, "published: false", "published: true"));

    QTest::keyClick(m_table, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!publishedAt(RowD));
    QVERIFY(m_window->editor()->isModified(d));
    QVERIFY(m_window->isWindowModified());

    QTest::keyClick(m_table, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(readFile(d), storyD);

    QTest::keyClick(m_table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);   // redo
    QVERIFY(publishedAt(RowD));
    QVERIFY(m_window->editor()->isModified(d));
}

void TestMainWindow::saveConflict_followsTheChoice_data()
{
    QTest::addColumn<UserPrompts::ConflictChoice>("choice");
    QTest::addColumn<QByteArray>("onDisk");
    QTest::addColumn<bool>("stillModified");

    const QByteArray theirs = replaced(storyD, "title: \"Delta\"", "title: \"Delta, updated\"");
    QTest::newRow("reload drops mine") << UserPrompts::ConflictChoice::Reload << theirs << false;
    QTest::newRow("apply mine on top keeps both")
        << UserPrompts::ConflictChoice::ApplyMineOnTop << replaced(theirs, "published: false", "published: true") << false;
    QTest::newRow("cancel keeps mine unsaved") << UserPrompts::ConflictChoice::Cancel << theirs << true;
}

void TestMainWindow::saveConflict_followsTheChoice()
{
    QFETCH(UserPrompts::ConflictChoice, choice);
    QFETCH(QByteArray, onDisk);
    QFETCH(bool, stillModified);

    const QString d = pathAt(RowD);
    QTest::keyClick(m_table, Qt::Key_Space);
    QVERIFY(writeFile(d, replaced(storyD, "title: \"Delta\"", "title: \"Delta, updated\"")));

    m_prompts->conflictAnswer = choice;
    QTest::keyClick(m_table, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_prompts->conflicts, QStringList{d});
    QCOMPARE(readFile(d), onDisk);
    QCOMPARE(m_window->editor()->isModified(d), stillModified);
    QCOMPARE(m_window->isWindowModified(), stillModified);
    QVERIFY(m_prompts->errors.isEmpty());
    const int row = m_window->store()->indexOf(d);
    QCOMPARE(m_window->store()->isDirty(row), stillModified);
    if (!stillModified)
        QCOMPARE(m_window->store()->summary(row).title, QStringLiteral("Delta, updated"));
}

void TestMainWindow::saveFailure_showsErrorAndKeepsTheEdit()
{
    const QString d = pathAt(RowD);
    QTest::keyClick(m_table, Qt::Key_Space);
    // No write bit at all: StoryDocument refuses it even as root, as CI runs.
    QVERIFY(QFile::setPermissions(d, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

    QTest::keyClick(m_table, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY2(m_prompts->errors.constFirst().contains(QStringLiteral("d.md")), qPrintable(m_prompts->errors.constFirst()));
    QCOMPARE(readFile(d), storyD);
    QVERIFY(m_window->editor()->isModified(d));
    QVERIFY(m_window->store()->isDirty(m_window->store()->indexOf(d)));
    QVERIFY(publishedAt(RowD));
    QVERIFY(m_window->isWindowModified());
}

void TestMainWindow::revert_dropsTheSelectedStoriesEdits()
{
    const QString d = pathAt(RowD);
    const QString c = pathAt(RowC);
    QTest::keyClick(m_table, Qt::Key_Space);
    QTest::keyClick(m_table, Qt::Key_J);
    QTest::keyClick(m_table, Qt::Key_5);
    QCOMPARE(m_window->editor()->modifiedStories(), QStringList({c, d}));

    auto *revert = m_window->findChild<QAction *>(QStringLiteral("revert"));
    QVERIFY(revert && revert->isEnabled());
    revert->trigger();   // C is selected: D keeps its edit
    QCOMPARE(m_window->editor()->modifiedStories(), QStringList{d});
    QCOMPARE(qualityAt(RowC), 55);
    QCOMPARE(readFile(c), storyC);
    QVERIFY(!revert->isEnabled());
}

void TestMainWindow::autoSave_savesAfterIdleSeconds()
{
    Settings().setAutoSaveSeconds(1);
    const QString d = pathAt(RowD);
    QTest::keyClick(m_table, Qt::Key_Space);
    QCOMPARE(readFile(d), storyD);
    QTRY_COMPARE_WITH_TIMEOUT(readFile(d), replaced(storyD, "published: false", "published: true"), 5000);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_prompts->errors.isEmpty());
}

void TestMainWindow::close_withUnsavedEdits_asksAndCancelKeepsWindowOpen()
{
    QVERIFY(m_window->close());   // nothing to lose: closes without asking
    QVERIFY(m_prompts->unsaved.isEmpty());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));

    const QString d = pathAt(RowD);
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Space);
    m_prompts->unsavedAnswer = UserPrompts::UnsavedChoice::Cancel;
    QVERIFY(!m_window->close());
    QCOMPARE(m_prompts->unsaved, QList<QStringList>{QStringList{d}});
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->editor()->isModified(d));

    m_prompts->unsavedAnswer = UserPrompts::UnsavedChoice::Discard;
    QVERIFY(m_window->close());
    QCOMPARE(readFile(d), storyD);
}

void TestMainWindow::openFolder_withUnsavedEdits_saveAllSavesFirst()
{
    const QString d = pathAt(RowD);
    QTest::keyClick(m_table, Qt::Key_Space);
    const QString other = m_dir->filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    QVERIFY(writeFile(other + QStringLiteral("/x.md"), storyA));

    m_prompts->unsavedAnswer = UserPrompts::UnsavedChoice::Cancel;
    QVERIFY(!m_window->openFolder(other));
    QCOMPARE(m_window->folder(), m_site);

    m_prompts->unsavedAnswer = UserPrompts::UnsavedChoice::SaveAll;
    QVERIFY(m_window->openFolder(other));
    QCOMPARE(readFile(d), replaced(storyD, "published: false", "published: true"));
    QCOMPARE(m_window->undoStack()->count(), 0);   // its commands belong to the other folder
    QTRY_COMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("other[*] — Storydesk"));
}

void TestMainWindow::conflictOnDisk_marksRowAndTellsStatusBar()
{
    const QString d = pathAt(RowD);
    QTest::keyClick(m_table, Qt::Key_Space);
    QVERIFY(writeFile(d, replaced(storyD, "quality: 40", "quality: 45")));
    const int row = m_window->store()->indexOf(d);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->store()->hasConflict(row), 15000);
    QCOMPARE(m_proxy->index(RowD, 0).data(StateRole).value<StoryState>(), StoryState::Conflict);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("d.md")), qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(publishedAt(RowD));   // my edit is still what the row shows
}

void TestMainWindow::n_jumpsToNextUnpublishedAndWraps()
{
    QCOMPARE(currentRow(), int(RowD));
    QTest::keyClick(m_table, Qt::Key_N);
    QCOMPARE(currentRow(), int(RowB));
    QTest::keyClick(m_table, Qt::Key_N);   // past A (published) and the broken row, around to D
    QCOMPARE(currentRow(), int(RowD));
    QCOMPARE(m_table->selectionModel()->selectedRows().size(), 1);
}

void TestMainWindow::jAndK_moveTheCurrentRow()
{
    QTest::keyClick(m_table, Qt::Key_J);
    QCOMPARE(currentRow(), int(RowC));
    QTest::keyClick(m_table, Qt::Key_Down);
    QCOMPARE(currentRow(), int(RowB));
    QTest::keyClick(m_table, Qt::Key_K);
    QCOMPARE(currentRow(), int(RowC));
    QTest::keyClick(m_table, Qt::Key_Up);
    QTest::keyClick(m_table, Qt::Key_Up);   // stays on the first row
    QCOMPARE(currentRow(), int(RowD));
    QCOMPARE(m_table->selectionModel()->selectedRows().size(), 1);
}

void TestMainWindow::autoAdvance_movesOnAfterToggling()
{
    auto *autoAdvance = m_window->findChild<QAction *>(QStringLiteral("autoAdvance"));
    QVERIFY(autoAdvance);
    QVERIFY(!autoAdvance->isChecked());
    autoAdvance->trigger();
    QVERIFY(Settings().autoAdvance());   // remembered

    QTest::keyClick(m_table, Qt::Key_Space);
    QVERIFY(publishedAt(RowD));
    QCOMPARE(currentRow(), int(RowC));
    QTest::keyClick(m_table, Qt::Key_Space);
    QVERIFY(!publishedAt(RowC));
    QCOMPARE(currentRow(), int(RowB));
}

void TestMainWindow::searchField_filtersRowsAndTriageKeysDoNotFire()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    // "n", "t", digits, space and "+" are triage keys in the list, and plain text here.
    QTest::keyClicks(search, QStringLiteral("delta 1+ nt"));
    QCOMPARE(search->text(), QStringLiteral("delta 1+ nt"));
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(m_window->editor()->modifiedStories().isEmpty());

    search->clear();
    QTest::keyClicks(search, QStringLiteral("delta"));
    QTRY_COMPARE(m_proxy->rowCount(), 1);
    QVERIFY(pathAt(0).endsWith(QStringLiteral("d.md")));
    QTest::keyClicks(search, QStringLiteral(" published:true"));
    QTRY_COMPARE(m_proxy->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(m_proxy->rowCount(), 5);
}

void TestMainWindow::selection_isWhatTheFormEdits()
{
    auto *form = m_window->findChild<StoryForm *>(QStringLiteral("storyForm"));
    QVERIFY(form);
    QVERIFY(form->isVisible());
    QCOMPARE(form->stories(), QStringList{pathAt(RowD)});
    selectRows(RowD, RowB);
    QCOMPARE(form->stories(), QStringList({pathAt(RowD), pathAt(RowC), pathAt(RowB)}));
    QTest::keyClick(m_table, Qt::Key_J);
    QCOMPARE(form->stories(), QStringList{pathAt(RowC)});
}

void TestMainWindow::t_focusesTopicEditorWhereTriageKeysAreText()
{
    auto *topicEditor = m_window->findChild<QWidget *>(QStringLiteral("topicEditor"));
    QVERIFY(topicEditor);
    QTest::keyClick(m_table, Qt::Key_T);
    QWidget *field = QApplication::focusWidget();
    QVERIFY(field && topicEditor->isAncestorOf(field));

    QTest::keyClicks(field, QStringLiteral("n7 +j"));
    QCOMPARE(currentRow(), int(RowD));
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(!publishedAt(RowD));
    QCOMPARE(qualityAt(RowD), 40);

    QTest::keyClick(field, Qt::Key_Escape);   // back to the list, where they are triage keys again
    QTRY_COMPARE(QApplication::focusWidget(), m_table);
    QTest::keyClick(m_table, Qt::Key_7);
    QCOMPARE(qualityAt(RowD), 70);
}

void TestMainWindow::storyChangedOnDisk_isReadAgainByTheForm()
{
    QTest::keyClick(m_table, Qt::Key_J);
    auto *quality = m_window->findChild<QualitySpinBox *>(QStringLiteral("qualitySpinBox"));
    QVERIFY(quality);
    QCOMPARE(quality->quality(), std::optional<int>(55));
    QVERIFY(writeFile(pathAt(RowC), replaced(storyC, "quality: 55", "quality: 65")));
    QTRY_COMPARE_WITH_TIMEOUT(qualityAt(RowC), 65, 15000);
    QTRY_COMPARE(quality->quality(), std::optional<int>(65));
}

void TestMainWindow::inPlaceWriteElsewhere_showsWhenTheWindowIsActiveAgain()
{
    // A write into the existing file, as some editors and scripts do: no directory event,
    // and no timer sweeps the folder. Coming back to the window compares it with the disk.
    const QString c = pathAt(RowC);
    QFile file(c);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QByteArray edited = replaced(storyC, "quality: 55", "quality: 65");
    QCOMPARE(file.write(edited), edited.size());
    file.close();
    Q_EMIT qApp->applicationStateChanged(Qt::ApplicationInactive);
    Q_EMIT qApp->applicationStateChanged(Qt::ApplicationActive);
    QTRY_COMPARE_WITH_TIMEOUT(qualityAt(RowC), 65, 15000);
}

void TestMainWindow::searchField_pointsAtParseError()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *error = m_window->findChild<QLabel *>(QStringLiteral("filterError"));
    QVERIFY(search && error);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("delta"));
    QTRY_COMPARE(m_proxy->rowCount(), 1);
    QTest::keyClicks(search, QStringLiteral(" quality:>=x"));
    QTRY_VERIFY(error->isVisible());
    const QStringList lines = error->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("delta quality:>=x"));
    QCOMPARE(lines.at(1).indexOf(QLatin1Char('^')), lines.at(0).indexOf(QLatin1Char('x')));
    QCOMPARE(m_proxy->rowCount(), 1);   // the last good filter stays

    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClicks(search, QStringLiteral("50"));
    QTRY_VERIFY(!error->isVisible());
}

void TestMainWindow::isDuplicateQuery_followsTheDuplicateFinder_inTableAndDesks()
{
    auto *dock = m_window->findChild<FacetsDock *>(QStringLiteral("facetsDock"));
    QVERIFY(dock);
    QVERIFY(dock->saveDesk(Desk{QStringLiteral("Doubles"), QStringLiteral("is:duplicate"), {}, {}, true}));
    const auto deskCount = [dock] {
        return dock->model()->itemIndex(FacetModel::DesksSection, QStringLiteral("Doubles")).data(CountRole).toInt();
    };
    QCOMPARE(deskCount(), 0);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("is:duplicate"));
    QTRY_COMPARE(m_proxy->rowCount(), 0);

    // The same story arrives twice, once with a tracking parameter: the finder groups them
    // in the background, and the table and the desk follow without another keystroke.
    const QString e = path(QStringLiteral("_posts/e.md"));
    const QString f = path(QStringLiteral("_posts/f.md"));
    QVERIFY(writeFile(e, "---\ntitle: \"Echo\"\nwebUrl: \"https://wire.example/echo\"\n---\n"));
    QVERIFY(writeFile(f, "---\ntitle: \"Foxtrot\"\nwebUrl: \"https://www.wire.example/echo?utm_source=rss\"\n---\n"));
    m_window->store()->rescanAll();
    QTRY_COMPARE_WITH_TIMEOUT(m_proxy->rowCount(), 2, 10000);
    QCOMPARE((QSet<QString>{pathAt(0), pathAt(1)}), (QSet<QString>{e, f}));
    QTRY_COMPARE(deskCount(), 2);
}

void TestMainWindow::topicsRenameRequest_opensTheDialogWithThoseTopics()
{
    auto *dock = m_window->findChild<FacetsDock *>(QStringLiteral("facetsDock"));
    QVERIFY(dock);
    // What the Topics facet's "Rename Topic…" asks for.
    Q_EMIT dock->renameTopicsRequested({QStringLiteral("Policy")});
    TopicRenameDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<TopicRenameDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->selectedTopics(), QStringList{QStringLiteral("Policy")});
    dialog->reject();
}

void TestMainWindow::find_focusesSearchAndEscapeReturnsToList()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTRY_COMPARE(QApplication::focusWidget(), m_table);
    QTest::keyClick(m_table, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(QApplication::focusWidget(), m_table);
}

void TestMainWindow::f1_listsEveryShortcut()
{
    QTest::keyClick(m_table, Qt::Key_F1);
    auto *dialog = m_window->findChild<QWidget *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
    QVERIFY(list);

    // Each row: the action's words and its keys, exactly, however many actions share words.
    QList<std::pair<QString, QStringList>> rows;
    QHash<QString, QString> keysByAction;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        rows.append({item->text(0), item->text(1).split(QStringLiteral(" or "))});
        keysByAction.insert(item->text(0), item->text(1));
    }
    QCOMPARE(keysByAction.value(QStringLiteral("Toggle Published")), QStringLiteral("Space"));
    QCOMPARE(keysByAction.value(QStringLiteral("Set Quality to 70")), QStringLiteral("7"));
    QCOMPARE(keysByAction.value(QStringLiteral("Next Unpublished Story")), QStringLiteral("N"));

    // Every action with a key is listed, on its own row with all of its keys and no other:
    // the list is made from them.
    for (const QAction *action : m_window->windowActions()) {
        if (action->shortcuts().isEmpty())
            continue;
        QString words = action->text();
        words.remove(QRegularExpression(QStringLiteral("&(?!&)")));   // "&Save" is "Save", "A && B" is "A & B"
        if (words.endsWith(QStringLiteral("\u2026")))
            words.chop(1);
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            keys.append(shortcut.toString(QKeySequence::NativeText));
        QVERIFY2(rows.contains(std::pair{words, keys}), qPrintable(action->objectName() + QStringLiteral(": ") + words + QStringLiteral(" = ") + keys.join(u'|')));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
