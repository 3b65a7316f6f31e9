#pragma once

#include <QSyntaxHighlighter>

class QPalette;
class QTextDocument;

namespace Storydesk {

// The source view's syntax highlighter: one over the whole story file that knows where the
// front matter ends. Block states carry the section (front matter or body) and what the
// language needs from line to line (a block scalar, a fenced code block), so an edit on one
// line re-highlights only as far as its effects reach. Subclasses colour the lines: the
// built-in one (YAML keys, strings, numbers, comments; Markdown headings, emphasis, code,
// links), or KDE's KSyntaxHighlighting when the build found it. Colours follow a palette.
class SourceHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceHighlighter)

public:
    enum class Language { Yaml, Markdown };

    // The highlighter this build uses, on `document`.
    static SourceHighlighter *create(QTextDocument *document);
    // Which one that is, as the About box and `storydesk --version` say it.
    static QString name();

    // Picks colours that read well on `palette` (light or dark) and highlights again.
    virtual void setPalette(const QPalette &palette) = 0;

protected:
    explicit SourceHighlighter(QTextDocument *document);

    void highlightBlock(const QString &text) final;

    // Colours one line of `language`. `state` is what the previous line of that language
    // returned (0 on the first line of a section, where `sectionStart` is true); the return
    // value, at most MaxLineState, is handed to the next line. A line whose return value
    // changes makes the next line highlighted again.
    virtual int highlightLine(Language language, const QString &text, int state, bool sectionStart) = 0;
    // Colours a front-matter fence (`---`, or `...` closing).
    virtual void highlightFence(const QString &text) = 0;

    // The highlighter's own part of this block's state before this highlighting pass.
    int previousLineState() const;

    static constexpr int SectionBits = 2;
    static constexpr int MaxLineState = (1 << (31 - SectionBits)) - 1;
};

} // namespace Storydesk
