#include "kdesourcehighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
#include <QPalette>
#include <QTextBlockUserData>

namespace Storydesk {

namespace {

// One repository for every highlighter of the application: reading the definitions'
// metadata is not cheap, and definitions and themes must not outlive it.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

const QString YamlDefinition = QStringLiteral("YAML");
const QString MarkdownDefinition = QStringLiteral("Markdown");

// What a line left the language it belongs to in; the next line of that language starts there.
class LineState final : public QTextBlockUserData
{
public:
    SourceHighlighter::Language language;
    KSyntaxHighlighting::State state;
};

} // namespace

// One language's KSyntaxHighlighting engine, writing its formats into the block that
// KdeSourceHighlighter is highlighting.
class KdeSourceHighlighter::LineHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    LineHighlighter(KdeSourceHighlighter *owner, const QString &definition)
        : m_owner(owner)
    {
        setDefinition(repository().definitionForName(definition));
    }

    KSyntaxHighlighting::State highlight(const QString &text, const KSyntaxHighlighting::State &state)
    {
        return highlightLine(QStringView(text), state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length == 0)
            return;
        const KSyntaxHighlighting::Theme current = theme();
        QTextCharFormat charFormat;
        charFormat.setForeground(format.textColor(current));
        if (format.hasBackgroundColor(current))
            charFormat.setBackground(format.backgroundColor(current));
        if (format.isBold(current))
            charFormat.setFontWeight(QFont::Bold);
        charFormat.setFontItalic(format.isItalic(current));
        charFormat.setFontUnderline(format.isUnderline(current));
        charFormat.setFontStrikeOut(format.isStrikeThrough(current));
        m_owner->setFormat(offset, length, charFormat);
    }

private:
    KdeSourceHighlighter *m_owner;
};

KdeSourceHighlighter::KdeSourceHighlighter(QTextDocument *document)
    : SourceHighlighter(document)
    , m_yaml(std::make_unique<LineHighlighter>(this, YamlDefinition))
    , m_markdown(std::make_unique<LineHighlighter>(this, MarkdownDefinition))
{
    setPalette(QGuiApplication::palette());
}

KdeSourceHighlighter::~KdeSourceHighlighter() = default;

bool KdeSourceHighlighter::isAvailable()
{
    return repository().definitionForName(YamlDefinition).isValid() && repository().definitionForName(MarkdownDefinition).isValid();
}

void KdeSourceHighlighter::setPalette(const QPalette &palette)
{
    const KSyntaxHighlighting::Theme theme = repository().themeForPalette(palette);
    m_yaml->setTheme(theme);
    m_markdown->setTheme(theme);
    // The line highlighters are no QSyntaxHighlighter: the document is highlighted here,
    // with KF5 and KF6 alike (KF5's SyntaxHighlighter::setTheme would not do it either).
    rehighlight();
}

KdeSourceHighlighter::LineHighlighter &KdeSourceHighlighter::lineHighlighter(Language language) const
{
    return language == Language::Yaml ? *m_yaml : *m_markdown;
}

int KdeSourceHighlighter::highlightLine(Language language, const QString &text, int, bool sectionStart)
{
    KSyntaxHighlighting::State before;
    if (!sectionStart) {
        const auto *previous = dynamic_cast<const LineState *>(currentBlock().previous().userData());
        if (previous && previous->language == language)
            before = previous->state;
    }
    const KSyntaxHighlighting::State after = lineHighlighter(language).highlight(text, before);

    auto *data = dynamic_cast<LineState *>(currentBlockUserData());
    const bool changed = !data || data->language != language || !(data->state == after);
    if (!data) {
        data = new LineState;
        setCurrentBlockUserData(data);
    }
    data->language = language;
    data->state = after;
    // The engine's state lives in the block's user data, which QSyntaxHighlighter does not
    // compare: flip a bit of the block state when it changed, so the next line follows.
    return changed ? previousLineState() ^ 1 : previousLineState();
}

void KdeSourceHighlighter::highlightFence(const QString &text)
{
    // YAML knows `---` and `...` as document markers; the fence starts no state of its own.
    m_yaml->highlight(text, KSyntaxHighlighting::State());
    setCurrentBlockUserData(nullptr);
}

} // namespace Storydesk
