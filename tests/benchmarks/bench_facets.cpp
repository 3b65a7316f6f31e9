// Facet counts and facet matching over generated story summaries (in memory: the figures
// are the counting's own, not the disk's). Prints medians.
//
//   bench_facets [--stories 100000] [--repeat 7]
#include "benchstats.h"
#include "facetselection.h"
#include "parallelrows.h"
#include "storyfacets.h"
#include "topicindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <random>

using namespace Storydesk;
using namespace Storydesk::Bench;

namespace {

// Stories shaped like a newsroom's: 2,000 topics (a few common), 300 providers, three
// years of dates, a tenth without quality.
QList<StorySummary> generate(int count)
{
    std::mt19937 random(20200930);
    QStringList topics;
    for (int i = 0; i < 2000; ++i)
        topics.append(QStringLiteral("Topic %1").arg(i));
    QStringList providers;
    for (int i = 0; i < 300; ++i)
        providers.append(QStringLiteral("Provider %1").arg(i));
    const QStringList categories{QStringLiteral("news"), QStringLiteral("analysis"), QStringLiteral("opinion")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<StorySummary> stories;
    stories.reserve(count);
    std::geometric_distribution<int> common(0.02);
    for (int i = 0; i < count; ++i) {
        StorySummary s;
        const int n = 1 + int(random() % 4);
        for (int t = 0; t < n; ++t)
            s.topics.append(topics.at(std::min(common(random), 1999)));
        s.providerName = providers.at(random() % 300);
        s.category = categories.at(random() % 3);
        s.quality = random() % 10 == 0 ? -1 : qint16(random() % 101);
        s.published = random() % 3 == 0 ? StorySummary::Published::Yes : StorySummary::Published::No;
        s.publishedDateTime = now.addSecs(-qint64(random() % (3 * 365 * 24 * 3600)));
        stories.append(std::move(s));
    }
    return stories;
}

void readAllFacets(const TopicIndex &index)
{
    for (int f = 0; f < FacetCount; ++f)
        (void)index.items(Facet(f));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("stories"), QStringLiteral("How many stories."), QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per figure."), QStringLiteral("n"), QStringLiteral("7")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("stories")).toInt();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    QTextStream out(stdout);

    const QList<StorySummary> stories = generate(count);
    TopicIndex index;
    QList<double> full, counting, incremental, listing, matching;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        index.clear();
        for (const StorySummary &story : stories)
            index.add(story);
        index.publish();
        const double counted = timer.nsecsElapsed() / 1e6;
        readAllFacets(index);
        full.append(timer.nsecsElapsed() / 1e6);
        counting.append(counted);

        // One story changed (as the store does: remove the old summary, add the new one),
        // then every facet's items read again, as the sidebar's refresh does.
        QList<double> changes;
        QList<double> reads;
        for (int i = 0; i < 101; ++i) {
            StorySummary changed = stories.at(i * 97 % count);
            changed.quality = qint16((changed.quality + 25) % 101);
            timer.restart();
            index.remove(stories.at(i * 97 % count));
            index.add(changed);
            index.publish();
            changes.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            readAllFacets(index);
            reads.append(timer.nsecsElapsed() / 1e6);
            index.remove(changed);
            index.add(stories.at(i * 97 % count));
        }
        incremental.append(median(changes));
        listing.append(median(reads));

        FacetSelection selection;
        selection.setItems(Facet::Topic, {QStringLiteral("Topic 0"), QStringLiteral("Topic 3")});
        selection.add(Facet::Quality, QStringLiteral("60-79"));
        selection.add(Facet::Date, QStringLiteral("30d"));
        timer.restart();
        const std::vector<char> matches = matchRowsInParallel(int(stories.size()), [&](int row) { return selection.matches(stories.at(row)); });
        matching.append(timer.nsecsElapsed() / 1e6);
        if (r == 0)
            out << "matching stories: " << std::count(matches.cbegin(), matches.cend(), char(1)) << "\n";
    }
    out << "stories: " << count << ", runs: " << repeat << ", threads: " << QThread::idealThreadCount() << "\n";
    out << "full recount (count every story):            " << median(counting) << " ms\n";
    out << "full recount + items of every facet:         " << median(full) << " ms\n";
    out << "incremental change of one story (count):     " << Qt::fixed << qSetRealNumberPrecision(4) << median(incremental) << " ms\n";
    out << "items of every facet after it (a refresh):   " << qSetRealNumberPrecision(2) << median(listing) << " ms\n";
    out << "facet selection over every story (parallel): " << median(matching) << " ms\n";
    return 0;
}
