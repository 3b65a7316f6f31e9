#pragma once

#include "storydocument.h"
#include "yamlpath.h"
#include "yamlvalue.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Storydesk {

class StoryStore;

// The editing layer between the window and the disk: it holds the documents of stories
// with unsaved edits, applies field edits through the lossless engine, shows the edited
// summaries in the store, and saves, reverts and resolves conflicts. Core owns "modified":
// the window only presents it. Every edit goes through here, so undo commands, the CLI
// and bulk actions all write the same way.
class StoryEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryEditor)

public:
    enum class SaveOutcome { Saved, Unchanged, ChangedOnDisk, Failed };

    explicit StoryEditor(StoryStore *store, QObject *parent = nullptr);

    // The rows this editor keeps current: each edit shows in its story's summary.
    const StoryStore *store() const { return m_store; }

    // The current value at `key` of the story at `path`: the edited one when modified,
    // else read from disk. Nullopt when the story or the key does not exist.
    std::optional<YamlValue> value(const QString &path, const YamlPath &key);
    // The story's full current text (for the source view).
    std::optional<QByteArray> text(const QString &path);
    // A copy of the story's current front matter document (edited, or as on disk): an edit
    // made on it is worked out without being made (EditPlan), with the very bytes setValue()
    // would write. Nullopt, with `error` set, when the story cannot be read.
    std::optional<FrontMatterDocument> document(const QString &path, QString *error = nullptr);

    // Edits change the story in memory (and its row) until saved. They return false with
    // `error` set, changing nothing, when the story cannot be edited.
    bool setValue(const QString &path, const YamlPath &key, const YamlValue &value, QString *error = nullptr);
    bool removeValue(const QString &path, const YamlPath &key, QString *error = nullptr);
    bool insertItem(const QString &path, const YamlPath &list, qsizetype index, const YamlValue &item, QString *error = nullptr);
    bool moveItem(const QString &path, const YamlPath &list, qsizetype from, qsizetype to, QString *error = nullptr);
    // Replaces the whole front matter, keeping the fences and the body. A story whose front
    // matter does not parse (a broken one) is repaired this way: it becomes editable, and
    // saveable, once the new text parses.
    bool setFrontMatterText(const QString &path, const QByteArray &text, QString *error = nullptr);
    // Replaces the story's whole text, front matter and body (the source view's Apply):
    // refused, changing nothing, unless the new text has a front matter that parses. Broken
    // stories, and stories whose fences are damaged, are repaired this way too.
    bool setText(const QString &path, const QByteArray &text, QString *error = nullptr);
    // Puts in the text `after` an edit of `key` came to when worked out on document() (an
    // EditPlan's change): as setText(), but only `key` counts as edited, as after setValue(),
    // so that "apply mine on top" carries just that key. Refused, changing nothing, unless
    // the story's text is still `before`.
    bool applyEdit(const QString &path, const YamlPath &key, const QByteArray &before, const QByteArray &after, QString *error = nullptr);

    bool isModified(const QString &path) const;
    QStringList modifiedStories() const;

    // A modified story's unsaved state, for the recovery journal: the bytes it was read
    // from, what the file looked like then, and its text now. Nullopt when not modified.
    struct Unsaved
    {
        QByteArray bytesRead;
        FileIdentity identity;
        QByteArray text;
    };
    std::optional<Unsaved> unsaved(const QString &path) const;
    // Puts back the unsaved `text` of a story a run that died had read as `bytesRead` when
    // the file looked like `identity` (crash recovery). The story becomes modified, not
    // saved. If the file still holds `bytesRead` the edit is on what is on disk; else the
    // story keeps what was read then, so that saving meets the usual conflict (Reload /
    // Apply Mine on Top, which carries the keys that differ from `bytesRead`). Refused,
    // changing nothing, when the story is already open or `text` does not parse.
    bool restore(const QString &path, const QByteArray &bytesRead, const FileIdentity &identity, const QByteArray &text,
                 QString *error = nullptr);

    SaveOutcome save(const QString &path, QString *error = nullptr);
    // Drops the edits of a story: it shows what is on disk again.
    void revert(const QString &path);
    // Conflict resolution after ChangedOnDisk: take the disk's version (dropping my edits), or
    // re-read the disk's version and apply my edited keys on top of it, so that the other
    // side's changes to other keys survive. The result of the latter is modified, not saved.
    void reloadFromDisk(const QString &path);
    bool applyMineOnTop(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void modifiedChanged(const QString &path, bool modified);
    void storyEdited(const QString &path);

private:
    struct Open
    {
        StoryDocument document;
        QSet<QString> touchedKeys;   // top-level keys edited since the document was read
    };

    Open *open(const QString &path, QString *error);
    bool edit(const QString &path, const YamlPath &key, QString *error, const std::function<bool(FrontMatterDocument &, QString *)> &apply);
    void publish(const QString &path, Open &story);
    // After a whole-text edit every key may have changed: all count for "apply mine on top".
    void touchAllKeys(const QString &path, const YamlValue &before, const YamlValue &after);
    void close(const QString &path);

    StoryStore *m_store;
    QHash<QString, Open> m_open;
};

} // namespace Storydesk
