#include "clicommand.h"

#include "clicontext.h"
#include "duplicatefinder.h"
#include "storystore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

// duplicates: groups of stories that tell the same news.

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
    return CliContext::Success;
}

} // namespace CliCommands

} // namespace Storydesk
