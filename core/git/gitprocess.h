#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Storydesk {

// How one run of git ended: its exit code and output, or why it never ran to the end.
struct GitResult
{
    enum class Outcome {
        Finished,       // git ran and exited (exitCode says how)
        NotInstalled,   // no `git` on PATH
        FailedToStart,  // found but could not be started (working directory missing...)
        TimedOut,       // killed after the timeout
        Cancelled,      // killed because the cancel token was set
        Crashed,        // git died of a signal
    };

    Outcome outcome = Outcome::FailedToStart;
    int exitCode = -1;
    QByteArray out;      // stdout as git wrote it (porcelain -z output is binary-safe)
    QString err;         // stderr, UTF-8 decoded

    bool started() const { return outcome != Outcome::NotInstalled && outcome != Outcome::FailedToStart; }
    bool finished() const { return outcome == Outcome::Finished; }
    bool ok() const { return outcome == Outcome::Finished && exitCode == 0; }
    // stdout decoded as UTF-8 with the trailing newline removed, for one-line answers.
    QString outLine() const;
    // A sentence for the user when the run did not succeed: git's own message, or why it
    // did not run.
    QString errorText() const;
};

// Runs the `git` command-line tool synchronously: an argument list (never a shell) in a
// working directory, with nothing that could prompt and C-locale messages to classify.
// Blocking by design: the CLI and tests call it directly, the app from a worker thread,
// whose run a cancel token can end.
class GitProcess
{
public:
    explicit GitProcess(const QString &workingDirectory = QString());

    void setWorkingDirectory(const QString &directory) { m_workingDirectory = directory; }
    QString workingDirectory() const { return m_workingDirectory; }
    // Milliseconds before git is killed; 0 or less waits as long as it takes.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Polled while git runs; when it turns true the process (and its children) is killed.
    void setCancelToken(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Extra variables for the environment of every run (after the fixed ones).
    void setEnvironmentVariable(const QString &name, const QString &value);

    GitResult run(const QStringList &arguments, const QByteArray &standardInput = QByteArray()) const;

    // The git executable found on PATH, empty when git is not installed.
    static QString program();
    static bool isInstalled() { return !program().isEmpty(); }

private:
    QString m_workingDirectory;
    int m_timeoutMs = 0;
    const std::atomic_bool *m_cancel = nullptr;
    QStringList m_extraEnvironment;   // name=value
};

} // namespace Storydesk
