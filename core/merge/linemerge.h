#pragma once

#include <QByteArray>
#include <QString>

namespace Storydesk {

// Git's own three-way line merge (`git merge-file -p`) of three texts, run through
// GitProcess on temporary files, its conflicts written as git writes them.
class LineMerge
{
public:
    struct Result
    {
        bool ok = false;      // false: git could not be run or failed; `error` says why
        QByteArray bytes;
        int conflicts = 0;    // as git counts them (at most 127)
        QString error;
    };

    static Result merge(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs,
                        const QString &oursLabel, const QString &baseLabel, const QString &theirsLabel,
                        int markerSize);
};

} // namespace Storydesk
