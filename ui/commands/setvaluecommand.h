#pragma once

#include "editplan.h"
#include "yamlpath.h"
#include "yamlvalue.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <optional>
#include <utility>

class QUndoStack;

namespace Storydesk {

class StoryEditor;

// One edit of one key on one or more stories (quality, published, topics, related), as
// a single undo step, usually the wrapping of an EditPlan core worked out (the new bytes of
// each story). The stories change through StoryEditor, so every write is lossless;
// undo restores each story's own previous bytes: writing the previous value back would
// not (the writer picks its own quoting, and comments around list items move), leaving
// a story "modified" by the undo itself.
class SetValueCommand final : public QUndoCommand
{
public:
    // A missing value (nullopt) is a key the story does not have: before, one the edit
    // adds; after, one the edit removes (an emptied list goes as a whole, so that undo
    // writes it back as it was instead of filling a `[]`).
    struct Change
    {
        QString path;
        std::optional<YamlValue> before;
        std::optional<YamlValue> after;
    };

    // The undo step for a plan core worked out (EditPlan) that changes one key: its first
    // redo() puts in the plan's bytes. Nullptr for an empty plan.
    static SetValueCommand *fromPlan(StoryEditor *editor, const EditPlan &plan, const QString &text, bool mergesBursts = false);
    // Pushes a plan as one undo step: one command per key it changes, in a macro when there
    // are several. Nothing is pushed for an empty plan.
    static void push(QUndoStack *undoStack, StoryEditor *editor, const EditPlan &plan, const QString &text);

    // The plan (EditPlan::setValue) for `key` in `paths`, as a command. Stories that already
    // hold `after` are left out; nullptr when that leaves nothing to do.
    static SetValueCommand *forStories(StoryEditor *editor, const QStringList &paths, const YamlPath &key, const YamlValue &after,
                                       const QString &text, bool mergesBursts = false);
    // The same with a value of its own for each story (quality + 5 on a selection).
    static SetValueCommand *forStories(StoryEditor *editor, const QList<std::pair<QString, YamlValue>> &afterByPath, const YamlPath &key,
                                       const QString &text, bool mergesBursts = false);

    SetValueCommand(StoryEditor *editor, YamlPath key, QList<Change> changes, const QString &text, bool mergesBursts);
    // A story's whole text before and after the edit (StoryEditor::text()).
    struct Texts
    {
        QByteArray before;
        QByteArray after;
    };
    // An edit already made (a bulk edit applied in slices, with progress): the undo step
    // for it, whose first redo(), on QUndoStack::push(), writes nothing again. `texts`
    // (by path) lets undo put back the exact bytes.
    static SetValueCommand *alreadyApplied(StoryEditor *editor, YamlPath key, QList<Change> changes, const QString &text,
                                           QHash<QString, Texts> texts = {});

    // The same for a plan already applied (TopicRenameJob::appliedPlan()) that changes one key.
    static SetValueCommand *alreadyApplied(StoryEditor *editor, const EditPlan &plan, const QString &text);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    // Stories the last redo()/undo() could not change, with why.
    const QStringList &failures() const { return m_failures; }
    const YamlPath &key() const { return m_key; }

private:
    // Takes the story from one side of the edit to the other: its exact bytes when it is
    // as this command left it, else by writing the value.
    bool rewrite(const Change &change, bool forward, QString *error);

    StoryEditor *m_editor;
    YamlPath m_key;
    QList<Change> m_changes;
    // The stories the edit was meant for, including those forStories() left out because
    // they already held the value: a burst merges only with edits of the same selection.
    QStringList m_stories;
    bool m_mergesBursts;
    QElapsedTimer m_lastChange;
    QStringList m_failures;
    bool m_applied = false;   // the edit is already made: the next redo() has nothing to do
    bool m_planned = false;   // m_texts are a plan's, not yet put in: the next redo() does
    QHash<QString, Texts> m_texts;   // by path, from the first redo()
};

} // namespace Storydesk
