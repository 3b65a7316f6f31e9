#include "commitplan.h"

#include "fielddetector.h"
#include "sitefieldsloader.h"

#include "storyscanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Storydesk {

namespace {

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

CommitPlan CommitPlan::read(const QString &siteFolder, const QStringList &sitePaths, const std::atomic_bool *cancel)
{
    if (!GitProcess::isInstalled())
        return CommitPlan();
    return read(GitRepository::open(siteFolder), sitePaths, cancel);
}

CommitPlan CommitPlan::read(const GitRepository &repository, const QStringList &sitePaths, const std::atomic_bool *cancel)
{
    CommitPlan plan;
    plan.m_repository = repository;
    if (!plan.m_repository.isValid())
        return plan;

    bool ok = false;
    const GitStatus status = GitStatus::read(plan.m_repository, cancel, &ok);
    if (!ok) {
        plan.m_refusal = Refusal::Failed;
        return plan;
    }
    // Only stories: other files of the folder are never committed from here.
    QStringList paths;
    for (const QString &path : sitePaths.isEmpty() ? status.changedPaths() : sitePaths) {
        const GitFileState state = status.state(path);
        if (state != GitFileState::Clean && state != GitFileState::Incoming && StoryScanner::hasStoryExtension(path))
            paths.append(path);
    }
    const QList<std::optional<QByteArray>> before = plan.m_repository.readFiles(QStringLiteral("HEAD"), paths);
    const QDir root(plan.m_repository.siteFolder());
    // The site's own keys tell a publish from an edit (draft: true -> false on Hugo).
    const FieldMap map = paths.isEmpty() ? FieldMap::storyFormat()
        : SiteFieldsLoader::load(SiteFieldsLoader::findSiteRoot(root.absolutePath()), {},
                                 FieldDetector::sampleStories(root.absolutePath())).map;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        plan.m_stories.append({path, status.state(path), StoryChanges::between(before.value(i), readFile(root.absoluteFilePath(path)), map)});
    }

    const GitRepository::Operation operation = plan.m_repository.operationInProgress();
    if (operation != GitRepository::Operation::None) {
        plan.m_refusal = Refusal::OperationInProgress;
        plan.m_operation = GitRepository::operationName(operation);
    } else if (plan.m_stories.isEmpty()) {
        plan.m_refusal = Refusal::NothingToCommit;
    } else if (!plan.m_repository.hasIdentity()) {
        plan.m_refusal = Refusal::NoIdentity;
    } else {
        plan.m_refusal = Refusal::None;
    }
    return plan;
}

QStringList CommitPlan::paths() const
{
    QStringList result;
    for (const Story &story : m_stories)
        result.append(story.path);
    return result;
}

const CommitPlan::Story *CommitPlan::story(const QString &path) const
{
    for (const Story &story : m_stories) {
        if (story.path == path)
            return &story;
    }
    return nullptr;
}

QString CommitPlan::refusalText() const
{
    switch (m_refusal) {
    case Refusal::None:
        return {};
    case Refusal::NotARepository:
        return tr("This folder is not in a git repository (or git is not installed): there is nothing to commit to.");
    case Refusal::NoIdentity:
        return tr("Git does not know who you are, and a commit says who made it. Set your name and e-mail once, in a terminal:\n"
                  "    git config --global user.name \"Your Name\"\n"
                  "    git config --global user.email you@example.org");
    case Refusal::OperationInProgress:
        return tr("The repository is in the middle of %1: finish it (resolve its conflicts) or abort it before committing.")
            .arg(m_operation);
    case Refusal::NothingToCommit:
        return tr("Nothing to commit: every saved story is committed.");
    case Refusal::Failed:
        return tr("Git could not tell which stories changed.");
    }
    return {};
}

QString CommitPlan::message(const QStringList &paths) const
{
    QList<std::pair<QString, StoryChanges>> chosen;
    for (const Story &story : m_stories) {
        if (paths.contains(story.path))
            chosen.append({story.path, story.changes});
    }
    const QString message = StoryChanges::commitMessage(chosen);
    if (!message.isEmpty() || chosen.isEmpty())
        return message;
    return tr("Triage: %n stories", nullptr, int(chosen.size()));
}

GitCommitResult CommitPlan::commit(const QStringList &paths, const QString &message) const
{
    return GitCommit::commit(m_repository, paths, message);
}

} // namespace Storydesk
