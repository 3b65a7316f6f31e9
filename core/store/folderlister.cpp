#include "folderlister.h"

#include "indexwriter.h"
#include "storyindex.h"
#include "storyscanner.h"
#include "summaryreader.h"

#include <QDir>
#include <QFuture>
#include <QList>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <memory>
#include <optional>

namespace Storydesk {

namespace {

// A window ends after this many stories, or this many to read: stories to read are read on
// every core while the previous window is visited, and at most a window is held.
constexpr qsizetype WindowStories = 2048;
constexpr qsizetype WindowReads = 256;

struct DiskFile
{
    QString path;
    FileIdentity identity;
};

struct Slot
{
    QString path;
    StorySummary summary;
    bool read = false;   // to be read from disk (else it came from the index)
};

} // namespace

FolderLister::FolderLister(const QString &folder)
    : m_folder(QDir::cleanPath(QDir(folder).absolutePath()))
{
}

void FolderLister::run(const Visitor &visit)
{
    std::optional<StoryIndex> index;
    if (m_indexEnabled) {
        index.emplace(m_folder, StoryIndex::fieldsKeyOf(m_map));
        if (!index->open())
            index.reset();
    }

    // What is on disk, with the identity of each file when the index is to be checked:
    // one stat a file, as `find` does.
    QList<DiskFile> files;
    StoryScanner scanner(m_folder);
    // A `.txt` file is a story only when it starts with a fence: one the index knows,
    // unchanged, still does, so only the others are opened to look.
    scanner.setFenceCheckDeferred(bool(index));
    scanner.scanWithIdentities([&files](const QList<StoryScanner::Found> &found) {
        for (const StoryScanner::Found &file : found)
            files.append({file.path, file.identity});
    });
    // QString's order (UTF-16 code units) is the index's unless a path holds a character of
    // U+D800 and above: only then does sorting need the slower comparison.
    const bool plain = std::all_of(files.cbegin(), files.cend(), [](const DiskFile &file) {
        return std::all_of(file.path.cbegin(), file.path.cend(), [](QChar c) { return c.unicode() < 0xd800; });
    });
    if (plain)
        std::sort(files.begin(), files.end(), [](const DiskFile &a, const DiskFile &b) { return a.path < b.path; });
    else
        std::sort(files.begin(), files.end(), [](const DiskFile &a, const DiskFile &b) { return StoryIndex::pathLess(a.path, b.path); });

    std::unique_ptr<IndexWriter> writer;
    if (index)
        writer = std::make_unique<IndexWriter>(m_folder, StoryIndex::fieldsKeyOf(m_map));

    QList<Slot> window;
    qsizetype reads = 0;
    QList<Slot> previous;
    QFuture<void> previousReads;
    const auto visitPrevious = [&] {
        previousReads.waitForFinished();
        for (const Slot &slot : std::as_const(previous)) {
            if (slot.read && writer)
                writer->add(slot.summary);
            visit(slot.summary);
        }
        previous.clear();
    };
    const auto endWindow = [&] {
        visitPrevious();
        previous = std::move(window);
        window = {};
        window.reserve(WindowStories);
        reads = 0;
        previousReads = QtConcurrent::map(previous, [this](Slot &slot) {
            if (slot.read)
                slot.summary = m_map.isStoryFormat() ? SummaryReader::read(slot.path) : SummaryReader::read(slot.path, m_map);
        });
    };
    const auto toRead = [&](const QString &path) {
        if (scanner.isFenceCheckDeferred() && StoryScanner::isTextFile(path) && !StoryScanner::startsWithFence(path))
            return false; // not a story (any more)
        window.append({path, {}, true});
        if (++reads >= WindowReads || window.size() >= WindowStories)
            endWindow();
        return true;
    };
    const auto fromIndex = [&](StorySummary &&summary) {
        window.append({QString(), std::move(summary), false});
        if (window.size() >= WindowStories)
            endWindow();
    };

    qsizetype next = 0;
    if (index) {
        // A merge of two lists in the same order: the disk's and the index's.
        index->readInPathOrder(
            [&](const QString &path, const FileIdentity &identity, const std::function<StorySummary()> &summary) {
                while (next < files.size() && StoryIndex::pathLess(files.at(next).path, path))
                    toRead(files.at(next++).path);
                if (next < files.size() && files.at(next).path == path) {
                    const DiskFile &file = files.at(next++);
                    if (file.identity.isValid() && file.identity == identity)
                        fromIndex(summary());
                    else if (!toRead(file.path))
                        writer->remove(path);
                } else {
                    writer->remove(path); // gone from the disk
                }
            },
            m_searchKeys);
    }
    while (next < files.size())
        toRead(files.at(next++).path);
    endWindow();
    visitPrevious();
    if (writer)
        writer->finish();
}

} // namespace Storydesk
