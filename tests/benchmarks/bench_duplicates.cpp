// Finding duplicates among 100,000 generated stories: the median time of DuplicateFinder
// over realistic titles (distinct headlines from a large vocabulary, 2% planted duplicates:
// links with tracking parameters, titles with a word changed or a provider suffix), and
// over the generated corpus' headline shape (3,024 headlines shared by every story: the
// worst case for equal titles), and over distinct titles from a vocabulary of 150 words
// (the worst case for near-identical titles: no rare word prunes the candidates; one story
// in 100 repeats one of the 50 before it with a word added). Run it
// directly: bench_duplicates [COUNT].

#include "benchstats.h"
#include "duplicatefinder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>

using Storydesk::DuplicateFinder;
using namespace Storydesk::Bench;

namespace {

constexpr int Runs = 5;

// A pronounceable invented word: vocabularies of real headlines have many rare words.
QString word(QRandomGenerator &random)
{
    static const char *syllables[] = {"ka", "lo", "mi", "ren", "tos", "ve", "dra", "no", "sil", "pa", "qu", "est", "ur", "zi", "bel", "co"};
    QString w;
    const int count = 1 + random.bounded(3);
    for (int i = 0; i < count; ++i)
        w += QLatin1StringView(syllables[random.bounded(16)]);
    return w;
}

QList<DuplicateFinder::Story> realistic(int count)
{
    QRandomGenerator random(7);
    // 30,000 distinct words, as a year of headlines has (names, places, jargon).
    QStringList vocabulary;
    for (int i = 0; i < 30000; ++i)
        vocabulary.append(word(random) + QString::number(i, 36));
    const auto pick = [&] {
        // Zipf-like: a few words are everywhere ("the", "says"), most are rare.
        const double u = random.generateDouble();
        return vocabulary.at(int(std::pow(u, 3.0) * vocabulary.size()));
    };
    QList<DuplicateFinder::Story> stories;
    stories.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString provider = QStringLiteral("Provider %1").arg(i % 40);
        if (i > 100 && random.bounded(100) < 2) {
            // A duplicate of an earlier story.
            DuplicateFinder::Story copy = stories.at(random.bounded(i));
            copy.path = QStringLiteral("/site/stories/%1.md").arg(i);
            switch (random.bounded(3)) {
            case 0: copy.webUrl += "?utm_source=rss&utm_medium=feed"; copy.title = pick() + QLatin1Char(' ') + pick() + QLatin1Char(' ') + pick(); break;
            case 1: { QStringList words = copy.title.split(QLatin1Char(' ')); words[random.bounded(int(words.size()))] = pick(); copy.title = words.join(QLatin1Char(' ')); copy.webUrl = QStringLiteral("https://mirror.example/%1").arg(i).toUtf8(); break; }
            default: copy.title += QStringLiteral(" - ") + copy.providerName; copy.webUrl = QStringLiteral("https://mirror.example/%1").arg(i).toUtf8(); break;
            }
            stories.append(copy);
            continue;
        }
        QStringList title;
        const int length = 6 + random.bounded(7);
        for (int w = 0; w < length; ++w)
            title.append(pick());
        stories.append({QStringLiteral("/site/stories/%1.md").arg(i), QStringLiteral("https://www.news%1.example/articles/%2").arg(i % 40).arg(i).toUtf8(),
                        title.join(QLatin1Char(' ')), provider, QStringLiteral("news%1.example").arg(i % 40)});
    }
    return stories;
}

// The headline shape of CorpusGenerator: subject, verb, object from small lists.
QList<DuplicateFinder::Story> headlines(int count)
{
    const QStringList subjects = QStringLiteral("Detroit|A Hospital Network|The City Council|Regulators|A Startup|Researchers|The European Union|"
                                                "A Chipmaker|Engineers|Teachers|Farmers|Montréal|São Paulo|A Carmaker|The Navy|Investors|Librarians|A Bank")
                                     .split(QLatin1Char('|'));
    const QStringList verbs = QStringLiteral("Renews|Drops|Tests|Bans|Expands|Audits|Questions|Adopts|Pauses|Funds|Opens|Rethinks").split(QLatin1Char('|'));
    const QStringList objects = QStringLiteral("Facial Recognition Contract|Chatbot Pilot|Robot Fleet|Data-Sharing Deal|Model Audit|Self-Driving Trial|"
                                               "Vision System|Research Lab|Cloud Migration|Privacy Rules|Drone Program|Translation Service|Café Robots|Naïve Bayes Filter")
                                    .split(QLatin1Char('|'));
    QRandomGenerator random(20200930);
    QList<DuplicateFinder::Story> stories;
    stories.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString title = subjects.at(random.bounded(int(subjects.size()))) + QLatin1Char(' ') + verbs.at(random.bounded(int(verbs.size())))
            + QLatin1Char(' ') + objects.at(random.bounded(int(objects.size())));
        stories.append({QStringLiteral("/site/stories/%1.md").arg(i), QStringLiteral("https://www.news.example/articles/%1").arg(i).toUtf8(), title,
                        QStringLiteral("Wire"), QStringLiteral("wire.example")});
    }
    return stories;
}

// Distinct titles of 6 to 12 words from 150 common ones, as templated or generated
// headlines have: every word is frequent, so no word is rare enough to prune candidates.
QList<DuplicateFinder::Story> smallVocabulary(int count)
{
    QRandomGenerator random(150);
    QStringList vocabulary;
    for (int i = 0; i < 150; ++i)   // letters only: a word with a digit counts as a number
        vocabulary.append(word(random) + QChar(u'a' + i % 26) + QChar(u'a' + i / 26));
    QList<DuplicateFinder::Story> stories;
    stories.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString title;
        if (i > 0 && i % 100 == 0) {
            // A planted near-duplicate: a story of the last hour with one word more.
            title = stories.at(i - 1 - random.bounded(qMin(i, 50))).title + QLatin1Char(' ') + vocabulary.at(random.bounded(int(vocabulary.size())));
        } else {
            QStringList words;
            const int length = 6 + random.bounded(7);
            for (int w = 0; w < length; ++w)
                words.append(vocabulary.at(random.bounded(int(vocabulary.size()))));
            title = words.join(QLatin1Char(' '));
        }
        stories.append({QStringLiteral("/site/stories/%1.md").arg(i), QStringLiteral("https://www.news.example/articles/%1").arg(i).toUtf8(),
                        title, QStringLiteral("Wire"), QStringLiteral("wire.example")});
    }
    return stories;
}

void measure(const char *name, const QList<DuplicateFinder::Story> &stories)
{
    QList<double> times;
    QList<double> cpu;
    qsizetype groups = 0;
    qsizetype grouped = 0;
    DuplicateFinder::Stats stats;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = processCpuMs();
        stats = {};
        const QList<DuplicateFinder::Group> found = DuplicateFinder::find(stories, &stats);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(processCpuMs() - cpuStart);
        groups = found.size();
        grouped = 0;
        for (const DuplicateFinder::Group &g : found)
            grouped += g.paths.size();
    }
    std::printf("%-30s %7lld stories: median %8.1f ms wall, %8.1f ms CPU over %d runs (min %.1f, max %.1f wall); %lld groups, %lld stories grouped; "
                "%lld title comparisons, %lld candidates past the bound\n",
                name, static_cast<long long>(stories.size()), median(times), median(cpu), Runs, *std::min_element(times.cbegin(), times.cend()),
                *std::max_element(times.cbegin(), times.cend()), static_cast<long long>(groups), static_cast<long long>(grouped),
                static_cast<long long>(stats.titleComparisons), static_cast<long long>(stats.candidatesSkipped));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    measure("distinct headlines", realistic(count));
    measure("corpus generator headlines", headlines(count));
    measure("small vocabulary (worst case)", smallVocabulary(count));
    return 0;
}
