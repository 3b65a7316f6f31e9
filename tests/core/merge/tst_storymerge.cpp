#include "storymerge.h"

#include <QTest>

using namespace Storydesk;

namespace {

// A story with the sample's shape: comments, quoting, nested maps, lists, a body.
const QByteArray Base = QByteArrayLiteral(
    "---\n"
    "# Desk note: second source confirmed.\n"
    "title: \"Ferrovia Breaks Ground\"\n"
    "webUrl: \"https://a.example/story\"\n"
    "quality: 55 # checked by desk\n"
    "published: false\n"
    "\n"
    "provider:\n"
    "  name: Pixel Harbor\n"
    "  domain: pixelharbor.example\n"
    "\n"
    "topics:\n"
    "  - Chips\n"
    "  - Climate Tech\n"
    "\n"
    "related:\n"
    "  - title: \"One\"\n"
    "    webUrl: \"https://b.example/one\"\n"
    "    quality: 40\n"
    "  - title: \"Two\"\n"
    "    webUrl: \"https://c.example/two/\"\n"
    "secured: \"c2lnbmVk\"\n"
    "---\n"
    "First line.\n"
    "Second line.\n"
    "Last line.\n");

QByteArray edit(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        qFatal("fixture: %s not found", from.constData());
    return text.replace(at, from.size(), to);
}

QByteArray edit(const QByteArray &text, const QList<std::pair<QByteArray, QByteArray>> &edits)
{
    QByteArray result = text;
    for (const auto &[from, to] : edits)
        result = edit(result, from, to);
    return result;
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

const QByteArray Bom = QByteArrayLiteral("\xEF\xBB\xBF");

const QByteArray Three = QByteArrayLiteral("  - title: \"Three\"\n    webUrl: \"https://d.example/three\"\n");
const QByteArray Four = QByteArrayLiteral("  - title: \"Four\"\n    webUrl: \"https://e.example/four\"\n");

} // namespace

class TestStoryMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merge_data();
    void merge();
    void cleanMerge_reportsNoConflict();
    void unparsableSide_fallsBackToLineMerge();
    void labelsAndMarkerSize_areGits();
    void flowTopics_stayFlow();
    void addedOnBothSides_mergedKeyByKey();
};

void TestStoryMerge::merge_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("ours");
    QTest::addColumn<QByteArray>("theirs");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QStringList>("conflictKeys");
    QTest::addColumn<int>("conflicts");

    // Each case three times: as written, with CRLF line ends, with a BOM and CRLF.
    const auto add = [](const char *name, const QByteArray &ours, const QByteArray &theirs, const QByteArray &expected,
                        const QStringList &keys = {}, int conflicts = 0) {
        QTest::addRow("%s", name) << Base << ours << theirs << expected << keys << conflicts;
        QTest::addRow("%s_crlf", name) << crlf(Base) << crlf(ours) << crlf(theirs) << crlf(expected) << keys << conflicts;
        QTest::addRow("%s_bom", name) << Bom + crlf(Base) << Bom + crlf(ours) << Bom + crlf(theirs) << Bom + crlf(expected)
                                      << keys << conflicts;
    };
    const QByteArray quality70 = edit(Base, "quality: 55", "quality: 70");
    const QByteArray publishedTrue = edit(Base, "published: false", "published: true");

    add("keyChangedOnOneSide_takesThatSide", quality70, Base, quality70);
    add("keyChangedOnTheirsOnly_takesTheirs", Base, publishedTrue, publishedTrue);
    add("differentKeysOnEachSide_bothKept", quality70, publishedTrue, edit(quality70, "published: false", "published: true"));
    add("identicalChangeOnBothSides_isNoConflict", quality70, quality70, quality70);
    add("keyAddedByTheirs_landsWhereItStood", Base, edit(Base, "published: false\n", "published: false\nheat: 78\n"),
        edit(Base, "published: false\n", "published: false\nheat: 78\n"));
    add("keyRemovedByTheirs_isRemoved", quality70, edit(Base, "published: false\n", ""),
        edit(quality70, "published: false\n", ""));
    add("keyRemovedByBoth_staysRemoved", edit(Base, "published: false\n", ""), edit(Base, "published: false\n", ""),
        edit(Base, "published: false\n", ""));
    add("nestedMapChangedOnBothSides_mergedByKey", edit(Base, "  name: Pixel Harbor", "  name: Pixel Harbor Weekly"),
        edit(Base, "  domain: pixelharbor.example", "  domain: pixelharbor.test"),
        edit(Base, {{"  name: Pixel Harbor", "  name: Pixel Harbor Weekly"}, {"  domain: pixelharbor.example", "  domain: pixelharbor.test"}}));
    add("topicsAddedOnBothSides_oursThenTheirs", edit(Base, "  - Climate Tech\n", "  - Climate Tech\n  - AI\n"),
        edit(Base, "  - Climate Tech\n", "  - Climate Tech\n  - \"Cloud\"\n"),
        edit(Base, "  - Climate Tech\n", "  - Climate Tech\n  - AI\n  - Cloud\n"));
    add("topicRemovedByOneSide_isHonoured", edit(Base, "  - Chips\n", ""),
        edit(Base, "  - Climate Tech\n", "  - Climate Tech\n  - Cloud\n"),
        edit(Base, {{"  - Chips\n", ""}, {"  - Climate Tech\n", "  - Climate Tech\n  - Cloud\n"}}));
    add("topicAddedByBoth_keptOnce", edit(Base, "  - Climate Tech\n", "  - Climate Tech\n  - AI\n"),
        edit(Base, "  - Chips\n  - Climate Tech\n", "  - AI\n  - Chips\n  - Climate Tech\n"),
        edit(Base, "  - Climate Tech\n", "  - Climate Tech\n  - AI\n"));
    add("relatedAppendedOnBothSides_bothKeptInOrder", edit(Base, "secured:", Three + "secured:"),
        edit(Base, "secured:", Four + "secured:"), edit(Base, "secured:", Three + Four + "secured:"));
    add("relatedEntryRemovedByTheirs_isRemoved", edit(Base, "secured:", Three + "secured:"),
        edit(Base, "  - title: \"One\"\n    webUrl: \"https://b.example/one\"\n    quality: 40\n", ""),
        edit(Base, {{"  - title: \"One\"\n    webUrl: \"https://b.example/one\"\n    quality: 40\n", ""}, {"secured:", Three + "secured:"}}));
    add("relatedEntryEditedOnBothSides_mergedFieldByField", edit(Base, "    quality: 40", "    quality: 60"),
        edit(Base, "title: \"One\"", "title: \"One, updated\""),
        edit(Base, {{"    quality: 40", "    quality: 60"}, {"title: \"One\"", "title: \"One, updated\""}}));
    add("relatedEntryAddedByBoth_linksComparedAsTheAppDoes",
        edit(Base, "secured:", Three + "secured:"),
        edit(Base, "secured:", "  - title: \"Three\"\n    webUrl: \"HTTPS://D.example/three/\"\n    quality: 20\n" + QByteArray("secured:")),
        edit(Base, "secured:", "  - title: \"Three\"\n    webUrl: \"https://d.example/three\"\n    quality: 20\n" + QByteArray("secured:")));
    add("bodyLastLineEditedByTheirs_withFrontMatterEdit", quality70, edit(Base, "Last line.", "Last line, corrected."),
        edit(quality70, "Last line.", "Last line, corrected."));
    add("bodyEditedOnBothSides_gitMergesTheLines", edit(Base, "First line.", "First line!"),
        edit(Base, "Last line.", "Last line!"), edit(Base, {{"First line.", "First line!"}, {"Last line.", "Last line!"}}));

    add("sameKeyChangedTwoWays_conflictAroundThatKeyOnly", edit(quality70, "  - Climate Tech\n", "  - Climate Tech\n  - AI\n"),
        edit(Base, "quality: 55", "quality: 80"),
        edit(Base, {{"quality: 55 # checked by desk\n",
                     "<<<<<<< ours\nquality: 70 # checked by desk\n=======\nquality: 80 # checked by desk\n>>>>>>> theirs\n"},
                    {"  - Climate Tech\n", "  - Climate Tech\n  - AI\n"}}),
        {QStringLiteral("quality")}, 1);
    add("keyRemovedByOursChangedByTheirs_isConflict", edit(Base, "published: false\n", ""), publishedTrue,
        edit(Base, "published: false\n", "<<<<<<< ours\n=======\npublished: true\n>>>>>>> theirs\n"),
        {QStringLiteral("published")}, 1);
    add("keyChangedByOursRemovedByTheirs_isConflict", quality70, edit(Base, "quality: 55 # checked by desk\n", ""),
        edit(Base, "quality: 55 # checked by desk\n", "<<<<<<< ours\nquality: 70 # checked by desk\n=======\n>>>>>>> theirs\n"),
        {QStringLiteral("quality")}, 1);
    add("relatedEntryEditedByOursRemovedByTheirs_isConflict", edit(Base, "    quality: 40", "    quality: 60"),
        edit(Base, "  - title: \"One\"\n    webUrl: \"https://b.example/one\"\n    quality: 40\n", ""),
        edit(Base, "related:\n  - title: \"One\"\n    webUrl: \"https://b.example/one\"\n    quality: 40\n  - title: \"Two\"\n    webUrl: \"https://c.example/two/\"\n",
             "<<<<<<< ours\nrelated:\n  - title: \"One\"\n    webUrl: \"https://b.example/one\"\n    quality: 60\n  - title: \"Two\"\n    webUrl: \"https://c.example/two/\"\n"
             "=======\nrelated:\n  - title: \"Two\"\n    webUrl: \"https://c.example/two/\"\n>>>>>>> theirs\n"),
        {QStringLiteral("related")}, 1);
}

void TestStoryMerge::merge()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, ours);
    QFETCH(QByteArray, theirs);
    QFETCH(QByteArray, expected);
    QFETCH(QStringList, conflictKeys);
    QFETCH(int, conflicts);

    const StoryMerge::Result result = StoryMerge::merge(base, ours, theirs);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.bytes, expected);
    QCOMPARE(result.conflictKeys, conflictKeys);
    QCOMPARE(result.conflicts, conflicts);
    QVERIFY(!result.lineMerged);
}

void TestStoryMerge::cleanMerge_reportsNoConflict()
{
    const StoryMerge::Result result = StoryMerge::merge(Base, edit(Base, "quality: 55", "quality: 70"),
                                                        edit(Base, "published: false", "published: true"));
    QVERIFY(result.ok);
    QCOMPARE(result.conflicts, 0);
    QVERIFY(result.conflictKeys.isEmpty());
    QVERIFY(!result.bytes.contains("<<<<<<<"));
}

void TestStoryMerge::unparsableSide_fallsBackToLineMerge()
{
    const QByteArray broken = edit(Base, "quality: 55 # checked by desk", "quality: [55");
    const StoryMerge::Result result = StoryMerge::merge(Base, broken, edit(Base, "Last line.", "Last line!"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.lineMerged);
    QCOMPARE(result.conflicts, 0);
    QCOMPARE(result.bytes, edit(broken, "Last line.", "Last line!"));

    // Both sides editing the broken line: git's own conflict block.
    const StoryMerge::Result conflicted = StoryMerge::merge(Base, broken, edit(Base, "quality: 55", "quality: 80"));
    QVERIFY(conflicted.lineMerged);
    QCOMPARE(conflicted.conflicts, 1);
    QVERIFY(conflicted.bytes.contains("<<<<<<< ours\nquality: [55\n=======\nquality: 80 # checked by desk\n>>>>>>> theirs\n"));
}

void TestStoryMerge::labelsAndMarkerSize_areGits()
{
    StoryMerge::Options options;
    options.oursLabel = QStringLiteral("HEAD");
    options.theirsLabel = QStringLiteral("origin/main");
    options.markerSize = 9;
    const StoryMerge::Result result = StoryMerge::merge(Base, edit(Base, "quality: 55", "quality: 70"),
                                                        edit(Base, "quality: 55", "quality: 80"), options);
    QVERIFY(result.bytes.contains("\n<<<<<<<<< HEAD\nquality: 70 # checked by desk\n=========\nquality: 80 # checked by desk\n>>>>>>>>> origin/main\n"));
    QCOMPARE(result.conflicts, 1);
}

void TestStoryMerge::flowTopics_stayFlow()
{
    const QByteArray base("---\ntitle: 'A'\ntopics: [Chips, 'Climate Tech']\n---\n");
    const StoryMerge::Result result = StoryMerge::merge(base, QByteArray(base).replace("Chips, ", ""),
                                                        QByteArray(base).replace("Tech']", "Tech', AI]"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.bytes, QByteArray("---\ntitle: 'A'\ntopics: ['Climate Tech', AI]\n---\n"));
}

void TestStoryMerge::addedOnBothSides_mergedKeyByKey()
{
    // git passes an empty base for a file both sides added.
    const QByteArray ours("---\ntitle: \"A\"\nquality: 70\ntopics:\n  - AI\n---\nBody.\n");
    const QByteArray theirs("---\ntitle: \"A\"\nquality: 80\ntopics:\n  - Chips\n---\nBody.\n");
    const StoryMerge::Result result = StoryMerge::merge(QByteArray(), ours, theirs);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.lineMerged);
    QCOMPARE(result.conflictKeys, QStringList{QStringLiteral("quality")});
    QCOMPARE(result.bytes, QByteArray("---\ntitle: \"A\"\n<<<<<<< ours\nquality: 70\n=======\nquality: 80\n>>>>>>> theirs\n"
                                      "topics:\n  - AI\n  - Chips\n---\nBody.\n"));
}

QTEST_GUILESS_MAIN(TestStoryMerge)
#include "tst_storymerge.moc"
