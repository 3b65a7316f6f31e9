#pragma once

#include <QStringList>

namespace Storydesk {

class CliContext;

// storydesk-cli's git commands, for pipelines and tests: commit stories of a site with a
// field-by-field summary and a generated message, and sync the site with its remote.
namespace CliCommands {

// commit FOLDER [-m MESSAGE] [PATH...]
int commit(const CliContext &cli, const QStringList &args);
// sync FOLDER
int sync(const CliContext &cli, const QStringList &args);

} // namespace CliCommands

} // namespace Storydesk
