#pragma once

#include "fieldmap.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Storydesk {

// What changed between two versions of a story, field by field, as an editor says it
// (`published: false → true`, `quality 63 → 70`, `topics +AI −Cloud`, `related +1 −1`,
// `title changed`, `body changed`), read through the lossless engine rather than a line
// diff; and the commit message for many such changes. For the commit dialog and
// `storydesk-cli commit`.
class StoryChanges
{
    Q_DECLARE_TR_FUNCTIONS(Storydesk::StoryChanges)

public:
    enum class Kind { Unchanged, Modified, Added, Deleted };

    // nullopt: the story does not exist on that side (new or deleted).
    // `map`: the site's field map, whose published, quality and topics keys are the ones
    // told apart (`draft: true -> false` publishes on a Hugo site).
    static StoryChanges between(const std::optional<QByteArray> &before, const std::optional<QByteArray> &after,
                                const FieldMap &map = FieldMap::storyFormat());

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::Unchanged; }
    // One phrase per changed field, in the story's key order, the body last.
    QStringList descriptions() const;
    // The phrases joined for one line: "new story", "deleted story" or "quality 63 → 70, body changed".
    QString summary() const;

    // The facts the commit message counts.
    bool publishes() const;     // published became true
    bool unpublishes() const;   // published was true and is no longer
    bool qualityChanged() const { return m_qualityChanged; }
    const QStringList &topicsAdded() const { return m_topicsAdded; }
    const QStringList &topicsRemoved() const { return m_topicsRemoved; }
    int relatedAdded() const { return m_relatedAdded; }
    int relatedRemoved() const { return m_relatedRemoved; }
    int relatedEdited() const { return m_relatedEdited; }
    // Keys other than published, quality, topics and related that changed, and the body.
    const QStringList &otherKeys() const { return m_otherKeys; }
    bool bodyChanged() const { return m_bodyChanged; }

    // "Triage: publish 5, unpublish 2, quality on 3 stories": a subject of at most
    // MaxSubjectLength characters counting stories per kind of decision, then a body that
    // lists each story (path: summary), at most MaxListedStories of them. `stories` pairs a
    // path with its changes; unchanged ones are skipped.
    static QString commitMessage(const QList<std::pair<QString, StoryChanges>> &stories);
    static constexpr int MaxSubjectLength = 72;
    static constexpr int MaxListedStories = 50;

private:
    Kind m_kind = Kind::Unchanged;
    QStringList m_descriptions;
    std::optional<bool> m_publishedBefore;
    std::optional<bool> m_publishedAfter;
    bool m_qualityChanged = false;
    QStringList m_topicsAdded;
    QStringList m_topicsRemoved;
    int m_relatedAdded = 0;
    int m_relatedRemoved = 0;
    int m_relatedEdited = 0;
    QStringList m_otherKeys;
    bool m_bodyChanged = false;
};

} // namespace Storydesk
