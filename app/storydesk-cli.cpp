#include "clitool.h"

#include <QCoreApplication>

#include <csignal>

int main(int argc, char *argv[])
{
#ifdef SIGXFSZ
    // Past a file-size limit (ulimit -f) the kernel kills a writing process with SIGXFSZ.
    // Ignored, write() fails with EFBIG instead: the save is reported as failed (exit 1)
    // and the atomic save leaves the story as it was, rather than the process dying mid-save.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("storydesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Storydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STORYDESK_VERSION));
    return Storydesk::CliTool().run(QCoreApplication::arguments());
}
