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
// Aliases make a small text stand for a huge or deep tree (anchors referencing anchors:
// "billion laughs"); whatever follows them stops at these many values and levels.
inline constexpr int MaxExpandedValues = 1000000;
inline constexpr int MaxExpandedNesting = 4 * MaxNesting;

// A problem located at a byte offset of the front matter when the text must not be
// parsed; nullopt when it is safe to hand to yaml-cpp.
struct Refusal
{
    qsizetype offset = 0;
    QString message;
};
std::optional<Refusal> check(QByteArrayView frontMatter);

// Why a front matter within those limits is refused once its aliases are followed.
QString tooManyValuesMessage();
QString nestsTooDeeplyMessage();

} // namespace YamlGuard
} // namespace Storydesk
