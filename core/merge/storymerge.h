#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Storydesk {

// Merges three versions of a story (as `git merge-file` does, but by front-matter key)
// into OURS' bytes and style through the lossless engine: a key changed on one side takes
// that side's value, topics merge as sets, related entries by webUrl, the body with git's
// own line merge. Only a key changed two ways is a conflict, and only its lines are put
// between conflict markers. A version whose front matter does not parse makes the whole
// file fall back to git's line merge.
class StoryMerge
{
public:
    // The conflict markers' labels and size, as git passes them to a merge driver.
    struct Options
    {
        QString oursLabel = QStringLiteral("ours");
        QString baseLabel = QStringLiteral("base");
        QString theirsLabel = QStringLiteral("theirs");
        int markerSize = 7;
    };

    struct Result
    {
        bool ok = false;            // false: git could not be run; `error` says why
        QByteArray bytes;           // the merged file, conflict blocks included
        int conflicts = 0;          // conflict blocks left in `bytes`
        QStringList conflictKeys;   // the front-matter keys among them
        bool lineMerged = false;    // some version did not parse: git merged the whole file
        QString error;
    };

    static Result merge(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs);
    static Result merge(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs,
                        const Options &options);
};

} // namespace Storydesk
