#pragma once

#include "yamlpath.h"
#include "yamlvalue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Storydesk {

class StoryEditor;

// What an edit comes to, worked out in core before anything is written: for each story it
// changes, the key, the value before and after, and the story's whole text before and after
// as the lossless engine writes it. The app wraps a plan in one undo step (SetValueCommand);
// the CLI applies it and saves. The builders read the stories through StoryEditor, so a
// story with unsaved edits is planned from its edited text.
class EditPlan
{
public:
    // A missing value (nullopt) is a key the story does not have: before, one the edit adds;
    // after, one the edit removes.
    struct Change
    {
        QString path;
        YamlPath key;
        std::optional<YamlValue> before;
        std::optional<YamlValue> after;
        QByteArray textBefore;
        QByteArray textAfter;
    };

    // `key` set to `after` in each of `paths`; stories that already hold it are left out.
    static EditPlan setValue(StoryEditor &editor, const QStringList &paths, const YamlPath &key, const YamlValue &after);
    // The same with a value of its own for each story (quality + 5 on a selection).
    static EditPlan setValues(StoryEditor &editor, const QList<std::pair<QString, YamlValue>> &afterByPath, const YamlPath &key);
    // `entries` inserted into the story's `related` list at `row` (-1 or past the end: at the
    // end), the whole list as one value so that the engine writes just the new entries' lines.
    static EditPlan insertRelated(StoryEditor &editor, const QString &story, qsizetype row, const QList<YamlValue> &entries);

    // Adds the change of `key` to `after` (nullopt: removed) in one story, worked out on a
    // copy of its current document. Left out (false) when the story already holds `after`;
    // a failure (false) when it cannot be read or the engine refuses the edit.
    bool add(StoryEditor &editor, const QString &path, const YamlPath &key, const std::optional<YamlValue> &after);
    // A change worked out elsewhere (a topic rename made in slices, TopicRenameJob).
    void addChange(Change change);
    // The changes of `other` after these (a story changed twice is planned twice: avoid it).
    void append(const EditPlan &other);

    const QList<Change> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    // Every story the edit was meant for, in the order given, those left out included.
    const QStringList &stories() const { return m_stories; }
    // Stories that already held the value.
    const QStringList &leftOut() const { return m_leftOut; }
    // Stories that could not be planned, "path: why" each.
    const QStringList &failures() const { return m_failures; }
    // The keys the plan changes, in the order of their first change.
    QList<YamlPath> keys() const;
    // The part of the plan that changes `key`.
    EditPlan forKey(const YamlPath &key) const;

    // Applies every change through `editor` (StoryEditor::applyEdit), in memory until saved.
    // A story whose text is no longer the plan's "before" is not touched. Returns the
    // stories that could not be changed, "path: why" each.
    QStringList apply(StoryEditor &editor) const;
    // Applies one change; false, with `error` set, when it cannot be.
    static bool apply(StoryEditor &editor, const Change &change, QString *error = nullptr);

private:
    QList<Change> m_changes;
    QStringList m_stories;
    QStringList m_leftOut;
    QStringList m_failures;
};

} // namespace Storydesk
