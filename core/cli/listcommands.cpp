#include "clicommand.h"

#include "clicontext.h"
#include "duplicatefinder.h"
#include "storyfilter.h"
#include "storyindex.h"
#include "storylistformat.h"
#include "storyscanner.h"
#include "storystore.h"
#include "summaryreader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <numeric>

// list, check and index: reading stories and folders, the index `list` reopens from.

namespace Storydesk {

namespace CliCommands {

int list(const CliContext &cli, const QStringList &args)
{
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    StoryListFormat::Format format = StoryListFormat::Format::Tsv;
    QStringList columns = StoryListFormat::defaultColumns();
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

    const StoryListFormat writer(format, columns);
    out << QString::fromUtf8(writer.header());
    bool first = true;
    int status = CliContext::Success;
    const auto write = [&](const StorySummary &s, const QString &shown) {
        out << QString::fromUtf8(writer.row(s, shown, first));
        first = false;
    };
    // is:duplicate compares every story listed, across all the PATHs: those are gathered
    // first and filtered once the groups are known. Other filters stream.
    const bool needsFacts = filter.needsRowFacts();
    QList<std::pair<StorySummary, QString>> gathered;
    const auto emitRow = [&](const StorySummary &s, const QString &shown) {
        if (needsFacts)
            gathered.append({s, shown});
        else if (filter.isEmpty() || filter.matches(s))
            write(s, shown);
    };
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(path);
        if (!info.exists()) {
            err << path << ": no such file or folder\n";
            status = CliContext::DataProblem;
            continue;
        }
        if (info.isFile()) {
            StorySummary s = SummaryReader::read(info.absoluteFilePath());
            emitRow(s, path);
            continue;
        }
        // The same parallel loading as the app's table.
        StoryStore store;
        cli.loadFolder(store, info.absoluteFilePath());
        const QDir root(info.absoluteFilePath());
        QList<int> rows(store.count());
        std::iota(rows.begin(), rows.end(), 0);
        std::sort(rows.begin(), rows.end(), [&store](int a, int b) { return store.summary(a).path < store.summary(b).path; });
        for (int row : std::as_const(rows)) {
            const StorySummary &s = store.summary(row);
            emitRow(s, CliContext::shownPath(path, root, s.path));
        }
    }
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
            if (filter.matches(summary, facts))
                write(summary, shown);
        }
    }
    out << QString::fromUtf8(writer.footer());
    return status;
}

int check(const CliContext &cli, const QStringList &args)
{
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    if (args.isEmpty())
        return cli.usageError(QStringLiteral("check takes at least one PATH"));
    int status = CliContext::Success;
    int problems = 0;
    int files = 0;
    for (const QString &path : args) {
        const QFileInfo info(path);
        if (!info.exists()) {
            err << path << ": no such file or folder\n";
            status = CliContext::DataProblem;
            continue;
        }
        QStringList found;
        if (info.isDir()) {
            StoryScanner scanner(info.absoluteFilePath());
            found = scanner.scan();
            found.sort();
        } else {
            found = {info.absoluteFilePath()};
        }
        const QDir root(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
        for (const QString &file : std::as_const(found)) {
            ++files;
            const StorySummary s = SummaryReader::read(file);
            const QString shown = info.isDir() ? CliContext::shownPath(path, root, file) : path;
            for (const Problem &p : s.problems) {
                out << shown << ':';
                if (p.line > 0)   // line 0: the problem is the whole file (it cannot be read)
                    out << p.line << ':' << p.column << ':';
                out << ' ' << (p.isError() ? "error: " : "warning: ") << p.message << '\n';
                ++problems;
                status = CliContext::DataProblem;
            }
        }
    }
    err << files << (files == 1 ? " file" : " files") << " checked, " << problems << (problems == 1 ? " problem" : " problems") << "\n";
    return status;
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
        err << args.at(1) << ": no such folder\n";
        return CliContext::DataProblem;
    }
    const QString folder = QDir::cleanPath(info.absoluteFilePath());
    if (!StoryIndex::remove(folder)) {
        err << args.at(1) << ": cannot remove the old index " << StoryIndex::fileFor(folder) << "\n";
        return CliContext::DataProblem;
    }
    StoryStore store;
    cli.loadFolder(store, folder);   // --no-index was refused above
    store.cancelLoad();
    store.waitForIndex();
    StoryIndex check(folder);
    if (!check.open()) {
        err << args.at(1) << ": no index could be written (see the warning above)\n";
        return CliContext::DataProblem;
    }
    err << store.count() << (store.count() == 1 ? " story" : " stories") << " indexed in " << StoryIndex::fileFor(folder) << "\n";
    return CliContext::Success;
}

} // namespace CliCommands

} // namespace Storydesk
