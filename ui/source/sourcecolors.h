#pragma once

#include <QColor>

class QPalette;

namespace Storydesk {

// The source view's colours, derived from a palette so that they read well on a light and
// on a dark one: hues from the palette's highlight (or link) colour, lightness set against
// the base colour until the text has enough contrast.
struct SourceColors
{
    static SourceColors fromPalette(const QPalette &palette);

    QColor key;        // YAML keys, Markdown headings
    QColor string;     // quoted YAML strings, Markdown code
    QColor number;     // numbers, dates, booleans and null
    QColor comment;    // YAML comments, Markdown block quotes
    QColor marker;     // fences, list dashes, flow punctuation, block scalar headers
    QColor link;       // anchors, aliases and tags; Markdown links
    QColor codeBackground;
    QColor error;      // problem underlines and gutter markers
    QColor warning;
};

} // namespace Storydesk
