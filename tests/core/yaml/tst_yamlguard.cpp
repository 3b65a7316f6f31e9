// YamlGuard::check: front matter nesting deeper than yaml-cpp can safely recurse is refused
// at the character where the 65th level opens, however the levels are written, and what only
// looks like nesting (inside quotes, in a comment) is not counted.
#include "yamlguard.h"

#include <QTest>

#include <optional>

using namespace Storydesk;

class TestYamlGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void tooLarge_isRefusedAtTheStart();
};

namespace {

// Lines of `word` indented one space deeper each: `levels` levels by indentation alone.
QByteArray staircase(int levels, const QByteArray &word)
{
    QByteArray text;
    for (int i = 0; i < levels; ++i)
        text += QByteArray(i, ' ') + word + '\n';
    return text;
}

// Where line `line` (0-based) of a staircase of `word` starts.
qsizetype stairStart(int line, const QByteArray &word)
{
    qsizetype at = 0;
    for (int i = 0; i < line; ++i)
        at += i + word.size() + 1;
    return at;
}

} // namespace

void TestYamlGuard::check_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<qsizetype>("refusedAt");   // -1: accepted

    QTest::newRow("a story") << QByteArray("title: \"A\"\ntopics:\n  - x\nprovider:\n  name: P\n") << qsizetype(-1);
    QTest::newRow("64 levels of indentation") << staircase(64, "w") << qsizetype(-1);
    // The 65th level opens with the line's first character, a plain one.
    QTest::newRow("65 levels of indentation") << staircase(65, "w") << stairStart(64, "w") + 64;
    QTest::newRow("65 levels of indentation, CRLF") << staircase(65, "w\r") << stairStart(64, "w\r") + 64;
    // Each `key:` opens a level on its line too: the 65th is its colon's.
    QTest::newRow("63 maps by indentation") << staircase(63, "k:") << qsizetype(-1);
    QTest::newRow("64 maps by indentation") << staircase(64, "k:") << stairStart(63, "k:") + 63 + 1;
    QTest::newRow("maps after long plain text") << staircase(64, "a long key without markers:") << stairStart(63, "a long key without markers:") + 63 + 26;
    // `- - - …`: the line's own level, then one for each dash.
    QTest::newRow("63 dashes") << QByteArray("- ").repeated(63) + "x\n" << qsizetype(-1);
    QTest::newRow("64 dashes") << QByteArray("- ").repeated(64) + "x\n" << qsizetype(2 * 63);
    // `deep: [[[…`: the line, the key, then the brackets.
    QTest::newRow("62 brackets") << "deep: " + QByteArray(62, '[') + QByteArray(62, ']') + "\n" << qsizetype(-1);
    QTest::newRow("63 brackets") << "deep: " + QByteArray(63, '[') + QByteArray(63, ']') + "\n" << qsizetype(6 + 62);
    QTest::newRow("brackets over lines") << "deep: " + QByteArray(40, '[') + "\n" + QByteArray(24, '[') + "\n" << qsizetype(6 + 40 + 1 + 23);
    QTest::newRow("closed brackets do not add up") << QByteArray("a: " + QByteArray(60, '[') + QByteArray(60, ']') + "\n").repeated(3) << qsizetype(-1);
    QTest::newRow("brackets in double quotes") << "t: \"" + QByteArray(100, '[') + "\"\n" << qsizetype(-1);
    QTest::newRow("brackets in single quotes") << "t: '" + QByteArray(100, '{') + "'\n" << qsizetype(-1);
    QTest::newRow("an escaped quote keeps the quote open") << "t: \"\\\"" + QByteArray(100, '[') + "\"\n" << qsizetype(-1);
    QTest::newRow("an escaped backslash ends before the quote") << "t: \"a\\\\\" " + QByteArray(70, '[') + "\n" << qsizetype(9 + 62);
    QTest::newRow("escaped quotes, then the closing one") << "t: \"\\\"x\\\\\\\"" + QByteArray(70, '[') + "\" " + QByteArray(63, '{') + "\n" << qsizetype(83 + 62);
    QTest::newRow("a quote open to the line's end") << "t: \"" + QByteArray(70, '[') + "\n" + QByteArray(70, '[') + "\"\n" << qsizetype(5 + 70 + 63);
    QTest::newRow("single quotes ignore backslashes") << "t: 'a\\' " + QByteArray(70, '[') + "\n" << qsizetype(8 + 62);
    QTest::newRow("brackets in a comment") << "# " + QByteArray(100, '[') + "\nt: x # " + QByteArray(100, '{') + "\n" << qsizetype(-1);
    QTest::newRow("a hash inside a word is no comment") << "t: a#" + QByteArray(70, '[') + "\n" << qsizetype(5 + 62);
}

void TestYamlGuard::check()
{
    QFETCH(QByteArray, yaml);
    QFETCH(qsizetype, refusedAt);

    const std::optional<YamlGuard::Refusal> refusal = YamlGuard::check(yaml);
    if (refusedAt < 0) {
        QVERIFY2(!refusal, refusal ? qPrintable(QStringLiteral("refused at %1: %2").arg(refusal->offset).arg(refusal->message)) : "");
        return;
    }
    QVERIFY(refusal);
    QCOMPARE(refusal->offset, refusedAt);
    QVERIFY2(refusal->message.contains(QStringLiteral("nests more than 64 levels")), qPrintable(refusal->message));
}

void TestYamlGuard::tooLarge_isRefusedAtTheStart()
{
    const QByteArray yaml(YamlGuard::MaxFrontMatterBytes + 1, 'x');
    const std::optional<YamlGuard::Refusal> refusal = YamlGuard::check(yaml);
    QVERIFY(refusal);
    QCOMPARE(refusal->offset, qsizetype(0));
    QVERIFY2(refusal->message.contains(QStringLiteral("more than the 4 MB")), qPrintable(refusal->message));
    QVERIFY(!YamlGuard::check(QByteArray(YamlGuard::MaxFrontMatterBytes, 'x')));
}

QTEST_GUILESS_MAIN(TestYamlGuard)
#include "tst_yamlguard.moc"
