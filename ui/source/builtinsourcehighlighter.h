#pragma once

#include "sourcehighlighter.h"

#include <QTextCharFormat>

namespace Storydesk {

// The highlighter that ships with Storydesk, for builds without KSyntaxHighlighting: YAML
// in the front matter (keys, quoted strings, numbers and dates, booleans and null, comments,
// anchors and tags, block scalars, flow lists) and the Markdown of the body (headings,
// emphasis, code spans and fenced code, links, quotes, list markers). Enough to read a
// story file at a glance; not a YAML or Markdown parser.
class BuiltinSourceHighlighter final : public SourceHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuiltinSourceHighlighter)

public:
    explicit BuiltinSourceHighlighter(QTextDocument *document);

    void setPalette(const QPalette &palette) override;

protected:
    int highlightLine(Language language, const QString &text, int state, bool sectionStart) override;
    void highlightFence(const QString &text) override;

private:
    struct Formats
    {
        QTextCharFormat key;
        QTextCharFormat string;
        QTextCharFormat number;
        QTextCharFormat constant;
        QTextCharFormat comment;
        QTextCharFormat marker;
        QTextCharFormat anchor;
        QTextCharFormat heading;
        QTextCharFormat emphasis;
        QTextCharFormat strong;
        QTextCharFormat code;
        QTextCharFormat link;
        QTextCharFormat quote;
    };

    int highlightYaml(const QString &text, int state);
    int highlightYamlValue(const QString &text, qsizetype pos, qsizetype indent);
    void highlightYamlFlow(const QString &text, qsizetype pos);
    void highlightYamlScalar(const QString &text, qsizetype begin, qsizetype end);
    void highlightYamlTail(const QString &text, qsizetype pos);
    int highlightMarkdown(const QString &text, int state);
    void highlightMarkdownInline(const QString &text);
    void format(qsizetype begin, qsizetype end, const QTextCharFormat &format);

    Formats m_formats;
};

} // namespace Storydesk
