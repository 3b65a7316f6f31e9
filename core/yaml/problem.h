#pragma once

#include <QByteArrayView>
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

    // The problem at byte `offset` of `text`, whose first line is the file's `firstLine`.
    // Columns count characters, as editors do (yaml-cpp's marks count bytes), and stop at
    // the end of the line's text: yaml-cpp may point past a CRLF's '\r'.
    static Problem at(QByteArrayView text, qsizetype offset, int firstLine, Severity severity, const QString &message)
    {
        offset = qBound(qsizetype(0), offset, text.size());
        const QByteArrayView before = text.first(offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        qsizetype lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        if (lineEnd > lineStart && text.at(lineEnd - 1) == '\r')
            --lineEnd;
        int column = 1;
        for (qsizetype i = lineStart; i < qMin(offset, lineEnd); ++i) {
            if ((quint8(text.at(i)) & 0xC0) != 0x80) // count UTF-8 lead bytes only
                ++column;
        }
        return Problem{severity, firstLine + int(before.count('\n')), column, message};
    }
    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

} // namespace Storydesk

Q_DECLARE_METATYPE(Storydesk::Problem)
