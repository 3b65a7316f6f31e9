#pragma once

#include "pagemetadatafetcher.h"
#include "relatedentry.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QMimeData;
class QUndoStack;

namespace Storydesk {

class StoryEditor;

// Adds related coverage to stories, for every place that takes a drop (the related list of
// the story being edited, a row of the story table): the entries for dropped stories and
// links, as one undo step per drop, by the rules of RelatedEntry (never the story itself,
// never a webUrl twice). A link's entry is added at once and filled from its page when the
// page has been read, in the fields the editor has not touched meanwhile; until then, or
// when the page cannot be read, status() says so.
class RelatedCoverage final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelatedCoverage)

public:
    // Dragged stories: their file paths, one per line (UTF-8), never row numbers. The story
    // table drags them; every related list and story row takes them.
    static constexpr QLatin1StringView StoryPathsMimeType{"application/x-storydesk-story-paths"};
    // Dragged related entries: their story and webUrls (JSON), never row numbers.
    static constexpr QLatin1StringView RelatedEntriesMimeType{"application/x-storydesk-related-entries"};

    struct Outcome
    {
        QList<int> addedRows;      // rows of the entries added, in the story's list
        QList<int> existingRows;   // rows of entries that were dropped again
        QStringList refusals;      // why dropped items were left out
    };

    explicit RelatedCoverage(StoryEditor *editor, QUndoStack *undoStack, QObject *parent = nullptr);

    PageMetadataFetcher *fetcher() const { return m_fetcher; }

    // The MIME types that make a view take a drag as it enters (see the definition).
    static QStringList mimeTypes();
    // Whether `data` may be dropped on `story` at all: a cheap check for drag moves (it
    // reads no file); the drop itself applies every rule.
    static bool mayDrop(const QMimeData *data, const QString &story);
    // The entries `data` offers: dragged stories (read as StoryEditor has them, edits
    // included), dragged related entries, or links from a browser.
    QList<RelatedEntry::Offer> offersIn(const QMimeData *data);
    // Adds what `offers` may add to the related list of `story` before `row` (-1: at the
    // end) as one undo step, and starts reading the pages of the links among them.
    Outcome add(const QString &story, int row, const QList<RelatedEntry::Offer> &offers);

    // "fetching…" while the page of the entry with `webUrl` in `story` is being read, why it
    // could not be read after that; empty otherwise.
    QString status(const QString &story, const QString &webUrl) const;

Q_SIGNALS:
    void statusChanged(const QString &story, const QString &webUrl);
    // A line for the window's status bar: refused drops, pages that could not be read.
    void notice(const QString &text);
    // An entry of `story` is being written anew (filled from its page): between the two,
    // its list passes through a state without it, which lists need not show.
    void entryRewriteStarted(const QString &story);
    void entryRewritten(const QString &story);

private:
    struct Pending
    {
        QString story;
        QString webUrl;
        YamlValue asCreated;
    };

    void fill(PageMetadataFetcher::Ticket ticket, const PageMetadataFetcher::Result &result);
    void setStatus(const QString &story, const QString &webUrl, const QString &status);
    static QString key(const QString &story, const QString &webUrl);

    StoryEditor *m_editor;
    QUndoStack *m_undoStack;
    PageMetadataFetcher *m_fetcher;
    QHash<PageMetadataFetcher::Ticket, Pending> m_pending;
    QHash<QString, QString> m_status;   // by key(): story and normalised webUrl
};

} // namespace Storydesk
