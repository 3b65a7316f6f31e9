#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <ctime>

#include <fcntl.h>
#include <sys/stat.h>

namespace Storydesk::TestFiles {

QByteArray exampleStory()
{
    return read(QStringLiteral(STORYDESK_EXAMPLE_STORY));
}

QString corporaFolder()
{
    return QStringLiteral(STORYDESK_CORPORA_DIR);
}

QStringList corpusStories()
{
    QStringList paths;
    QDirIterator it(corporaFolder(), {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    return paths;
}

QByteArray read(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool write(const QString &fileName, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QFile f(fileName);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

LineChange changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    LineChange change;
    change.first = head;
    change.oldEnd = a.size() - tail;
    change.newEnd = b.size() - tail;
    change.removed = a.mid(head, change.oldEnd - head);
    change.added = b.mid(head, change.newEnd - head);
    return change;
}

QPair<QList<QByteArray>, QList<QByteArray>> lineDiff(const QByteArray &before, const QByteArray &after)
{
    const LineChange change = changedLines(before, after);
    return {change.removed, change.added};
}

bool backdate(const QString &folder, int seconds)
{
    bool ok = true;
    const struct timespec times[2] = {{0, UTIME_OMIT}, {std::time(nullptr) - seconds, 0}};
    for (QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories); files.hasNext();)
        ok = ::utimensat(AT_FDCWD, QFile::encodeName(files.next()).constData(), times, 0) == 0 && ok;
    return ok;
}

} // namespace Storydesk::TestFiles
