#include "fuzzchecks.h"

#include <QDir>
#include <QFile>

#include <cstdio>

// Writes the snapshot target's seeds into the folder given (run-fuzzers.sh, before the
// target): they are made by the build that fuzzes them, so a change of format cannot leave
// the fuzzer starting from files it refuses at once.
int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    if (!folder.mkpath(QStringLiteral(".")))
        return 1;
    const QList<QByteArray> seeds = Storydesk::FuzzChecks::snapshotSeeds();
    for (qsizetype n = 0; n < seeds.size(); ++n) {
        QFile out(folder.filePath(QStringLiteral("seed-%1").arg(n)));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(seeds.at(n)) != seeds.at(n).size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
    }
    return seeds.size() == 3 ? 0 : 1;
}
