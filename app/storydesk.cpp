#include "mainwindow.h"
#include "samplesite.h"
#include "settings.h"
#include "sourcehighlighter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <csignal>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("storydesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Storydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STORYDESK_VERSION));
}

// Reads the command line before any window system is touched, so that --help and
// --version work on a machine without a display.
QString folderFromCommandLine(int argc, char *argv[])
{
    QCoreApplication probe(argc, argv);
    setApplicationIdentity();
    // --version also says which highlighter the source view was built with.
    QCoreApplication::setApplicationVersion(QStringLiteral("%1 (source highlighter: %2)")
                                                .arg(QCoreApplication::applicationVersion(), Storydesk::SourceHighlighter::name()));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Curate a news site kept as Markdown files with YAML front matter."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QCoreApplication::translate("main", "The site folder to open (the bundled sample when omitted)."),
                                 QStringLiteral("[FOLDER]"));
    parser.process(probe);
    return parser.positionalArguments().value(0);
}

// The language the editor chose under Settings, else the system's (LANGUAGE, then LANG).
// Dates and numbers keep following the system's locale either way.
QLocale interfaceLocale()
{
    const QString chosen = Storydesk::Settings().language();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef SIGXFSZ
    // Past a file-size limit (ulimit -f) the kernel would kill the app in the middle of a
    // save, taking every unsaved edit with it. Ignored, the save fails with EFBIG, the
    // window says so and keeps the edits.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QString folder = folderFromCommandLine(argc, argv);

    QApplication app(argc, argv);
    setApplicationIdentity();
    // The catalogue of the editor's language, else the English one, which holds the plural
    // forms ("1 story", "2 stories") that the source texts write with %n. Qt's own catalogue
    // (standard buttons, text field menus) where the system has it installed.
    const QLocale language = interfaceLocale();
    QTranslator translator;
    if (translator.load(language, QStringLiteral("storydesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/storydesk_en")))
        QApplication::installTranslator(&translator);
    // Qt's in the language of the catalogue that loaded, not the first the system lists:
    // with LANGUAGE=fr:de the window speaks German, and so must its buttons.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(translator.language()), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QApplication::setApplicationDisplayName(QStringLiteral("Storydesk"));
    QApplication::setDesktopFileName(QStringLiteral(STORYDESK_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(STORYDESK_APP_ID),
                                                 QIcon(QStringLiteral(":/icons/" STORYDESK_APP_ID ".svg"))));

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
