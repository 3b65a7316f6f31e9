#pragma once

#include "fieldmap.h"

#include "editplan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Storydesk {

class StoryEditor;

// What becomes of a group of duplicates once the editor picked the story to keep, as an edit
// plan: the others unpublished, or attached to the kept story as related coverage and then
// unpublished (they live on as its related entries, not as stories of their own on the
// site). Only the `published` lines and the new related entries change. Shared by the
// Duplicates view (one undo step) and `storydesk-cli resolve-duplicates`.
class DuplicateResolution
{
    Q_DECLARE_TR_FUNCTIONS(Storydesk::DuplicateResolution)

public:
    // What became of the group, read from the stories once the plan was applied.
    struct Outcome
    {
        QStringList unpublished;   // stories whose `published` is false
        int attached = 0;          // related entries added to the kept story
        QStringList notes;         // entries left out (the same link as the kept story), failures
    };

    // `group` may hold `keep`: it is never unpublished.
    // `map`: the site's field map, whose published key is written (draft: true on Hugo).
    static DuplicateResolution keepAndUnpublish(StoryEditor &editor, const QString &keep, const QStringList &group,
                                                const FieldMap &map = FieldMap::storyFormat());
    // A duplicate whose link is the kept story's own page (compared as the finder compares
    // links) is not attached, nor is a page twice; it is unpublished all the same.
    static DuplicateResolution keepAndAttach(StoryEditor &editor, const QString &keep, const QStringList &group,
                                             const FieldMap &map = FieldMap::storyFormat());

    const QString &kept() const { return m_kept; }
    // The group without the kept story.
    const QStringList &others() const { return m_others; }
    const EditPlan &plan() const { return m_plan; }
    // The related entries the plan adds to the kept story.
    int attaching() const { return m_attaching; }
    // What the plan leaves out and why, before anything is applied.
    const QStringList &notes() const { return m_notes; }
    // The kept story cannot be edited: nothing is planned.
    bool isRefused() const { return m_refused; }

    // After the plan was applied (or applying it failed): asks the stories through `editor`.
    Outcome outcome(StoryEditor &editor) const;

private:
    QString m_kept;
    QStringList m_others;
    EditPlan m_plan;
    QStringList m_notes;
    int m_attaching = 0;
    qsizetype m_relatedBefore = 0;
    bool m_attachPlanned = false;      // a change of the kept story's related list is planned
    bool m_unpublishPlanned = false;   // some other is not unpublished yet
    bool m_refused = false;            // the kept story cannot be edited: nothing is done
    FieldMap m_map = FieldMap::storyFormat();   // the site's published key
};

} // namespace Storydesk
