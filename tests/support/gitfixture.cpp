#include "gitfixture.h"

#include "testfiles.h"

#include <QDebug>
#include <QDir>

namespace Storydesk::GitFixture {

void isolateFromUserConfig()
{
    qputenv("GIT_CONFIG_GLOBAL", "/dev/null");
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qunsetenv("GIT_AUTHOR_NAME");
    qunsetenv("GIT_AUTHOR_EMAIL");
    qunsetenv("GIT_COMMITTER_NAME");
    qunsetenv("GIT_COMMITTER_EMAIL");
    qunsetenv("EMAIL");
}

GitResult git(const QString &dir, const QStringList &arguments, const QByteArray &input)
{
    GitProcess process(dir);
    process.setTimeout(60000);
    return process.run(arguments, input);
}

bool run(const QString &dir, const QStringList &arguments)
{
    const GitResult result = git(dir, arguments);
    if (!result.ok())
        qWarning().noquote() << "git" << arguments.join(QLatin1Char(' ')) << "in" << dir << "failed:" << result.errorText();
    return result.ok();
}

bool setIdentity(const QString &dir, const QString &name)
{
    const QString email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@newsroom.example");
    return run(dir, {QStringLiteral("config"), QStringLiteral("user.name"), name})
        && run(dir, {QStringLiteral("config"), QStringLiteral("user.email"), email})
        && run(dir, {QStringLiteral("config"), QStringLiteral("commit.gpgsign"), QStringLiteral("false")});
}

bool commitFiles(const QString &dir, const QMap<QString, QByteArray> &files, const QString &message)
{
    QStringList paths;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!TestFiles::write(QDir(dir).filePath(it.key()), it.value()))
            return false;
        paths.append(it.key());
    }
    return run(dir, QStringList{QStringLiteral("add"), QStringLiteral("--")} + paths)
        && run(dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
}

bool makeTeam(const QString &root, const QMap<QString, QByteArray> &files, Team *team)
{
    const QDir dir(root);
    team->remote = dir.filePath(QStringLiteral("remote.git"));
    team->a = dir.filePath(QStringLiteral("a"));
    team->b = dir.filePath(QStringLiteral("b"));
    if (!run(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"), QStringLiteral("main"), team->remote})
        || !run(root, {QStringLiteral("clone"), QStringLiteral("-q"), team->remote, team->a})
        || !setIdentity(team->a, QStringLiteral("Ana Ruiz"))
        || !run(team->a, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-B"), QStringLiteral("main")})
        || !commitFiles(team->a, files, QStringLiteral("First stories"))
        || !run(team->a, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("-u"), QStringLiteral("origin"), QStringLiteral("main")})
        || !run(root, {QStringLiteral("clone"), QStringLiteral("-q"), team->remote, team->b})
        || !setIdentity(team->b, QStringLiteral("Ben Ode")))
        return false;
    return true;
}

QByteArray story(const QString &title, bool published, int quality, const QStringList &topics, const QByteArray &body)
{
    QByteArray text = "---\ntitle: \"" + title.toUtf8() + "\"\npublished: " + (published ? "true" : "false")
        + "\nquality: " + QByteArray::number(quality) + "\n";
    if (!topics.isEmpty()) {
        text += "topics:\n";
        for (const QString &topic : topics)
            text += "  - " + topic.toUtf8() + "\n";
    }
    return text + "---\n" + body;
}

} // namespace Storydesk::GitFixture
