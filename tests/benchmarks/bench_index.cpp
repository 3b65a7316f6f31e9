// Reopening a folder of generated stories from a warm index (issue 10): time to the first
// rows and to a fully verified folder with no file changed and with 1,000 changed, the
// index's size on disk, and `storydesk-cli list` over the unchanged folder. Wall-clock
// medians and the CPU time they cost (the machine is shared).
//
//   bench_index [--size 100000] [--changed 1000] [--repeat 5] [--corpus DIR]
#include "benchstats.h"
#include "corpusgenerator.h"
#include "storyindex.h"
#include "storystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Storydesk;
using namespace Storydesk::Bench;

namespace {

struct Open
{
    double firstRowsMs = -1;
    double verifiedMs = 0;
    double cpuMs = 0;
    int count = 0;
};

Open openOnce(const QString &folder)
{
    Open result;
    StoryStore store;
    QEventLoop loop;
    QElapsedTimer timer;
    QObject::connect(&store, &StoryStore::storiesAdded, &loop, [&] {
        if (result.firstRowsMs < 0)
            result.firstRowsMs = elapsedMs(timer);
    });
    QObject::connect(&store, &StoryStore::loadFinished, &loop, &QEventLoop::quit);
    const double cpuBefore = processCpuMs();
    timer.start();
    store.openFolder(folder);
    loop.exec();
    result.verifiedMs = elapsedMs(timer);
    result.cpuMs = processCpuMs() - cpuBefore;
    result.count = store.count();
    store.waitForIndex(); // the next open reads what this one wrote
    return result;
}

void report(QTextStream &out, const QString &name, const QList<Open> &runs)
{
    QList<double> first, verified, cpu;
    for (const Open &o : runs) {
        first.append(o.firstRowsMs);
        verified.append(o.verifiedMs);
        cpu.append(o.cpuMs);
    }
    out << name << "_first_rows_ms " << median(first) << '\n'
        << name << "_verified_ms " << median(verified) << '\n'
        << name << "_cpu_ms " << median(cpu) << '\n'
        << name << "_verified_runs_ms";
    for (double v : verified)
        out << ' ' << v;
    out << '\n';
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Stories."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption changedOption(QStringLiteral("changed"), QStringLiteral("Files changed before a reopen."),
                                           QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per figure (median)."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), QStringLiteral("Keep generated folders here."),
                                          QStringLiteral("dir"));
    parser.addOptions({sizeOption, changedOption, repeatOption, corpusOption});
    parser.process(app);
    const int size = parser.value(sizeOption).toInt();
    const int changed = qMin(size, parser.value(changedOption).toInt());
    const int repeat = qMax(1, parser.value(repeatOption).toInt());

    QTemporaryDir temporary;
    const QString root = parser.isSet(corpusOption) ? parser.value(corpusOption) : temporary.path();
    const QString folder = QDir::cleanPath(QDir(root).absoluteFilePath(QString::number(size)));
    QTextStream out(stdout);
    const CorpusGenerator generator;
    if (!QFileInfo::exists(QDir(folder).filePath(CorpusGenerator::relativePath(size - 1)))) {
        if (generator.write(folder, size).size() != size) {
            QTextStream(stderr) << "cannot write the corpus into " << folder << '\n';
            return 1;
        }
        out << "# generated " << size << " stories in " << folder << '\n';
    }
    // The index where the CLI (run below) keeps it too: the user's cache location.
    StoryIndex::remove(folder);
    out << "# index " << StoryIndex::fileFor(folder) << '\n';

    const Open build = openOnce(folder);
    out << "cold_build_verified_ms " << build.verifiedMs << "\ncold_build_cpu_ms " << build.cpuMs << '\n';

    QList<Open> unchanged;
    for (int r = 0; r < repeat; ++r) {
        unchanged.append(openOnce(folder));
        if (unchanged.last().count != size) {
            QTextStream(stderr) << "reopened " << unchanged.last().count << " stories, expected " << size << '\n';
            return 1;
        }
    }
    report(out, QStringLiteral("reopen_unchanged"), unchanged);

    QList<Open> someChanged;
    for (int r = 0; r < repeat; ++r) {
        // Different stories at the same paths, spread over the folder.
        for (int k = 0; k < changed; ++k) {
            const int index = int(qint64(k) * size / changed);
            QFile file(QDir(folder).filePath(CorpusGenerator::relativePath(index)));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return 1;
            file.write(generator.story(size + r * changed + k));
        }
        someChanged.append(openOnce(folder));
    }
    report(out, QStringLiteral("reopen_%1_changed").arg(changed), someChanged);

    const QString file = StoryIndex::fileFor(folder);
    const double indexMiB = double(QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size()) / (1024.0 * 1024.0);
    out << "index_size_mib " << indexMiB << '\n';

    // storydesk-cli list with a warm index (its first run builds the CLI's own index when missing).
    QList<double> cli, cliCpu;
    for (int r = 0; r <= repeat; ++r) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const double cpuBefore = childrenCpuMs();
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(STORYDESK_CLI_PATH), {QStringLiteral("list"), folder});
        process.waitForFinished(-1);
        const double ms = elapsedMs(timer);
        if (process.exitCode() != 0) {
            QTextStream(stderr) << "storydesk-cli list failed\n";
            return 1;
        }
        if (r == 0) {
            out << "cli_list_first_run_ms " << ms << '\n';
            continue;
        }
        cli.append(ms);
        cliCpu.append(childrenCpuMs() - cpuBefore);
    }
    out << "cli_list_warm_ms " << median(cli) << "\ncli_list_warm_cpu_ms " << median(cliCpu) << '\n';
    return 0;
}
