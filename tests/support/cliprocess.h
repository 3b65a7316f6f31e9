#pragma once

#include <QByteArray>
#include <QStringList>

namespace Storydesk::CliProcess {

// One run of the built storydesk-cli (STORYDESK_CLI_PATH): how it ended and what it printed.
struct Run
{
    bool finished = false;   // started, and exited normally within the time allowed
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the tool while this process's event loop goes on, so that a local test server in
// the test can answer it.
Run run(const QString &program, const QStringList &arguments, int timeoutMs = 30000);

} // namespace Storydesk::CliProcess
