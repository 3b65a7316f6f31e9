#pragma once

#include "problem.h"

#include <QByteArray>
#include <QString>

namespace Storydesk {

// A story file's text as the source view shows and edits it. An editor holds text with
// "\n" line ends and no byte-order mark; the file keeps its own: toBytes() writes them back
// as the story had them, so applying unchanged lines changes no byte. check() says what the
// store would find wrong with the text: parse errors (such text cannot be applied) or, for
// text that parses, validation warnings, all in file lines and columns.
class StorySource
{
public:
    static QString toText(const QByteArray &bytes);
    // `text` as the bytes of a file that is now `current`: its BOM and line ends kept.
    static QByteArray toBytes(const QString &text, const QByteArray &current);
    static Problems check(const QString &path, const QByteArray &bytes);
    static bool hasErrors(const Problems &problems);
};

} // namespace Storydesk
