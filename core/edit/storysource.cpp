#include "storysource.h"

#include "conflictmarkers.h"
#include "frontmatterdocument.h"
#include "summaryreader.h"

#include <algorithm>

namespace Storydesk {

namespace {

constexpr char Bom[] = "\xEF\xBB\xBF";

} // namespace

QString StorySource::toText(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith(Bom))
        view = view.sliced(3);
    QString text = QString::fromUtf8(view);
    // An editor makes a line of every "\r\n" and lone "\r" alike.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QByteArray StorySource::toBytes(const QString &text, const QByteArray &current)
{
    // The first line's end is the file's, as StoryFile reads it (mixed files get that one).
    const qsizetype firstEnd = current.indexOf('\n');
    QByteArray bytes = text.toUtf8();
    if (firstEnd > 0 && current.at(firstEnd - 1) == '\r')
        bytes.replace("\n", "\r\n");
    if (current.startsWith(Bom))
        bytes.prepend(Bom);
    return bytes;
}

Problems StorySource::check(const QString &path, const QByteArray &bytes)
{
    // The engine decides what can be applied; the summary reader adds what the store warns about.
    const FrontMatterDocument document = FrontMatterDocument::fromBytes(bytes);
    if (!document.isEditable())
        return ConflictMarkers::find(bytes) + document.problems();
    return SummaryReader::fromBytes(path, bytes).problems;
}

bool StorySource::hasErrors(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &problem) { return problem.isError(); });
}

} // namespace Storydesk
