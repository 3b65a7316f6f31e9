#include "conflictedstory.h"

#include <QTest>

// A conflict-marked story cut into blocks, and put back together from one choice a block:
// exact bytes, no marker, the file's own line endings.

using namespace Storydesk;

Q_DECLARE_METATYPE(ConflictedStory::Choice)

class TestConflictedStory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_findsBlocksAndTheirKeys_data();
    void parse_findsBlocksAndTheirKeys();
    void resolved_writesTheChosenLines_data();
    void resolved_writesTheChosenLines();
    void parse_malformedMarkers_isAnErrorNotABlock_data();
    void parse_malformedMarkers_isAnErrorNotABlock();
    void parse_diff3Base_isKeptApart();
    void problemWith_reportsMarkersAndBrokenFrontMatter_data();
    void problemWith_reportsMarkersAndBrokenFrontMatter();
};

namespace {

using Side = ConflictedStory::Side;

ConflictedStory::Choice pick(Side side, const QByteArray &text = {})
{
    return ConflictedStory::Choice{side, text};
}

const QByteArray twoKeys(
    "---\n"
    "title: \"T\"\n"
    "<<<<<<< ours\n"
    "quality: 70\n"
    "=======\n"
    "quality: 40\n"
    ">>>>>>> theirs\n"
    "heat: 3\n"
    "<<<<<<< ours\n"
    "published: true\n"
    "=======\n"
    "published: false\n"
    ">>>>>>> theirs\n"
    "---\n"
    "Body line.\n");

} // namespace

void TestConflictedStory::parse_findsBlocksAndTheirKeys_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("keys");      // one entry a block: its keys joined by '|', "(body)" for the body
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("two keys") << twoKeys << QStringList{QStringLiteral("quality"), QStringLiteral("published")} << QList<int>{3, 9};
    QTest::newRow("nested lines belong to the enclosing key")
        << QByteArray("---\ntopics:\n  - AI\n<<<<<<< HEAD\n  - Cloud\n=======\n  - Chips\n>>>>>>> 1a2b3c (B's topics)\ntitle: x\n---\n")
        << QStringList{QStringLiteral("topics")} << QList<int>{4};
    QTest::newRow("a block with two keys") << QByteArray("---\n<<<<<<< a\nquality: 1\nheat: 2\n=======\nquality: 3\n\"heat\": 4\n>>>>>>> b\n---\n")
                                           << QStringList{QStringLiteral("quality|heat")} << QList<int>{2};
    QTest::newRow("a key only one side has") << QByteArray("---\ntitle: x\n<<<<<<< a\nexcerpt: one\n=======\n>>>>>>> b\n---\n")
                                             << QStringList{QStringLiteral("excerpt")} << QList<int>{3};
    QTest::newRow("body hunk") << QByteArray("---\ntitle: x\n---\nfirst\n<<<<<<< a\nmine\n=======\ntheirs\n>>>>>>> b\nlast\n")
                               << QStringList{QStringLiteral("(body)")} << QList<int>{5};
    QTest::newRow("CRLF file") << QByteArray("---\r\ntitle: x\r\n<<<<<<< a\r\nquality: 1\r\n=======\r\nquality: 2\r\n>>>>>>> b\r\n---\r\n")
                               << QStringList{QStringLiteral("quality")} << QList<int>{3};
    QTest::newRow("with a BOM") << QByteArray("\xEF\xBB\xBF---\ntitle: x\n<<<<<<< a\nquality: 1\n=======\nquality: 2\n>>>>>>> b\n---\n")
                                << QStringList{QStringLiteral("quality")} << QList<int>{3};
    QTest::newRow("no front matter: all body") << QByteArray("text\n<<<<<<<\nquality: 1\n=======\nquality: 2\n>>>>>>>\n")
                                               << QStringList{QStringLiteral("(body)")} << QList<int>{2};
    QTest::newRow("eight angle brackets are text") << QByteArray("---\ntitle: x\n---\n<<<<<<<< not a marker\n")
                                                   << QStringList{} << QList<int>{};
}

void TestConflictedStory::parse_findsBlocksAndTheirKeys()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, keys);
    QFETCH(QList<int>, lines);

    const ConflictedStory story = ConflictedStory::parse(bytes);
    QVERIFY2(story.error().isEmpty(), qPrintable(story.error()));
    QCOMPARE(story.isConflicted(), !keys.isEmpty());
    QStringList actualKeys;
    QList<int> actualLines;
    for (const ConflictedStory::Block &block : story.blocks()) {
        actualKeys.append(block.inBody ? QStringLiteral("(body)") : block.keys.join(QLatin1Char('|')));
        actualLines.append(block.line);
    }
    QCOMPARE(actualKeys, keys);
    QCOMPARE(actualLines, lines);
    // Nothing is lost: taking our side of every block gives the file without their lines.
    QVERIFY(!story.resolved({}).contains("<<<<<<<") || keys.isEmpty());
}

void TestConflictedStory::resolved_writesTheChosenLines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<ConflictedStory::Choice>>("choices");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("theirs for one key, mine for another")
        << twoKeys << QList<ConflictedStory::Choice>{pick(Side::Theirs), pick(Side::Ours)}
        << QByteArray("---\ntitle: \"T\"\nquality: 40\nheat: 3\npublished: true\n---\nBody line.\n");
    QTest::newRow("mine everywhere") << twoKeys << QList<ConflictedStory::Choice>{}
                                     << QByteArray("---\ntitle: \"T\"\nquality: 70\nheat: 3\npublished: true\n---\nBody line.\n");
    QTest::newRow("edited text gets its final line break")
        << twoKeys << QList<ConflictedStory::Choice>{pick(Side::Edited, "quality: 55"), pick(Side::Theirs)}
        << QByteArray("---\ntitle: \"T\"\nquality: 55\nheat: 3\npublished: false\n---\nBody line.\n");
    QTest::newRow("edited text emptied removes the lines")
        << twoKeys << QList<ConflictedStory::Choice>{pick(Side::Edited, ""), pick(Side::Ours)}
        << QByteArray("---\ntitle: \"T\"\nheat: 3\npublished: true\n---\nBody line.\n");
    QTest::newRow("CRLF kept, also in edited text")
        << QByteArray("---\r\ntitle: x\r\n<<<<<<< a\r\ntopics:\r\n  - AI\r\n=======\r\ntopics: []\r\n>>>>>>> b\r\n---\r\nbody\r\n")
        << QList<ConflictedStory::Choice>{pick(Side::Edited, "topics:\n  - AI\n  - Chips")}
        << QByteArray("---\r\ntitle: x\r\ntopics:\r\n  - AI\r\n  - Chips\r\n---\r\nbody\r\n");
    QTest::newRow("body hunk, theirs") << QByteArray("---\ntitle: x\n---\nfirst\n<<<<<<< a\nmine\n=======\ntheirs\n>>>>>>> b\nlast")
                                       << QList<ConflictedStory::Choice>{pick(Side::Theirs)} << QByteArray("---\ntitle: x\n---\nfirst\ntheirs\nlast");
    QTest::newRow("a side without lines") << QByteArray("---\ntitle: x\n<<<<<<< a\nexcerpt: one\n=======\n>>>>>>> b\n---\n")
                                          << QList<ConflictedStory::Choice>{pick(Side::Theirs)} << QByteArray("---\ntitle: x\n---\n");
}

void TestConflictedStory::resolved_writesTheChosenLines()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<ConflictedStory::Choice>, choices);
    QFETCH(QByteArray, expected);

    const ConflictedStory story = ConflictedStory::parse(bytes);
    QVERIFY(story.isConflicted());
    const QByteArray result = story.resolved(choices);
    QCOMPARE(result, expected);
    QCOMPARE(ConflictedStory::problemWith(result), QString());
}

void TestConflictedStory::parse_malformedMarkers_isAnErrorNotABlock_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("never closed") << QByteArray("---\n<<<<<<< a\nquality: 1\n=======\nquality: 2\n---\n");
    QTest::newRow("no separator") << QByteArray("---\n<<<<<<< a\nquality: 1\n>>>>>>> b\n---\n");
    QTest::newRow("separator alone") << QByteArray("---\nquality: 1\n=======\n---\n");
    QTest::newRow("nested opening") << QByteArray("---\n<<<<<<< a\n<<<<<<< a\n=======\n>>>>>>> b\n---\n");
}

void TestConflictedStory::parse_malformedMarkers_isAnErrorNotABlock()
{
    QFETCH(QByteArray, bytes);
    const ConflictedStory story = ConflictedStory::parse(bytes);
    QVERIFY(!story.error().isEmpty());
    QVERIFY(!story.isConflicted());
}

void TestConflictedStory::parse_diff3Base_isKeptApart()
{
    const ConflictedStory story = ConflictedStory::parse(
        "---\n<<<<<<< ours\nquality: 70\n||||||| base\nquality: 63\n=======\nquality: 40\n>>>>>>> theirs\n---\n");
    QVERIFY(story.isConflicted());
    const ConflictedStory::Block &block = story.blocks().constFirst();
    QVERIFY(block.hasBase);
    QCOMPARE(block.ours, QByteArray("quality: 70\n"));
    QCOMPARE(block.base, QByteArray("quality: 63\n"));
    QCOMPARE(block.theirs, QByteArray("quality: 40\n"));
    QCOMPARE(block.oursLabel, QStringLiteral("ours"));
    QCOMPARE(block.theirsLabel, QStringLiteral("theirs"));
    QCOMPARE(story.resolved({pick(Side::Base)}), QByteArray("---\nquality: 63\n---\n"));
}

void TestConflictedStory::problemWith_reportsMarkersAndBrokenFrontMatter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("problem");
    QTest::newRow("clean") << QByteArray("---\nquality: 1\n---\n") << false;
    QTest::newRow("marker left") << QByteArray("---\n<<<<<<< a\nquality: 1\n=======\n>>>>>>> b\n---\n") << true;
    QTest::newRow("front matter that does not read") << QByteArray("---\nquality: [1\n---\n") << true;
    QTest::newRow("no front matter is a story too") << QByteArray("just text\n") << false;
}

void TestConflictedStory::problemWith_reportsMarkersAndBrokenFrontMatter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, problem);
    QCOMPARE(!ConflictedStory::problemWith(bytes).isEmpty(), problem);
}

QTEST_GUILESS_MAIN(TestConflictedStory)
#include "tst_conflictedstory.moc"
