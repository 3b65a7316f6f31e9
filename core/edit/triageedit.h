#pragma once

#include "yamlpath.h"
#include "yamlvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Storydesk {

class StoryStore;

// What a triage key does to a selection, decided in core so that the window, and any other
// front end, edit the same way: which stories take part (never a broken one), and the value
// each gets. The UI only wraps `values` in its undo command.
struct TriageEdit
{
    enum class Kind { Publish, Unpublish, RaiseQuality, LowerQuality, SetQuality };

    static constexpr int QualityStep = 5;
    static constexpr int MaxQuality = 100;

    Kind kind = Kind::Publish;
    YamlPath key;
    // The stories in the order given, each with the value it is to hold.
    QList<std::pair<QString, YamlValue>> values;

    // Published on all of them, unless every one already is: then unpublished (a mixed
    // selection becomes published, the common case being "publish these").
    static TriageEdit togglePublished(const StoryStore &store, const QStringList &paths);
    // The story format's key (`published: true`); the overload with the store writes the
    // site's own key (`draft: false` on Hugo), or nothing where published is unbound.
    static TriageEdit setPublished(const QString &path, bool published);
    static TriageEdit setPublished(const StoryStore &store, const QString &path, bool published);
    // Every edit follows the store's field map: the key is the site's own, and a role bound
    // to nothing (quality on a Hugo site) gives an edit without values.
    // Quality moved by `delta`, within 0–100; a story without a quality starts from 0.
    static TriageEdit changeQuality(const StoryStore &store, const QStringList &paths, int delta);
    static TriageEdit setQuality(const StoryStore &store, const QStringList &paths, int quality);
};

} // namespace Storydesk
