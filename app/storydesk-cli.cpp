#include "clitool.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("storydesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Storydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STORYDESK_VERSION));
    return Storydesk::CliTool().run(QCoreApplication::arguments());
}
