#pragma once

#include "problem.h"

#include <QByteArray>

namespace Storydesk {

// Finds the conflict blocks git (or storydesk-cli merge-file) left in a story file, so the
// store, the Problems dock and `storydesk-cli check` show a half-merged story as a problem.
namespace ConflictMarkers {

// One error a block, at the `<<<<<<<` line that opens it (file line, column 1): a block is
// an opening line followed by a `=======` line and a closing `>>>>>>>` line, each the
// marker alone or followed by a space and a label.
Problems find(const QByteArray &bytes);

} // namespace ConflictMarkers
} // namespace Storydesk
