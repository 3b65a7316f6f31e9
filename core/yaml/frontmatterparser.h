#pragma once

#include "problem.h"
#include "yamlnode.h"
#include "yamlvalue.h"

#include <QByteArray>

#include <optional>

namespace Storydesk {

// Front-matter text parsed for the engine: the yaml-cpp tree (whose marks locate values
// in the text) and the same document as a YamlValue, or the problem that stopped it, in
// file coordinates. Hostile text is refused by YamlGuard before yaml-cpp sees it.
struct ParsedFrontMatter
{
    YamlNode root;
    YamlValue value;
    std::optional<Problem> problem;
};

ParsedFrontMatter parseFrontMatter(const QByteArray &text);

} // namespace Storydesk
