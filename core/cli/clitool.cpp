#include "clitool.h"

#include "duplicatefinder.h"
#include "pagemetadatafetcher.h"
#include "relatedentry.h"
#include "storydocument.h"
#include "storyfilter.h"
#include "storyindex.h"
#include "storylistformat.h"
#include "storyscanner.h"
#include "storystore.h"
#include "summaryreader.h"
#include "storyschema.h"
#include "topicrename.h"
#include "weblimits.h"
#include "yamlpath.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <numeric>

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
        "                         one row per story file under PATH (recursively); QUERY is the\n"
        "                         app's filter language, e.g. '(topic:AI or related:>2) -is:published\n"
        "                         date:<30d' (see the README; is:modified never matches here,\n"
        "                         is:duplicate compares every story listed)\n"
        "  get FILE KEY           print a value (KEY: quality, provider.name, related.1.title);\n"
        "                         scalars as text, structures as JSON\n"
        "  set FILE KEY=VALUE...  set values losslessly; VALUE is read as JSON when it is JSON\n"
        "                         (true, 69, [\"AI\",\"Robotics\"], {...}), else as text\n"
        "  unset FILE KEY         remove a key\n"
        "  check PATH...          print FILE:LINE:COLUMN: message for every problem\n"
        "  relate FILE --story OTHER_FILE...\n"
        "                         add related entries built from other story files\n"
        "  relate FILE --url URL [--no-fetch]\n"
        "                         add a related entry for a link, filled from its page\n"
        "                         (title, description, date, site name, picture) unless --no-fetch\n"
        "  unrelate FILE WEBURL   remove the related entry with that webUrl\n"
        "  index --rebuild PATH   rebuild the folder's index (the cache `list` reopens from)\n"
        "  duplicates [--json] FOLDER\n"
        "                         stories sharing a link (webUrl without tracking parameters,\n"
        "                         www., scheme) or with near-identical titles, in groups\n"
        "  rename-topic [--dry-run] OLD NEW PATH...\n"
        "                         rename a topic in every story under PATH that has it\n"
        "                         (OLD matches ignoring case); prints each story changed\n"
        "  merge-topics [--dry-run] TOPIC... --into NEW PATH...\n"
        "                         replace several topics by one (NEW may be one of them)\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help.\n"
        "  -v, --version  Show the version.\n"
        "  --no-index     (before COMMAND) read every story, neither using nor updating the index\n"
        "\n"
        "Exit status: 0 success, 1 a problem with the data, 2 a usage error.\n");
}

int usageError(QTextStream &err, const QString &message)
{
    err << "storydesk-cli: " << message << "\n" << "Try 'storydesk-cli --help'.\n";
    return CliTool::UsageError;
}

std::optional<StoryDocument> openEditable(const QString &file, QTextStream &err)
{
    QString error;
    std::optional<StoryDocument> doc = StoryDocument::load(file, &error);
    if (!doc) {
        err << error << "\n";
        return std::nullopt;
    }
    if (!doc->frontMatter().isEditable()) {
        const Problem p = doc->frontMatter().problems().value(0);
        err << file << ":" << p.line << ":" << p.column << ": " << p.message << "\n";
        return std::nullopt;
    }
    return doc;
}

int saveAndReport(StoryDocument &doc, QTextStream &err)
{
    QString error;
    switch (doc.save(&error)) {
    case StoryDocument::SaveResult::Saved:
    case StoryDocument::SaveResult::Unchanged:
        return CliTool::Success;
    default:
        err << error << "\n";
        return CliTool::DataProblem;
    }
}

// `file` (absolute, found under the folder `root`) as the user would write it: under the
// folder path they typed, relative when they typed a relative one.
QString shownPath(const QString &typedFolder, const QDir &root, const QString &file)
{
    return QDir(typedFolder).filePath(root.relativeFilePath(file));
}

// Loads a folder's summaries the way the app's table does (in parallel, from the index
// unless it is off), and waits for the end of the load.
void loadFolder(StoryStore &store, const QString &folder, bool useIndex)
{
    store.setIndexEnabled(useIndex);
    QEventLoop loop;
    QObject::connect(&store, &StoryStore::loadFinished, &loop, &QEventLoop::quit);
    QObject::connect(&store, &StoryStore::loadCancelled, &loop, &QEventLoop::quit);
    store.openFolder(folder);
    if (store.isLoading())
        loop.exec();
}

int removeAndSave(StoryDocument &doc, const QString &file, const YamlPath &path, QTextStream &err)
{
    QString error;
    if (!doc.frontMatter().remove(path, &error)) {
        err << file << ": cannot remove " << path.toString() << ": " << error << "\n";
        return CliTool::DataProblem;
    }
    return saveAndReport(doc, err);
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
    m_useIndex = true;
    while (!args.isEmpty() && args.first() == QLatin1String("--no-index")) {
        m_useIndex = false;
        args.removeFirst();
    }
    if (args.isEmpty()) {
        err << usage();
        return UsageError;
    }
    const QString &command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "storydesk-cli " << QStringLiteral(STORYDESK_VERSION) << '\n';
        return Success;
    }
    if (command == QLatin1String("get"))
        return get(rest, out, err);
    if (command == QLatin1String("set"))
        return set(rest, out, err);
    if (command == QLatin1String("unset"))
        return unset(rest, out, err);
    if (command == QLatin1String("list"))
        return list(rest, out, err);
    if (command == QLatin1String("check"))
        return check(rest, out, err);
    if (command == QLatin1String("relate"))
        return relate(rest, out, err);
    if (command == QLatin1String("unrelate"))
        return unrelate(rest, out, err);
    if (command == QLatin1String("index"))
        return index(rest, out, err);
    if (command == QLatin1String("duplicates"))
        return duplicates(rest, out, err);
    if (command == QLatin1String("rename-topic"))
        return renameTopic(rest, out, err);
    if (command == QLatin1String("merge-topics"))
        return mergeTopics(rest, out, err);
    return usageError(err, QStringLiteral("unknown command '%1'").arg(command));
}

int CliTool::get(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 2)
        return usageError(err, QStringLiteral("get takes FILE KEY"));
    const std::optional<YamlPath> path = YamlPath::parse(args.at(1));
    if (!path)
        return usageError(err, QStringLiteral("'%1' is not a key").arg(args.at(1)));
    const std::optional<StoryDocument> doc = openEditable(args.at(0), err);
    if (!doc)
        return DataProblem;
    const std::optional<YamlValue> value = doc->frontMatter().valueAt(*path);
    if (!value) {
        err << args.at(0) << ": no value at " << args.at(1) << "\n";
        return DataProblem;
    }
    if (value->isScalar())
        out << value->text() << "\n";
    else if (value->isNull())
        out << "\n";
    else
        out << QString::fromUtf8(value->toJson()) << "\n";
    return Success;
}

int CliTool::set(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out)
    if (args.size() < 2)
        return usageError(err, QStringLiteral("set takes FILE KEY=VALUE..."));
    QList<std::pair<YamlPath, YamlValue>> edits;
    for (const QString &assignment : args.mid(1)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const std::optional<YamlPath> path = eq > 0 ? YamlPath::parse(assignment.left(eq)) : std::nullopt;
        if (!path)
            return usageError(err, QStringLiteral("'%1' is not KEY=VALUE").arg(assignment));
        const QString text = assignment.mid(eq + 1);
        const std::optional<YamlValue> json = YamlValue::fromJson(text.toUtf8());
        edits.append({*path, json ? *json : YamlValue::string(text)});
    }
    std::optional<StoryDocument> doc = openEditable(args.at(0), err);
    if (!doc)
        return DataProblem;
    for (const auto &[path, value] : edits) {
        QString error;
        if (!doc->frontMatter().set(path, value, &error)) {
            err << args.at(0) << ": cannot set " << path.toString() << ": " << error << "\n";
            return DataProblem;
        }
    }
    return saveAndReport(*doc, err);
}

int CliTool::unset(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out)
    if (args.size() != 2)
        return usageError(err, QStringLiteral("unset takes FILE KEY"));
    const std::optional<YamlPath> path = YamlPath::parse(args.at(1));
    if (!path)
        return usageError(err, QStringLiteral("'%1' is not a key").arg(args.at(1)));
    std::optional<StoryDocument> doc = openEditable(args.at(0), err);
    if (!doc)
        return DataProblem;
    return removeAndSave(*doc, args.at(0), *path, err);
}

int CliTool::list(const QStringList &args, QTextStream &out, QTextStream &err)
{
    StoryListFormat::Format format = StoryListFormat::Format::Tsv;
    QStringList columns = StoryListFormat::defaultColumns();
    StoryFilter filter;
    QStringList paths;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool takesValue = a == QLatin1String("--format") || a == QLatin1String("--columns") || a == QLatin1String("--filter");
        if (takesValue && i + 1 >= args.size())
            return usageError(err, QStringLiteral("%1 needs a value").arg(a));
        if (a == QLatin1String("--format")) {
            const std::optional<StoryListFormat::Format> f = StoryListFormat::formatFromName(args.at(++i));
            if (!f)
                return usageError(err, QStringLiteral("unknown format '%1' (tsv, csv or json)").arg(args.at(i)));
            format = *f;
        } else if (a == QLatin1String("--columns")) {
            columns = args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &c : std::as_const(columns)) {
                if (!StoryListFormat::availableColumns().contains(c))
                    return usageError(err, QStringLiteral("unknown column '%1' (%2)").arg(c, StoryListFormat::availableColumns().join(QLatin1Char(','))));
            }
        } else if (a == QLatin1String("--filter")) {
            StoryFilter::ParseError error;
            const QString text = args.at(++i);
            const StoryFilter parsed = StoryFilter::parse(text, &error);
            if (error.position >= 0) {
                return usageError(err, QStringLiteral("--filter: %1 at position %2\n  %3\n  %4^")
                                           .arg(error.message)
                                           .arg(error.position + 1)
                                           .arg(text, QString(error.position, QLatin1Char(' '))));
            }
            filter.requireAll(parsed);
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(err, QStringLiteral("unknown option '%1'").arg(a));
        } else {
            paths.append(a);
        }
    }
    if (paths.isEmpty())
        return usageError(err, QStringLiteral("list takes at least one PATH"));

    const StoryListFormat writer(format, columns);
    out << QString::fromUtf8(writer.header());
    bool first = true;
    int status = Success;
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
            status = DataProblem;
            continue;
        }
        if (info.isFile()) {
            StorySummary s = SummaryReader::read(info.absoluteFilePath());
            emitRow(s, path);
            continue;
        }
        // The same parallel loading as the app's table.
        StoryStore store;
        loadFolder(store, info.absoluteFilePath(), m_useIndex);
        const QDir root(info.absoluteFilePath());
        QList<int> rows(store.count());
        std::iota(rows.begin(), rows.end(), 0);
        std::sort(rows.begin(), rows.end(), [&store](int a, int b) { return store.summary(a).path < store.summary(b).path; });
        for (int row : std::as_const(rows)) {
            const StorySummary &s = store.summary(row);
            emitRow(s, shownPath(path, root, s.path));
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

int CliTool::check(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return usageError(err, QStringLiteral("check takes at least one PATH"));
    int status = Success;
    int problems = 0;
    int files = 0;
    for (const QString &path : args) {
        const QFileInfo info(path);
        if (!info.exists()) {
            err << path << ": no such file or folder\n";
            status = DataProblem;
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
            const QString shown = info.isDir() ? shownPath(path, root, file) : path;
            for (const Problem &p : s.problems) {
                out << shown << ':';
                if (p.line > 0)   // line 0: the problem is the whole file (it cannot be read)
                    out << p.line << ':' << p.column << ':';
                out << ' ' << (p.isError() ? "error: " : "warning: ") << p.message << '\n';
                ++problems;
                status = DataProblem;
            }
        }
    }
    err << files << (files == 1 ? " file" : " files") << " checked, " << problems << (problems == 1 ? " problem" : " problems") << "\n";
    return status;
}

namespace {

const YamlPath &relatedPath()
{
    static const YamlPath path({StorySchema::Related});
    return path;
}

// Reads the pages of `entries` (the offers for links) and fills them, one event loop for
// all; a page that cannot be read leaves its entry as it is, with a warning.
void fillFromPages(QList<RelatedEntry::Offer> &offers, const QString &file, QTextStream &err)
{
    PageMetadataFetcher fetcher;
    QHash<PageMetadataFetcher::Ticket, qsizetype> waiting;
    for (qsizetype i = 0; i < offers.size(); ++i) {
        if (offers.at(i).storyPath.isEmpty())
            waiting.insert(fetcher.fetch(QUrl(RelatedEntry::webUrl(offers.at(i).entry))), i);
    }
    if (waiting.isEmpty())
        return;
    QEventLoop loop;
    QObject::connect(&fetcher, &PageMetadataFetcher::finished, &loop,
                     [&](PageMetadataFetcher::Ticket ticket, const PageMetadataFetcher::Result &result) {
        YamlValue &entry = offers[waiting.take(ticket)].entry;
        if (result.ok)
            entry = RelatedEntry::filledFromPage(entry, entry, result.page);
        else
            err << file << ": " << result.url.toString() << ": page not read (" << result.reason << "); the entry keeps what is known\n";
        if (waiting.isEmpty())
            loop.quit();
    });
    loop.exec();
}

} // namespace

int CliTool::relate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out)
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return usageError(err, QStringLiteral("relate takes FILE --story OTHER_FILE... or FILE --url URL [--no-fetch]"));
    const QString file = args.first();
    QStringList stories;
    QList<QUrl> links;
    bool fetch = true;
    bool readingStories = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--story")) {
            readingStories = true;
        } else if (a == QLatin1String("--url")) {
            readingStories = false;
            if (++i >= args.size())
                return usageError(err, QStringLiteral("--url needs a value"));
            const QUrl url(args.at(i), QUrl::StrictMode);
            if (!url.isValid() || !WebLimits::isWeb(url) || url.host().isEmpty())
                return usageError(err, QStringLiteral("'%1' is not an http or https address").arg(args.at(i)));
            links.append(url);
        } else if (a == QLatin1String("--no-fetch")) {
            fetch = false;
        } else if (a.startsWith(QLatin1String("--")) || !readingStories) {
            return usageError(err, QStringLiteral("unexpected '%1'").arg(a));
        } else {
            stories.append(a);
        }
    }
    if (stories.isEmpty() && links.isEmpty())
        return usageError(err, QStringLiteral("relate needs --story OTHER_FILE... or --url URL"));

    std::optional<StoryDocument> doc = openEditable(file, err);
    if (!doc)
        return DataProblem;
    QList<RelatedEntry::Offer> offers;
    for (const QString &story : std::as_const(stories)) {
        const std::optional<StoryDocument> other = openEditable(story, err);
        if (!other)
            return DataProblem;
        offers.append({story, RelatedEntry::fromStory(other->frontMatter())});
    }
    for (const QUrl &url : std::as_const(links))
        offers.append({QString(), RelatedEntry::forLink(url)});

    // The rules first: nothing is fetched or written for a refused call.
    const RelatedEntry::Plan plan = RelatedEntry::plan(QFileInfo(file).absoluteFilePath(), doc->frontMatter().value(), offers);
    if (!plan.refusals.isEmpty()) {
        for (const QString &refusal : plan.refusals)
            err << file << ": " << refusal << "\n";
        return DataProblem;
    }
    if (fetch)
        fillFromPages(offers, file, err);
    const std::optional<YamlValue> related = doc->frontMatter().valueAt(relatedPath());
    qsizetype at = related && related->isSequence() ? related->items().size() : 0;
    for (const RelatedEntry::Offer &offer : std::as_const(offers)) {
        QString error;
        if (!doc->frontMatter().insertItem(relatedPath(), at++, offer.entry, &error)) {
            err << file << ": cannot add a related entry: " << error << "\n";
            return DataProblem;
        }
    }
    return saveAndReport(*doc, err);
}

int CliTool::unrelate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out)
    if (args.size() != 2)
        return usageError(err, QStringLiteral("unrelate takes FILE WEBURL"));
    std::optional<StoryDocument> doc = openEditable(args.at(0), err);
    if (!doc)
        return DataProblem;
    const std::optional<YamlValue> related = doc->frontMatter().valueAt(relatedPath());
    const QList<YamlValue> entries = related && related->isSequence() ? related->items() : QList<YamlValue>();
    const qsizetype row = RelatedEntry::indexOfWebUrl(entries, args.at(1));
    if (row < 0) {
        err << args.at(0) << ": no related entry with webUrl " << args.at(1) << "\n";
        return DataProblem;
    }
    // The last entry takes the key with it, as in the app.
    return removeAndSave(*doc, args.at(0), entries.size() == 1 ? relatedPath() : relatedPath().child(row), err);
}

int CliTool::index(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out)
    if (args.size() != 2 || args.at(0) != QLatin1String("--rebuild"))
        return usageError(err, QStringLiteral("index takes --rebuild PATH"));
    if (!m_useIndex)
        return usageError(err, QStringLiteral("index cannot run with --no-index"));
    const QFileInfo info(args.at(1));
    if (!info.isDir()) {
        err << args.at(1) << ": no such folder\n";
        return DataProblem;
    }
    const QString folder = QDir::cleanPath(info.absoluteFilePath());
    if (!StoryIndex::remove(folder)) {
        err << args.at(1) << ": cannot remove the old index " << StoryIndex::fileFor(folder) << "\n";
        return DataProblem;
    }
    StoryStore store;
    loadFolder(store, folder, true);
    store.cancelLoad();
    store.waitForIndex();
    StoryIndex check(folder);
    if (!check.open()) {
        err << args.at(1) << ": no index could be written (see the warning above)\n";
        return DataProblem;
    }
    err << store.count() << (store.count() == 1 ? " story" : " stories") << " indexed in " << StoryIndex::fileFor(folder) << "\n";
    return Success;
}

int CliTool::duplicates(const QStringList &args, QTextStream &out, QTextStream &err)
{
    bool json = false;
    QStringList paths;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a.startsWith(QLatin1String("--")))
            return usageError(err, QStringLiteral("unknown option '%1'").arg(a));
        else
            paths.append(a);
    }
    if (paths.size() != 1)
        return usageError(err, QStringLiteral("duplicates takes [--json] FOLDER"));
    const QFileInfo info(paths.constFirst());
    if (!info.isDir()) {
        err << paths.constFirst() << ": no such folder\n";
        return DataProblem;
    }
    StoryStore store;
    loadFolder(store, info.absoluteFilePath(), m_useIndex);
    QList<DuplicateFinder::Story> stories;
    stories.reserve(store.count());
    for (int row = 0; row < store.count(); ++row)
        stories.append(DuplicateFinder::storyOf(store.summary(row)));
    const QList<DuplicateFinder::Group> groups = DuplicateFinder::find(stories);

    // Paths as given on the command line, like `list`.
    const QDir root(info.absoluteFilePath());
    const auto shown = [&](const QString &path) { return shownPath(paths.constFirst(), root, path); };
    const auto reasonNames = [](DuplicateFinder::Reasons reasons) {
        QStringList names;
        if (reasons.testFlag(DuplicateFinder::Reason::SameLink))
            names.append(QStringLiteral("link"));
        if (reasons.testFlag(DuplicateFinder::Reason::SimilarTitle))
            names.append(QStringLiteral("title"));
        return names;
    };
    int grouped = 0;
    QJsonArray jsonGroups;
    if (!json)
        out << "group\treason\tpath\ttitle\twebUrl\n";
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const DuplicateFinder::Group &group = groups.at(g);
        grouped += int(group.paths.size());
        QJsonArray jsonStories;
        for (const QString &path : group.paths) {
            const StorySummary &s = store.summary(store.indexOf(path));
            if (json) {
                QJsonObject story{{QStringLiteral("path"), shown(path)}, {QStringLiteral("title"), s.title},
                                  {QStringLiteral("webUrl"), s.webUrl}, {QStringLiteral("provider"), s.providerName}};
                if (s.publishedDateTime.isValid())
                    story.insert(QStringLiteral("publishedDateTime"), s.publishedDateTime.toString(Qt::ISODate));
                if (s.quality >= 0)
                    story.insert(QStringLiteral("quality"), s.quality);
                if (s.published != StorySummary::Published::Missing && s.published != StorySummary::Published::Invalid)
                    story.insert(QStringLiteral("published"), s.published == StorySummary::Published::Yes);
                jsonStories.append(story);
            } else {
                // One line per story, tabs and newlines inside values made spaces, as `list` does.
                const auto field = [](QString text) { return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' ')); };
                out << (g + 1) << '\t' << reasonNames(group.reasons).join(QLatin1Char(',')) << '\t' << field(shown(path)) << '\t'
                    << field(s.title) << '\t' << field(s.webUrl) << '\n';
            }
        }
        if (json)
            jsonGroups.append(QJsonObject{{QStringLiteral("reasons"), QJsonArray::fromStringList(reasonNames(group.reasons))},
                                          {QStringLiteral("stories"), jsonStories}});
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("groups"), jsonGroups}}).toJson(QJsonDocument::Indented));
    err << groups.size() << (groups.size() == 1 ? " group, " : " groups, ") << grouped << " of " << store.count()
        << (store.count() == 1 ? " story" : " stories") << "\n";
    return Success;
}

int CliTool::renameTopic(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList rest = args;
    const bool dryRun = rest.removeAll(QStringLiteral("--dry-run")) > 0;
    if (rest.size() < 3 || std::any_of(rest.cbegin(), rest.cend(), [](const QString &a) { return a.startsWith(QLatin1String("--")); }))
        return usageError(err, QStringLiteral("rename-topic takes [--dry-run] OLD NEW PATH..."));
    return renameTopics(TopicRename({rest.at(0)}, rest.at(1)), rest.mid(2), dryRun, out, err);
}

int CliTool::mergeTopics(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList rest = args;
    const bool dryRun = rest.removeAll(QStringLiteral("--dry-run")) > 0;
    const qsizetype into = rest.indexOf(QStringLiteral("--into"));
    const bool otherOption = std::any_of(rest.cbegin(), rest.cend(), [](const QString &a) {
        return a.startsWith(QLatin1String("--")) && a != QLatin1String("--into");
    });
    if (into < 1 || into + 2 >= rest.size() || otherOption || rest.count(QStringLiteral("--into")) != 1)
        return usageError(err, QStringLiteral("merge-topics takes [--dry-run] TOPIC... --into NEW PATH..."));
    return renameTopics(TopicRename(rest.mid(0, into), rest.at(into + 1)), rest.mid(into + 2), dryRun, out, err);
}

namespace {

QString topicsText(const std::optional<YamlValue> &topics)
{
    if (!topics)
        return {};
    if (topics->isScalar())
        return topics->text();
    QStringList names;
    for (const YamlValue &item : topics->items())
        names.append(item.isScalar() ? item.text() : QString::fromUtf8(item.toJson()));
    return names.join(QStringLiteral(", "));
}

} // namespace

int CliTool::renameTopics(const TopicRename &rename, const QStringList &paths, bool dryRun, QTextStream &out, QTextStream &err)
{
    if (!rename.isValid())
        return usageError(err, QStringLiteral("topic names cannot be empty"));
    int status = Success;
    int changed = 0;
    const auto report = [&](const QString &shown, const QString &problem) {
        err << shown << ": skipped: " << problem << "\n";
        status = DataProblem;
    };
    // Each story is read, renamed and saved on its own: a failure leaves the others done.
    const auto renameOne = [&](const QString &file, const QString &shown) {
        QString error;
        std::optional<StoryDocument> doc = StoryDocument::load(file, &error);
        if (!doc) {
            report(shown, error);
            return;
        }
        const std::optional<YamlValue> before = doc->frontMatter().valueAt(YamlPath({StorySchema::Topics}));
        switch (rename.apply(doc->frontMatter(), &error)) {
        case TopicRename::Outcome::Unchanged:
            return;
        case TopicRename::Outcome::Refused:
            report(shown, error);
            return;
        case TopicRename::Outcome::Changed:
            break;
        }
        if (!dryRun) {
            const StoryDocument::SaveResult saved = doc->save(&error);
            if (saved != StoryDocument::SaveResult::Saved && saved != StoryDocument::SaveResult::Unchanged) {
                report(shown, error.isEmpty() ? QStringLiteral("changed on disk while being renamed") : error);
                return;
            }
        }
        out << shown << ": " << topicsText(before) << " -> " << topicsText(doc->frontMatter().valueAt(YamlPath({StorySchema::Topics}))) << "\n";
        ++changed;
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            err << path << ": no such file or folder\n";
            status = DataProblem;
            continue;
        }
        if (info.isFile()) {
            renameOne(info.absoluteFilePath(), path);
            continue;
        }
        // The summaries say which stories have the topics: only those are read in full.
        StoryStore store;
        loadFolder(store, info.absoluteFilePath(), m_useIndex);
        const TopicRename::Plan plan = rename.plan(store);
        const QDir root(info.absoluteFilePath());
        const auto shown = [&](const QString &file) { return shownPath(path, root, file); };
        for (const QString &file : plan.broken) {
            const Problem problem = store.summary(store.indexOf(file)).problems.value(0);
            // FILE:LINE:COLUMN first, as `check` prints it, so editors' jump-to-error finds it.
            report(QStringLiteral("%1:%2:%3").arg(shown(file)).arg(problem.line).arg(problem.column), problem.message);
        }
        for (const QString &file : plan.stories)
            renameOne(file, shown(file));
    }
    err << changed << (changed == 1 ? " story" : " stories") << (dryRun ? " would change" : " changed") << "\n";
    return status;
}

} // namespace Storydesk
