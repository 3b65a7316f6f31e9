#include "frontmatterdocument.h"
#include "topicrename.h"

#include <QTest>

// The rewrite of one story's topics for a rename or merge: only the topics lines change,
// in place, in the list's own style.

using namespace Storydesk;

class TestTopicRename final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_rewritesOnlyTopics_data();
    void apply_rewritesOnlyTopics();
    void rewriteOfSummaryTopics_agreesWithTheDocument_data();
    void rewriteOfSummaryTopics_agreesWithTheDocument();
    void constructor_dropsEmptyAndRepeatedNames();
    void apply_onBrokenFrontMatter_refusesWithItsPlace();
};

namespace {

// "AI|ML" -> {"AI", "ML"}
QStringList names(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'));
}

void addRows()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QStringList>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QByteArray>("after");   // equal to `before`: unchanged

    const QByteArray block("---\ntitle: \"T\"\ntopics:\n  - Computer Vision\n  - AI\nquality: 5\n---\nbody\n");
    QTest::newRow("rename in a block list") << block << names("Computer Vision") << QStringLiteral("Vision")
                                            << QByteArray("---\ntitle: \"T\"\ntopics:\n  - Vision\n  - AI\nquality: 5\n---\nbody\n");
    QTest::newRow("rename in a flow list") << QByteArray("---\ntopics: [AI, Robotics]\n---\n") << names("AI") << QStringLiteral("Machine Learning")
                                           << QByteArray("---\ntopics: [Machine Learning, Robotics]\n---\n");
    QTest::newRow("flow list keeps its quoting") << QByteArray("---\ntopics: [\"AI\", \"Robotics\"]\n---\n") << names("AI") << QStringLiteral("ML")
                                                 << QByteArray("---\ntopics: [\"ML\", \"Robotics\"]\n---\n");
    QTest::newRow("block list keeps its quoting") << QByteArray("---\ntopics:\n- 'AI'\n- 'Policy'\n---\n") << names("Policy") << QStringLiteral("Law")
                                                  << QByteArray("---\ntopics:\n- 'AI'\n- 'Law'\n---\n");
    QTest::newRow("case: ai to AI") << QByteArray("---\ntopics: [ai, Robotics]\n---\n") << names("ai") << QStringLiteral("AI")
                                    << QByteArray("---\ntopics: [AI, Robotics]\n---\n");
    QTest::newRow("case: old names match ignoring case") << QByteArray("---\ntopics: [Robotics, Ai]\n---\n") << names("AI") << QStringLiteral("Artificial Intelligence")
                                                         << QByteArray("---\ntopics: [Robotics, Artificial Intelligence]\n---\n");
    QTest::newRow("case: spellings unify into the first place") << QByteArray("---\ntopics:\n  - Ai\n  - Policy\n  - ai\n  - AI\n---\n") << names("ai")
                                                               << QStringLiteral("AI") << QByteArray("---\ntopics:\n  - AI\n  - Policy\n---\n");
    QTest::newRow("case: already spelled so is untouched") << QByteArray("---\ntopics: [AI, Robotics]\n---\n") << names("ai") << QStringLiteral("AI")
                                                          << QByteArray("---\ntopics: [AI, Robotics]\n---\n");
    QTest::newRow("merge into one of them") << QByteArray("---\ntopics:\n  - ML\n  - Robotics\n  - AI\n---\n") << names("AI|ML") << QStringLiteral("AI")
                                            << QByteArray("---\ntopics:\n  - AI\n  - Robotics\n---\n");
    QTest::newRow("merge into a new name") << QByteArray("---\ntopics: [Deep Learning, Policy, ML]\n---\n") << names("ML|Deep Learning")
                                           << QStringLiteral("Machine Learning") << QByteArray("---\ntopics: [Machine Learning, Policy]\n---\n");
    QTest::newRow("merge onto an existing topic drops the duplicate") << QByteArray("---\ntopics: [AI, Policy, ML]\n---\n") << names("ML")
                                                                      << QStringLiteral("AI") << QByteArray("---\ntopics: [AI, Policy]\n---\n");
    QTest::newRow("other duplicates stay") << QByteArray("---\ntopics: [Tech, tech, ML]\n---\n") << names("ML") << QStringLiteral("AI")
                                           << QByteArray("---\ntopics: [Tech, tech, AI]\n---\n");
    QTest::newRow("absent topic") << block << names("Politics") << QStringLiteral("Policy") << block;
    QTest::newRow("new name alone is not enough") << QByteArray("---\ntopics: [ai]\n---\n") << names("ML") << QStringLiteral("AI")
                                                  << QByteArray("---\ntopics: [ai]\n---\n");
    QTest::newRow("no topics key") << QByteArray("---\ntitle: x\n---\n") << names("AI") << QStringLiteral("ML") << QByteArray("---\ntitle: x\n---\n");
    QTest::newRow("surrounding spaces match") << QByteArray("---\ntopics: [\" ML \", b]\n---\n") << names("ml") << QStringLiteral("AI")
                                              << QByteArray("---\ntopics: [\"AI\", b]\n---\n");
    QTest::newRow("a single scalar topic stays scalar") << QByteArray("---\ntopics: ML\nx: 1\n---\n") << names("ML") << QStringLiteral("AI")
                                                        << QByteArray("---\ntopics: AI\nx: 1\n---\n");
    QTest::newRow("a name YAML would read as a number is quoted") << QByteArray("---\ntopics:\n  - ML\n---\n") << names("ML") << QStringLiteral("2024")
                                                                  << QByteArray("---\ntopics:\n  - \"2024\"\n---\n");
    QTest::newRow("crlf") << QByteArray("---\r\ntopics:\r\n  - ML\r\n  - AI\r\n---\r\n") << names("ML") << QStringLiteral("Vision")
                          << QByteArray("---\r\ntopics:\r\n  - Vision\r\n  - AI\r\n---\r\n");
    QTest::newRow("crlf merge removes a line") << QByteArray("---\r\ntopics:\r\n  - ML\r\n  - AI\r\nx: 1\r\n---\r\n") << names("ML") << QStringLiteral("AI")
                                               << QByteArray("---\r\ntopics:\r\n  - AI\r\nx: 1\r\n---\r\n");
    QTest::newRow("comment after the list stays") << QByteArray("---\ntopics:\n  - ML\n  - b\n# end of topics\nx: 1\n---\n") << names("ML")
                                                  << QStringLiteral("AI") << QByteArray("---\ntopics:\n  - AI\n  - b\n# end of topics\nx: 1\n---\n");
    QTest::newRow("a non-text item stays") << QByteArray("---\ntopics: [ML, {a: 1}]\n---\n") << names("ML") << QStringLiteral("AI")
                                           << QByteArray("---\ntopics: [AI, {a: 1}]\n---\n");
}

} // namespace

void TestTopicRename::apply_rewritesOnlyTopics_data()
{
    addRows();
}

void TestTopicRename::apply_rewritesOnlyTopics()
{
    QFETCH(QByteArray, before);
    QFETCH(QStringList, from);
    QFETCH(QString, to);
    QFETCH(QByteArray, after);
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(before);
    QString error;
    const TopicRename::Outcome outcome = TopicRename(from, to).apply(doc, &error);
    QVERIFY2(outcome != TopicRename::Outcome::Refused, qPrintable(error));
    QCOMPARE(outcome == TopicRename::Outcome::Changed, before != after);
    QCOMPARE(doc.toBytes(), after);
}

void TestTopicRename::rewriteOfSummaryTopics_agreesWithTheDocument_data()
{
    addRows();
}

void TestTopicRename::rewriteOfSummaryTopics_agreesWithTheDocument()
{
    // The plan decides from summaries (lists of names) which stories change: it must agree
    // with what the rewrite of the document does.
    QFETCH(QByteArray, before);
    QFETCH(QStringList, from);
    QFETCH(QString, to);
    QFETCH(QByteArray, after);
    const FrontMatterDocument doc = FrontMatterDocument::fromBytes(before);
    const std::optional<YamlValue> topics = doc.valueAt(YamlPath({QStringLiteral("topics")}));
    QStringList names;
    if (topics && topics->isScalar())
        names.append(topics->text());
    for (const YamlValue &item : topics && topics->isSequence() ? topics->items() : QList<YamlValue>()) {
        if (item.isScalar())
            names.append(item.text());
    }
    const std::optional<QStringList> renamed = TopicRename(from, to).rewrite(names);
    QCOMPARE(renamed.has_value(), before != after);
    if (renamed) {
        const std::optional<YamlValue> expected = FrontMatterDocument::fromBytes(after).valueAt(YamlPath({QStringLiteral("topics")}));
        QStringList expectedNames;
        for (const YamlValue &item : expected->isSequence() ? expected->items() : QList<YamlValue>{*expected}) {
            if (item.isScalar())
                expectedNames.append(item.text());
        }
        QCOMPARE(*renamed, expectedNames);
    }
}

void TestTopicRename::constructor_dropsEmptyAndRepeatedNames()
{
    const TopicRename rename({QStringLiteral(" AI "), QStringLiteral(""), QStringLiteral("ai"), QStringLiteral("ML")}, QStringLiteral("  X "));
    QCOMPARE(rename.from(), (names("AI|ML")));
    QCOMPARE(rename.to(), QStringLiteral("X"));
    QVERIFY(rename.isValid());
    QVERIFY(rename.isMerge());
    QVERIFY(!TopicRename({QStringLiteral("AI")}, QStringLiteral(" ")).isValid());
    QVERIFY(!TopicRename({QStringLiteral(" ")}, QStringLiteral("AI")).isValid());
}

void TestTopicRename::apply_onBrokenFrontMatter_refusesWithItsPlace()
{
    const QByteArray broken("---\ntopics: [AI\ntitle: x\n---\n");
    FrontMatterDocument doc = FrontMatterDocument::fromBytes(broken);
    QString error;
    QCOMPARE(TopicRename({QStringLiteral("AI")}, QStringLiteral("ML")).apply(doc, &error), TopicRename::Outcome::Refused);
    QVERIFY2(error.contains(QLatin1Char(':')), qPrintable(error));
    QCOMPARE(doc.toBytes(), broken);
}

QTEST_GUILESS_MAIN(TestTopicRename)
#include "tst_topicrename.moc"
