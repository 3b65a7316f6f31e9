#include "storyfile.h"

#include <QTest>

using Storydesk::StoryFile;

class TestStoryFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void withFrontMatter_keepsEverythingElse_data();
    void withFrontMatter_keepsEverythingElse();
    void invalidUtf8_pointsAtOffendingLine();
    void nulByte_isBinaryContent();
};

Q_DECLARE_METATYPE(StoryFile::Layout)

void TestStoryFile::split_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<StoryFile::Layout>("layout");
    QTest::addColumn<QByteArray>("frontMatter");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("crlf");

    using L = StoryFile::Layout;
    QTest::newRow("lf") << QByteArray("---\na: 1\n---\nbody\n") << L::FrontMatter << QByteArray("a: 1\n") << QByteArray("body\n") << false << false;
    QTest::newRow("crlf") << QByteArray("---\r\na: 1\r\n---\r\nbody\r\n") << L::FrontMatter << QByteArray("a: 1\r\n") << QByteArray("body\r\n") << false << true;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF---\na: 1\n---\n") << L::FrontMatter << QByteArray("a: 1\n") << QByteArray() << true << false;
    QTest::newRow("dots closing") << QByteArray("---\na: 1\n...\nrest") << L::FrontMatter << QByteArray("a: 1\n") << QByteArray("rest") << false << false;
    QTest::newRow("no final newline") << QByteArray("---\na: 1\n---") << L::FrontMatter << QByteArray("a: 1\n") << QByteArray() << false << false;
    QTest::newRow("empty front matter") << QByteArray("---\n---\nbody") << L::FrontMatter << QByteArray() << QByteArray("body") << false << false;
    QTest::newRow("fence with trailing spaces") << QByteArray("--- \na: 1\n---  \nb") << L::FrontMatter << QByteArray("a: 1\n") << QByteArray("b") << false << false;
    QTest::newRow("body holds another fence") << QByteArray("---\na: 1\n---\nx\n---\ny\n") << L::FrontMatter << QByteArray("a: 1\n") << QByteArray("x\n---\ny\n") << false << false;
    QTest::newRow("no front matter") << QByteArray("# Title\n") << L::NoFrontMatter << QByteArray() << QByteArray() << false << false;
    QTest::newRow("empty file") << QByteArray() << L::NoFrontMatter << QByteArray() << QByteArray() << false << false;
    QTest::newRow("four dashes is not a fence") << QByteArray("----\na: 1\n---\n") << L::NoFrontMatter << QByteArray() << QByteArray() << false << false;
    QTest::newRow("unclosed") << QByteArray("---\na: 1\nb: 2\n") << L::Unclosed << QByteArray() << QByteArray() << false << false;
    QTest::newRow("only opening fence") << QByteArray("---") << L::Unclosed << QByteArray() << QByteArray() << false << false;
    QTest::newRow("utf16le") << QByteArray("\xFF\xFE-\0-\0-\0\n\0", 8) << L::NotUtf8 << QByteArray() << QByteArray() << false << false;
}

void TestStoryFile::split()
{
    QFETCH(QByteArray, bytes);
    QFETCH(StoryFile::Layout, layout);
    QFETCH(QByteArray, frontMatter);
    QFETCH(QByteArray, body);
    QFETCH(bool, bom);
    QFETCH(bool, crlf);

    const StoryFile file = StoryFile::split(bytes);
    QCOMPARE(file.layout(), layout);
    QCOMPARE(file.reason().isEmpty(), layout == StoryFile::Layout::FrontMatter);
    if (layout != StoryFile::Layout::FrontMatter)
        return;
    QCOMPARE(file.frontMatter(), frontMatter);
    QCOMPARE(file.body(), body);
    QCOMPARE(file.hasBom(), bom);
    QCOMPARE(file.usesCrlf(), crlf);
    QCOMPARE(file.withFrontMatter(file.frontMatter()), bytes);
}

void TestStoryFile::withFrontMatter_keepsEverythingElse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("bom crlf body") << QByteArray("\xEF\xBB\xBF---\r\na: 1\r\n...\r\nbody\r\n")
                                   << QByteArray("\xEF\xBB\xBF---\r\nb: 2\r\n...\r\nbody\r\n");
    QTest::newRow("empty") << QByteArray("---\n---\n") << QByteArray("---\nb: 2\r\n---\n");
}

void TestStoryFile::withFrontMatter_keepsEverythingElse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    QCOMPARE(StoryFile::split(bytes).withFrontMatter("b: 2\r\n"), expected);
}

void TestStoryFile::invalidUtf8_pointsAtOffendingLine()
{
    const StoryFile file = StoryFile::split("---\na: ok\nb: \xC3\x28\n---\n");
    QCOMPARE(file.layout(), StoryFile::Layout::NotUtf8);
    QCOMPARE(file.reasonLine(), 3);
}

void TestStoryFile::nulByte_isBinaryContent()
{
    const StoryFile file = StoryFile::split(QByteArray("---\na: 1\nb: x\0y\n---\n", 19));
    QCOMPARE(file.layout(), StoryFile::Layout::BinaryContent);
    QCOMPARE(file.reasonLine(), 3);
    QCOMPARE(file.reasonColumn(), 5);
}

QTEST_GUILESS_MAIN(TestStoryFile)
#include "tst_storyfile.moc"
