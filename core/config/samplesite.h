#pragma once

#include <QString>

namespace Storydesk {

// The bundled sample site: editors who start the app without a folder get a writable
// copy of it, so the bundled original is never written to.
class SampleSite
{
public:
    // Where the writable copy lives (under QStandardPaths::AppDataLocation).
    static QString defaultCopyLocation();

    // Copies the tree at `source` (a resource path such as ":/sample" or a folder) to
    // `target` unless `target` already exists. Returns false and sets `error` on failure.
    static bool ensureCopy(const QString &source, const QString &target, QString *error);
};

} // namespace Storydesk
