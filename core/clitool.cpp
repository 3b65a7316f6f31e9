#include "clitool.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace Storydesk {

namespace {

QString usage()
{
    return QStringLiteral(
        "Usage: storydesk-cli COMMAND [OPTIONS] ...\n"
        "\n"
        "Commands:\n"
        "  list [--format tsv|csv|json] [--columns COLS] [--filter QUERY] PATH...\n"
        "  get FILE KEY\n"
        "  set FILE KEY=VALUE...\n"
        "  unset FILE KEY\n"
        "  check PATH...\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help.\n"
        "  -v, --version  Show the version.\n");
}

} // namespace

int CliTool::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

int CliTool::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        err << usage();
        return UsageError;
    }
    const QString &command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "storydesk-cli " << QStringLiteral(STORYDESK_VERSION) << '\n';
        return Success;
    }
    err << "storydesk-cli: unknown command '" << command << "'\n" << usage();
    return UsageError;
}

} // namespace Storydesk
