#pragma once

#include "yamlvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Storydesk {

class FrontMatterDocument;
class StoryStore;
struct StorySummary;

// A topic rename or merge across a folder: every story whose topics name one of the old
// topics gets the new one in its place. One old name is a rename, several a merge (into one
// of them or a new name). Old names match as the topic editor compares topics: ignoring
// case and surrounding spaces, so renaming "ai" to "AI" also unifies "Ai"; the new name is
// written exactly as given. Within a story that changes, the old topics and any spelling of
// the new one collapse into one topic at the place of the first of them; other topics, their
// order and the list's style (flow or block, quoting) stay as they are.
class TopicRename
{
public:
    TopicRename(const QStringList &from, const QString &to);

    const QStringList &from() const { return m_from; }
    const QString &to() const { return m_to; }
    // At least one old name and a new one that is not empty.
    bool isValid() const { return !m_from.isEmpty() && !m_to.isEmpty(); }
    // A merge of several names, or a rename onto a topic other than the renamed one.
    bool isMerge() const { return m_from.size() > 1; }

    // Whether `topic` is one of the old names.
    bool matches(QStringView topic) const;

    // The key the site keeps topics under (its field map's topics binding; `topics` unless
    // set): what apply() and TopicRenameJob edit. TopicRenameJob takes it from its store.
    const YamlPath &topicsPath() const { return m_topicsPath; }
    void setTopicsPath(const YamlPath &path) { m_topicsPath = path; }

    // The topics after the rename: nullopt when the story's topics do not change.
    std::optional<QStringList> rewrite(const QStringList &topics) const;
    // The same on the `topics` value of a front matter (a list, or a single scalar topic):
    // unchanged items are the very same values, so the writer keeps their text.
    std::optional<YamlValue> rewrite(const YamlValue &topics) const;

    // Applies the rename to one document through the lossless engine: only the topics
    // lines change. Changed, Unchanged (no old topic in it) or Refused (`error` says why:
    // the front matter does not parse, or the engine refused the edit).
    enum class Outcome { Changed, Unchanged, Refused };
    Outcome apply(FrontMatterDocument &document, QString *error = nullptr) const;

    // The stories of the store the rename changes, from their summaries (which show unsaved
    // edits), in path order; and the broken ones, whose topics cannot be read: a rename
    // skips them and says so.
    struct Plan
    {
        QStringList stories;
        QStringList broken;
    };
    Plan plan(const StoryStore &store) const;
    bool changes(const StorySummary &story) const;

private:
    // Whether a topic joins the merged one: an old name or a spelling of the new name.
    bool joins(QStringView topic) const;

    QStringList m_from;   // trimmed, without empty or repeated (ignoring case) names
    QString m_to;         // trimmed
    YamlPath m_topicsPath;
};

} // namespace Storydesk
