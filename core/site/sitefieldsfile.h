#pragma once

#include "fieldmap.h"
#include "problem.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>

namespace Storydesk {

// The `.storydesk/site.yaml` format, which editors share through git and may edit by hand:
//
//   fields:
//     title: title
//     excerpt: summary
//     date: date
//     published: {key: draft, negated: true, default: true}
//     topics: tags
//     image: images.0
//     quality: ~
//
// Each role (FieldMap::roleName) names a key path, or ~ (or "") for none: the role is
// absent on the site. `published` may also be a map: `key`, `negated` (true when the key
// says "not published", like Hugo's draft) and `default` (what a story without the key is:
// true, false, or ~ for "missing"). Roles the file does not list keep the detected binding.
// Unknown keys outside `fields` are kept and ignored.
class SiteFieldsFile
{
public:
    // What a file says: the roles it binds, over `base` (the detected map).
    struct Parsed
    {
        FieldMap map;
        std::array<bool, FieldRoleCount> listed{};  // the roles the file binds
        Problems problems;                          // line:column in the file; the map is `base` then
    };

    static QString pathIn(const QString &siteRoot);
    // Reads `bytes` as a site.yaml over `base`. With problems, the map is `base` unchanged:
    // half a map is worse than the detected one.
    static Parsed parse(const QByteArray &bytes, const FieldMap &base);
    // The bytes of `current` (the file as it is, empty when there is none) after binding
    // every role as `map` does: only the lines of roles that change move. Nullopt, with
    // `error`, when the file does not parse (it is never rewritten then).
    static std::optional<QByteArray> edited(const QByteArray &current, const FieldMap &map, QString *error = nullptr);
};

} // namespace Storydesk
