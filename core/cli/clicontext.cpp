#include "clicontext.h"

#include "storydocument.h"
#include "storystore.h"
#include "yamlpath.h"

#include <QDir>
#include <QEventLoop>
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

void CliContext::loadFolder(StoryStore &store, const QString &folder) const
{
    store.setIndexEnabled(m_useIndex);
    QEventLoop loop;
    QObject::connect(&store, &StoryStore::loadFinished, &loop, &QEventLoop::quit);
    QObject::connect(&store, &StoryStore::loadCancelled, &loop, &QEventLoop::quit);
    store.openFolder(folder);
    if (store.isLoading())
        loop.exec();
}

QString CliContext::shownPath(const QString &typedFolder, const QDir &root, const QString &file)
{
    return QDir(typedFolder).filePath(root.relativeFilePath(file));
}

} // namespace Storydesk
