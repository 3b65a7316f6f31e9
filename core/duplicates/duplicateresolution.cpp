#include "duplicateresolution.h"

#include "duplicatekeys.h"
#include "relatedentry.h"
#include "storyeditor.h"
#include "storyschema.h"

#include <QFileInfo>
#include <QSet>

namespace Storydesk {

namespace {

const YamlPath &relatedPath()
{
    static const YamlPath path({StorySchema::Related});
    return path;
}

bool isUnpublished(StoryEditor &editor, const QString &path, const FieldMap &map)
{
    const YamlPath &key = map.path(FieldRole::Published);
    const std::optional<YamlValue> value = key.isRoot() ? std::nullopt : editor.value(path, key);
    const std::optional<bool> flag = value ? value->toBool() : std::nullopt;
    return flag && !map.isPublishedBy(*flag);
}

qsizetype relatedCount(StoryEditor &editor, const QString &path)
{
    const std::optional<YamlValue> related = editor.value(path, relatedPath());
    return related && related->isSequence() ? related->items().size() : 0;
}

} // namespace

DuplicateResolution DuplicateResolution::keepAndUnpublish(StoryEditor &editor, const QString &keep, const QStringList &group, const FieldMap &map)
{
    const auto [key, value] = map.publishedValue(false);
    DuplicateResolution resolution;
    resolution.m_map = map;
    resolution.m_kept = keep;
    resolution.m_others = group;
    resolution.m_others.removeAll(keep);
    if (key.isRoot())
        return resolution; // the site has no published key: nothing to unpublish with
    resolution.m_plan = EditPlan::setValue(editor, resolution.m_others, key, value);
    // Every other already unpublished is nothing to do, and nothing to report.
    resolution.m_unpublishPlanned = !resolution.m_plan.isEmpty() || !resolution.m_plan.failures().isEmpty();
    return resolution;
}

DuplicateResolution DuplicateResolution::keepAndAttach(StoryEditor &editor, const QString &keep, const QStringList &group, const FieldMap &map)
{
    DuplicateResolution resolution;
    resolution.m_map = map;
    resolution.m_kept = keep;
    resolution.m_others = group;
    resolution.m_others.removeAll(keep);
    const std::optional<YamlValue> frontMatter = editor.value(keep, YamlPath());
    if (!frontMatter || !frontMatter->isMap()) {
        resolution.m_refused = true;
        resolution.m_notes.append(tr("%1 cannot be edited").arg(keep));
        return resolution;
    }
    // The entries as RelatedEntry builds them from the stories as edited, by its rules. A
    // duplicate whose link is the kept story's page (tracking parameters and all: compared
    // as the finder compares them) is the same page, and is not attached; nor is a page twice.
    QList<RelatedEntry::Offer> offers;
    QSet<QString> pages{DuplicateKeys::normalizedWebUrl(RelatedEntry::webUrl(*frontMatter))};
    for (const QString &path : std::as_const(resolution.m_others)) {
        const std::optional<YamlValue> story = editor.value(path, YamlPath());
        if (!story || !story->isMap())
            continue;
        const QString page = DuplicateKeys::normalizedWebUrl(RelatedEntry::webUrl(*story));
        if (!page.isEmpty() && pages.contains(page)) {
            resolution.m_notes.append(tr("%1: the same page, not attached").arg(QFileInfo(path).fileName()));
            continue;
        }
        pages.insert(page);
        offers.append({path, RelatedEntry::fromStory(*story)});
    }
    const RelatedEntry::Plan related = RelatedEntry::plan(keep, *frontMatter, offers);
    resolution.m_notes.append(related.refusals);
    resolution.m_attaching = int(related.added.size());
    resolution.m_attachPlanned = !related.added.isEmpty();
    resolution.m_relatedBefore = relatedCount(editor, keep);
    resolution.m_plan = EditPlan::insertRelated(editor, keep, -1, related.added);
    const auto [key, value] = map.publishedValue(false);
    const EditPlan unpublish = key.isRoot() ? EditPlan() : EditPlan::setValue(editor, resolution.m_others, key, value);
    resolution.m_unpublishPlanned = !unpublish.isEmpty() || !unpublish.failures().isEmpty();
    resolution.m_plan.append(unpublish);
    return resolution;
}

DuplicateResolution::Outcome DuplicateResolution::outcome(StoryEditor &editor) const
{
    Outcome outcome;
    outcome.notes = m_notes;
    if (m_refused || (!m_attachPlanned && !m_unpublishPlanned))
        return outcome;
    if (m_attachPlanned) {
        outcome.attached = int(relatedCount(editor, m_kept) - m_relatedBefore);
        if (outcome.attached != m_attaching)
            outcome.notes.append(tr("%1: the related entries could not be added").arg(m_kept));
    }
    // Asked of the stories, not of the plan: an edit may have been refused when applied.
    for (const QString &path : m_others) {
        if (isUnpublished(editor, path, m_map))
            outcome.unpublished.append(path);
        else
            outcome.notes.append(tr("%1 could not be unpublished").arg(path));
    }
    return outcome;
}

} // namespace Storydesk
