#include "mainwindow.h"
#include "samplesite.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("storydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Storydesk"));
    QApplication::setOrganizationName(QStringLiteral("Storydesk"));
    QApplication::setApplicationVersion(QStringLiteral(STORYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Curate a news site kept as Markdown files with YAML front matter."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QApplication::translate("main", "The site folder to open (the bundled sample when omitted)."),
                                 QStringLiteral("[FOLDER]"));
    parser.process(app);

    QString folder = parser.positionalArguments().value(0);
    if (folder.isEmpty()) {
        folder = Storydesk::SampleSite::defaultCopyLocation();
        QString error;
        if (!Storydesk::SampleSite::ensureCopy(QStringLiteral(":/sample"), folder, &error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Storydesk"),
                                  QApplication::translate("main", "Cannot prepare the sample site: %1").arg(error));
            return 1;
        }
    }

    Storydesk::MainWindow window;
    window.openFolder(folder);
    window.show();
    return app.exec();
}
