#include "cliprocess.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace Storydesk::CliProcess {

Run run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    Run result;
    // A program that never started is NotRunning with a "normal" exit status too.
    result.finished = process.error() != QProcess::FailedToStart && process.state() == QProcess::NotRunning
        && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace Storydesk::CliProcess
