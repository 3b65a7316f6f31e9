#include "clicommand.h"

#include "clicontext.h"
#include "fieldmap.h"
#include "sitefields.h"
#include "sitefieldsloader.h"

#include <QFileInfo>
#include <QTextStream>

// fields: the field map a site is read with, role by role, and why.

namespace Storydesk {

namespace {

QString sourceText(const SiteFields &fields)
{
    switch (fields.source) {
    case SiteFields::Source::StoryFormat: return QStringLiteral("story format");
    case SiteFields::Source::Detected:
        if (fields.generator.isEmpty())
            return QStringLiteral("detected from the stories' keys");
        if (!fields.configFile.isEmpty())
            return QStringLiteral("%1 site, detected from %2").arg(fields.generator, fields.configFile);
        return QStringLiteral("%1 site, detected").arg(fields.generator);
    case SiteFields::Source::SiteFile: return QStringLiteral("from %1").arg(fields.siteFilePath);
    case SiteFields::Source::Override: return QStringLiteral("from --fields");
    }
    return {};
}

QString defaultText(std::optional<bool> fallback)
{
    if (!fallback)
        return QStringLiteral("a story without it is undecided");
    return *fallback ? QStringLiteral("a story without it is published") : QStringLiteral("a story without it is unpublished");
}

} // namespace

namespace CliCommands {

int fields(const CliContext &cli, const QStringList &args)
{
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return cli.usageError(QStringLiteral("fields takes FOLDER"));
    const QFileInfo info(args.first());
    if (!info.exists()) {
        err << args.first() << ": no such file or folder\n";
        return CliContext::DataProblem;
    }
    const SiteFields site = cli.siteFieldsFor(info.absoluteFilePath());
    err << args.first() << ": " << sourceText(site) << " (site root " << site.siteRoot << ")\n";
    // One line a role: its name, its key (empty: not on this site), and why.
    const FieldMap &map = site.map;
    for (int i = 0; i < FieldRoleCount; ++i) {
        const FieldRole role = FieldMap::role(i);
        const FieldBinding &binding = map.binding(role);
        QString why = site.reasons[size_t(i)];
        if (role == FieldRole::Published && map.isBound(role)) {
            const QString detail = (binding.negated ? QStringLiteral("negated, ") : QString()) + defaultText(map.publishedDefault());
            why = why.isEmpty() ? detail : detail + QStringLiteral("; ") + why;
        }
        if (!map.isBound(role) && why.isEmpty())
            why = QStringLiteral("not on this site");
        out << FieldMap::roleName(role) << '\t' << (map.isBound(role) ? binding.path.toString() : QString()) << '\t' << why << '\n';
    }
    // A broken site.yaml does not stop the site from being read, but it is a problem to fix.
    cli.reportSiteProblems(site);
    return site.problems.isEmpty() ? int(CliContext::Success) : int(CliContext::DataProblem);
}

} // namespace CliCommands

} // namespace Storydesk
