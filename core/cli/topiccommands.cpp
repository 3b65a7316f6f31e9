#include "clicommand.h"

#include "clicontext.h"
#include "storydocument.h"
#include "storyschema.h"
#include "storysummary.h"
#include "topicrename.h"
#include "yamlpath.h"

#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <algorithm>

// rename-topic and merge-topics: one topic rename over many stories.

namespace Storydesk {

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

// Renames in every story under `paths` (files and folders, each story once) whose summary
// says it has the topics; each story is saved on its own.
int renameTopics(const CliContext &cli, const TopicRename &rename, const QStringList &paths, bool dryRun)
{
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    if (!rename.isValid())
        return cli.usageError(QStringLiteral("topic names cannot be empty"));
    int status = CliContext::Success;
    int changed = 0;
    const auto report = [&](const QString &shown, const QString &problem) {
        err << shown << ": skipped: " << problem << "\n";
        status = CliContext::DataProblem;
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
    // The summaries say which stories have the topics: only those are read in full, and the
    // files named directly (a single scalar topic reads as no topics in a summary).
    QSet<QString> named;
    for (const QString &path : paths) {
        if (const QFileInfo info(path); info.isFile())
            named.insert(info.absoluteFilePath());
    }
    const int visited = cli.forEachStory(paths, [&](const StorySummary &summary, const QString &shown) {
        if (summary.broken) {
            const Problem problem = summary.problems.value(0);
            // FILE:LINE:COLUMN first, as `check` prints it, so editors' jump-to-error finds it.
            report(problem.line > 0 ? QStringLiteral("%1:%2:%3").arg(shown).arg(problem.line).arg(problem.column) : shown, problem.message);
        } else if (rename.changes(summary) || named.contains(summary.path)) {
            renameOne(summary.path, shown);
        }
    });
    if (visited != CliContext::Success)
        status = visited;
    err << changed << (changed == 1 ? " story" : " stories") << (dryRun ? " would change" : " changed") << "\n";
    return status;
}

} // namespace

namespace CliCommands {

int renameTopic(const CliContext &cli, const QStringList &args)
{
    QStringList rest = args;
    const bool dryRun = rest.removeAll(QStringLiteral("--dry-run")) > 0;
    if (rest.size() < 3 || std::any_of(rest.cbegin(), rest.cend(), [](const QString &a) { return a.startsWith(QLatin1String("--")); }))
        return cli.usageError(QStringLiteral("rename-topic takes [--dry-run] OLD NEW PATH..."));
    return renameTopics(cli, TopicRename({rest.at(0)}, rest.at(1)), rest.mid(2), dryRun);
}

int mergeTopics(const CliContext &cli, const QStringList &args)
{
    QStringList rest = args;
    const bool dryRun = rest.removeAll(QStringLiteral("--dry-run")) > 0;
    const qsizetype into = rest.indexOf(QStringLiteral("--into"));
    const bool otherOption = std::any_of(rest.cbegin(), rest.cend(), [](const QString &a) {
        return a.startsWith(QLatin1String("--")) && a != QLatin1String("--into");
    });
    if (into < 1 || into + 2 >= rest.size() || otherOption || rest.count(QStringLiteral("--into")) != 1)
        return cli.usageError(QStringLiteral("merge-topics takes [--dry-run] TOPIC... --into NEW PATH..."));
    return renameTopics(cli, TopicRename(rest.mid(0, into), rest.at(into + 1)), rest.mid(into + 2), dryRun);
}

} // namespace CliCommands

} // namespace Storydesk
