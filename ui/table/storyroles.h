#pragma once

#include <Qt>
#include <QtGlobal>

namespace Storydesk {

// Item data roles of the story table beyond Qt's own, shared by the model, the proxy and
// the delegates so that none of them reads another's display strings.
enum StoryRole {
    RawValueRole = Qt::UserRole,  // the column's typed value, what sorting compares:
                                  // QString, QDateTime (UTC), int (-1 when a score is missing)
    PathRole,                     // QString: the story's file, its stable id
    StateRole,                    // StoryState
    ProblemsRole,                 // Problems: parse and validation problems, file coordinates
    ExcerptRole,                  // QString, for the preview and tooltips
    ImageUrlRole,                 // QString: images[0].url
    ProviderLogoUrlRole,          // QString: provider.images[0].url
    WebUrlRole,                   // QString
};

// What the status column shows, most urgent first when several apply.
enum class StoryState : quint8 {
    Conflict,  // unsaved edits, and the file changed on disk
    Modified,  // unsaved edits
    Broken,    // no usable front matter: the row shows the error
    Warning,   // read, with validation problems
    Ok,
};

} // namespace Storydesk
