#pragma once

#include "yamlvalue.h"

#include <optional>

namespace Storydesk {

// Three-way merges of front-matter values, one top-level key at a time, as StoryMerge
// applies them: a value changed on one side only wins, `topics` merge as sets, `related`
// as entries identified by their webUrl, maps key by key; anything else changed two ways
// is a conflict. Values taken from THEIRS lose their quoting so OURS' file styles them.
namespace ValueMerge {

struct Outcome
{
    bool conflict = false;
    std::optional<YamlValue> value;   // nullopt: the key is absent from the result
};

// `base`, `ours`, `theirs`: the key's value in each version, nullptr where it is absent.
Outcome merge(const QString &key, const YamlValue *base, const YamlValue *ours, const YamlValue *theirs);

} // namespace ValueMerge
} // namespace Storydesk
