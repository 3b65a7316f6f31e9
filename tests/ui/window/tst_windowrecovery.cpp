#include "windowtestbase.h"

#include "storytriage.h"

using namespace WindowTest;

// Crash recovery in the window: edits of a window that went away without closing come back
// in the next window on the folder, as the editor answers: Recover (one undo step, modified
// and unsaved), Discard, Later; a story changed on disk meanwhile saves through the conflict.
class TestWindowRecovery : public WindowTestBase
{
    Q_OBJECT

private:
    // The window dies with edits: no close event, nothing saved (the journal was written).
    void crash()
    {
        delete m_window;
        m_window = nullptr;
    }
    // The next run: a window on the same folder whose prompts answer recovery with `answer`.
    bool restart(UserPrompts::RecoveryChoice answer)
    {
        m_window = new MainWindow;
        auto prompts = std::make_unique<FakePrompts>();
        prompts->recoveryAnswer = answer;
        m_prompts = prompts.get();
        m_window->setPrompts(std::move(prompts));
        if (!m_window->openFolder(m_site))
            return false;
        m_window->show();
        m_table = m_window->findChild<QTableView *>(QStringLiteral("storyTable"));
        m_proxy = m_table->model();
        // The question comes once the folder has loaded.
        return QTest::qWaitFor([this] { return !m_window->store()->isLoading(); }, 20000);
    }
    void triage(int row, const QString &action)
    {
        selectRows(row, row);
        QAction *a = m_window->findChild<QAction *>(action);
        QVERIFY(a);
        a->trigger();
    }
    void editTwoStories()
    {
        triage(RowD, QStringLiteral("togglePublished"));
        triage(RowB, QStringLiteral("raiseQuality"));
        QVERIFY(m_window->editor()->isModified(path(QStringLiteral("_posts/d.md"))));
        QVERIFY(m_window->editor()->isModified(path(QStringLiteral("_posts/b.md"))));
    }

private Q_SLOTS:
    void recover_putsTheEditsBackAsOneUndoStep()
    {
        editTwoStories();
        const QByteArray editedD = *m_window->editor()->text(path(QStringLiteral("_posts/d.md")));
        const QByteArray editedB = *m_window->editor()->text(path(QStringLiteral("_posts/b.md")));
        crash();
        QCOMPARE(readFile(path(QStringLiteral("_posts/d.md"))), storyD);

        QVERIFY(restart(UserPrompts::RecoveryChoice::Recover));
        QTRY_COMPARE(m_prompts->recoveries.size(), 1);
        QCOMPARE(m_prompts->recoveries.constFirst(),
                 (QStringList{path(QStringLiteral("_posts/b.md")), path(QStringLiteral("_posts/d.md"))}));
        StoryEditor *editor = m_window->editor();
        QCOMPARE(editor->modifiedStories(), (QStringList{path(QStringLiteral("_posts/b.md")), path(QStringLiteral("_posts/d.md"))}));
        QCOMPARE(m_window->undoStack()->count(), 1);
        QVERIFY(m_window->isWindowModified());
        QVERIFY(publishedAt(RowD));
        QCOMPARE(qualityAt(RowB), 60 + StoryTriage::QualityStep);

        m_window->undoStack()->undo();
        QVERIFY(editor->modifiedStories().isEmpty());
        QVERIFY(!publishedAt(RowD));
        m_window->undoStack()->redo();
        QCOMPARE(editor->modifiedStories().size(), 2);

        QAction *saveAll = m_window->findChild<QAction *>(QStringLiteral("saveAll"));
        QVERIFY(saveAll);
        saveAll->trigger();
        QCOMPARE(readFile(path(QStringLiteral("_posts/d.md"))), editedD);
        QCOMPARE(readFile(path(QStringLiteral("_posts/b.md"))), editedB);
        QCOMPARE(readFile(path(QStringLiteral("_posts/a.md"))), storyA);
        QVERIFY(m_prompts->conflicts.isEmpty());
    }

    void discard_dropsTheEditsForGood()
    {
        editTwoStories();
        crash();
        QVERIFY(restart(UserPrompts::RecoveryChoice::Discard));
        QTRY_COMPARE(m_prompts->recoveries.size(), 1);
        QVERIFY(m_window->editor()->modifiedStories().isEmpty());
        QCOMPARE(m_window->undoStack()->count(), 0);
        crash();
        QVERIFY(restart(UserPrompts::RecoveryChoice::Recover));
        QTest::qWait(200);
        QVERIFY(m_prompts->recoveries.isEmpty());
        QCOMPARE(readFile(path(QStringLiteral("_posts/d.md"))), storyD);
    }

    void later_asksAgainNextTime()
    {
        editTwoStories();
        crash();
        QVERIFY(restart(UserPrompts::RecoveryChoice::Later));
        QTRY_COMPARE(m_prompts->recoveries.size(), 1);
        QVERIFY(m_window->editor()->modifiedStories().isEmpty());
        QVERIFY(m_window->close());   // a clean exit keeps what was left for later
        crash();
        QVERIFY(restart(UserPrompts::RecoveryChoice::Recover));
        QTRY_COMPARE(m_prompts->recoveries.size(), 1);
        QCOMPARE(m_window->editor()->modifiedStories().size(), 2);
    }

    void storyChangedOnDisk_savesThroughTheConflict()
    {
        triage(RowD, QStringLiteral("togglePublished"));
        crash();
        // Someone else changes another field of the story meanwhile.
        const QByteArray theirs = replaced(storyD, "quality: 40", "quality: 90");
        QVERIFY(writeFile(path(QStringLiteral("_posts/d.md")), theirs));

        QVERIFY(restart(UserPrompts::RecoveryChoice::Recover));
        QTRY_COMPARE(m_prompts->recoveries.size(), 1);
        QVERIFY(m_window->editor()->isModified(path(QStringLiteral("_posts/d.md"))));
        m_prompts->conflictAnswer = UserPrompts::ConflictChoice::ApplyMineOnTop;
        m_window->findChild<QAction *>(QStringLiteral("saveAll"))->trigger();
        QCOMPARE(m_prompts->conflicts, QStringList{path(QStringLiteral("_posts/d.md"))});
        QCOMPARE(readFile(path(QStringLiteral("_posts/d.md"))), replaced(theirs, "published: false", "published: true"));
    }

    void cleanClose_leavesNothingToRecover()
    {
        editTwoStories();
        m_prompts->unsavedAnswer = UserPrompts::UnsavedChoice::Discard;
        QVERIFY(m_window->close());
        crash();
        QVERIFY(restart(UserPrompts::RecoveryChoice::Recover));
        QTest::qWait(200);
        QVERIFY(m_prompts->recoveries.isEmpty());
        QVERIFY(m_window->editor()->modifiedStories().isEmpty());
    }
};

QTEST_MAIN(TestWindowRecovery)
#include "tst_windowrecovery.moc"
