// Loads, sorts and filters generated folders of 10,000 and 100,000 stories through the
// store, the table model, the proxy and a table view, and prints the figures the issue
// sets targets for. Each size runs in a child process so peak RSS is that size's own.
//
//   bench_storyload                      generate into a temporary folder, run both sizes
//   bench_storyload --sizes 100000 --repeat 5 --corpus DIR   reuse DIR/<size> if present
#include "benchstats.h"
#include "corpusgenerator.h"
#include "storysortfilterproxymodel.h"
#include "storystore.h"
#include "storytablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QMetaEnum>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTextStream>

#include <algorithm>

using namespace Storydesk;
using namespace Storydesk::Bench;

namespace {

// One size, in this process: prints "key value" lines for the parent.
int runChild(int size, const QString &folder, int repeat, bool loadOnly)
{
    QTextStream out(stdout);
    StoryStore store;
    store.setIndexEnabled(false); // a full parse each time; bench_index measures reopening
    StoryTableModel model(&store);
    StorySortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    // As the window shows it: newest first, in a visible table set up as MainWindow does.
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(StoryTableModel::Date, Qt::DescendingOrder);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.resize(1200, 800);
    view.show();

    QList<double> firstBatch;
    QList<double> loaded;
    QList<double> loadCpu;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        double first = -1;
        QEventLoop loop;
        const QMetaObject::Connection c1 = QObject::connect(&store, &StoryStore::storiesAdded, &loop, [&] {
            if (first < 0)
                first = elapsedMs(timer);
        });
        QObject::connect(&store, &StoryStore::loadFinished, &loop, &QEventLoop::quit);
        const double cpuBefore = processCpuMs();
        timer.start();
        store.openFolder(folder);
        loop.exec();
        QCoreApplication::processEvents();
        loaded.append(elapsedMs(timer));
        loadCpu.append(processCpuMs() - cpuBefore);
        firstBatch.append(first);
        QObject::disconnect(c1);
        if (store.count() != size) {
            QTextStream(stderr) << "loaded " << store.count() << " stories, expected " << size << '\n';
            return 1;
        }
    }
    out << "first_batch_ms " << median(firstBatch) << '\n';
    out << "loaded_ms " << median(loaded) << '\n';
    out << "load_cpu_ms " << median(loadCpu) << " (all threads; " << QThread::idealThreadCount() << " cores)\n";
    out << "first_batch_runs_ms";
    for (const double t : firstBatch)
        out << ' ' << t;
    out << "\nloaded_runs_ms";
    for (const double t : loaded)
        out << ' ' << t;
    out << '\n';
    if (loadOnly) {
        out << "peak_rss_mib " << peakRssMiB() << '\n';
        return 0;
    }

    const QMetaEnum columns = QMetaEnum::fromType<StoryTableModel::Column>();
    for (int column = 0; column < StoryTableModel::ColumnCount; ++column) {
        // A click on the column's header, coming from another column each time, so every
        // measurement includes everything a first sort on that column costs.
        QList<double> times;
        for (int k = 0; k < 5; ++k) {
            proxy.sort((column + 1) % StoryTableModel::ColumnCount);
            QCoreApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            proxy.sort(column, k % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            QCoreApplication::processEvents();
            times.append(elapsedMs(timer));
        }
        out << "sort_" << columns.valueToKey(column) << "_ms " << median(times) << '\n';
    }

    // Typing into the filter field, then deleting it again, one keystroke at a time.
    proxy.sort(StoryTableModel::Date, Qt::DescendingOrder);
    QList<double> typing;
    QList<double> deleting;
    const QString word = QStringLiteral("facial");
    for (qsizetype n = 1; n <= word.size(); ++n) {
        QElapsedTimer timer;
        timer.start();
        proxy.setText(word.left(n));
        QCoreApplication::processEvents();
        typing.append(elapsedMs(timer));
    }
    const int matches = proxy.rowCount();
    for (qsizetype n = word.size() - 1; n >= 0; --n) {
        QElapsedTimer timer;
        timer.start();
        proxy.setText(word.left(n));
        QCoreApplication::processEvents();
        deleting.append(elapsedMs(timer));
    }
    QList<double> terms;
    for (const QString &text : {QStringLiteral("published:false"), QStringLiteral("topic:AI"), QStringLiteral("quality:>=60"),
                                QStringLiteral("provider:byteline.example"), QString()}) {
        QElapsedTimer timer;
        timer.start();
        proxy.setText(text);
        QCoreApplication::processEvents();
        terms.append(elapsedMs(timer));
    }
    out << "filter_typing_ms " << median(typing) << '\n';
    out << "filter_typing_max_ms " << *std::max_element(typing.cbegin(), typing.cend()) << '\n';
    out << "filter_deleting_ms " << median(deleting) << '\n';
    out << "filter_deleting_max_ms " << *std::max_element(deleting.cbegin(), deleting.cend()) << '\n';
    out << "filter_terms_ms " << median(terms) << '\n';
    out << "filter_keystrokes_ms";
    for (const double t : typing + deleting + terms)
        out << ' ' << t;
    out << '\n';
    out << "filter_matches " << matches << '\n';
    out << "peak_rss_mib " << peakRssMiB() << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Folder sizes."), QStringLiteral("list"),
                                         QStringLiteral("10000,100000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Loads per size (median)."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), QStringLiteral("Keep generated folders here."),
                                          QStringLiteral("dir"));
    const QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("Internal: run one size."),
                                         QStringLiteral("size"));
    const QCommandLineOption loadOnlyOption(QStringLiteral("load-only"), QStringLiteral("Measure loading only (for profiling)."));
    parser.addOptions({sizesOption, repeatOption, corpusOption, childOption, loadOnlyOption});
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Internal: the folder for --child."));
    parser.process(app);
    const int repeat = qMax(1, parser.value(repeatOption).toInt());

    if (parser.isSet(childOption))
        return runChild(parser.value(childOption).toInt(), parser.positionalArguments().value(0), repeat,
                        parser.isSet(loadOnlyOption));

    QTemporaryDir temporary;
    const QString corpusRoot = parser.isSet(corpusOption) ? parser.value(corpusOption) : temporary.path();
    QTextStream out(stdout);
    int status = 0;
    for (const QString &sizeText : parser.value(sizesOption).split(QLatin1Char(','))) {
        const int size = sizeText.toInt();
        const QString folder = QDir(corpusRoot).filePath(QString::number(size));
        if (!QFileInfo::exists(QDir(folder).filePath(CorpusGenerator::relativePath(size - 1)))) {
            QElapsedTimer timer;
            timer.start();
            if (CorpusGenerator().write(folder, size).size() != size) {
                QTextStream(stderr) << "cannot write the corpus into " << folder << '\n';
                return 1;
            }
            out << "# generated " << size << " stories in " << folder << " (" << timer.elapsed() << " ms)\n";
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments{QStringLiteral("--child"), QString::number(size), QStringLiteral("--repeat"),
                              QString::number(repeat), folder};
        if (parser.isSet(loadOnlyOption))
            arguments.append(QStringLiteral("--load-only"));
        child.start(QCoreApplication::applicationFilePath(), arguments);
        child.waitForFinished(-1);
        out << "== " << size << " stories (median of " << repeat << " loads; sorts median of 5) ==\n"
            << child.readAllStandardOutput();
        out.flush();
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            status = 1;
    }
    return status;
}
