#pragma once

#include <QLatin1String>
#include <QStringList>

namespace Storydesk {

class CliContext;

// One storydesk-cli command as the dispatcher lists it: its name, its lines in --help, and
// the function that runs it with the arguments after the name. Adding a command is adding
// one of these to the table in clitool.cpp.
struct CliCommand
{
    using Run = int (*)(const CliContext &cli, const QStringList &args);

    QLatin1String name;
    QLatin1String help;   // its block of "Commands:" in --help, each line ending in \n
    Run run;
};

// The commands, one file per command or group of commands.
namespace CliCommands {

// valuecommands.cpp
int get(const CliContext &cli, const QStringList &args);
int set(const CliContext &cli, const QStringList &args);
int unset(const CliContext &cli, const QStringList &args);
// listcommands.cpp
int list(const CliContext &cli, const QStringList &args);
int check(const CliContext &cli, const QStringList &args);
int index(const CliContext &cli, const QStringList &args);
// relatecommands.cpp
int relate(const CliContext &cli, const QStringList &args);
int unrelate(const CliContext &cli, const QStringList &args);
// duplicatecommands.cpp
int duplicates(const CliContext &cli, const QStringList &args);
int resolveDuplicates(const CliContext &cli, const QStringList &args);
// topiccommands.cpp
int renameTopic(const CliContext &cli, const QStringList &args);
int mergeTopics(const CliContext &cli, const QStringList &args);
// fieldcommands.cpp
int fields(const CliContext &cli, const QStringList &args);
// mergecommands.cpp
int mergeFile(const CliContext &cli, const QStringList &args);
int gitSetup(const CliContext &cli, const QStringList &args);

} // namespace CliCommands

} // namespace Storydesk
