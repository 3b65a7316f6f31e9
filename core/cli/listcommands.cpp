#include "clicommand.h"

#include "clicontext.h"
#include "duplicatefinder.h"
#include "sitegitstatus.h"
#include "storyfilter.h"
#include "storyindex.h"
#include "storylistformat.h"
#include "storystore.h"
#include "summaryreader.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QSet>
#include <QTextStream>

#include <algorithm>

// list, check and index: reading stories and folders, the index `list` reopens from.

namespace Storydesk {

namespace CliCommands {

int list(const CliContext &cli, const QStringList &args)
{
    QTextStream &out = cli.out();
    StoryListFormat::Format format = StoryListFormat::Format::Tsv;
    QStringList columns;   // empty: the site's default columns
    StoryFilter filter;
    QStringList paths;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool takesValue = a == QLatin1String("--format") || a == QLatin1String("--columns") || a == QLatin1String("--filter");
        if (takesValue && i + 1 >= args.size())
            return cli.usageError(QStringLiteral("%1 needs a value").arg(a));
        if (a == QLatin1String("--format")) {
            const std::optional<StoryListFormat::Format> f = StoryListFormat::formatFromName(args.at(++i));
            if (!f)
                return cli.usageError(QStringLiteral("unknown format '%1' (tsv, csv or json)").arg(args.at(i)));
            format = *f;
        } else if (a == QLatin1String("--columns")) {
            columns = args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (columns.isEmpty())
                return cli.usageError(QStringLiteral("--columns needs at least one column (%1)").arg(StoryListFormat::availableColumns().join(QLatin1Char(','))));
            for (const QString &c : std::as_const(columns)) {
                if (!StoryListFormat::availableColumns().contains(c))
                    return cli.usageError(QStringLiteral("unknown column '%1' (%2)").arg(c, StoryListFormat::availableColumns().join(QLatin1Char(','))));
            }
        } else if (a == QLatin1String("--filter")) {
            StoryFilter::ParseError error;
            const QString text = args.at(++i);
            const StoryFilter parsed = StoryFilter::parse(text, &error);
            if (error.position >= 0) {
                return cli.usageError(QStringLiteral("--filter: %1 at position %2\n  %3\n  %4^")
                                           .arg(error.message)
                                           .arg(error.position + 1)
                                           .arg(text, QString(error.position, QLatin1Char(' '))));
            }
            filter.requireAll(parsed);
        } else if (a.startsWith(QLatin1String("--"))) {
            return cli.usageError(QStringLiteral("unknown option '%1'").arg(a));
        } else {
            paths.append(a);
        }
    }
    if (paths.isEmpty())
        return cli.usageError(QStringLiteral("list takes at least one PATH"));
    if (columns.isEmpty()) {
        // The roles the (first) site has: no heat column for a Hugo site.
        const QFileInfo first(paths.first());
        columns = first.exists() ? StoryListFormat::defaultColumns(cli.siteFieldsFor(first.absoluteFilePath()).map)
                                 : StoryListFormat::defaultColumns();
    }

    const StoryListFormat writer(format, columns);
    // The rows are UTF-8 already: straight to the device when there is one, not decoded
    // into the stream and encoded again.
    out.flush();
    QIODevice *device = out.device();
    const auto put = [&](const QByteArray &bytes) {
        if (device)
            device->write(bytes);
        else
            out << QString::fromUtf8(bytes);
    };
    put(writer.header());
    bool first = true;
    // Rows go out 64 KiB at a time, not one write (and one buffer) per row.
    constexpr qsizetype Flush = 65536;
    QByteArray rows;
    rows.reserve(Flush + 4096);
    const auto write = [&](const StorySummary &s, const QString &shown) {
        writer.appendRow(rows, s, shown, first);
        first = false;
        if (rows.size() >= Flush) {
            put(rows);
            rows.resize(0);   // keeps the buffer
        }
    };
    // is:duplicate compares every story listed, across all the PATHs: those are gathered
    // first and filtered once the groups are known. Other filters stream.
    const bool needsFacts = filter.needsRowFacts();
    QList<std::pair<StorySummary, QString>> gathered;
    // git:… asks git once per folder listed (once per file's folder), as the app's one
    // `git status` per refresh; outside a repository every story is clean.
    GitStates gitStates;
    QSet<QString> gitFolders;
    const auto readGitStates = [&](const QString &folder) {
        if (!filter.needsGitState() || gitFolders.contains(folder))
            return;
        gitFolders.insert(folder);
        gitStates.insert(SiteGitStatus::read(GitRepository::open(folder)));
    };
    const auto emitRow = [&](const StorySummary &s, const QString &shown) {
        if (needsFacts)
            gathered.append({s, shown});
        else if (filter.isEmpty() || filter.matches(s))
            write(s, shown);
    };
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(path);
        if (info.exists())
            readGitStates(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    }
    // A filter may test anything; without one only the columns are read.
    const int status = cli.forEachStory(paths, emitRow, filter.isEmpty() ? writer.rowParts() : StoryIndex::allRowParts());
    if (needsFacts) {
        QList<DuplicateFinder::Story> stories;
        stories.reserve(gathered.size());
        for (const auto &[summary, shown] : std::as_const(gathered))
            stories.append(DuplicateFinder::storyOf(summary));
        QSet<QString> duplicates;
        for (const DuplicateFinder::Group &group : DuplicateFinder::find(stories)) {
            for (const QString &member : group.paths)
                duplicates.insert(member);
        }
        for (const auto &[summary, shown] : std::as_const(gathered)) {
            StoryFilter::RowFacts facts;   // nothing is modified outside the app
            facts.duplicate = duplicates.contains(summary.path);
            facts.git = gitStates.value(summary.path, GitFileState::Clean);
            if (filter.matches(summary, facts))
                write(summary, shown);
        }
    }
    put(rows);
    put(writer.footer());
    return status;
}

int check(const CliContext &cli, const QStringList &args)
{
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    if (args.isEmpty())
        return cli.usageError(QStringLiteral("check takes at least one PATH"));
    int problems = 0;
    int files = 0;
    const int status = cli.forEachStory(args, [&](const StorySummary &s, const QString &shown) {
        ++files;
        for (const Problem &p : s.problems) {
            out << shown << ':';
            if (p.line > 0)   // line 0: the problem is the whole file (it cannot be read)
                out << p.line << ':' << p.column << ':';
            out << ' ' << (p.isError() ? "error: " : "warning: ") << p.message << '\n';
            ++problems;
        }
    }, StoryIndex::RowParts());   // only the problems, which every summary holds
    err << files << (files == 1 ? " file" : " files") << " checked, " << problems << (problems == 1 ? " problem" : " problems") << "\n";
    return problems > 0 ? int(CliContext::DataProblem) : status;
}

int index(const CliContext &cli, const QStringList &args)
{
    QTextStream &err = cli.err();
    if (args.size() != 2 || args.at(0) != QLatin1String("--rebuild"))
        return cli.usageError(QStringLiteral("index takes --rebuild PATH"));
    if (!cli.useIndex())
        return cli.usageError(QStringLiteral("index cannot run with --no-index"));
    const QFileInfo info(args.at(1));
    if (!info.isDir()) {
        err << args.at(1) << (info.exists() ? ": not a folder (the index is kept per folder)\n" : ": no such folder\n");
        return CliContext::DataProblem;
    }
    const QString folder = QDir::cleanPath(info.absoluteFilePath());
    // The index of the summaries the site's field map reads (one file a map).
    const QByteArray fieldsKey = StoryIndex::fieldsKeyOf(cli.siteFieldsFor(folder).map);
    if (!StoryIndex::remove(folder, fieldsKey)) {
        err << args.at(1) << ": cannot remove the old index " << StoryIndex::fileFor(folder, fieldsKey) << "\n";
        return CliContext::DataProblem;
    }
    StoryStore store;
    cli.loadFolder(store, folder);   // --no-index was refused above
    store.cancelLoad();
    store.waitForIndex();
    StoryIndex check(folder, fieldsKey);
    if (!check.open()) {
        err << args.at(1) << ": no index could be written (see the warning above)\n";
        return CliContext::DataProblem;
    }
    err << store.count() << (store.count() == 1 ? " story" : " stories") << " indexed in " << StoryIndex::fileFor(folder, fieldsKey) << "\n";
    return CliContext::Success;
}

} // namespace CliCommands

} // namespace Storydesk
