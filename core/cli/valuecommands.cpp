#include "clicommand.h"

#include "clicontext.h"
#include "fieldmap.h"
#include "storydocument.h"
#include "storyschema.h"
#include "yamlpath.h"
#include "yamlvalue.h"

#include <QTextStream>

#include <algorithm>

// get, set and unset: one value of one story, by key or by role name (on a Hugo site
// `published` is `draft`, negated).

namespace Storydesk {

namespace {

// Whether `key` (a top-level key) is where the site's map reads some role: such a key may be
// added to a story without --new-key, as the story format's keys may.
bool isMappedKey(const FieldMap &map, const QString &key)
{
    for (int i = 0; i < FieldRoleCount; ++i) {
        const YamlPath &path = map.path(FieldMap::role(i));
        if (!path.isRoot() && path.segments().constFirst() == key)
            return true;
    }
    return false;
}

QString roleRefusal(const QString &typed)
{
    return QStringLiteral("this site has no %1 field (storydesk-cli fields shows its keys)").arg(typed);
}

} // namespace

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
    const SiteFields &site = cli.siteFieldsFor(args.at(0));
    cli.reportSiteProblems(site);
    const std::optional<CliContext::Key> key = CliContext::resolveKey(args.at(1), *path, site.map, doc->frontMatter().value());
    if (!key) {
        err << args.at(0) << ": " << roleRefusal(args.at(1)) << "\n";
        return CliContext::DataProblem;
    }
    std::optional<YamlValue> value = doc->frontMatter().valueAt(key->path);
    if (key->role == FieldRole::Published) {
        // What the site means by it: Hugo's `draft: false` is published, a Jekyll post without
        // the key too.
        const std::optional<bool> flag = value && value->isScalar() ? value->toBool() : std::nullopt;
        if (flag && site.map.binding(FieldRole::Published).negated)
            value = YamlValue::boolean(site.map.isPublishedBy(*flag));
        else if (!value && site.map.publishedDefault())
            value = YamlValue::boolean(*site.map.publishedDefault());
    }
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
    QStringList rest = args;
    const bool force = rest.removeAll(QStringLiteral("--force")) > 0;
    const bool newKey = rest.removeAll(QStringLiteral("--new-key")) > 0;
    if (rest.size() < 2 || std::any_of(rest.cbegin(), rest.cend(), [](const QString &a) { return a.startsWith(QLatin1String("--")); }))
        return cli.usageError(QStringLiteral("set takes FILE [--force] [--new-key] KEY=VALUE..."));
    const QString file = rest.takeFirst();
    struct Edit
    {
        QString assignment;
        QString typedKey;
        YamlPath path;
        YamlValue value;
        bool badJson = false;
    };
    QList<Edit> edits;
    for (const QString &assignment : std::as_const(rest)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        const std::optional<YamlPath> path = eq > 0 ? YamlPath::parse(assignment.left(eq)) : std::nullopt;
        if (!path)
            return cli.usageError(QStringLiteral("'%1' is not KEY=VALUE").arg(assignment));
        const QString text = assignment.mid(eq + 1);
        const std::optional<YamlValue> json = YamlValue::fromJson(text.toUtf8());
        // A list or map with a typo would otherwise be stored as the text of the typo.
        const QString trimmed = text.trimmed();
        const bool badJson = !json && (trimmed.startsWith(QLatin1Char('[')) || trimmed.startsWith(QLatin1Char('{')));
        edits.append({assignment, assignment.left(eq), *path, json ? *json : YamlValue::string(text), badJson});
    }
    std::optional<StoryDocument> doc = cli.openEditable(file);
    if (!doc)
        return CliContext::DataProblem;
    const SiteFields &site = cli.siteFieldsFor(file);
    cli.reportSiteProblems(site);
    bool refused = false;
    for (Edit &edit : edits) {
        // A role name writes the site's key: `published=true` is `draft: false` on Hugo.
        const std::optional<CliContext::Key> resolved =
            CliContext::resolveKey(edit.typedKey, edit.path, site.map, doc->frontMatter().value());
        if (!resolved) {
            err << file << ": " << edit.assignment << " refused: " << roleRefusal(edit.typedKey) << "\n";
            refused = true;
            continue;
        }
        edit.path = resolved->path;
        if (resolved->role == FieldRole::Published && site.map.binding(FieldRole::Published).negated
            && edit.value.isScalar() && edit.value.scalarKind() == YamlValue::ScalarKind::Plain) {
            // The site's key says the opposite (Hugo's draft). Anything but a plain boolean
            // goes to the key as given, and `check`'s rules refuse it.
            if (const std::optional<bool> flag = edit.value.toBool())
                edit.value = site.map.publishedValue(*flag).second;
        }
        if (edit.badJson) {
            if (force) {
                err << file << ": warning: " << edit.assignment << ": not valid JSON, written as text (--force)\n";
            } else {
                err << file << ": " << edit.assignment << " refused: the value starts like JSON but is not valid JSON;"
                    << " write text as a JSON string ('KEY=\"[...]\"') (--force writes it as text)\n";
                refused = true;
                continue;
            }
        }
        // A misspelt key would otherwise be added silently next to the one meant.
        const QString key = edit.path.segments().constFirst();
        if (StorySchema::topLevelOrder(key) < 0 && !isMappedKey(site.map, key) && !doc->frontMatter().value().find(key) && !newKey
            && !force) {
            err << file << ": " << edit.assignment << " refused: " << key
                << " is not a key of the story format and not in the story (--new-key adds it)\n";
            refused = true;
            continue;
        }
        const QByteArray before = doc->frontMatter().toBytes();
        QString error;
        if (!doc->frontMatter().set(edit.path, edit.value, &error)) {
            err << file << ": cannot set " << edit.path.toString() << ": " << error << "\n";
            return CliContext::DataProblem;
        }
        if (!cli.acceptsEdit(file, edit.assignment, before, *doc, force))
            refused = true;
    }
    // All or nothing: a refused value leaves the file as it was, byte for byte.
    if (refused)
        return CliContext::DataProblem;
    return cli.save(*doc);
}

int unset(const CliContext &cli, const QStringList &args)
{
    QTextStream &err = cli.err();
    QStringList rest = args;
    const bool force = rest.removeAll(QStringLiteral("--force")) > 0;
    if (rest.size() != 2)
        return cli.usageError(QStringLiteral("unset takes FILE [--force] KEY"));
    const QString &file = rest.at(0);
    std::optional<YamlPath> path = YamlPath::parse(rest.at(1));
    if (!path)
        return cli.usageError(QStringLiteral("'%1' is not a key").arg(rest.at(1)));
    std::optional<StoryDocument> doc = cli.openEditable(file);
    if (!doc)
        return CliContext::DataProblem;
    const std::optional<CliContext::Key> key = CliContext::resolveKey(rest.at(1), *path, cli.siteFieldsFor(file).map, doc->frontMatter().value());
    if (!key) {
        err << file << ": " << roleRefusal(rest.at(1)) << "\n";
        return CliContext::DataProblem;
    }
    path = key->path;
    // As `get` says: removing what is not there is not quietly a success.
    if (!doc->frontMatter().valueAt(*path)) {
        err << file << ": no value at " << rest.at(1) << "\n";
        return CliContext::DataProblem;
    }
    const QByteArray before = doc->frontMatter().toBytes();
    QString error;
    if (!doc->frontMatter().remove(*path, &error)) {
        err << file << ": cannot remove " << path->toString() << ": " << error << "\n";
        return CliContext::DataProblem;
    }
    if (!cli.acceptsEdit(file, QStringLiteral("unset %1").arg(rest.at(1)), before, *doc, force))
        return CliContext::DataProblem;
    return cli.save(*doc);
}

} // namespace CliCommands

} // namespace Storydesk
