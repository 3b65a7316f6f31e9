#include "sourcehighlighter.h"

#include "builtinsourcehighlighter.h"
#if STORYDESK_KSYNTAXHIGHLIGHTING
#include "kdesourcehighlighter.h"
#endif

#include <QTextDocument>

namespace Storydesk {

namespace {

// What the next line belongs to: the low bits of a block's state. The closing fence says
// BodyStart, so the body's first line knows it starts the body.
enum Section { FrontMatter = 1, Body = 2, BodyStart = 3 };

// A fence line as StoryFile reads one: `---` (or `...` when closing), then only blanks.
bool isFence(QStringView line, bool closing)
{
    if (line.startsWith(QChar(0xFEFF)))
        line = line.sliced(1);
    while (!line.isEmpty() && (line.back() == QLatin1Char(' ') || line.back() == QLatin1Char('\t')))
        line.chop(1);
    return line == QLatin1String("---") || (closing && line == QLatin1String("..."));
}

} // namespace

SourceHighlighter::SourceHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

SourceHighlighter *SourceHighlighter::create(QTextDocument *document)
{
#if STORYDESK_KSYNTAXHIGHLIGHTING
    if (KdeSourceHighlighter::isAvailable())
        return new KdeSourceHighlighter(document);
#endif
    return new BuiltinSourceHighlighter(document);
}

QString SourceHighlighter::name()
{
    // "built-in" is a word for the About box (in the window's language); a library's name
    // and version stay as they are.
    const QString name = QStringLiteral(STORYDESK_HIGHLIGHTER);
    return name == QLatin1String("built-in") ? tr("built-in", "the source view's highlighter") : name;
}

int SourceHighlighter::previousLineState() const
{
    const int state = currentBlockState();
    return state < 0 ? 0 : state >> SectionBits;
}

void SourceHighlighter::highlightBlock(const QString &text)
{
    if (!currentBlock().previous().isValid()) {
        if (isFence(text, false)) {
            highlightFence(text);
            setCurrentBlockState(FrontMatter);
            return;
        }
        // No front matter: the whole file is the body.
        setCurrentBlockState(Body | highlightLine(Language::Markdown, text, 0, true) << SectionBits);
        return;
    }
    const int previous = qMax(0, previousBlockState());
    const int section = previous & ((1 << SectionBits) - 1);
    const int lineState = previous >> SectionBits;
    if (section == FrontMatter) {
        if (isFence(text, true)) {
            highlightFence(text);
            setCurrentBlockState(BodyStart);
            return;
        }
        const bool start = currentBlock().blockNumber() == 1;
        setCurrentBlockState(FrontMatter | highlightLine(Language::Yaml, text, lineState, start) << SectionBits);
        return;
    }
    setCurrentBlockState(Body | highlightLine(Language::Markdown, text, lineState, section == BodyStart) << SectionBits);
}

} // namespace Storydesk
