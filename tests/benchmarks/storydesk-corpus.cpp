// storydesk-corpus: writes N invented stories shaped like the example story into a folder,
// for trying the app and the CLI on a newsroom-sized site.
#include "corpusgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes N stories shaped like the example story into FOLDER."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("count"), QStringLiteral("How many stories to write."));
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where to write them."));
    QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for the invented content."), QStringLiteral("n"),
                            QStringLiteral("20200930"));
    parser.addOption(seed);
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const int count = args.value(0).toInt(&ok);
    if (args.size() != 2 || !ok || count < 0)
        parser.showHelp(2);
    const QStringList written = Storydesk::CorpusGenerator(parser.value(seed).toUInt()).write(args.at(1), count);
    if (written.size() != count) {
        QTextStream(stderr) << "cannot write into " << args.at(1) << '\n';
        return 1;
    }
    return 0;
}
