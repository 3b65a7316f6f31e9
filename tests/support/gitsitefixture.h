#pragma once

#include "gitprocess.h"
#include "sitegitstatus.h"
#include "storyfixture.h"

#include <QSignalSpy>
#include <QTest>

// A StoryFixture that is a git work tree: stories written, committed as "Ana Ruiz", then
// changed in the ways the views show (new, changed, conflict), and a SiteGitStatus that
// follows the store. The views' tests start from it.
class GitSiteFixture : public StoryFixture
{
public:
    static constexpr int Timeout = 30000;

    GitSiteFixture() { git.setRefreshDelay(std::chrono::milliseconds(0)); }

    // Runs git in the folder; false (with a warning) when it fails.
    bool run(const QStringList &arguments)
    {
        Storydesk::GitProcess process(path(QString()));
        process.setEnvironmentVariable(QStringLiteral("GIT_AUTHOR_DATE"), QStringLiteral("2026-03-01T09:30:00Z"));
        process.setEnvironmentVariable(QStringLiteral("GIT_COMMITTER_DATE"), QStringLiteral("2026-03-01T09:30:00Z"));
        const Storydesk::GitResult result = process.run(arguments);
        if (!result.ok())
            qWarning("git %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(result.errorText()));
        return result.ok();
    }

    bool init()
    {
        return run({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")})
            && run({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ana Ruiz")})
            && run({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("ana@example.org")});
    }

    bool commitAll(const QString &message = QStringLiteral("Stories"))
    {
        return run({QStringLiteral("add"), QStringLiteral("-A")})
            && run({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
    }

    // Loads the folder with the git state following the store, and waits for both.
    bool loadWithGit()
    {
        git.followStore(&store);
        QSignalSpy refreshed(&git, &Storydesk::SiteGitStatus::refreshed);
        if (!load())
            return false;
        // The first run finds the repository; the one after the load reads the states.
        return QTest::qWaitFor([&] { return refreshed.count() >= 1 && !git.isRefreshing() && git.isActive(); }, Timeout);
    }

    // Waits until the states settle after a change.
    bool settle()
    {
        git.refresh();
        QSignalSpy refreshed(&git, &Storydesk::SiteGitStatus::refreshed);
        return refreshed.wait(Timeout);
    }

    Storydesk::SiteGitStatus git;
};
