#include "triageedit.h"

#include "storyschema.h"
#include "storystore.h"

#include <QtGlobal>

namespace Storydesk {

namespace {

// The stories of `paths` that are in the store and can be written into (a broken story's
// front matter does not parse).
QList<const StorySummary *> editable(const StoryStore &store, const QStringList &paths)
{
    QList<const StorySummary *> stories;
    stories.reserve(paths.size());
    for (const QString &path : paths) {
        const int row = store.indexOf(path);
        if (row >= 0 && !store.summary(row).broken)
            stories.append(&store.summary(row));
    }
    return stories;
}

} // namespace

TriageEdit TriageEdit::togglePublished(const StoryStore &store, const QStringList &paths)
{
    const QList<const StorySummary *> stories = editable(store, paths);
    bool allPublished = true;
    for (const StorySummary *story : stories)
        allPublished = allPublished && story->published == StorySummary::Published::Yes;
    const bool publish = !allPublished;
    const auto [key, value] = store.fieldMap().publishedValue(publish);
    TriageEdit edit{publish ? Kind::Publish : Kind::Unpublish, key, {}};
    if (key.isRoot())
        return edit;
    for (const StorySummary *story : stories)
        edit.values.append({story->path, value});
    return edit;
}

TriageEdit TriageEdit::setPublished(const QString &path, bool published)
{
    return {published ? Kind::Publish : Kind::Unpublish, YamlPath({StorySchema::Published}), {{path, YamlValue::boolean(published)}}};
}

TriageEdit TriageEdit::setPublished(const StoryStore &store, const QString &path, bool published)
{
    const auto [key, value] = store.fieldMap().publishedValue(published);
    TriageEdit edit{published ? Kind::Publish : Kind::Unpublish, key, {}};
    if (!key.isRoot())
        edit.values.append({path, value});
    return edit;
}

TriageEdit TriageEdit::changeQuality(const StoryStore &store, const QStringList &paths, int delta)
{
    TriageEdit edit{delta > 0 ? Kind::RaiseQuality : Kind::LowerQuality, store.fieldMap().path(FieldRole::Quality), {}};
    if (edit.key.isRoot())
        return edit;
    for (const StorySummary *story : editable(store, paths)) {
        const int quality = qMax(0, int(story->quality));
        edit.values.append({story->path, YamlValue::integer(qBound(0, quality + delta, MaxQuality))});
    }
    return edit;
}

TriageEdit TriageEdit::setQuality(const StoryStore &store, const QStringList &paths, int quality)
{
    TriageEdit edit{Kind::SetQuality, store.fieldMap().path(FieldRole::Quality), {}};
    if (edit.key.isRoot())
        return edit;
    for (const StorySummary *story : editable(store, paths))
        edit.values.append({story->path, YamlValue::integer(qBound(0, quality, MaxQuality))});
    return edit;
}

} // namespace Storydesk
