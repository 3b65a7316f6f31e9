#include "editplan.h"
#include "storyeditor.h"
#include "testfiles.h"
#include "testvalues.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Storydesk;

namespace {

const QByteArray storyA("---\n"
                        "title: \"A\"\n"
                        "published: true # front page\n"
                        "quality: 60\n"
                        "---\n"
                        "Body A\n");
const QByteArray storyB("---\r\n"
                        "title: 'B'\r\n"
                        "published: false\r\n"
                        "---\r\n");
const QByteArray storyC("---\n"
                        "title: \"C\"\n"
                        "---\n");
const QByteArray brokenStory("---\ntitle: \"B\ntopics:\n\t- AI\n---\n");

using TestValues::path;

} // namespace

class TestEditPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setValue_plansTheExactBytesAndWritesNothing();
    void setValue_leavesOutStoriesThatHoldTheValue();
    void setValue_addsAKeyInTheStorysLineEndings();
    void setValue_unreadableStory_isAFailureNotAChange();
    void setValues_eachStoryItsOwnValue();
    void setValue_storyWithUnsavedEdits_isPlannedFromItsEditedText();
    void insertRelated_insertsAtTheRowAsOneValue();
    void apply_putsInThePlannedBytes_savedAsPlanned();
    void apply_onlyThePlannedKeyCountsAsEdited();
    void apply_storyChangedSincePlanned_isNotTouched();
    void forKey_splitsAPlanOfSeveralKeys();

private:
    QString file(const char *name) const { return QDir(m_dir->path()).filePath(QString::fromLatin1(name)); }

    QTemporaryDir *m_dir = nullptr;
    StoryEditor *m_editor = nullptr;
};

void TestEditPlan::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    QVERIFY(TestFiles::write(file("a.md"), storyA));
    QVERIFY(TestFiles::write(file("b.md"), storyB));
    QVERIFY(TestFiles::write(file("c.md"), storyC));
    QVERIFY(TestFiles::write(file("broken.md"), brokenStory));
    m_editor = new StoryEditor(nullptr);
}

void TestEditPlan::cleanup()
{
    delete m_editor;
    delete m_dir;
}

void TestEditPlan::setValue_plansTheExactBytesAndWritesNothing()
{
    const EditPlan plan = EditPlan::setValue(*m_editor, {file("a.md")}, path("published"), YamlValue::boolean(false));
    QCOMPARE(plan.changes().size(), 1);
    const EditPlan::Change &change = plan.changes().constFirst();
    QCOMPARE(change.path, file("a.md"));
    QCOMPARE(change.key, path("published"));
    QVERIFY(change.before && change.before->sameAs(YamlValue::boolean(true)));
    QVERIFY(change.after && change.after->sameAs(YamlValue::boolean(false)));
    QCOMPARE(change.textBefore, storyA);
    QCOMPARE(change.textAfter, QByteArray("---\n"
                                          "title: \"A\"\n"
                                          "published: false # front page\n"
                                          "quality: 60\n"
                                          "---\n"
                                          "Body A\n"));
    // A plan is worked out, not made.
    QCOMPARE(TestFiles::read(file("a.md")), storyA);
    QVERIFY(!m_editor->isModified(file("a.md")));
}

void TestEditPlan::setValue_leavesOutStoriesThatHoldTheValue()
{
    const QStringList paths{file("a.md"), file("b.md")};
    const EditPlan plan = EditPlan::setValue(*m_editor, paths, path("published"), YamlValue::boolean(false));
    QCOMPARE(plan.changes().size(), 1);
    QCOMPARE(plan.changes().constFirst().path, file("a.md"));
    QCOMPARE(plan.leftOut(), QStringList{file("b.md")});
    QCOMPARE(plan.stories(), paths);
    QVERIFY(plan.failures().isEmpty());

    const EditPlan nothing = EditPlan::setValue(*m_editor, {file("b.md")}, path("published"), YamlValue::boolean(false));
    QVERIFY(nothing.isEmpty());
    QVERIFY(nothing.keys().isEmpty());
}

void TestEditPlan::setValue_addsAKeyInTheStorysLineEndings()
{
    const EditPlan plan = EditPlan::setValue(*m_editor, {file("b.md")}, path("quality"), YamlValue::integer(40));
    QCOMPARE(plan.changes().size(), 1);
    QVERIFY(!plan.changes().constFirst().before);
    // In the schema's place for the key, before `published`.
    QCOMPARE(plan.changes().constFirst().textAfter, QByteArray("---\r\n"
                                                               "title: 'B'\r\n"
                                                               "quality: 40\r\n"
                                                               "published: false\r\n"
                                                               "---\r\n"));
}

void TestEditPlan::setValue_unreadableStory_isAFailureNotAChange()
{
    const QStringList paths{file("broken.md"), file("missing.md"), file("c.md")};
    const EditPlan plan = EditPlan::setValue(*m_editor, paths, path("published"), YamlValue::boolean(false));
    QCOMPARE(plan.changes().size(), 1);
    QCOMPARE(plan.changes().constFirst().path, file("c.md"));
    QCOMPARE(plan.failures().size(), 2);
    QVERIFY2(plan.failures().at(0).startsWith(file("broken.md") + QStringLiteral(": ")), qPrintable(plan.failures().at(0)));
    QVERIFY2(plan.failures().at(1).startsWith(file("missing.md") + QStringLiteral(": ")), qPrintable(plan.failures().at(1)));
    QVERIFY(plan.leftOut().isEmpty());
}

void TestEditPlan::setValues_eachStoryItsOwnValue()
{
    const EditPlan plan = EditPlan::setValues(*m_editor, {{file("a.md"), YamlValue::integer(65)}, {file("c.md"), YamlValue::integer(5)}},
                                              path("quality"));
    QCOMPARE(plan.changes().size(), 2);
    QCOMPARE(plan.changes().at(0).textAfter, QByteArray(storyA).replace("quality: 60", "quality: 65"));
    QCOMPARE(plan.changes().at(1).textAfter, QByteArray("---\ntitle: \"C\"\nquality: 5\n---\n"));
}

void TestEditPlan::setValue_storyWithUnsavedEdits_isPlannedFromItsEditedText()
{
    QVERIFY(m_editor->setValue(file("a.md"), path("quality"), YamlValue::integer(90)));
    const EditPlan plan = EditPlan::setValue(*m_editor, {file("a.md")}, path("published"), YamlValue::boolean(false));
    QCOMPARE(plan.changes().size(), 1);
    QCOMPARE(plan.changes().constFirst().textBefore, QByteArray(storyA).replace("quality: 60", "quality: 90"));
    QCOMPARE(plan.changes().constFirst().textAfter,
             QByteArray(storyA).replace("quality: 60", "quality: 90").replace("published: true", "published: false"));
}

void TestEditPlan::insertRelated_insertsAtTheRowAsOneValue()
{
    const QByteArray withRelated("---\n"
                                 "title: \"C\"\n"
                                 "related:\n"
                                 "  - webUrl: \"https://one.example/\"\n"
                                 "---\n");
    QVERIFY(TestFiles::write(file("c.md"), withRelated));
    const YamlValue entry = TestValues::json(R"({"webUrl": "https://two.example/"})");
    const EditPlan first = EditPlan::insertRelated(*m_editor, file("c.md"), 0, {entry});
    QCOMPARE(first.changes().size(), 1);
    QCOMPARE(first.changes().constFirst().key, path("related"));
    QCOMPARE(first.changes().constFirst().textAfter, QByteArray("---\n"
                                                                "title: \"C\"\n"
                                                                "related:\n"
                                                                "  - webUrl: \"https://two.example/\"\n"
                                                                "  - webUrl: \"https://one.example/\"\n"
                                                                "---\n"));
    const EditPlan last = EditPlan::insertRelated(*m_editor, file("c.md"), -1, {entry});
    QCOMPARE(last.changes().constFirst().textAfter, QByteArray("---\n"
                                                               "title: \"C\"\n"
                                                               "related:\n"
                                                               "  - webUrl: \"https://one.example/\"\n"
                                                               "  - webUrl: \"https://two.example/\"\n"
                                                               "---\n"));
    QVERIFY(EditPlan::insertRelated(*m_editor, file("c.md"), -1, {}).isEmpty());
}

void TestEditPlan::apply_putsInThePlannedBytes_savedAsPlanned()
{
    const EditPlan plan = EditPlan::setValue(*m_editor, {file("a.md"), file("b.md"), file("c.md")}, path("published"),
                                             YamlValue::boolean(false));
    QCOMPARE(plan.changes().size(), 2);
    QVERIFY(plan.apply(*m_editor).isEmpty());
    for (const EditPlan::Change &change : plan.changes()) {
        QCOMPARE(m_editor->text(change.path), std::optional<QByteArray>(change.textAfter));
        QVERIFY(m_editor->isModified(change.path));
        QCOMPARE(m_editor->save(change.path), StoryEditor::SaveOutcome::Saved);
        QCOMPARE(TestFiles::read(change.path), change.textAfter);
    }
    QCOMPARE(TestFiles::read(file("b.md")), storyB);   // left out: untouched
}

void TestEditPlan::apply_onlyThePlannedKeyCountsAsEdited()
{
    // Applied as whole texts, the plan must still merge like setValue() over a change on disk:
    // only `published` is mine, so the other side's new quality survives.
    const EditPlan plan = EditPlan::setValue(*m_editor, {file("a.md")}, path("published"), YamlValue::boolean(false));
    QVERIFY(plan.apply(*m_editor).isEmpty());
    QVERIFY(TestFiles::write(file("a.md"), QByteArray(storyA).replace("quality: 60", "quality: 10")));
    QCOMPARE(m_editor->save(file("a.md")), StoryEditor::SaveOutcome::ChangedOnDisk);
    QVERIFY(m_editor->applyMineOnTop(file("a.md")));
    QCOMPARE(m_editor->text(file("a.md")),
             std::optional<QByteArray>(QByteArray(storyA).replace("quality: 60", "quality: 10").replace("published: true", "published: false")));
}

void TestEditPlan::apply_storyChangedSincePlanned_isNotTouched()
{
    const EditPlan plan = EditPlan::setValue(*m_editor, {file("a.md"), file("c.md")}, path("published"), YamlValue::boolean(false));
    QVERIFY(m_editor->setValue(file("a.md"), path("quality"), YamlValue::integer(1)));
    const QStringList failures = plan.apply(*m_editor);
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.constFirst().startsWith(file("a.md") + QStringLiteral(": ")), qPrintable(failures.constFirst()));
    QCOMPARE(m_editor->value(file("a.md"), path("published"))->text(), QStringLiteral("true"));
    QCOMPARE(m_editor->text(file("c.md")), std::optional<QByteArray>(plan.changes().at(1).textAfter));
}

void TestEditPlan::forKey_splitsAPlanOfSeveralKeys()
{
    EditPlan plan = EditPlan::setValue(*m_editor, {file("a.md")}, path("published"), YamlValue::boolean(false));
    plan.append(EditPlan::setValue(*m_editor, {file("c.md")}, path("quality"), YamlValue::integer(3)));
    QCOMPARE(plan.keys(), (QList<YamlPath>{path("published"), path("quality")}));
    const EditPlan quality = plan.forKey(path("quality"));
    QCOMPARE(quality.changes().size(), 1);
    QCOMPARE(quality.changes().constFirst().path, file("c.md"));
    QCOMPARE(quality.stories(), QStringList{file("c.md")});
}

QTEST_GUILESS_MAIN(TestEditPlan)
#include "tst_editplan.moc"
