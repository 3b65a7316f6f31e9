#include "unprivilegedrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace Storydesk::UnprivilegedRun {

namespace {

constexpr uid_t Nobody = 65534;   // nobody and nogroup on Debian

bool makeOpenToAll(const QString &path)
{
    return ::chmod(QFile::encodeName(path).constData(), 0755) == 0;
}

} // namespace

bool isRoot()
{
    return ::geteuid() == 0;
}

Run currentTestAsNobody(int timeoutMs)
{
    Run run;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty()) {
        run.output = "setpriv (util-linux) is not installed: cannot run the test as an unprivileged user";
        return run;
    }
    // The build tree may sit under a folder only root may enter: the copy of the executable
    // lives in a folder open to all, beside a home that nobody owns.
    QTemporaryDir dir;
    const QString executable = dir.filePath(QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    const QString home = dir.filePath(QStringLiteral("home"));
    if (!dir.isValid() || !makeOpenToAll(dir.path()) || !QFile::copy(QCoreApplication::applicationFilePath(), executable)
        || !makeOpenToAll(executable) || !QDir().mkpath(home) || ::chown(QFile::encodeName(home).constData(), Nobody, Nobody) != 0) {
        run.output = "cannot prepare a copy of the test for nobody in " + QFile::encodeName(dir.path());
        return run;
    }

    const QString function = QString::fromLatin1(QTest::currentTestFunction());
    const QString tag = QString::fromLocal8Bit(QTest::currentDataTag());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    for (const auto &[name, folder] : {std::pair{"XDG_CACHE_HOME", ".cache"}, {"XDG_CONFIG_HOME", ".config"}, {"XDG_DATA_HOME", ".local/share"}})
        environment.insert(QLatin1StringView(name), home + QLatin1Char('/') + QLatin1StringView(folder));
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    // Under the sanitizers (CI's build-asan), LeakSanitizer's suppressions file lies in the
    // checkout, which nobody may not read: the child reads a copy.
    QString sanitizer = environment.value(QStringLiteral("LSAN_OPTIONS"));
    static const QRegularExpression suppressions(QStringLiteral("suppressions=([^:]+)"));
    if (const QRegularExpressionMatch match = suppressions.match(sanitizer); match.hasMatch()) {
        const QString copy = dir.filePath(QStringLiteral("lsan.supp"));
        QFile::copy(match.captured(1), copy);
        ::chmod(QFile::encodeName(copy).constData(), 0644);
        sanitizer.replace(match.capturedStart(1), match.capturedLength(1), copy);
        environment.insert(QStringLiteral("LSAN_OPTIONS"), sanitizer);
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(home);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(setpriv, {QStringLiteral("--reuid=%1").arg(Nobody), QStringLiteral("--regid=%1").arg(Nobody), QStringLiteral("--clear-groups"),
                            QStringLiteral("--"), executable, tag.isEmpty() ? function : function + QLatin1Char(':') + tag});
    const bool finished = process.waitForFinished(timeoutMs);
    run.output = process.readAll();
    if (!finished) {
        process.kill();
        process.waitForFinished();
        run.output += "\n(did not finish in time)";
        return run;
    }
    // The child must have run the function as nobody and passed it, not skipped it.
    const QRegularExpression passLine(QStringLiteral("^PASS   : \\w+::%1\\(%2\\)$")
                                          .arg(QRegularExpression::escape(function), QRegularExpression::escape(tag)),
                                      QRegularExpression::MultilineOption);
    const QString log = QString::fromLocal8Bit(run.output);
    run.passed = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 && passLine.match(log).hasMatch()
        && !log.contains(QLatin1StringView("SKIP   : ")) && log.contains(QLatin1StringView(", 0 failed, 0 skipped"));
    return run;
}

} // namespace Storydesk::UnprivilegedRun
