#include "sourceeditor.h"
#include "sourcehighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using Storydesk::SourceEditor;
using Storydesk::SourceHighlighter;

namespace {

const QString Story = QStringLiteral(
    "---\n"                              // 1
    "# Desk note\n"                      // 2
    "title: \"Quoted Title\" # trailing\n"   // 3
    "quality: 55\n"                      // 4
    "published: true\n"                  // 5
    "topics:\n"                          // 6
    "  - AI\n"                           // 7
    "---\n"                              // 8
    "# Heading\n"                        // 9
    "note: not a key in the body\n");    // 10

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::Link, QColor(0x29, 0x80, 0xb9));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::WindowText, QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Text, QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    return palette;
}

} // namespace

// Runs through whichever highlighter the build uses (built-in or KSyntaxHighlighting), so
// it checks what either must do: distinct formats for what the editor needs to tell apart.
class TestSourceHighlighter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void frontMatter_keysStringsNumbersAndCommentsHaveFormats();
    void body_isMarkdownNotYaml();
    void noFrontMatter_wholeFileIsMarkdown();
    void removingTheClosingFence_makesTheBodyYaml();
    void darkPalette_changesTheKeyColour();
    void name_saysWhichHighlighter();

private:
    // The format the highlighter gave the character at a 1-based line and 0-based column.
    QTextCharFormat formatAt(int line, int column) const;
    QColor colorAt(int line, int column) const { return formatAt(line, column).foreground().color(); }
    // With STORYDESK_SOURCE_GRABS=<folder>, saves what the editor shows, to look at the colours.
    void grab(const QString &name) const;

    std::unique_ptr<SourceEditor> m_editor;
};

void TestSourceHighlighter::init()
{
    m_editor = std::make_unique<SourceEditor>();
    m_editor->setPalette(lightPalette());
    m_editor->setPlainText(Story);
}

void TestSourceHighlighter::cleanup()
{
    m_editor.reset();
}

void TestSourceHighlighter::grab(const QString &name) const
{
    const QString grabs = qEnvironmentVariable("STORYDESK_SOURCE_GRABS");
    if (grabs.isEmpty())
        return;
    m_editor->resize(520, 260);
    m_editor->grab().save(grabs + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QTextCharFormat TestSourceHighlighter::formatAt(int line, int column) const
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

void TestSourceHighlighter::frontMatter_keysStringsNumbersAndCommentsHaveFormats()
{
    const QTextCharFormat key = formatAt(3, 0);
    const QTextCharFormat string = formatAt(3, 8);
    const QTextCharFormat comment = formatAt(2, 2);
    const QTextCharFormat trailingComment = formatAt(3, 24);
    const QTextCharFormat number = formatAt(4, 9);
    for (const QTextCharFormat &format : {key, string, comment, trailingComment, number})
        QVERIFY(format.hasProperty(QTextFormat::ForegroundBrush));
    QCOMPARE(formatAt(4, 0).foreground(), key.foreground());   // every key alike
    QVERIFY(key.foreground() != string.foreground());
    QVERIFY(key.foreground() != comment.foreground());
    QVERIFY(string.foreground() != comment.foreground());
    QCOMPARE(trailingComment.foreground(), comment.foreground());
    QVERIFY(number.foreground() != string.foreground());
}

void TestSourceHighlighter::body_isMarkdownNotYaml()
{
    // The heading is no YAML comment, and `note:` no key: the front matter ended at line 8.
    QVERIFY(formatAt(9, 2) != formatAt(2, 2));
    QVERIFY(formatAt(9, 2) != formatAt(10, 8));   // a heading, unlike the plain line under it
    QVERIFY(colorAt(10, 0) != colorAt(3, 0));
}

void TestSourceHighlighter::noFrontMatter_wholeFileIsMarkdown()
{
    const QColor key = colorAt(3, 0);
    m_editor->setPlainText(QStringLiteral("title: \"Not front matter\"\n# Heading\n"));
    QVERIFY(colorAt(1, 0) != key);
    QVERIFY(formatAt(2, 2) != formatAt(1, 0));
}

void TestSourceHighlighter::removingTheClosingFence_makesTheBodyYaml()
{
    const QColor bodyLine = colorAt(10, 0);
    QTextCursor cursor(m_editor->document()->findBlockByNumber(7));
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.removeSelectedText();   // line 8, the closing fence, is gone: line 9 is now "note: ..."
    QCOMPARE(colorAt(9, 0), colorAt(3, 0));
    QVERIFY(colorAt(9, 0) != bodyLine);
    QCOMPARE(colorAt(8, 2), colorAt(2, 2));   // "# Heading" is a YAML comment now
}

void TestSourceHighlighter::darkPalette_changesTheKeyColour()
{
    const QColor light = colorAt(3, 0);
    grab(QStringLiteral("light"));
    m_editor->setPalette(darkPalette());
    grab(QStringLiteral("dark"));
    const QColor dark = colorAt(3, 0);
    QVERIFY(dark != light);
    // Keys stay readable: lighter than the dark base, as they were darker than the light one.
    QVERIFY(dark.lightnessF() > darkPalette().color(QPalette::Base).lightnessF() + 0.3);
    QVERIFY(light.lightnessF() < lightPalette().color(QPalette::Base).lightnessF() - 0.3);
    m_editor->setPalette(lightPalette());
    QCOMPARE(colorAt(3, 0), light);
}

void TestSourceHighlighter::name_saysWhichHighlighter()
{
    const QString name = SourceHighlighter::name();
    QVERIFY2(name == QStringLiteral("built-in") || name.startsWith(QStringLiteral("KSyntaxHighlighting ")), qPrintable(name));
    QVERIFY(m_editor->highlighter());
}

QTEST_MAIN(TestSourceHighlighter)
#include "tst_sourcehighlighter.moc"
