#pragma once

#include "storyeditor.h"
#include "storystore.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>
#include <QUndoStack>

class QWidget;

namespace Storydesk {
class TopicChip;
}

// A small site for the UI tests, in a temporary folder: three stories to select (a, b, c),
// a fourth that shares a topic (d), and one whose front matter does not parse. Opened in
// a StoryStore, with a StoryEditor and an undo stack over it, as the window has them.
//
//   a.md  quality 55, published, topics [Chips, AI] (block), three related entries,
//         a title with markup in it, an https link
//   b.md  quality 40, unpublished, topics [AI, Space] (block), one related entry
//   c.md  quality 40, unpublished, topics [AI, Robotics] (flow), a javascript: link
//   d.md  topics [Space, Chips]; never selected
class TestSite
{
public:
    TestSite();

    // Writes the files and loads them; false (with a warning) when that failed.
    bool open();

    QString path(const QString &name) const;
    QStringList abc() const { return {path(QStringLiteral("a.md")), path(QStringLiteral("b.md")), path(QStringLiteral("c.md"))}; }
    QString broken() const { return path(QStringLiteral("broken.md")); }
    QByteArray bytes(const QString &path) const;

    // The story's topics (its list items as text) as StoryEditor reads them now.
    QStringList topics(const QString &path);
    std::optional<qint64> quality(const QString &path);
    std::optional<bool> published(const QString &path);
    QStringList relatedTitles(const QString &path);

    // The lines that differ between two versions of a file, line by line, as (before, after):
    // what `git diff` would show of an edit that changes lines without adding any.
    using ChangedLines = QList<std::pair<QByteArray, QByteArray>>;
    static ChangedLines changedLines(const QByteArray &before, const QByteArray &after);

    // `file` with the lines of its first two related entries swapped, every other line
    // where it was: the file a careful human makes by moving the first entry down.
    static QByteArray withFirstRelatedEntriesSwapped(const QByteArray &file);

    static const QByteArray A;

    QTemporaryDir dir;
    Storydesk::StoryStore store;
    Storydesk::StoryEditor editor{&store};
    QUndoStack undoStack;
};

// The topic chips shown under `root`, in reading order (removed chips linger, hidden,
// until deleteLater() runs), and the one for `topic`, or null.
QList<Storydesk::TopicChip *> visibleChips(const QWidget *root);
Storydesk::TopicChip *visibleChip(const QWidget *root, const QString &topic);
