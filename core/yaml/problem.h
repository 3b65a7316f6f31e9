#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Storydesk {

// A parse or validation problem, located in the file's own lines and columns (1-based),
// so an editor can jump to it and the CLI can print FILE:LINE:COLUMN: message.
struct Problem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    int line = 0;     // 0 when the problem concerns the whole file
    int column = 0;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

} // namespace Storydesk

Q_DECLARE_METATYPE(Storydesk::Problem)
