// The app at the floor (issue 19): the main window reopening a folder of generated stories
// from a warm index, against the time `find` takes to stat the same files in the same run;
// the memory the loaded window holds; Select All up to the form showing the mixed state; and
// the CPU an idle loaded window uses. Each measurement runs in a fresh child process, so
// memory and caches are that run's own. Prints `figure <name> <value> <unit>` lines (medians)
// for tests/benchmarks/floor.sh (see the floor protocol note), and `# ...` lines of detail.
//
//   bench_appfloor [--corpus DIR] [--count 100000] [--runs 3] [--idle-seconds 60] [--sweep-seconds 30]
#include "benchstats.h"
#include "corpusgenerator.h"
#include "duplicateindex.h"
#include "mainwindow.h"
#include "remembereddetection.h"
#include "storyindex.h"
#include "storystore.h"
#include "userprompts.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <chrono>

#include <time.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Storydesk;
using namespace Storydesk::Bench;

namespace {

// The window must not wait for anyone: every question is answered "later" or "cancel".
class SilentPrompts final : public UserPrompts
{
public:
    ConflictChoice askConflict(const QString &) override { return ConflictChoice::Cancel; }
    UnsavedChoice askUnsaved(const QStringList &) override { return UnsavedChoice::Cancel; }
    RecoveryChoice askRecovery(const QList<RecoveryEntry> &, const QStringList &) override { return RecoveryChoice::Later; }
    void showError(const QString &, const QString &) override {}
};

// CPU time of the calling thread: what the UI thread spent, whatever the machine's load.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double currentRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

void figure(QTextStream &out, const char *name, double value, const char *unit)
{
    out << "figure " << name << ' ' << QString::number(value, 'f', 1) << ' ' << unit << '\n';
    out.flush();
}

// Waits in the event loop until `done` holds or `timeoutMs` passed; false on the timeout.
// Checks every 50 ms (processEvents() with a time limit would spin the CPU).
template<typename Done>
bool waitFor(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Runs the event loop for `ms` with nothing of this program's own waking it up.
void sitIdle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Where the summaries' memory goes: the heap blocks each member holds (shared data once).
void describeSummaries(QTextStream &out, const StoryStore &store)
{
    QSet<const void *> seen;
    const auto block = [&seen](const void *data, qsizetype bytes) -> double {
        if (!data || bytes <= 0 || seen.contains(data))
            return 0;
        seen.insert(data);
        return double(((bytes + 16 + 8 + 15) / 16) * 16);   // the header, malloc's size word, rounding
    };
    const auto text = [&block](const QString &s) { return s.isEmpty() ? 0.0 : block(s.constData(), s.capacity() * 2 + 2); };
    const auto utf8 = [&block](const QByteArray &s) { return s.isEmpty() ? 0.0 : block(s.constData(), s.capacity() + 1); };
    QMap<QString, double> bytes;
    for (int row = 0; row < store.count(); ++row) {
        const StorySummary &s = store.summary(row);
        bytes[QStringLiteral("path")] += text(s.path);
        bytes[QStringLiteral("title")] += text(s.title);
        bytes[QStringLiteral("excerpt")] += utf8(s.excerpt);
        bytes[QStringLiteral("urls")] += utf8(s.webUrl) + utf8(s.imageUrl) + utf8(s.providerLogoUrl);
        bytes[QStringLiteral("interned")] += text(s.category) + text(s.type) + text(s.providerName) + text(s.providerDomain);
        double topics = s.topics.isEmpty() ? 0 : block(s.topics.constData(), s.topics.capacity() * qsizetype(sizeof(QString)));
        for (const QString &topic : s.topics)
            topics += text(topic);
        bytes[QStringLiteral("topics")] += topics;
        bytes[QStringLiteral("problems")] += s.problems.isEmpty() ? 0 : block(s.problems.constData(), s.problems.capacity() * qsizetype(sizeof(Problem)));
        bytes[QStringLiteral("searchKey")] += s.searchKey.isEmpty() ? 0 : block(s.searchKey.constData(), s.searchKey.capacity() + 1);
        bytes[QStringLiteral("fields")] += utf8(s.fieldKeys) + utf8(s.fieldValues);   // keys interned: counted once
    }
    bytes[QStringLiteral("structs")] = double(store.count()) * double(sizeof(StorySummary) + 8);
    double total = 0;
    out << "# summaries (MiB):";
    for (auto it = bytes.cbegin(); it != bytes.cend(); ++it) {
        out << ' ' << it.key() << ' ' << QString::number(it.value() / 1048576.0, 'f', 1);
        total += it.value();
    }
    out << ", total " << QString::number(total / 1048576.0, 'f', 1) << ", sizeof(StorySummary) " << sizeof(StorySummary) << '\n';
}

#ifdef __GLIBC__
// Where the resident memory is: mapped files (code, fonts), and of the anonymous memory
// what the allocator hands out (blocks in use in its heaps, blocks mapped on their own) and
// what it holds freed; the rest of the anonymous memory is mostly freed heap pages that
// live blocks keep resident (fragmentation), and thread stacks.
void describeHeap(QTextStream &out)
{
    QFile rollup(QStringLiteral("/proc/self/smaps_rollup"));
    double anonymous = 0;
    double files = 0;
    if (rollup.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : rollup.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts.at(0) == "Anonymous:")
                anonymous = parts.at(1).toDouble() / 1024.0;
            else if (parts.size() >= 2 && parts.at(0) == "Pss_File:")
                files = parts.at(1).toDouble() / 1024.0;
        }
    }
    const struct mallinfo2 info = mallinfo2();
    const auto mib = [](std::size_t bytes) { return QString::number(double(bytes) / 1048576.0, 'f', 1); };
    out << "# heap (MiB): anonymous " << QString::number(anonymous, 'f', 1) << ", files " << QString::number(files, 'f', 1)
        << ", in use " << mib(info.uordblks) << " in the heaps + " << mib(info.hblkhd) << " mapped on their own, freed "
        << mib(info.fordblks) << " (resident or not) in " << mib(info.arena) << " of heaps\n";
}
#endif

// One child: opens `folder` in a main window and prints "key value" lines for the parent.
// `idleSeconds` > 0: afterwards measures the CPU the idle window uses over that time.
int runChild(const QString &folder, int count, int idleSeconds, int sweepSeconds)
{
    QTextStream out(stdout);
    MainWindow window;
    if (sweepSeconds > 0)   // as the store did before issue 19: every file stat'ed periodically
        window.store()->setSweepInterval(std::chrono::seconds(sweepSeconds));
    window.setPrompts(std::make_unique<SilentPrompts>());
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    StoryStore *store = window.store();
    auto *table = window.findChild<QTableView *>(QStringLiteral("storyTable"));
    if (!table) {
        QTextStream(stderr) << "no story table\n";
        return 1;
    }

    double firstRows = -1;
    bool finished = false;
    QElapsedTimer timer;
    QObject::connect(store, &StoryStore::storiesAdded, &window, [&] {
        if (firstRows < 0)
            firstRows = elapsedMs(timer);
    });
    double verified = -1;   // taken in the slot: waitFor() looks only every 50 ms
    QObject::connect(store, &StoryStore::loadFinished, &window, [&] {
        finished = true;
        verified = elapsedMs(timer);
    });
    timer.start();
    const double cpuBeforeOpen = threadCpuMs();
    if (!window.openFolder(folder)) {
        QTextStream(stderr) << "cannot open " << folder << '\n';
        return 1;
    }
    // What the UI thread spends before the load runs on its own (the field map, the window's
    // reactions to loadStarted): the part of the first rows no worker can take.
    out << "# openFolder returned after " << elapsedMs(timer) << " ms, " << threadCpuMs() - cpuBeforeOpen << " ms of UI-thread CPU\n";
    if (!waitFor([&] { return finished; }, 30 * 60 * 1000)) {
        QTextStream(stderr) << "the load did not finish\n";
        return 1;
    }
    if (store->count() != count) {
        QTextStream(stderr) << "loaded " << store->count() << " stories, expected " << count << '\n';
        return 1;
    }
    out << "first_rows_ms " << firstRows << "\nverified_ms " << verified << '\n';
    store->waitForIndex();
    // The duplicate finder runs once after a load: a one-off job, bounded on its own
    // (bench_duplicates). The loaded window is measured once it is done.
    if (const auto *duplicates = window.findChild<DuplicateIndex *>()) {
        QElapsedTimer settle;
        settle.start();
        const double cpuBefore = processCpuMs();
        const bool settled = waitFor([duplicates] { return !duplicates->isUpdating(); }, 10 * 60 * 1000);
        out << "# duplicates " << (settled ? "found" : "still finding") << " after " << settle.elapsed() << " ms more, "
            << processCpuMs() - cpuBefore << " ms of CPU\n";
    }
    // What the loaded window holds once the load's transient buffers are gone (the first
    // rescan after a load compares every file with the disk once more).
    sitIdle(5000);
    out << "rss_mib " << currentRssMiB() << "\npeak_rss_mib " << peakRssMiB() << '\n';
    describeSummaries(out, *store);
#ifdef __GLIBC__
    describeHeap(out);
    // How much of that is memory freed but still held by the allocator.
    malloc_trim(0);
    out << "rss_trimmed_mib " << currentRssMiB() << '\n';
#endif

    // Select All, as Ctrl+A in the table does, up to the form showing the selection.
    table->setFocus();
    QCoreApplication::processEvents();
    QElapsedTimer selectTimer;
    const double selectCpuBefore = threadCpuMs();
    selectTimer.start();
    table->selectAll();
    QCoreApplication::processEvents();   // what the selection change posted (the form's refresh)
    const double selectAll = elapsedMs(selectTimer);
    out << "select_all_cpu_ms " << threadCpuMs() - selectCpuBefore << '\n';
    auto *published = window.findChild<QCheckBox *>(QStringLiteral("publishedCheckBox"));
    auto *title = window.findChild<QLabel *>(QStringLiteral("titleLabel"));
    out << "select_all_ms " << selectAll << '\n';
    out << "# form: " << (title ? title->text() : QStringLiteral("?")) << ", published "
        << (published ? int(published->checkState()) : -1) << '\n';
    if (!published || published->checkState() != Qt::PartiallyChecked) {
        QTextStream(stderr) << "the form does not show the mixed published state\n";
        return 1;
    }
    table->clearSelection();
    QCoreApplication::processEvents();
    // Again: the first Select All after a load also builds the store's path look-up, once.
    table->setCurrentIndex(table->model()->index(0, 0));
    QCoreApplication::processEvents();
    const double againCpuBefore = threadCpuMs();
    selectTimer.restart();
    table->selectAll();
    QCoreApplication::processEvents();
    out << "select_all_again_ms " << elapsedMs(selectTimer) << "\nselect_all_again_cpu_ms " << threadCpuMs() - againCpuBefore << '\n';
    table->clearSelection();
    QCoreApplication::processEvents();

    if (idleSeconds > 0) {
        // The duplicate finder runs once after a load: a one-off job, bounded on its own
        // (bench_duplicates), not idle work. Wait for it, then let the rest settle and sit idle.
        sitIdle(3000);
        const double cpuBefore = processCpuMs();
        sitIdle(idleSeconds * 1000);
        const double cpu = processCpuMs() - cpuBefore;
        out << "idle_cpu_ms_per_min " << cpu * 60.0 / idleSeconds << '\n';
    }
    out.flush();
    return 0;
}

QHash<QString, double> runChildProcess(const QString &folder, int count, int idleSeconds, int sweepSeconds = 0)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child"), QStringLiteral("--corpus"), folder, QStringLiteral("--count"), QString::number(count),
                 QStringLiteral("--idle-seconds"), QString::number(idleSeconds), QStringLiteral("--sweep-seconds"),
                 QString::number(sweepSeconds)});
    child.waitForFinished(-1);
    QHash<QString, double> values;
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return values;
    QTextStream out(stdout);
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (line.startsWith('#')) {
            out << line << '\n';
            continue;
        }
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            values.insert(QString::fromLatin1(parts.at(0)), parts.at(1).toDouble());
    }
    return values;
}

double statFloorMs(const QString &folder)
{
    QProcess find;
    find.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    find.start(QStringLiteral("find"), {folder, QStringLiteral("-name"), QStringLiteral("*.md"), QStringLiteral("-printf"),
                                        QStringLiteral("%s %T@ %i\\n")});
    find.waitForFinished(-1);
    return elapsedMs(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Its own settings, journal and index cache: the user's app is left alone.
    QCoreApplication::setOrganizationName(QStringLiteral("Storydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("storydesk-bench-appfloor"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), QStringLiteral("The folder of stories (generated when missing)."),
                                          QStringLiteral("dir"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Stories."), QStringLiteral("n"),
                                         QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."), QStringLiteral("n"),
                                        QStringLiteral("3"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"), QStringLiteral("How long the idle window is measured."),
                                        QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption sweepOption(QStringLiteral("sweep-seconds"),
                                         QStringLiteral("Also measure an idle window with the old periodic sweep (0: not)."),
                                         QStringLiteral("s"), QStringLiteral("0"));
    const QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("Internal: one measuring run."));
    parser.addOptions({corpusOption, countOption, runsOption, idleOption, sweepOption, childOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int idleSeconds = qMax(0, parser.value(idleOption).toInt());

    QTemporaryDir temporary;
    const QString folder = QDir::cleanPath(
        QDir(parser.isSet(corpusOption) ? parser.value(corpusOption) : temporary.filePath(QString::number(count))).absolutePath());
    const int sweepSeconds = qMax(0, parser.value(sweepOption).toInt());
    if (parser.isSet(childOption))
        return runChild(folder, count, idleSeconds, sweepSeconds);

    QTextStream out(stdout);
    out << "# " << count << " stories in " << folder << ", " << QThread::idealThreadCount() << " cores\n";
    if (!QFileInfo::exists(QDir(folder).filePath(CorpusGenerator::relativePath(count - 1)))) {
        if (CorpusGenerator().write(folder, count).size() != count) {
            QTextStream(stderr) << "cannot write the corpus into " << folder << '\n';
            return 1;
        }
        out << "# generated the corpus\n";
    }
    const auto load = [] {
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        return loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().trimmed() : QByteArray();
    };
    out << "# load before: " << load() << '\n';
    out.flush();

    // The first open builds the window's index if it is missing (a cold load); later ones
    // reopen from it.
    if (!QFileInfo::exists(StoryIndex::fileFor(folder))) {
        if (runChildProcess(folder, count, 0).isEmpty())
            return 1;
        out << "# built the index " << StoryIndex::fileFor(folder) << '\n';
    }
    // A reopen takes the field detection remembered from the last open (FolderFields) and
    // checks it after the first rows: an index left by an older build has none yet.
    if (const QString memory = RememberedDetection::fileFor(StoryIndex::directory(), folder); !QFileInfo::exists(memory)) {
        if (runChildProcess(folder, count, 0).isEmpty())
            return 1;
        out << "# remembered the field detection in " << memory << '\n';
    }

    QList<double> floor, first, verified, rss, peak, selectAll, selectAllCpu, selectAgain, selectAgainCpu, idle;
    for (int r = 0; r < runs; ++r) {
        floor.append(statFloorMs(folder));
        // The idle minute is measured once, in the last run.
        const QHash<QString, double> values = runChildProcess(folder, count, r == runs - 1 ? idleSeconds : 0);
        if (values.isEmpty())
            return 1;
        first.append(values.value(QStringLiteral("first_rows_ms")));
        verified.append(values.value(QStringLiteral("verified_ms")));
        rss.append(values.value(QStringLiteral("rss_mib")));
        peak.append(values.value(QStringLiteral("peak_rss_mib")));
        selectAll.append(values.value(QStringLiteral("select_all_ms")));
        selectAllCpu.append(values.value(QStringLiteral("select_all_cpu_ms")));
        selectAgain.append(values.value(QStringLiteral("select_all_again_ms")));
        selectAgainCpu.append(values.value(QStringLiteral("select_all_again_cpu_ms")));
        if (values.contains(QStringLiteral("idle_cpu_ms_per_min")))
            idle.append(values.value(QStringLiteral("idle_cpu_ms_per_min")));
        out << "# run " << r + 1 << ": rss after malloc_trim " << values.value(QStringLiteral("rss_trimmed_mib")) << " MiB\n";
        out << "# run " << r + 1 << ": floor " << floor.last() << " ms, first rows " << first.last() << " ms, verified "
            << verified.last() << " ms, rss " << rss.last() << " MiB (peak " << peak.last() << "), select all "
            << selectAll.last() << " ms\n";
        out.flush();
    }
    if (sweepSeconds > 0 && idleSeconds > 0) {
        // For comparison: the same idle window with the sweep the store used to run.
        const QHash<QString, double> values = runChildProcess(folder, count, idleSeconds, sweepSeconds);
        out << "# idle with a " << sweepSeconds << " s sweep: " << values.value(QStringLiteral("idle_cpu_ms_per_min"), -1)
            << " ms of CPU a minute\n";
    }
    out << "# load after: " << load() << '\n';
    const double statFloor = median(floor);
    figure(out, "stat_floor_ms", statFloor, "ms");
    figure(out, "warm_first_rows_ms", median(first), "ms");
    figure(out, "warm_verified_ms", median(verified), "ms");
    figure(out, "loaded_rss_mib", median(rss), "mib");
    figure(out, "loaded_peak_rss_mib", median(peak), "mib");
    figure(out, "select_all_form_ms", median(selectAll), "ms");
    figure(out, "select_all_form_cpu_ms", median(selectAllCpu), "ms");   // the UI thread's CPU: the figure on a loaded machine
    figure(out, "select_all_again_ms", median(selectAgain), "ms");
    figure(out, "select_all_again_cpu_ms", median(selectAgainCpu), "ms");
    if (!idle.isEmpty())
        figure(out, "idle_cpu_ms_per_min", median(idle), "ms_per_min");
    out << "# ratios: first rows " << median(first) / statFloor << "x the stat floor (goal 0.3), verified "
        << median(verified) / statFloor << "x (goal 2)\n";
    return 0;
}
