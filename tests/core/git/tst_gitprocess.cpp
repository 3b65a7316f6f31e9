#include "gitprocess.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

// GitProcess: git run with an argument list, an environment that never prompts, stdin,
// a timeout and a cancel token.

using namespace Storydesk;

class TestGitProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!GitProcess::isInstalled())
            QSKIP("git is not installed");
    }

    void run_returnsExitCodeAndOutput()
    {
        const GitResult result = GitProcess().run({QStringLiteral("--version")});
        QVERIFY(result.ok());
        QVERIFY(result.out.startsWith("git version "));
    }

    void run_passesArgumentsWithoutShell()
    {
        QTemporaryDir dir;
        GitProcess git(dir.path());
        QVERIFY(git.run({QStringLiteral("init"), QStringLiteral("-q")}).ok());
        // A shell would expand these; git must see them verbatim.
        const GitResult result = git.run({QStringLiteral("config"), QStringLiteral("--local"),
                                          QStringLiteral("storydesk.test"), QStringLiteral("$HOME `x` ; *")});
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(git.run({QStringLiteral("config"), QStringLiteral("storydesk.test")}).outLine(), QStringLiteral("$HOME `x` ; *"));
    }

    void run_setsNoPromptEnvironment()
    {
        QTemporaryDir dir;
        GitProcess git(dir.path());
        git.run({QStringLiteral("init"), QStringLiteral("-q")});
        // `git var` shows what git itself would use; the environment is checked through it.
        const GitResult prompt = git.run({QStringLiteral("-c"), QStringLiteral("alias.env=!env"), QStringLiteral("env")});
        QVERIFY2(prompt.ok(), qPrintable(prompt.errorText()));
        const QByteArray env = prompt.out;
        QVERIFY(env.contains("\nGIT_TERMINAL_PROMPT=0\n") || env.startsWith("GIT_TERMINAL_PROMPT=0\n"));
        QVERIFY(env.contains("LC_ALL=C\n"));
        QVERIFY(env.contains("GIT_ASKPASS=\n"));
    }

    void run_feedsStandardInput()
    {
        QTemporaryDir dir;
        GitProcess git(dir.path());
        git.run({QStringLiteral("init"), QStringLiteral("-q")});
        const GitResult result = git.run({QStringLiteral("hash-object"), QStringLiteral("--stdin")}, QByteArray("hello\n"));
        QVERIFY(result.ok());
        QCOMPARE(result.outLine(), QStringLiteral("ce013625030ba8dba906f756967f9e9ca394464a"));
    }

    void run_failingCommandKeepsStderr()
    {
        QTemporaryDir dir;
        const GitResult result = GitProcess(dir.path()).run({QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")});
        QVERIFY(result.finished());
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QLatin1String("not a git repository")), qPrintable(result.err));
    }

    void run_missingWorkingDirectory_failsToStart()
    {
        const GitResult result = GitProcess(QStringLiteral("/nonexistent/storydesk")).run({QStringLiteral("status")});
        QCOMPARE(result.outcome, GitResult::Outcome::FailedToStart);
        QVERIFY(!result.started());
        QVERIFY(!result.errorText().isEmpty());
    }

    void run_withoutGitOnPath_isNotInstalled()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        const GitResult result = GitProcess().run({QStringLiteral("--version")});
        qputenv("PATH", path);
        QCOMPARE(result.outcome, GitResult::Outcome::NotInstalled);
        QVERIFY(result.errorText().contains(QLatin1String("git is not installed")));
    }

    void run_timeoutKillsGit()
    {
        GitProcess git;
        git.setTimeout(300);
        QElapsedTimer timer;
        timer.start();
        const GitResult result = git.run({QStringLiteral("-c"), QStringLiteral("alias.wait=!sleep 20"), QStringLiteral("wait")});
        QCOMPARE(result.outcome, GitResult::Outcome::TimedOut);
        QVERIFY(timer.elapsed() < 5000);
    }

    void run_cancelFromAnotherThreadKillsGit()
    {
        std::atomic_bool cancel = false;
        GitProcess git;
        git.setCancelToken(&cancel);
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        GitResult result;
        std::thread worker([&] {
            result = git.run({QStringLiteral("-c"), QStringLiteral("alias.wait=!sleep 20"), QStringLiteral("wait")});
        });
        worker.join();
        canceller.join();
        QCOMPARE(result.outcome, GitResult::Outcome::Cancelled);
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestGitProcess)
#include "tst_gitprocess.moc"
