#pragma once

#include "fieldmap.h"

#include <QString>
#include <QStringList>

#include <array>

namespace Storydesk {

// Guesses a site's field map from its generator's configuration (Hugo, Jekyll) and from
// the keys its stories actually use, over a sample. The story format wins wherever its
// keys are present, so a folder of story-format files maps exactly as it always did.
class FieldDetector
{
public:
    struct Result
    {
        FieldMap map = FieldMap::storyFormat();
        bool storyFormat = true;
        QString generator;        // "hugo", "jekyll" or empty
        QString configFile;       // the generator configuration found, relative to the site root
        int sampled = 0;          // stories whose front matter was read
        QStringList keysInUse;    // their top-level keys, most used first
        std::array<QString, FieldRoleCount> reasons;
        friend bool operator==(const Result &, const Result &) = default;
    };

    // How many stories are read at most.
    static constexpr int SampleSize = 200;
    // Bumped with any change to what detect() makes of the same files (its candidates,
    // thresholds, sampling, reasons): a DetectionMemo of other rules is not reused.
    static constexpr int RulesVersion = 1;

    // `storyPaths` are the site's story files; empty: found by a bounded walk of siteRoot.
    static Result detect(const QString &siteRoot, const QStringList &storyPaths = {});
    // The generator whose configuration is in `folder` (the site root, see
    // SiteFieldsLoader::findSiteRoot): "hugo" or "jekyll", with the file in *configFile.
    static QString generatorFor(const QString &folder, QString *configFile = nullptr);
    // Whether `folder` itself holds a Hugo or Jekyll configuration.
    static bool hasGeneratorConfig(const QString &folder);
    // Up to `limit` story files below siteRoot, spread over the walk's first files.
    static QStringList sampleStories(const QString &siteRoot, int limit = SampleSize);
};

} // namespace Storydesk
