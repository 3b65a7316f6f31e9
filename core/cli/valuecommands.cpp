#include "clicommand.h"

#include "clicontext.h"
#include "storydocument.h"
#include "yamlpath.h"
#include "yamlvalue.h"

#include <QTextStream>

// get, set and unset: one value of one story.

namespace Storydesk {

namespace CliCommands {

int get(const CliContext &cli, const QStringList &args)
{
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    if (args.size() != 2)
        return cli.usageError(QStringLiteral("get takes FILE KEY"));
    const std::optional<YamlPath> path = YamlPath::parse(args.at(1));
    if (!path)
        return cli.usageError(QStringLiteral("'%1' is not a key").arg(args.at(1)));
    const std::optional<StoryDocument> doc = cli.openEditable(args.at(0));
    if (!doc)
        return CliContext::DataProblem;
    const std::optional<YamlValue> value = doc->frontMatter().valueAt(*path);
    if (!value) {
        err << args.at(0) << ": no value at " << args.at(1) << "\n";
        return CliContext::DataProblem;
    }
    if (value->isScalar())
        out << value->text() << "\n";
    else if (value->isNull())
        out << "\n";
    else
        out << QString::fromUtf8(value->toJson()) << "\n";
    return CliContext::Success;
}

int set(const CliContext &cli, const QStringList &args)
{
    QTextStream &err = cli.err();
    if (args.size() < 2)
        return cli.usageError(QStringLiteral("set takes FILE KEY=VALUE..."));
    QList<std::pair<YamlPath, YamlValue>> edits;
    for (const QString &assignment : args.mid(1)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const std::optional<YamlPath> path = eq > 0 ? YamlPath::parse(assignment.left(eq)) : std::nullopt;
        if (!path)
            return cli.usageError(QStringLiteral("'%1' is not KEY=VALUE").arg(assignment));
        const QString text = assignment.mid(eq + 1);
        const std::optional<YamlValue> json = YamlValue::fromJson(text.toUtf8());
        edits.append({*path, json ? *json : YamlValue::string(text)});
    }
    std::optional<StoryDocument> doc = cli.openEditable(args.at(0));
    if (!doc)
        return CliContext::DataProblem;
    for (const auto &[path, value] : edits) {
        QString error;
        if (!doc->frontMatter().set(path, value, &error)) {
            err << args.at(0) << ": cannot set " << path.toString() << ": " << error << "\n";
            return CliContext::DataProblem;
        }
    }
    return cli.save(*doc);
}

int unset(const CliContext &cli, const QStringList &args)
{
    if (args.size() != 2)
        return cli.usageError(QStringLiteral("unset takes FILE KEY"));
    const std::optional<YamlPath> path = YamlPath::parse(args.at(1));
    if (!path)
        return cli.usageError(QStringLiteral("'%1' is not a key").arg(args.at(1)));
    std::optional<StoryDocument> doc = cli.openEditable(args.at(0));
    if (!doc)
        return CliContext::DataProblem;
    return cli.removeAndSave(*doc, args.at(0), *path);
}

} // namespace CliCommands

} // namespace Storydesk
