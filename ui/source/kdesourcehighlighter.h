#pragma once

#include "sourcehighlighter.h"

#include <memory>

namespace Storydesk {

// The source highlighter over KDE's KSyntaxHighlighting (built when CMake finds a Qt 6
// build of it): its YAML definition colours the front matter and its Markdown definition
// the body, in the theme the repository picks for the palette (Breeze Light or Dark).
// KSyntaxHighlighting::SyntaxHighlighter takes one definition per document, so the two run
// as line highlighters under SourceHighlighter, which knows where the front matter ends.
class KdeSourceHighlighter final : public SourceHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KdeSourceHighlighter)

public:
    explicit KdeSourceHighlighter(QTextDocument *document);
    ~KdeSourceHighlighter() override;

    // Whether the library knows the YAML and Markdown definitions (they are compiled into it).
    static bool isAvailable();

    void setPalette(const QPalette &palette) override;

protected:
    int highlightLine(Language language, const QString &text, int state, bool sectionStart) override;
    void highlightFence(const QString &text) override;

private:
    class LineHighlighter;

    LineHighlighter &lineHighlighter(Language language) const;

    std::unique_ptr<LineHighlighter> m_yaml;
    std::unique_ptr<LineHighlighter> m_markdown;
};

} // namespace Storydesk
