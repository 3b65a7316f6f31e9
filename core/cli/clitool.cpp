#include "clitool.h"

#include "clicommand.h"
#include "clicontext.h"
#include "cligit.h"
#include "fieldmap.h"
#include "sitefieldsfile.h"

#include <QFile>
#include <QFileInfo>

#include <QTextStream>

#include <cstdio>
#include <algorithm>
#include <iterator>

namespace Storydesk {

namespace {

// Every command, in the order --help lists them.
const CliCommand commands[] = {
    {QLatin1String("list"),
     QLatin1String("  list [--format tsv|csv|json] [--columns COLS] [--filter QUERY] PATH...\n"
                   "                         one row per story file under PATH (recursively); QUERY is the\n"
                   "                         app's filter language, e.g. '(topic:AI or related:>2) -is:published\n"
                   "                         date:<30d' (see the README; is:modified never matches here,\n"
                   "                         is:duplicate compares every story listed)\n"),
     CliCommands::list},
    {QLatin1String("get"),
     QLatin1String("  get FILE KEY           print a value (KEY: quality, provider.name, related.1.title);\n"
                   "                         scalars as text, structures as JSON\n"),
     CliCommands::get},
    {QLatin1String("set"),
     QLatin1String("  set [--force] [--new-key] FILE KEY=VALUE...\n"
                   "                         set values losslessly; VALUE is read as JSON when it is JSON\n"
                   "                         (true, 69, [\"AI\",\"Robotics\"], {...}), else as text. A value that\n"
                   "                         `check` would report, broken JSON or a key outside the story\n"
                   "                         format is refused (exit 1, the file untouched); --new-key adds\n"
                   "                         such a key, --force writes anything, still warning\n"),
     CliCommands::set},
    {QLatin1String("unset"),
     QLatin1String("  unset [--force] FILE KEY\n"
                   "                         remove a key (exit 1 when there is none, or when removing it\n"
                   "                         leaves a problem `check` would report, unless --force)\n"),
     CliCommands::unset},
    {QLatin1String("check"),
     QLatin1String("  check PATH...          print FILE:LINE:COLUMN: message for every problem\n"),
     CliCommands::check},
    {QLatin1String("relate"),
     QLatin1String("  relate FILE --story OTHER_FILE...\n"
                   "                         add related entries built from other story files\n"
                   "  relate FILE --url URL [--no-fetch]\n"
                   "                         add a related entry for a link, filled from its page\n"
                   "                         (title, description, date, site name, picture) unless --no-fetch\n"),
     CliCommands::relate},
    {QLatin1String("unrelate"),
     QLatin1String("  unrelate FILE WEBURL   remove the related entry with that webUrl\n"),
     CliCommands::unrelate},
    {QLatin1String("index"),
     QLatin1String("  index --rebuild PATH   rebuild the folder's index (the cache `list` reopens from)\n"),
     CliCommands::index},
    {QLatin1String("duplicates"),
     QLatin1String("  duplicates [--json] FOLDER\n"
                   "                         stories sharing a link (webUrl without tracking parameters,\n"
                   "                         www., scheme) or with near-identical titles, in groups\n"),
     CliCommands::duplicates},
    {QLatin1String("resolve-duplicates"),
     QLatin1String("  resolve-duplicates [--attach] [--dry-run] KEEP OTHER...\n"
                   "                         keep one story of a group and set published: false on the\n"
                   "                         others; --attach first adds them to KEEP's related entries\n"
                   "                         (not one whose link is KEEP's own page), as the app does\n"),
     CliCommands::resolveDuplicates},
    {QLatin1String("rename-topic"),
     QLatin1String("  rename-topic [--dry-run] OLD NEW PATH...\n"
                   "                         rename a topic in every story under PATH that has it\n"
                   "                         (OLD matches ignoring case); prints each story changed\n"),
     CliCommands::renameTopic},
    {QLatin1String("merge-topics"),
     QLatin1String("  merge-topics [--dry-run] TOPIC... --into NEW PATH...\n"
                   "                         replace several topics by one (NEW may be one of them)\n"),
     CliCommands::mergeTopics},
    {QLatin1String("commit"),
     QLatin1String("  commit FOLDER [-m MESSAGE] [PATH...]\n"
                   "                         commit exactly these stories (every changed story of FOLDER\n"
                   "                         when none is given), printing what changed field by field;\n"
                   "                         without -m the message is generated (Triage: publish 2 stories)\n"),
     CliCommands::commit},
    {QLatin1String("sync"),
     QLatin1String("  sync FOLDER            fetch, merge or rebase as the repository is configured, push;\n"
                   "                         exit 1 with FILE:LINE: unresolved merge conflict when conflicts remain\n"),
     CliCommands::sync},
    {QLatin1String("fields"),
     QLatin1String("  fields FOLDER          print the site's field map: each role (title, date, published,\n"
                   "                         topics...), the key it reads, and why (detected from hugo.toml,\n"
                   "                         tags in 87% of the stories, .storydesk/site.yaml)\n"),
     CliCommands::fields},
    {QLatin1String("merge-file"),
     QLatin1String("  merge-file [-p] [-L OURS [-L BASE [-L THEIRS]]] [--marker-size N] [--path NAME]\n"
                   "             BASE OURS THEIRS\n"
                   "                         merge three versions of a story key by key (topics as sets,\n"
                   "                         related entries by webUrl, the body line by line) into OURS;\n"
                   "                         exit 1 when conflicts are left (git's merge driver for stories)\n"),
     CliCommands::mergeFile},
    {QLatin1String("git-setup"),
     QLatin1String("  git-setup FOLDER       make merge-file the merge driver of the story files of the\n"
                   "                         repository holding FOLDER (.gitattributes and local config)\n"),
     CliCommands::gitSetup},
};

QString usage()
{
    QString text = QStringLiteral("Usage: storydesk-cli COMMAND [OPTIONS] ...\n"
                                  "\n"
                                  "Commands:\n");
    for (const CliCommand &command : commands)
        text += command.help;
    text += QStringLiteral(
        "\n"
        "Options:\n"
        "  -h, --help     Show this help.\n"
        "  -v, --version  Show the version.\n"
        "  --no-index     (before COMMAND) read every story, neither using nor updating the index\n"
        "  --fields FILE  (before COMMAND) read every site with the field map in FILE (the format of\n"
        "                 .storydesk/site.yaml) instead of its own\n"
        "\n"
        "Exit status: 0 success, 1 a problem with the data (a value refused, a file or key\n"
        "not found, a problem `check` reports), 2 a usage error.\n");
    return text;
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
    QStringList args = arguments.mid(1);
    bool useIndex = true;
    QString fieldsFile;
    bool fieldsGiven = false;
    while (!args.isEmpty() && (args.first() == QLatin1String("--no-index") || args.first() == QLatin1String("--fields"))) {
        if (args.takeFirst() == QLatin1String("--no-index")) {
            useIndex = false;
            continue;
        }
        if (args.isEmpty()) {
            err << "storydesk-cli: --fields needs a FILE\nTry 'storydesk-cli --help'.\n";
            return CliContext::UsageError;
        }
        fieldsFile = args.takeFirst();
        fieldsGiven = true;
    }
    if (args.isEmpty()) {
        err << usage();
        return CliContext::UsageError;
    }
    const QString &name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        out << usage();
        return CliContext::Success;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out << "storydesk-cli " << QStringLiteral(STORYDESK_VERSION) << '\n';
        return CliContext::Success;
    }
    CliContext cli(out, err, useIndex);
    if (fieldsGiven) {
        // A map asked for by name must be the one used: one that cannot be read stops the
        // command before anything is read or written.
        QFile file(fieldsFile);
        if (!file.open(QIODevice::ReadOnly)) {
            err << fieldsFile << ": cannot read the field map: " << file.errorString() << "\n";
            return CliContext::DataProblem;
        }
        const SiteFieldsFile::Parsed parsed = SiteFieldsFile::parse(file.readAll(), FieldMap::storyFormat());
        if (!parsed.problems.isEmpty()) {
            for (const Problem &p : parsed.problems)
                err << fieldsFile << ':' << p.line << ':' << p.column << ": error: " << p.message << "\n";
            return CliContext::DataProblem;
        }
        cli.setFieldsFile(QFileInfo(fieldsFile).absoluteFilePath());
    }
    const auto command = std::find_if(std::begin(commands), std::end(commands),
                                      [&name](const CliCommand &c) { return c.name == name; });
    if (command == std::end(commands))
        return cli.usageError(QStringLiteral("unknown command '%1'").arg(name));
    return command->run(cli, args.mid(1));
}

} // namespace Storydesk
