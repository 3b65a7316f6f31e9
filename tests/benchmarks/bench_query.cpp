// Evaluating filter queries over 100,000 generated stories (issue 9): the time to parse
// each query and to match it against every summary, on one core and chunked over every
// core as the table's proxy does. Stories are generated and summarized in memory (no
// disk), relative dates count from a fixed "now", so the match counts are reproducible.
//
//   bench_query [--size 100000] [--repeat 7]
#include "benchstats.h"
#include "corpusgenerator.h"
#include "storyfilter.h"
#include "summaryreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Storydesk;

using Bench::elapsedMs;
using Bench::median;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Stories."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per figure."), QStringLiteral("n"), QStringLiteral("7"));
    parser.addOptions({sizeOption, repeatOption});
    parser.process(app);
    const int size = parser.value(sizeOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const CorpusGenerator generator;
    QList<int> indices(size);
    std::iota(indices.begin(), indices.end(), 0);
    const QList<StorySummary> stories = QtConcurrent::blockingMapped(indices, [&generator](int i) {
        return SummaryReader::fromBytes(CorpusGenerator::relativePath(i), generator.story(i));
    });
    out << "stories " << stories.size() << " (generated and summarized in " << elapsedMs(timer) << " ms, "
        << QThread::idealThreadCount() << " cores)\n";

    // The corpus spans 2019-2023: "now" is the start of 2024.
    const QDateTime now(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const QStringList queries = {
        QStringLiteral("facial"),
        QStringLiteral("\"facial recognition\""),
        QStringLiteral("(topic:AI or topic:Robotics) -published:true not privacy"),
        QStringLiteral("date:>=2023-06-01"),
        QStringLiteral("date:<90d"),
        QStringLiteral("(title:court or excerpt:council) quality:>=60 -is:invalid or related:>2 has:image date:2022"),
    };
    constexpr int ChunkSize = 4096; // as StorySortFilterProxyModel
    QList<int> chunks;
    for (int first = 0; first < size; first += ChunkSize)
        chunks.append(first);

    for (const QString &query : queries) {
        QList<double> parseTimes;
        StoryFilter filter;
        for (int r = 0; r < 1000; ++r) {
            QElapsedTimer t;
            t.start();
            filter = StoryFilter::parse(query, nullptr, now);
            parseTimes.append(double(t.nsecsElapsed()) / 1e3);
        }
        QList<double> single;
        QList<double> parallel;
        int matches = 0;
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer t;
            t.start();
            int count = 0;
            for (const StorySummary &story : stories)
                count += filter.matches(story);
            single.append(elapsedMs(t));
            matches = count;

            std::vector<char> result(size_t(size), 0);
            t.start();
            QtConcurrent::blockingMap(chunks, [&](int first) {
                const int last = std::min(size, first + ChunkSize);
                for (int row = first; row < last; ++row)
                    result[size_t(row)] = filter.matches(stories.at(row));
            });
            parallel.append(elapsedMs(t));
            if (std::count(result.cbegin(), result.cend(), 1) != matches) {
                QTextStream(stderr) << "parallel and single-core counts differ for " << query << '\n';
                return 1;
            }
        }
        out << "query: " << query << '\n'
            << "  matches " << matches << "  parse_us " << median(parseTimes) << "  one_core_ms " << median(single)
            << "  all_cores_ms " << median(parallel) << "  one_core_runs_ms";
        for (const double t : single)
            out << ' ' << t;
        out << '\n';
    }
    return 0;
}
