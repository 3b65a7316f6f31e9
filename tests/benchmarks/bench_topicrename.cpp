// Renaming a topic across a folder (issue 9): a topic used by 5,000 of 100,000 generated
// stories, renamed as the app does it (plan from the summaries, TopicRenameJob: parallel
// read then apply through StoryEditor in slices, then save every story), and undone (each
// story's topics written back, as the undo step does, and saved again). Wall-clock medians.
//
//   bench_topicrename [--size 100000] [--using 5000] [--repeat 5] [--corpus DIR]
#include "benchstats.h"
#include "corpusgenerator.h"
#include "storyeditor.h"
#include "storyschema.h"
#include "storystore.h"
#include "topicrenamejob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Storydesk;
using Bench::elapsedMs;
using Bench::median;

namespace {

const QByteArray BenchTopic("Benchmark Topic");

// Gives every (size / using)-th story the benchmark's topic, first in its list: the
// generator spreads its own 36 topics over every story.
bool addTopic(const QString &folder, int size, int using_)
{
    const int step = qMax(1, size / using_);
    for (int i = 0, added = 0; i < size && added < using_; i += step, ++added) {
        QFile file(QDir(folder).filePath(CorpusGenerator::relativePath(i)));
        if (!file.open(QIODevice::ReadWrite))
            return false;
        QByteArray bytes = file.readAll();
        if (bytes.contains(QByteArray("  - " + BenchTopic + '\n')))
            continue;
        bytes.replace("\ntopics:\n", QByteArray("\ntopics:\n  - " + BenchTopic + '\n'));
        file.seek(0);
        if (file.write(bytes) != bytes.size())
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Stories."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption usingOption(QStringLiteral("using"), QStringLiteral("Stories with the renamed topic."), QStringLiteral("n"),
                                         QStringLiteral("5000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per figure (median)."), QStringLiteral("n"),
                                          QStringLiteral("5"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), QStringLiteral("Keep generated folders here."), QStringLiteral("dir"));
    parser.addOptions({sizeOption, usingOption, repeatOption, corpusOption});
    parser.process(app);
    const int size = parser.value(sizeOption).toInt();
    const int using_ = qMin(size, parser.value(usingOption).toInt());
    const int repeat = qMax(1, parser.value(repeatOption).toInt());

    QTemporaryDir temporary;
    const QString root = parser.isSet(corpusOption) ? parser.value(corpusOption) : temporary.path();
    const QString folder = QDir::cleanPath(QDir(root).absoluteFilePath(QStringLiteral("rename-%1").arg(size)));
    QTextStream out(stdout);
    if (!QFileInfo::exists(QDir(folder).filePath(CorpusGenerator::relativePath(size - 1)))) {
        if (CorpusGenerator().write(folder, size).size() != size) {
            QTextStream(stderr) << "cannot write the corpus into " << folder << '\n';
            return 1;
        }
        out << "# generated " << size << " stories in " << folder << '\n';
    }
    if (!addTopic(folder, size, using_)) {
        QTextStream(stderr) << "cannot add the topic to " << folder << '\n';
        return 1;
    }

    StoryStore store;
    store.setIndexEnabled(false);
    StoryEditor editor(&store);
    {
        QEventLoop loop;
        QObject::connect(&store, &StoryStore::loadFinished, &loop, &QEventLoop::quit);
        store.openFolder(folder);
        loop.exec();
    }
    out << "# " << store.count() << " stories, " << store.topicIndex()->topicCount(QString::fromUtf8(BenchTopic)) << " with \"" << BenchTopic
        << "\"\n";

    const YamlPath topics({StorySchema::Topics});
    QList<double> planMs, applyMs, saveMs, totalMs, undoMs, undoSaveMs;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        TopicRenameJob job(&store, &editor, TopicRename({QString::fromUtf8(BenchTopic)}, QStringLiteral("Renamed Topic")));
        planMs.append(elapsedMs(timer));
        QEventLoop loop;
        QObject::connect(&job, &TopicRenameJob::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        applyMs.append(elapsedMs(timer) - planMs.last());
        const double beforeSave = elapsedMs(timer);
        const QStringList modified = editor.modifiedStories();
        for (const QString &path : modified) {
            if (editor.save(path) != StoryEditor::SaveOutcome::Saved) {
                QTextStream(stderr) << "cannot save " << path << '\n';
                return 1;
            }
        }
        saveMs.append(elapsedMs(timer) - beforeSave);
        totalMs.append(elapsedMs(timer));
        if (job.changes().size() != using_ || !job.failures().isEmpty()) {
            QTextStream(stderr) << "renamed " << job.changes().size() << " stories, " << job.failures().size() << " failures\n";
            return 1;
        }

        // The undo step: every story's topics written back, then saved.
        timer.restart();
        for (const TopicRenameJob::Change &change : job.changes())
            editor.setValue(change.path, topics, change.before);
        undoMs.append(elapsedMs(timer));
        for (const QString &path : editor.modifiedStories())
            editor.save(path);
        undoSaveMs.append(elapsedMs(timer) - undoMs.last());
    }
    out << "rename_" << using_ << "_of_" << size << "_plan_ms " << median(planMs) << '\n'
        << "rename_" << using_ << "_of_" << size << "_read_and_apply_ms " << median(applyMs) << '\n'
        << "rename_" << using_ << "_of_" << size << "_save_ms " << median(saveMs) << '\n'
        << "rename_" << using_ << "_of_" << size << "_total_ms " << median(totalMs) << '\n'
        << "undo_" << using_ << "_apply_ms " << median(undoMs) << '\n'
        << "undo_" << using_ << "_save_ms " << median(undoSaveMs) << '\n';
    return 0;
}
