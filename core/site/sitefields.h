#pragma once

#include "fieldmap.h"
#include "problem.h"

#include <QString>

#include <array>

namespace Storydesk {

// The field map a site folder uses, with where it came from and why each role is bound
// as it is: what the Site Fields dialog and `storydesk-cli fields` show.
struct SiteFields
{
    enum class Source { StoryFormat, Detected, SiteFile, Override };

    FieldMap map = FieldMap::storyFormat();
    Source source = Source::StoryFormat;
    QString generator;            // "hugo", "jekyll", or empty
    QString configFile;           // the generator configuration found, in siteRoot: "hugo.toml", "_config.yml"
    QStringList keysInUse;        // the sampled stories' top-level keys, most used first
    QString siteRoot;             // the folder whose .storydesk/ holds site.yaml
    QString siteFilePath;         // <siteRoot>/.storydesk/site.yaml
    Problems problems;            // a broken site.yaml or --fields file; detection is used meanwhile
    QString problemsFile;         // which file those problems are in
    std::array<QString, FieldRoleCount> reasons; // per role, why: "hugo.toml", "tags in 87% of 200 stories", "site.yaml"
};

} // namespace Storydesk
