#pragma once

#include "fielddetector.h"
#include "sitefields.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Storydesk {

// Finds a site's field map: an override file (the CLI's --fields) over `.storydesk/site.yaml`
// over detection. A broken file never stops a folder from opening: its problems are kept
// (path:line:column) and the map falls back to what lies below it.
class SiteFieldsLoader
{
public:
    // `storyPaths`: the site's stories when known (else a bounded walk samples them).
    static SiteFields load(const QString &siteRoot, const QString &overrideFile = {}, const QStringList &storyPaths = {});
    // The same over a detection made before (RememberedDetection, FolderFields): site.yaml
    // and the override file are read now.
    static SiteFields loadOver(const QString &siteRoot, const FieldDetector::Result &detected, const QString &overrideFile = {});
    // The nearest folder at or above `fileOrFolder` with a `.storydesk/`, a Hugo or Jekyll
    // configuration or a git root; else the folder itself (a file's own folder).
    static QString findSiteRoot(const QString &fileOrFolder);
    // Writes site.yaml for `map` through the lossless engine (only the lines that change),
    // with QSaveFile. Returns an error text on failure.
    static std::optional<QString> save(const QString &siteRoot, const FieldMap &map);
    static FieldMap detect(const QString &siteRoot, const QStringList &storyPaths = {});
    // "path:line:column: message" lines for the problems of `fields`.
    static QStringList problemLines(const SiteFields &fields);
};

} // namespace Storydesk
