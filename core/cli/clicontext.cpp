#include "clicontext.h"

#include "detectionmemo.h"
#include "folderlister.h"
#include "sitefieldsloader.h"
#include "storydocument.h"
#include "storyindex.h"
#include "storyschema.h"
#include "storystore.h"
#include "summaryreader.h"
#include "yamlpath.h"
#include "yamlvalue.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>


namespace Storydesk {

CliContext::CliContext(QTextStream &out, QTextStream &err, bool useIndex)
    : m_out(out)
    , m_err(err)
    , m_useIndex(useIndex)
{
}

int CliContext::usageError(const QString &message) const
{
    m_err << "storydesk-cli: " << message << "\n" << "Try 'storydesk-cli --help'.\n";
    return UsageError;
}

std::optional<StoryDocument> CliContext::openEditable(const QString &file) const
{
    QString error;
    std::optional<StoryDocument> doc = StoryDocument::load(file, &error);
    if (!doc) {
        m_err << error << "\n";
        return std::nullopt;
    }
    if (!doc->frontMatter().isEditable()) {
        const Problem p = doc->frontMatter().problems().value(0);
        m_err << file << ":" << p.line << ":" << p.column << ": " << p.message << "\n";
        return std::nullopt;
    }
    return doc;
}

int CliContext::save(StoryDocument &doc) const
{
    QString error;
    switch (doc.save(&error)) {
    case StoryDocument::SaveResult::Saved:
    case StoryDocument::SaveResult::Unchanged:
        return Success;
    default:
        m_err << error << "\n";
        return DataProblem;
    }
}

int CliContext::removeAndSave(StoryDocument &doc, const QString &file, const YamlPath &path) const
{
    QString error;
    if (!doc.frontMatter().remove(path, &error)) {
        m_err << file << ": cannot remove " << path.toString() << ": " << error << "\n";
        return DataProblem;
    }
    return save(doc);
}

const SiteFields &CliContext::siteFieldsFor(const QString &fileOrFolder) const
{
    const QString root = SiteFieldsLoader::findSiteRoot(fileOrFolder);
    auto it = m_sites.find(root);
    if (it == m_sites.end()) {
        // With the index, beside it, a memo of the detection stands in for it while the
        // stories it sampled are unchanged (the same result, without parsing them again).
        const FieldDetector::Result detected = m_useIndex ? DetectionMemo(StoryIndex::directory()).detect(root) : FieldDetector::detect(root);
        it = m_sites.insert(root, SiteFieldsLoader::loadOver(root, detected, m_fieldsFile));
    }
    return *it;
}

void CliContext::reportSiteProblems(const SiteFields &fields) const
{
    if (fields.problems.isEmpty() || m_reported.contains(fields.problemsFile))
        return;
    m_reported.insert(fields.problemsFile);
    for (const Problem &p : fields.problems)
        m_err << fields.problemsFile << ':' << p.line << ':' << p.column << ": warning: " << p.message << "\n";
    m_err << fields.problemsFile << ": warning: the fields detected from the site are used until it is fixed\n";
}

std::optional<CliContext::Key> CliContext::resolveKey(const QString &typed, const YamlPath &parsed, const FieldMap &map,
                                                      const YamlValue &frontMatter)
{
    const std::optional<FieldRole> role = FieldMap::roleFromName(typed);
    // A key the story has, and in the story format one of its keys (`provider`), is meant as
    // the key it always was.
    const bool plainKey = (frontMatter.isMap() && frontMatter.find(typed))
                          || (map.isStoryFormat() && StorySchema::topLevelOrder(typed) >= 0);
    if (!role || (plainKey && map.path(*role) != parsed))
        return Key{parsed, std::nullopt};
    if (!map.isBound(*role))
        return std::nullopt;
    return Key{map.path(*role), role};
}

void CliContext::loadFolder(StoryStore &store, const QString &folder) const
{
    store.setIndexEnabled(m_useIndex);
    // The CLI prints once: it reads with the map detected now, never with a remembered one
    // that a later check might correct.
    store.setDetectionRemembered(false);
    store.setSnapshotUsed(false);   // nothing the CLI would read again
    store.setFieldsOverride(m_fieldsFile);
    QEventLoop loop;
    QObject::connect(&store, &StoryStore::loadFinished, &loop, &QEventLoop::quit);
    QObject::connect(&store, &StoryStore::loadCancelled, &loop, &QEventLoop::quit);
    store.openFolder(folder);
    if (store.isLoading())
        loop.exec();
}

int CliContext::forEachStory(const QStringList &paths, const StoryVisitor &visit, StoryIndex::RowParts parts) const
{
    int status = Success;
    // Only paths that may overlap cost a canonical path (a stat or more) per story.
    const bool mayOverlap = paths.size() > 1;
    QSet<QString> visited;
    const auto firstVisit = [&](const QString &file) {
        if (!mayOverlap)
            return true;
        const QFileInfo info(file);
        const QString identity = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
        if (visited.contains(identity))
            return false;
        visited.insert(identity);
        return true;
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            m_err << path << ": no such file or folder\n";
            status = DataProblem;
            continue;
        }
        if (!info.isDir()) {
            if (firstVisit(info.absoluteFilePath())) {
                // A story alone is read with its site's map, found above it.
                const SiteFields &site = siteFieldsFor(info.absoluteFilePath());
                reportSiteProblems(site);
                visit(SummaryReader::read(info.absoluteFilePath(), site.map), path);
            }
            continue;
        }
        // Streamed: rows from the index as they come, changed files read on every core, all
        // with the site's field map (found above the folder, or --fields).
        const SiteFields &site = siteFieldsFor(info.absoluteFilePath());
        reportSiteProblems(site);
        FolderLister lister(info.absoluteFilePath());
        lister.setIndexEnabled(m_useIndex);
        lister.setRowParts(parts);
        lister.setFieldMap(site.map);
        const QDir root(info.absoluteFilePath());
        // shownPath() for a story under the folder, without a QDir per story.
        const QString base = QDir::cleanPath(info.absoluteFilePath()) + QLatin1Char('/');
        const QString shownBase = shownPath(path, root, base + QLatin1Char('x')).chopped(1);
        lister.run([&](const StorySummary &summary) {
            if (!firstVisit(summary.path))
                return;
            if (summary.path.startsWith(base) && !summary.path.contains(QLatin1String("/..")))
                visit(summary, shownBase + QStringView(summary.path).mid(base.size()));
            else
                visit(summary, shownPath(path, root, summary.path));
        });
    }
    return status;
}

bool CliContext::acceptsEdit(const QString &file, const QString &what, const QByteArray &before, const StoryDocument &doc,
                             bool force) const
{
    // Judged by the rules of the story's site: `draft: maybe` is a problem on Hugo.
    const Problems added = SummaryReader::problemsAdded(before, doc.frontMatter().toBytes(), siteFieldsFor(file).map);
    for (const Problem &p : added) {
        if (force)
            m_err << file << ':' << p.line << ':' << p.column << ": warning: " << p.message << " (written anyway: --force)\n";
        else
            m_err << file << ": " << what << " refused: " << p.message << " (--force writes it anyway)\n";
    }
    return force || added.isEmpty();
}

QString CliContext::shownPath(const QString &typedFolder, const QDir &root, const QString &file)
{
    return QDir(typedFolder).filePath(root.relativeFilePath(file));
}

} // namespace Storydesk
