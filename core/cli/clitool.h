#pragma once

#include <QStringList>

class QTextStream;

namespace Storydesk {

// storydesk-cli: the core's commands for scripts and pipelines, without a display.
// Reads the options before the command and hands the rest to the command's own file
// (the table in clitool.cpp). Output and errors go to the streams given, so tests can
// run it in-process too.
class CliTool
{
public:
    // Runs with the streams bound to stdout and stderr.
    int run(const QStringList &arguments);
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Storydesk
