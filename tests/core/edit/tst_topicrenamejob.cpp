#include "frontmatterdocument.h"
#include "storyeditor.h"
#include "storystore.h"
#include "testfiles.h"
#include "topicrenamejob.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A rename or merge over a loaded folder, through StoryEditor: what changes in memory,
// what a save writes (exact lines), and that Cancel leaves every story as it was.

using namespace Storydesk;

namespace {

const QByteArray BlockStory("---\ntitle: \"Block\"\ntopics:\n  - Computer Vision\n  - ML\nquality: 40\n---\nbody\n");
const QByteArray FlowStory("---\ntitle: 'Flow'\ntopics: [Policy, ml, AI]   # mixed\npublished: false\n---\n");
const QByteArray OtherStory("---\ntitle: Other\ntopics: [Policy]\n---\n");
const QByteArray BrokenStory("---\ntitle: \"Broken\ntopics: [ML]\n---\n");

} // namespace

class TestTopicRenameJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void merge_changesOnlyTopicLinesAfterSave();
    void merge_skipsAndReportsBrokenStories();
    void rename_appliesOnTopOfUnsavedEdits();
    void cancelWhileApplying_leavesEveryStoryAsItWas();
    void cancelWhileReading_changesNothing();
    void storyChangedOnDiskAfterReading_keepsItsNewTopics();
    void cancelWhileApplying_putsBackTheExactBytes();
    void storyBrokenOnDiskAfterReading_isReported();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromUtf8(name)); }
    TopicRenameJob *makeJob(const QStringList &from, const QString &to);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoryStore> m_store;
    std::unique_ptr<StoryEditor> m_editor;
};

void TestTopicRenameJob::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTopicRenameJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(TestFiles::write(path("block.md"), BlockStory));
    QVERIFY(TestFiles::write(path("flow.md"), FlowStory));
    QVERIFY(TestFiles::write(path("other.md"), OtherStory));
    QVERIFY(TestFiles::write(path("broken.md"), BrokenStory));
    m_store = std::make_unique<StoryStore>();
    m_store->setIndexEnabled(false);
    m_editor = std::make_unique<StoryEditor>(m_store.get());
    QSignalSpy loaded(m_store.get(), &StoryStore::loadFinished);
    m_store->openFolder(m_dir->path());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_store->count(), 4);
}

void TestTopicRenameJob::cleanup()
{
    m_editor.reset();
    m_store.reset();
    m_dir.reset();
}

TopicRenameJob *TestTopicRenameJob::makeJob(const QStringList &from, const QString &to)
{
    return new TopicRenameJob(m_store.get(), m_editor.get(), TopicRename(from, to), m_editor.get());
}

void TestTopicRenameJob::merge_changesOnlyTopicLinesAfterSave()
{
    TopicRenameJob *job = makeJob({QStringLiteral("ML")}, QStringLiteral("AI"));
    QCOMPARE(job->plan().stories, (QStringList{path("block.md"), path("flow.md")}));
    QSignalSpy finished(job, &TopicRenameJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->changes().size(), 2);
    QVERIFY(job->failures().isEmpty());
    // In memory until saved, like every edit.
    QCOMPARE(m_editor->modifiedStories(), (QStringList{path("block.md"), path("flow.md")}));
    QCOMPARE(TestFiles::read(path("block.md")), BlockStory);
    QCOMPARE(m_store->summary(m_store->indexOf(path("flow.md"))).topics, (QStringList{QStringLiteral("Policy"), QStringLiteral("AI")}));
    QCOMPARE(m_store->topicIndex()->topicCount(QStringLiteral("ML")), 0);

    for (const QString &story : m_editor->modifiedStories())
        QCOMPARE(m_editor->save(story), StoryEditor::SaveOutcome::Saved);
    auto [removed, added] = TestFiles::lineDiff(BlockStory, TestFiles::read(path("block.md")));
    QCOMPARE(removed, QList<QByteArray>{"  - ML"});
    QCOMPARE(added, QList<QByteArray>{"  - AI"});
    std::tie(removed, added) = TestFiles::lineDiff(FlowStory, TestFiles::read(path("flow.md")));
    QCOMPARE(removed, QList<QByteArray>{"topics: [Policy, ml, AI]   # mixed"});
    QCOMPARE(added, QList<QByteArray>{"topics: [Policy, AI]   # mixed"});
    QCOMPARE(TestFiles::read(path("other.md")), OtherStory);
    QCOMPARE(TestFiles::read(path("broken.md")), BrokenStory);
}

void TestTopicRenameJob::merge_skipsAndReportsBrokenStories()
{
    TopicRenameJob *job = makeJob({QStringLiteral("ML")}, QStringLiteral("AI"));
    QCOMPARE(job->plan().broken, QStringList{path("broken.md")});
    QSignalSpy finished(job, &TopicRenameJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!m_editor->isModified(path("broken.md")));
    QCOMPARE(TestFiles::read(path("broken.md")), BrokenStory);
}

void TestTopicRenameJob::rename_appliesOnTopOfUnsavedEdits()
{
    // An unsaved edit of the story's topics and quality: the rename starts from it.
    QVERIFY(m_editor->setValue(path("block.md"), YamlPath({QStringLiteral("quality")}), YamlValue::integer(75)));
    QVERIFY(m_editor->insertItem(path("block.md"), YamlPath({QStringLiteral("topics")}), 2, YamlValue::string(QStringLiteral("Robotics"))));
    TopicRenameJob *job = makeJob({QStringLiteral("Robotics")}, QStringLiteral("Robots"));
    QCOMPARE(job->plan().stories, QStringList{path("block.md")});   // from the edited summary
    QSignalSpy finished(job, &TopicRenameJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->changes().size(), 1);
    QCOMPARE(m_editor->save(path("block.md")), StoryEditor::SaveOutcome::Saved);
    const auto [removed, added] = TestFiles::lineDiff(BlockStory, TestFiles::read(path("block.md")));
    QCOMPARE(removed, (QList<QByteArray>{"quality: 40"}));
    QCOMPARE(added, (QList<QByteArray>{"  - Robots", "quality: 75"}));
}

void TestTopicRenameJob::cancelWhileApplying_leavesEveryStoryAsItWas()
{
    // One unsaved edit before: Cancel must leave it, and only it.
    QVERIFY(m_editor->setValue(path("flow.md"), YamlPath({QStringLiteral("published")}), YamlValue::boolean(true)));
    const QByteArray flowEdited = *m_editor->text(path("flow.md"));
    TopicRenameJob *job = makeJob({QStringLiteral("ML"), QStringLiteral("Computer Vision")}, QStringLiteral("AI"));
    job->setSliceMilliseconds(0);   // one story per slice: Cancel lands between two
    QSignalSpy cancelled(job, &TopicRenameJob::cancelled);
    connect(job, &TopicRenameJob::progress, this, [job](TopicRenameJob::Phase phase, int done, int) {
        if (phase == TopicRenameJob::Phase::Applying && done == 1)
            job->cancel();
    });
    job->start();
    QVERIFY(cancelled.wait(10000));
    QVERIFY(!job->isRunning());
    QVERIFY(job->changes().isEmpty());
    QCOMPARE(m_editor->modifiedStories(), QStringList{path("flow.md")});
    QCOMPARE(*m_editor->text(path("flow.md")), flowEdited);
    QCOMPARE(*m_editor->text(path("block.md")), BlockStory);
    QCOMPARE(m_store->summary(m_store->indexOf(path("block.md"))).topics, (QStringList{QStringLiteral("Computer Vision"), QStringLiteral("ML")}));
    QCOMPARE(TestFiles::read(path("block.md")), BlockStory);
    QCOMPARE(TestFiles::read(path("flow.md")), FlowStory);
}

void TestTopicRenameJob::cancelWhileReading_changesNothing()
{
    TopicRenameJob *job = makeJob({QStringLiteral("ML")}, QStringLiteral("AI"));
    QSignalSpy cancelled(job, &TopicRenameJob::cancelled);
    QSignalSpy finished(job, &TopicRenameJob::finished);
    job->start();
    job->cancel();   // the readers are (or were just) running: nothing is applied
    QVERIFY(cancelled.count() == 1 || cancelled.wait(10000));
    QCOMPARE(finished.count(), 0);
    QVERIFY(m_editor->modifiedStories().isEmpty());
    QCOMPARE(TestFiles::read(path("block.md")), BlockStory);
}

void TestTopicRenameJob::storyChangedOnDiskAfterReading_keepsItsNewTopics()
{
    // Another editor's change (a git pull) lands between the read and the apply: the rename
    // works on the story as it is then, not on the topics read a moment before.
    TopicRenameJob *job = makeJob({QStringLiteral("Policy")}, QStringLiteral("Politics"));
    QCOMPARE(job->plan().stories, (QStringList{path("flow.md"), path("other.md")}));
    job->setSliceMilliseconds(0);   // one story per slice
    const QByteArray pulled("---\ntitle: Other\ntopics: [Policy, Space]\n---\n");
    connect(job, &TopicRenameJob::progress, this, [&](TopicRenameJob::Phase phase, int done) {
        if (phase == TopicRenameJob::Phase::Applying && done == 1)
            QVERIFY(TestFiles::write(path("other.md"), pulled));
    });
    QSignalSpy finished(job, &TopicRenameJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->changes().size(), 2);
    const std::optional<YamlValue> topics = m_editor->value(path("other.md"), YamlPath({QStringLiteral("topics")}));
    QVERIFY(topics && topics->isSequence());
    QCOMPARE(topics->items().size(), 2);
    QCOMPARE(topics->items().at(0).text(), QStringLiteral("Politics"));
    QCOMPARE(topics->items().at(1).text(), QStringLiteral("Space"));
    // Undo puts back what the story held when the rename changed it.
    QVERIFY(job->changes().at(1).before.sameAs(*FrontMatterDocument::fromBytes(pulled).valueAt(YamlPath({QStringLiteral("topics")}))));
}

void TestTopicRenameJob::cancelWhileApplying_putsBackTheExactBytes()
{
    // Quoting and comments the writer would not reproduce from the value alone.
    const QByteArray quoted("---\ntitle: 'Quoted'\ntopics:\n  - 'ml'   # the old name\n  # more to come\n  - 'ML'\n  - 'Policy'\n---\n");
    QVERIFY(TestFiles::write(path("a-quoted.md"), quoted));
    QSignalSpy loaded(m_store.get(), &StoryStore::loadFinished);
    m_store->openFolder(m_dir->path());
    QVERIFY(loaded.wait(10000));
    TopicRenameJob *job = makeJob({QStringLiteral("ML")}, QStringLiteral("AI"));
    QCOMPARE(job->plan().stories.value(0), path("a-quoted.md"));
    job->setSliceMilliseconds(0);   // one story per slice
    connect(job, &TopicRenameJob::progress, job, [job](TopicRenameJob::Phase phase, int done) {
        if (phase == TopicRenameJob::Phase::Applying && done == 1)
            job->cancel();
    });
    QSignalSpy cancelled(job, &TopicRenameJob::cancelled);
    job->start();
    QVERIFY(cancelled.wait(10000));
    QCOMPARE(m_editor->text(path("a-quoted.md")), std::optional<QByteArray>(quoted));
    QVERIFY(m_editor->modifiedStories().isEmpty());
}

void TestTopicRenameJob::storyBrokenOnDiskAfterReading_isReported()
{
    TopicRenameJob *job = makeJob({QStringLiteral("Policy")}, QStringLiteral("Politics"));
    QCOMPARE(job->plan().stories, (QStringList{path("flow.md"), path("other.md")}));
    job->setSliceMilliseconds(0);   // one story per slice
    const QByteArray broken("---\ntitle: Other\ntopics: [Policy\n---\n");
    connect(job, &TopicRenameJob::progress, this, [&](TopicRenameJob::Phase phase, int done) {
        if (phase == TopicRenameJob::Phase::Applying && done == 1)
            QVERIFY(TestFiles::write(path("other.md"), broken));
    });
    QSignalSpy finished(job, &TopicRenameJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->changes().size(), 1);
    QCOMPARE(job->failures().size(), 1);
    QVERIFY2(job->failures().constFirst().startsWith(path("other.md") + QStringLiteral(": ")), qPrintable(job->failures().constFirst()));
    QCOMPARE(TestFiles::read(path("other.md")), broken);
}

QTEST_GUILESS_MAIN(TestTopicRenameJob)
#include "tst_topicrenamejob.moc"
