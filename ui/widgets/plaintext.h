#pragma once

#include <QString>

namespace Storydesk {

// Untrusted text from story files made safe and tidy to show: never interpreted as rich
// text, never able to stretch a layout with an endless unbroken word.
namespace PlainText {

// Text for a tooltip, which Qt would otherwise render as HTML when it looks like HTML.
QString toolTip(const QString &text);
// One line: line breaks and runs of spaces become single spaces, and bidirectional
// override controls (which can make text read differently than it is stored) are dropped.
QString singleLine(const QString &text);
// The same, cut to at most `maximum` characters, the last one an ellipsis: for table cells,
// whose whole text Qt measures and lays out before it elides it.
QString singleLine(const QString &text, qsizetype maximum);
// Cut to `maximum` characters, with break opportunities in words longer than a line can
// hold, so word wrap can always break them.
QString wrappable(const QString &text, qsizetype maximum);

} // namespace PlainText
} // namespace Storydesk
