#include "clicommand.h"

#include "clicontext.h"
#include "duplicatefinder.h"
#include "duplicateresolution.h"
#include "storyeditor.h"
#include "storyschema.h"
#include "storystore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

// duplicates and resolve-duplicates: groups of stories that tell the same news, and keeping
// one of a group.

namespace Storydesk {

namespace CliCommands {

int duplicates(const CliContext &cli, const QStringList &args)
{
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    bool json = false;
    QStringList paths;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a.startsWith(QLatin1String("--")))
            return cli.usageError(QStringLiteral("unknown option '%1'").arg(a));
        else
            paths.append(a);
    }
    if (paths.size() != 1)
        return cli.usageError(QStringLiteral("duplicates takes [--json] FOLDER"));
    const QFileInfo info(paths.constFirst());
    if (!info.isDir()) {
        err << paths.constFirst() << ": no such folder\n";
        return CliContext::DataProblem;
    }
    StoryStore store;
    cli.loadFolder(store, info.absoluteFilePath());
    QList<DuplicateFinder::Story> stories;
    stories.reserve(store.count());
    for (int row = 0; row < store.count(); ++row)
        stories.append(DuplicateFinder::storyOf(store.summary(row)));
    const QList<DuplicateFinder::Group> groups = DuplicateFinder::find(stories);

    // Paths as given on the command line, like `list`.
    const QDir root(info.absoluteFilePath());
    const auto shown = [&](const QString &path) { return CliContext::shownPath(paths.constFirst(), root, path); };
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
                // Missing keys are left out, as the README says, never written as "".
                QJsonObject story{{QStringLiteral("path"), shown(path)}, {QStringLiteral("title"), s.title}};
                if (!s.webUrl.isEmpty())
                    story.insert(QStringLiteral("webUrl"), QString::fromUtf8(s.webUrl));
                if (!s.providerName.isEmpty())
                    story.insert(QStringLiteral("provider"), s.providerName);
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
                    << field(s.title) << '\t' << field(QString::fromUtf8(s.webUrl)) << '\n';
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
    return CliContext::Success;
}

int resolveDuplicates(const CliContext &cli, const QStringList &args)
{
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    bool attach = false;
    bool dryRun = false;
    QStringList paths;
    for (const QString &a : args) {
        if (a == QLatin1String("--attach"))
            attach = true;
        else if (a == QLatin1String("--dry-run"))
            dryRun = true;
        else if (a.startsWith(QLatin1String("--")))
            return cli.usageError(QStringLiteral("unknown option '%1'").arg(a));
        else
            paths.append(a);
    }
    if (paths.size() < 2)
        return cli.usageError(QStringLiteral("resolve-duplicates takes [--attach] [--dry-run] KEEP OTHER..."));
    // KEEP named again among the others, or a story twice (under another path): a group
    // never holds a story twice, and the story kept is never unpublished.
    const QString keep = paths.takeFirst();
    const auto identity = [](const QString &path) {
        const QFileInfo info(path);
        return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    };
    QSet<QString> seen{identity(keep)};
    QStringList others;
    for (const QString &path : std::as_const(paths)) {
        const QString id = identity(path);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        others.append(path);
    }

    StoryEditor editor(nullptr);
    const DuplicateResolution resolution = attach ? DuplicateResolution::keepAndAttach(editor, keep, others)
                                                  : DuplicateResolution::keepAndUnpublish(editor, keep, others);
    int status = resolution.isRefused() ? CliContext::DataProblem : CliContext::Success;
    for (const QString &note : resolution.notes())
        err << note << "\n";
    for (const QString &failure : resolution.plan().failures()) {
        err << failure << "\n";
        status = CliContext::DataProblem;
    }
    // Each story is written and saved on its own, as rename-topic does: a failure leaves the
    // others done.
    int changed = 0;
    for (const EditPlan::Change &change : resolution.plan().changes()) {
        if (!dryRun) {
            QString error;
            if (!EditPlan::apply(editor, change, &error) || editor.save(change.path, &error) != StoryEditor::SaveOutcome::Saved) {
                err << change.path << ": " << (error.isEmpty() ? QStringLiteral("not saved") : error) << "\n";
                status = CliContext::DataProblem;
                continue;
            }
        }
        if (change.key == YamlPath({StorySchema::Published}))
            out << change.path << ": unpublished\n";
        else
            out << change.path << ": " << resolution.attaching() << (resolution.attaching() == 1 ? " related entry" : " related entries")
                << " added\n";
        ++changed;
    }
    err << changed << (changed == 1 ? " story" : " stories") << (dryRun ? " would change" : " changed") << "\n";
    return status;
}

} // namespace CliCommands

} // namespace Storydesk
