#pragma once

#include "problem.h"

#include <QByteArrayView>

#include <optional>

namespace Storydesk {

// Checks front-matter text before yaml-cpp sees it: yaml-cpp recurses once per nesting
// level and has no size limit, so hostile input (a 50 MB front matter, `[[[[…` ten thousand
// deep) could exhaust memory or overflow the stack. Real stories nest a handful of levels.
namespace YamlGuard {

inline constexpr qsizetype MaxFrontMatterBytes = 4 * 1024 * 1024;
inline constexpr int MaxNesting = 64;

// A problem located in front-matter coordinates (0-based line, 0-based column) when the
// text must not be parsed; nullopt when it is safe to hand to yaml-cpp.
struct Refusal
{
    int line = 0;
    int column = 0;
    QString message;
};
std::optional<Refusal> check(QByteArrayView frontMatter);

} // namespace YamlGuard
} // namespace Storydesk
