// The site's git repository at newsroom scale (issue 17): one `git status` over 100,000
// generated stories (clean, and with 1,000 changed), and the commit and sync of 1,000
// changed stories (describe the changes field by field, commit exactly them, sync to push,
// sync the other clone to take them in). Wall-clock medians.
//
//   bench_git [--size 100000] [--changed 1000] [--repeat 5] [--corpus DIR]
#include "benchstats.h"
#include "corpusgenerator.h"
#include "gitcommit.h"
#include "gitfixture.h"
#include "gitrepository.h"
#include "gitstatus.h"
#include "gitsync.h"
#include "storychanges.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Storydesk;
using Bench::elapsedMs;
using Bench::median;

namespace {

// Changes the story's own quality (its first `quality:` line) to a value this round has not used.
bool changeQuality(const QString &file, int round)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = f.readAll();
    const qsizetype at = bytes.indexOf("\nquality: ");
    if (at < 0)
        return false;
    const qsizetype end = bytes.indexOf('\n', at + 1);
    bytes.replace(at + 10, end - at - 10, QByteArray::number(200 + round));
    f.resize(0);
    f.seek(0);
    return f.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Stories."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption changedOption(QStringLiteral("changed"), QStringLiteral("Stories changed per commit."), QStringLiteral("n"),
                                           QStringLiteral("1000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per figure (median)."), QStringLiteral("n"),
                                          QStringLiteral("5"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), QStringLiteral("Make the repositories here."), QStringLiteral("dir"));
    parser.addOptions({sizeOption, changedOption, repeatOption, corpusOption});
    parser.process(app);
    const int size = parser.value(sizeOption).toInt();
    const int changed = qMin(size, parser.value(changedOption).toInt());
    const int repeat = qMax(1, parser.value(repeatOption).toInt());

    GitFixture::isolateFromUserConfig();
    QTemporaryDir temporary;
    const QString root = parser.isSet(corpusOption) ? parser.value(corpusOption) : temporary.path();
    QDir().mkpath(root);
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Two clones of a remote; the corpus committed once in A, pushed, then cloned as B.
    QElapsedTimer timer;
    timer.start();
    GitFixture::Team team;
    if (!GitFixture::makeTeam(root, {{QStringLiteral("README.md"), "Site\n"}}, &team)) {
        err << "cannot make the repositories under " << root << '\n';
        return 1;
    }
    const QString siteA = team.a + QStringLiteral("/site");
    const QStringList files = CorpusGenerator().write(siteA, size);
    if (files.size() != size) {
        err << "cannot write the corpus\n";
        return 1;
    }
    // Without the fixture's timeout: a corpus this size takes minutes on a busy machine.
    auto run = [&err](const QString &dir, const QStringList &arguments) {
        const GitResult result = GitProcess(dir).run(arguments);
        if (!result.ok())
            err << "git " << arguments.join(QLatin1Char(' ')) << ": " << result.errorText() << '\n';
        return result.ok();
    };
    if (!run(team.a, {QStringLiteral("add"), QStringLiteral("site")})
        || !run(team.a, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Corpus")})
        || !run(team.a, {QStringLiteral("push"), QStringLiteral("-q")})
        || !run(team.b, {QStringLiteral("pull"), QStringLiteral("-q")})) {
        err << "cannot commit the corpus\n";
        return 1;
    }
    out << "setup (write, commit, push and pull " << size << " stories): " << qRound(elapsedMs(timer)) << " ms\n";

    const GitRepository a = GitRepository::open(siteA);
    const GitRepository b = GitRepository::open(team.b + QStringLiteral("/site"));

    QList<double> cleanStatus;
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        bool ok = false;
        const GitStatus status = GitStatus::read(a, nullptr, &ok);
        cleanStatus.append(elapsedMs(timer));
        if (!ok || !status.states().isEmpty()) {
            err << "status of the clean corpus failed\n";
            return 1;
        }
    }

    QList<double> changedStatus, describe, commit, push, pull;
    const int step = qMax(1, size / changed);
    for (int round = 0; round < repeat; ++round) {
        QStringList paths;
        for (int i = 0, n = 0; i < size && n < changed; i += step, ++n) {
            const QString path = CorpusGenerator::relativePath(i);
            if (!changeQuality(QDir(siteA).filePath(path), round)) {
                err << "cannot change " << path << '\n';
                return 1;
            }
            paths.append(path);
        }

        timer.restart();
        const GitStatus status = GitStatus::read(a);
        changedStatus.append(elapsedMs(timer));
        if (status.count(GitFileState::Changed) != paths.size()) {
            err << "status sees " << status.count(GitFileState::Changed) << " changed stories, not " << paths.size() << '\n';
            return 1;
        }

        // What the commit dialog and `storydesk-cli commit` show: HEAD's bytes against the file's.
        timer.restart();
        const QList<std::optional<QByteArray>> before = a.readFiles(QStringLiteral("HEAD"), paths);
        QList<std::pair<QString, StoryChanges>> changes;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            QFile file(QDir(siteA).filePath(paths.at(i)));
            file.open(QIODevice::ReadOnly);
            changes.append({paths.at(i), StoryChanges::between(before.value(i), file.readAll())});
        }
        const QString message = StoryChanges::commitMessage(changes);
        describe.append(elapsedMs(timer));

        timer.restart();
        const GitCommitResult committed = GitCommit::commit(a, paths, message);
        commit.append(elapsedMs(timer));
        if (!committed.ok() || committed.paths.size() != paths.size()) {
            err << "commit failed: " << committed.message << '\n';
            return 1;
        }

        timer.restart();
        const GitSyncResult pushed = GitSync::sync(a);
        push.append(elapsedMs(timer));
        if (!pushed.ok() || !pushed.pushed) {
            err << "sync (push) failed: " << pushed.message << ' ' << pushed.gitOutput << '\n';
            return 1;
        }

        timer.restart();
        const GitSyncResult pulled = GitSync::sync(b);
        pull.append(elapsedMs(timer));
        if (!pulled.ok() || pulled.incomingPaths.size() != paths.size()) {
            err << "sync (pull) failed: " << pulled.message << ' ' << pulled.gitOutput << '\n';
            return 1;
        }
        if (round == 0)
            out << "message: " << message.section(QLatin1Char('\n'), 0, 0) << '\n';
    }

    out << "stories: " << size << ", changed per commit: " << changed << ", runs: " << repeat << " (medians)\n";
    out << "status, clean:                     " << qRound(median(cleanStatus)) << " ms\n";
    out << "status, " << changed << " changed:               " << qRound(median(changedStatus)) << " ms\n";
    out << "describe changes + message:        " << qRound(median(describe)) << " ms\n";
    out << "commit exactly those paths:        " << qRound(median(commit)) << " ms\n";
    out << "sync A (fetch, push):              " << qRound(median(push)) << " ms\n";
    out << "sync B (fetch, merge, incoming):   " << qRound(median(pull)) << " ms\n";
    out << "peak memory: " << Bench::peakRssMiB() << " MiB\n";
    return 0;
}
