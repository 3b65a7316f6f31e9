#include "gitprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <csignal>
#include <unistd.h>

namespace Storydesk {

namespace {

// How often a waiting run looks at the cancel token: short enough that Cancel feels
// immediate, long enough not to spin.
constexpr int PollMs = 50;

QProcessEnvironment gitEnvironment(const QStringList &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing may wait for a password that no one will type: no terminal prompt, an empty
    // askpass (git treats an empty GIT_ASKPASS as "none" and stops looking further).
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("GIT_ASKPASS"), QString());
    env.remove(QStringLiteral("SSH_ASKPASS"));
    // Messages in English so that errors can be classified by their text.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    // No pager, no editor: a commit or merge never opens one.
    env.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    env.insert(QStringLiteral("GIT_EDITOR"), QStringLiteral("true"));
    env.insert(QStringLiteral("GIT_MERGE_AUTOEDIT"), QStringLiteral("no"));
    for (const QString &pair : extra) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return env;
}

void killGroup(QProcess &process)
{
    // git runs helpers (ssh, remote-https, hooks); the child leads its own session, so
    // the whole group goes, not just git.
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
    process.kill();
    process.waitForFinished(5000);
}

} // namespace

QString GitResult::outLine() const
{
    QString text = QString::fromUtf8(out);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

QString GitResult::errorText() const
{
    switch (outcome) {
    case Outcome::NotInstalled:
        return QCoreApplication::translate("Storydesk::GitProcess", "git is not installed (no `git` program on PATH).");
    case Outcome::FailedToStart:
        return err.isEmpty() ? QCoreApplication::translate("Storydesk::GitProcess", "git could not be started.") : err;
    case Outcome::TimedOut:
        return QCoreApplication::translate("Storydesk::GitProcess", "git did not finish in time and was stopped.");
    case Outcome::Cancelled:
        return QCoreApplication::translate("Storydesk::GitProcess", "Cancelled.");
    case Outcome::Crashed:
        return QCoreApplication::translate("Storydesk::GitProcess", "git stopped unexpectedly.");
    case Outcome::Finished:
        break;
    }
    QString text = err.trimmed();
    if (text.isEmpty())
        text = outLine().trimmed();
    if (text.isEmpty() && exitCode != 0)
        text = QCoreApplication::translate("Storydesk::GitProcess", "git failed (exit code %1).").arg(exitCode);
    return text;
}

GitProcess::GitProcess(const QString &workingDirectory)
    : m_workingDirectory(workingDirectory)
{
}

void GitProcess::setEnvironmentVariable(const QString &name, const QString &value)
{
    m_extraEnvironment.append(name + QLatin1Char('=') + value);
}

QString GitProcess::program()
{
    // Looked up on each call (cheap next to starting git) so that installing git while the
    // app runs is noticed.
    return QStandardPaths::findExecutable(QStringLiteral("git"));
}

GitResult GitProcess::run(const QStringList &arguments, const QByteArray &standardInput) const
{
    GitResult result;
    const QString git = program();
    if (git.isEmpty()) {
        result.outcome = GitResult::Outcome::NotInstalled;
        return result;
    }

    QProcess process;
    process.setProgram(git);
    process.setArguments(arguments);
    process.setProcessEnvironment(gitEnvironment(m_extraEnvironment));
    if (!m_workingDirectory.isEmpty())
        process.setWorkingDirectory(m_workingDirectory);
    // Its own session: no controlling terminal for ssh to prompt on, and a process group
    // that cancel can kill as a whole.
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(-1)) {
        result.outcome = GitResult::Outcome::FailedToStart;
        result.err = process.errorString();
        return result;
    }
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();

    const QDeadlineTimer deadline = m_timeoutMs > 0 ? QDeadlineTimer(m_timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    QByteArray out;
    QByteArray err;
    while (process.state() != QProcess::NotRunning) {
        if (m_cancel && m_cancel->load()) {
            killGroup(process);
            result.outcome = GitResult::Outcome::Cancelled;
            return result;
        }
        if (deadline.hasExpired()) {
            killGroup(process);
            result.outcome = GitResult::Outcome::TimedOut;
            result.err = QString::fromUtf8(err + process.readAllStandardError());
            return result;
        }
        process.waitForFinished(PollMs);
        // Drain as we go so a large output never fills the pipe and stalls git.
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
    }
    out += process.readAllStandardOutput();
    err += process.readAllStandardError();

    result.out = out;
    result.err = QString::fromUtf8(err);
    if (process.exitStatus() == QProcess::CrashExit) {
        result.outcome = GitResult::Outcome::Crashed;
        return result;
    }
    result.outcome = GitResult::Outcome::Finished;
    result.exitCode = process.exitCode();
    return result;
}

} // namespace Storydesk
