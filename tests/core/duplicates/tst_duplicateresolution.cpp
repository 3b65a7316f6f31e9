#include "duplicatestories.h"
#include "duplicateresolution.h"
#include "storyeditor.h"
#include "testfiles.h"
#include "testvalues.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Storydesk;

namespace {

using DuplicateStories::StoryA;
using DuplicateStories::StoryB;
using DuplicateStories::StoryC;

const QByteArray StoryD("---\n"
                        "title: \"Detroit renews facial recognition contract\"\n"
                        "webUrl: \"https://third.example/d\"\n"
                        "published: false\n"
                        "---\n");

using TestValues::path;

} // namespace

class TestDuplicateResolution final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepAndUnpublish_plansPublishedFalseOnTheOthersOnly();
    void keepAndUnpublish_allOthersUnpublishedAlready_nothingToDoNothingToSay();
    void keepAndAttach_plansTheEntriesAndUnpublishes_exactBytes();
    void keepAndAttach_keptStorysOwnPage_notAttachedButUnpublished();
    void keepAndAttach_outcomeSaysWhatBecameOfTheOthers();
    void keepAndAttach_keptStoryNotEditable_refusedWithANote();

private:
    QString file(const char *name) const { return QDir(m_dir->path()).filePath(QString::fromLatin1(name)); }
    const EditPlan::Change *changeOf(const EditPlan &plan, const QString &path) const;

    QTemporaryDir *m_dir = nullptr;
    StoryEditor *m_editor = nullptr;
};

void TestDuplicateResolution::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    QVERIFY(TestFiles::write(file("a.md"), StoryA));
    QVERIFY(TestFiles::write(file("b.md"), StoryB));
    QVERIFY(TestFiles::write(file("c.md"), StoryC));
    QVERIFY(TestFiles::write(file("d.md"), StoryD));
    m_editor = new StoryEditor(nullptr);
}

void TestDuplicateResolution::cleanup()
{
    delete m_editor;
    delete m_dir;
}

const EditPlan::Change *TestDuplicateResolution::changeOf(const EditPlan &plan, const QString &path) const
{
    for (const EditPlan::Change &change : plan.changes()) {
        if (change.path == path)
            return &change;
    }
    return nullptr;
}

void TestDuplicateResolution::keepAndUnpublish_plansPublishedFalseOnTheOthersOnly()
{
    const QStringList group{file("a.md"), file("b.md"), file("c.md"), file("d.md")};
    const DuplicateResolution resolution = DuplicateResolution::keepAndUnpublish(*m_editor, file("c.md"), group);
    QCOMPARE(resolution.others(), (QStringList{file("a.md"), file("b.md"), file("d.md")}));
    const EditPlan &plan = resolution.plan();
    QCOMPARE(plan.keys(), QList<YamlPath>{path("published")});
    QCOMPARE(plan.changes().size(), 2);
    QVERIFY(!changeOf(plan, file("c.md")));   // the one kept
    QCOMPARE(plan.leftOut(), QStringList{file("d.md")});   // unpublished already
    QCOMPARE(changeOf(plan, file("a.md"))->textAfter, QByteArray(StoryA).replace("published: true #", "published: false #"));
    QCOMPARE(changeOf(plan, file("b.md"))->textAfter, QByteArray(StoryB).replace("published: true", "published: false"));
    QVERIFY(resolution.notes().isEmpty());

    QVERIFY(plan.apply(*m_editor).isEmpty());
    const DuplicateResolution::Outcome outcome = resolution.outcome(*m_editor);
    QCOMPARE(outcome.unpublished, (QStringList{file("a.md"), file("b.md"), file("d.md")}));
    QCOMPARE(outcome.attached, 0);
    QVERIFY(outcome.notes.isEmpty());
}

void TestDuplicateResolution::keepAndUnpublish_allOthersUnpublishedAlready_nothingToDoNothingToSay()
{
    const DuplicateResolution resolution = DuplicateResolution::keepAndUnpublish(*m_editor, file("a.md"), {file("a.md"), file("d.md")});
    QVERIFY(resolution.plan().isEmpty());
    const DuplicateResolution::Outcome outcome = resolution.outcome(*m_editor);
    QVERIFY(outcome.unpublished.isEmpty());
    QVERIFY(outcome.notes.isEmpty());
}

void TestDuplicateResolution::keepAndAttach_plansTheEntriesAndUnpublishes_exactBytes()
{
    const DuplicateResolution resolution = DuplicateResolution::keepAndAttach(*m_editor, file("a.md"), {file("a.md"), file("b.md")});
    const EditPlan &plan = resolution.plan();
    QCOMPARE(plan.keys(), (QList<YamlPath>{path("related"), path("published")}));
    QCOMPARE(resolution.attaching(), 1);
    QCOMPARE(changeOf(plan, file("a.md"))->textAfter, DuplicateStories::StoryAWithBAttached);
    QCOMPARE(changeOf(plan, file("b.md"))->textAfter, QByteArray(StoryB).replace("published: true", "published: false"));
    QVERIFY(resolution.notes().isEmpty());
}

void TestDuplicateResolution::keepAndAttach_keptStorysOwnPage_notAttachedButUnpublished()
{
    const DuplicateResolution resolution = DuplicateResolution::keepAndAttach(*m_editor, file("a.md"), {file("a.md"), file("c.md")});
    const EditPlan &plan = resolution.plan();
    QCOMPARE(resolution.attaching(), 0);
    QVERIFY(!changeOf(plan, file("a.md")));   // nothing to attach: the kept story is untouched
    QCOMPARE(plan.keys(), QList<YamlPath>{path("published")});
    // A key c did not have is added, in its own line endings.
    QCOMPARE(changeOf(plan, file("c.md"))->textAfter, QByteArray("---\r\n"
                                                                 "title: \"Council vote on surveillance\"\r\n"
                                                                 "webUrl: \"http://www.news.example/a/?utm_source=rss\"\r\n"
                                                                 "quality: 30\r\n"
                                                                 "published: false\r\n"
                                                                 "---\r\n"
                                                                 "Body C.\r\n"));
    QCOMPARE(resolution.notes(), QStringList{QStringLiteral("c.md: the same page, not attached")});
}

void TestDuplicateResolution::keepAndAttach_outcomeSaysWhatBecameOfTheOthers()
{
    const QStringList group{file("a.md"), file("b.md"), file("c.md")};
    const DuplicateResolution resolution = DuplicateResolution::keepAndAttach(*m_editor, file("a.md"), group);
    QCOMPARE(resolution.plan().changes().size(), 3);
    QVERIFY(resolution.plan().apply(*m_editor).isEmpty());
    const DuplicateResolution::Outcome outcome = resolution.outcome(*m_editor);
    QCOMPARE(outcome.attached, 1);
    QCOMPARE(outcome.unpublished, (QStringList{file("b.md"), file("c.md")}));
    QCOMPARE(outcome.notes, QStringList{QStringLiteral("c.md: the same page, not attached")});

    // Not applied: the stories say so.
    StoryEditor fresh(nullptr);
    const DuplicateResolution again = DuplicateResolution::keepAndAttach(fresh, file("a.md"), group);
    const DuplicateResolution::Outcome notApplied = again.outcome(fresh);
    QCOMPARE(notApplied.attached, 0);
    QVERIFY(notApplied.unpublished.isEmpty());
    QCOMPARE(notApplied.notes, (QStringList{QStringLiteral("c.md: the same page, not attached"),
                                            file("a.md") + QStringLiteral(": the related entries could not be added"),
                                            file("b.md") + QStringLiteral(" could not be unpublished"),
                                            file("c.md") + QStringLiteral(" could not be unpublished")}));
}

void TestDuplicateResolution::keepAndAttach_keptStoryNotEditable_refusedWithANote()
{
    // A front matter that is a list, not keys: there is no `related` to add to.
    QVERIFY(TestFiles::write(file("a.md"), "---\n- A\n- B\n---\n"));
    const DuplicateResolution resolution = DuplicateResolution::keepAndAttach(*m_editor, file("a.md"), {file("a.md"), file("b.md")});
    QVERIFY(resolution.plan().isEmpty());
    QCOMPARE(resolution.notes(), QStringList{file("a.md") + QStringLiteral(" cannot be edited")});
    const DuplicateResolution::Outcome outcome = resolution.outcome(*m_editor);
    QVERIFY(outcome.unpublished.isEmpty());
    QCOMPARE(outcome.notes, resolution.notes());
}

QTEST_GUILESS_MAIN(TestDuplicateResolution)
#include "tst_duplicateresolution.moc"
