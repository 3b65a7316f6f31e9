#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Storydesk {

// A story file that a merge left with conflict markers, cut into the text both sides agree
// on and the conflict blocks between, each with its ours / theirs (and base) lines and the
// front-matter keys it concerns. The resolver shows the blocks; resolved() puts the file
// back together from one choice a block, without a marker and with the file's line endings.
class ConflictedStory
{
    Q_DECLARE_TR_FUNCTIONS(Storydesk::ConflictedStory)

public:
    struct Block
    {
        int line = 0;              // file line (1-based) of the `<<<<<<<` marker
        bool inBody = false;       // after the front matter's closing fence
        QStringList keys;          // the top-level keys whose lines the block holds (or sits in)
        QByteArray ours;           // the lines between the markers, each with its line ending
        QByteArray base;           // diff3 style only (`|||||||`); empty otherwise
        QByteArray theirs;
        bool hasBase = false;
        QString oursLabel;         // what follows the markers: a branch, a commit
        QString theirsLabel;
        QByteArray lineEnding = QByteArrayLiteral("\n");
    };

    enum class Side { Ours, Theirs, Base, Edited };
    struct Choice
    {
        Side side = Side::Ours;
        QByteArray text;           // Side::Edited: the lines typed by the editor
    };

    // Cuts `bytes` at git's conflict markers (`markerSize` characters long, 7 unless the
    // repository's conflict-marker-size says otherwise).
    static ConflictedStory parse(const QByteArray &bytes, int markerSize = 7);

    // A well-formed file with at least one block.
    bool isConflicted() const { return m_error.isEmpty() && !m_blocks.isEmpty(); }
    // Why the markers do not form blocks (an unclosed block...): such a file is not offered
    // for resolution, it is left to a text editor. Empty when well-formed.
    const QString &error() const { return m_error; }
    const QList<Block> &blocks() const { return m_blocks; }

    // The file with block i replaced by choices[i]; missing choices take Ours. Edited text
    // gets the block's line endings and a final one, so it never glues onto the next line.
    QByteArray resolved(const QList<Choice> &choices) const;

    // Why the resolved bytes would not make a readable story (front matter that does not
    // parse, a marker left in an edited text); empty when they do.
    static QString problemWith(const QByteArray &resolvedBytes, int markerSize = 7);

private:
    QList<QByteArray> m_common;   // m_common[i] precedes block i; one more than blocks
    QList<Block> m_blocks;
    QString m_error;
};

} // namespace Storydesk
