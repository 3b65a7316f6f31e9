// bench_engine: how fast the lossless engine parses and saves at newsroom scale.
//
// Generates N stories (default 10,000) in a temporary folder by varying the example story
// (titles, URLs, quality, heat, published, topics, 0-3 related entries; same shape), then
// prints plain figures: parse time per story over files already in memory, one
// load + set published + save per story, and throughput. No assertions on timings: the
// figures are for people. Usage: bench_engine [--keep] [STORY_COUNT] (--keep leaves the
// generated stories in place for inspection).

#include "benchstats.h"
#include "frontmatterdocument.h"
#include "storydocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Storydesk;
using namespace Storydesk::Bench;

namespace {

constexpr int maxRuns = 5;
constexpr qint64 runBudgetNs = 60LL * 1000 * 1000 * 1000;   // stop repeating slow phases after a minute

QByteArray readFile(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_engine: %s\n", qPrintable(message));
    std::exit(1);
}

// The example story cut into the parts that vary; everything else is kept byte for byte.
class StoryGenerator
{
public:
    explicit StoryGenerator(const QByteArray &example) : m_example(example)
    {
        const qsizetype relatedBegin = example.indexOf("\nrelated:\n");
        const qsizetype relatedEnd = example.indexOf("\n\nsecured:");
        if (relatedBegin < 0 || relatedEnd < relatedBegin)
            fail(QStringLiteral("the example story does not have the expected related/secured layout"));
        m_head = example.left(relatedBegin + 1);
        m_tail = example.mid(relatedEnd + 1);
        const QByteArray related = example.mid(relatedBegin + 1 + qsizetype(qstrlen("related:\n")),
                                               relatedEnd + 1 - (relatedBegin + 1 + qsizetype(qstrlen("related:\n"))));
        // Entries begin at "  - title:" lines.
        const QByteArray marker("  - title:");
        qsizetype at = related.indexOf(marker);
        while (at >= 0) {
            const qsizetype next = related.indexOf(QByteArray("\n" + marker), at);
            m_entries.append(related.mid(at, next < 0 ? -1 : next + 1 - at));
            at = next < 0 ? -1 : next + 1;
        }
        if (m_entries.size() != 2)
            fail(QStringLiteral("expected 2 related entries in the example story, found %1").arg(m_entries.size()));
    }

    QByteArray story(int i) const
    {
        static const char *const vocabulary[] = {"AI", "Computer Vision", "Policy", "Robotics", "Privacy", "Machine Learning",
                                                 "Ethics", "Healthcare", "Autonomous Vehicles", "Startups", "Research", "Regulation"};
        static const char *const words[] = {"Council", "Renews", "Facial", "Recognition", "Contract", "Vote", "Police", "City",
                                            "Software", "Critics", "Upgrade", "Maintenance", "“Quoted”", "Ümlaut", "&amp;"};
        constexpr int vocabularySize = int(sizeof(vocabulary) / sizeof(vocabulary[0]));
        constexpr int wordCount = int(sizeof(words) / sizeof(words[0]));

        QByteArray head = m_head;
        QByteArray title = "Story " + QByteArray::number(i) + ':';
        for (int w = 0; w < 3 + i % 9; ++w)
            title += ' ' + QByteArray(words[(i * 7 + w * 3) % wordCount]);
        replaceOnce(head, "title: \"Detroit Renews Facial Recognition Contract\"", "title: \"" + title + '"');
        replaceOnce(head, "-11601422598\"\nwebUrl:", "-" + QByteArray::number(i) + "\"\nwebUrl:");
        replaceOnce(head, "-11601422598\"\ntype:", "-" + QByteArray::number(i) + "\"\ntype:");
        replaceOnce(head, "\nquality: 69\n", "\nquality: " + QByteArray::number((i * 37) % 101) + '\n');
        replaceOnce(head, "\nheat: 89\n", "\nheat: " + QByteArray::number((i * 53) % 101) + '\n');
        if (i % 3 == 0)
            replaceOnce(head, "\npublished: true\n", "\npublished: false\n");
        QByteArray topics = "topics:\n";
        for (int t = 0; t < 1 + i % 3; ++t)
            topics += "  - " + QByteArray(vocabulary[(i + t * 5) % vocabularySize]) + '\n';
        replaceOnce(head, "topics:\n  - Computer Vision\n  - AI\n", topics);

        const int relatedCount = i % 4;
        QByteArray related = relatedCount == 0 ? QByteArray("related: []\n") : QByteArray("related:\n");
        for (int r = 0; r < relatedCount; ++r) {
            QByteArray entry = m_entries.at(r % 2);
            const qsizetype titleEnd = entry.indexOf("\"\n");
            entry.insert(titleEnd, QByteArray(" (" + QByteArray::number(i) + '.' + QByteArray::number(r) + ')'));
            related += entry;
        }
        return head + related + m_tail;
    }

private:
    static void replaceOnce(QByteArray &bytes, const QByteArray &from, const QByteArray &to)
    {
        const qsizetype at = bytes.indexOf(from);
        if (at < 0)
            fail(QStringLiteral("the example story has no %1").arg(QString::fromUtf8(from)));
        bytes.replace(at, from.size(), to);
    }

    QByteArray m_example;
    QByteArray m_head;   // up to "related:"
    QByteArray m_tail;   // the blank line, secured and the rest
    QList<QByteArray> m_entries;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool keep = args.removeAll(QStringLiteral("--keep")) > 0;
    int count = 10000;
    if (!args.isEmpty()) {
        bool ok = false;
        count = args.first().toInt(&ok);
        if (!ok || count <= 0 || args.size() > 1)
            fail(QStringLiteral("usage: bench_engine [--keep] [STORY_COUNT]"));
    }

    const QByteArray example = readFile(QStringLiteral(STORYDESK_EXAMPLE_STORY));
    if (example.isEmpty())
        fail(QStringLiteral("cannot read the example story %1").arg(QStringLiteral(STORYDESK_EXAMPLE_STORY)));
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString()));
    dir.setAutoRemove(!keep);

    // Generate.
    QElapsedTimer timer;
    timer.start();
    const StoryGenerator generator(example);
    QStringList files;
    files.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString fileName = dir.filePath(QStringLiteral("%1_story.md").arg(i, 5, 10, QLatin1Char('0')));
        QFile f(fileName);
        const QByteArray bytes = generator.story(i);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            fail(QStringLiteral("cannot write %1").arg(fileName));
        files.append(fileName);
    }
    std::printf("generate: %d stories in %.0f ms (%s)\n", count, double(timer.nsecsElapsed()) / 1e6, qPrintable(dir.path()));

    // Read everything into memory (once: the page cache makes repeats meaningless).
    timer.restart();
    QList<QByteArray> contents;
    contents.reserve(count);
    qint64 totalBytes = 0;
    for (const QString &fileName : std::as_const(files)) {
        contents.append(readFile(fileName));
        totalBytes += contents.constLast().size();
    }
    const double readNs = double(timer.nsecsElapsed());
    std::printf("read: %.3f ms/story, %.1f MB/s (%lld bytes, %.0f bytes/story, 1 run)\n", readNs / 1e6 / count,
                double(totalBytes) / (readNs / 1e9) / 1e6, static_cast<long long>(totalBytes), double(totalBytes) / count);

    // Parse: FrontMatterDocument::fromBytes over the files in memory. Each generated story
    // must be editable with its related entries: the shape check doubles as a sanity check.
    QList<double> parseNs;
    qint64 parseBudget = 0;
    for (int run = 0; run < maxRuns && parseBudget < runBudgetNs; ++run) {
        int editable = 0;
        timer.restart();
        for (const QByteArray &bytes : std::as_const(contents)) {
            const FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
            editable += doc.isEditable() ? 1 : 0;
        }
        const qint64 ns = timer.nsecsElapsed();
        parseBudget += ns;
        parseNs.append(double(ns));
        if (editable != count)
            fail(QStringLiteral("only %1 of %2 generated stories parse").arg(editable).arg(count));
    }
    for (int i = 0; i < std::min(count, 8); ++i) {
        const FrontMatterDocument doc = FrontMatterDocument::fromBytes(contents.at(i));
        const std::optional<YamlValue> related = doc.valueAt(*YamlPath::parse(QStringLiteral("related")));
        if (!related || related->items().size() != i % 4)
            fail(QStringLiteral("story %1 does not have %2 related entries").arg(i).arg(i % 4));
    }
    const double parseMedian = median(parseNs);
    std::printf("parse: %.3f ms/story (median of %lld)\n", parseMedian / 1e6 / count, static_cast<long long>(parseNs.size()));
    std::printf("parse throughput: %.1f MB/s, %.0f stories/s (median of %lld)\n", double(totalBytes) / (parseMedian / 1e9) / 1e6,
                count / (parseMedian / 1e9), static_cast<long long>(parseNs.size()));

    // Edit and save: load, flip published, save (atomic, through QSaveFile). Each run flips
    // every story, so every save really writes.
    QList<double> saveNs;
    qint64 saveBudget = 0;
    const YamlPath published = *YamlPath::parse(QStringLiteral("published"));
    for (int run = 0; run < maxRuns && saveBudget < runBudgetNs; ++run) {
        qint64 written = 0;
        timer.restart();
        for (const QString &fileName : std::as_const(files)) {
            QString error;
            std::optional<StoryDocument> doc = StoryDocument::load(fileName, &error);
            if (!doc)
                fail(error);
            const bool current = doc->frontMatter().valueAt(published)->toBool().value_or(false);
            if (!doc->frontMatter().set(published, YamlValue::boolean(!current), &error))
                fail(QStringLiteral("%1: %2").arg(fileName, error));
            if (doc->save(&error) != StoryDocument::SaveResult::Saved)
                fail(QStringLiteral("%1: not saved: %2").arg(fileName, error));
            written += doc->frontMatter().file().bytes().size();
        }
        const qint64 ns = timer.nsecsElapsed();
        saveBudget += ns;
        saveNs.append(double(ns));
        totalBytes = written;
    }
    const double saveMedian = median(saveNs);
    std::printf("edit+save: %.3f ms/story (median of %lld)\n", saveMedian / 1e6 / count, static_cast<long long>(saveNs.size()));
    std::printf("edit+save throughput: %.1f MB/s, %.0f stories/s (median of %lld)\n", double(totalBytes) / (saveMedian / 1e9) / 1e6,
                count / (saveMedian / 1e9), static_cast<long long>(saveNs.size()));
    return 0;
}
