#include "conflictmarkers.h"

#include <QCoreApplication>

namespace Storydesk::ConflictMarkers {

namespace {

// Seven (or more, with --marker-size) marker characters, then the end of the line or a
// space and a label: `<<<<<<< ours`, `=======`.
bool isMarker(QByteArrayView line, char c)
{
    qsizetype n = 0;
    while (n < line.size() && line.at(n) == c)
        ++n;
    if (n < 7)
        return false;
    return n == line.size() || line.at(n) == ' ' || line.at(n) == '\r';
}

} // namespace

Problems find(const QByteArray &bytes)
{
    Problems found;
    if (!bytes.contains("<<<<<<<"))   // the common case, at the cost of one scan
        return found;
    enum class State { Outside, Ours, Theirs } state = State::Outside;
    int openLine = 0;
    int lineNumber = 0;
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line = QByteArrayView(bytes).sliced(pos, end - pos);
        ++lineNumber;
        if (isMarker(line, '<')) {
            state = State::Ours;
            openLine = lineNumber;
        } else if (state == State::Ours && isMarker(line, '=')) {
            state = State::Theirs;
        } else if (state == State::Theirs && isMarker(line, '>')) {
            found.append(Problem{Problem::Severity::Error, openLine, 1, QCoreApplication::translate("Storydesk::ConflictMarkers", "unresolved merge conflict")});
            state = State::Outside;
        }
        pos = end + 1;
    }
    return found;
}

} // namespace Storydesk::ConflictMarkers
