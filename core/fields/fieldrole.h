#pragma once

#include "yamlpath.h"

#include <QtGlobal>

namespace Storydesk {

// Every field Storydesk uses, named by what it means rather than by a site's key: the
// field map binds each role to the key a site spells it with.
enum class FieldRole : quint8 {
    Title, Excerpt, Date, Published, Topics, Category, Type,
    ProviderName, ProviderDomain, Quality, Heat, Link, Image, Related
};
inline constexpr int FieldRoleCount = 14;

// One role's key: a YamlPath (empty = bound to nothing, the role is absent on this site).
struct FieldBinding
{
    YamlPath path;
    bool negated = false;   // Published only: the key says "not published" (Hugo's `draft`)
    friend bool operator==(const FieldBinding &, const FieldBinding &) = default;
};

} // namespace Storydesk
