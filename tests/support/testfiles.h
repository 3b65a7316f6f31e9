#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Storydesk::TestFiles {

// The reference story of ../shared/examples; empty when the folder is absent (tests skip).
QByteArray exampleStory();
// The real-world corpora of ../shared/corpora, and their story files (`.md` and
// `.markdown`, in every folder); none when the folder is absent (tests skip).
QString corporaFolder();
QStringList corpusStories();
QByteArray read(const QString &fileName);
// Creates the file's folder when missing.
bool write(const QString &fileName, const QByteArray &bytes);
// Dates the modification time of every file below `folder` `seconds` back (as a story
// written long ago, which a DetectionMemo keeps; one written just now it does not).
bool backdate(const QString &folder, int seconds = 3600);

// The lines two texts do not share, after their common first and last lines: what a
// reviewer sees in a diff of a story file.
struct LineChange
{
    qsizetype first = 0;   // first differing line (0-based)
    qsizetype oldEnd = 0;  // one past the last differing line, in `before`
    qsizetype newEnd = 0;  // the same in `after`
    QList<QByteArray> removed;
    QList<QByteArray> added;
};
LineChange changedLines(const QByteArray &before, const QByteArray &after);
// Just the removed and added lines, for QCOMPARE against the lines an edit should touch.
QPair<QList<QByteArray>, QList<QByteArray>> lineDiff(const QByteArray &before, const QByteArray &after);

} // namespace Storydesk::TestFiles
