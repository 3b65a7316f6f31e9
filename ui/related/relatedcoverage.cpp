#include "relatedcoverage.h"

#include "droppedlinks.h"
#include "setvaluecommand.h"
#include "storyeditor.h"
#include "storyschema.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUndoStack>

namespace Storydesk {

namespace {

const YamlPath &relatedPath()
{
    static const YamlPath path({StorySchema::Related});
    return path;
}

QStringList storyPathsIn(const QMimeData *data)
{
    return QString::fromUtf8(data->data(RelatedCoverage::StoryPathsMimeType)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The source story and the webUrls of dragged related entries.
std::pair<QString, QStringList> relatedEntriesIn(const QMimeData *data)
{
    const QJsonObject object = QJsonDocument::fromJson(data->data(RelatedCoverage::RelatedEntriesMimeType)).object();
    QStringList urls;
    for (const QJsonValue &url : object.value(QLatin1StringView("webUrls")).toArray())
        urls.append(url.toString());
    return {object.value(QLatin1StringView("story")).toString(), urls};
}

} // namespace

RelatedCoverage::RelatedCoverage(StoryEditor *editor, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_undoStack(undoStack)
    , m_fetcher(new PageMetadataFetcher(this))
{
    connect(m_fetcher, &PageMetadataFetcher::finished, this, &RelatedCoverage::fill);
}

QStringList RelatedCoverage::mimeTypes()
{
    // Views accept a drag on entering by these types alone. text/uri-list and text/plain are
    // left out: file managers drag folders with them, and those must pass through to the
    // window, which opens them. Links in only those types are taken where the drag enters
    // over a row, where canDropMimeData() looks at the links themselves.
    return {StoryPathsMimeType, RelatedEntriesMimeType, QStringLiteral("text/x-moz-url"), QStringLiteral("text/html")};
}

bool RelatedCoverage::mayDrop(const QMimeData *data, const QString &story)
{
    if (!data || story.isEmpty())
        return false;
    if (data->hasFormat(StoryPathsMimeType)) {
        // Some story other than this one.
        const QStringList paths = storyPathsIn(data);
        return std::any_of(paths.cbegin(), paths.cend(), [&story](const QString &path) { return path != story; });
    }
    if (data->hasFormat(RelatedEntriesMimeType))
        return !relatedEntriesIn(data).second.isEmpty();
    return !DroppedLinks::fromMimeData(data).isEmpty();
}

QList<RelatedEntry::Offer> RelatedCoverage::offersIn(const QMimeData *data)
{
    QList<RelatedEntry::Offer> offers;
    if (!data)
        return offers;
    if (data->hasFormat(StoryPathsMimeType)) {
        for (const QString &path : storyPathsIn(data)) {
            const std::optional<YamlValue> story = m_editor->value(path, YamlPath());
            if (story && story->isMap())
                offers.append({path, RelatedEntry::fromStory(*story)});
        }
        return offers;
    }
    if (data->hasFormat(RelatedEntriesMimeType)) {
        // Entries of another story's list (or of this one, for a reorder) as they are now.
        const auto [source, urls] = relatedEntriesIn(data);
        const std::optional<YamlValue> related = m_editor->value(source, relatedPath());
        const QList<YamlValue> entries = related && related->isSequence() ? related->items() : QList<YamlValue>();
        for (const QString &url : urls) {
            const qsizetype row = RelatedEntry::indexOfWebUrl(entries, url);
            if (row >= 0)
                offers.append({QString(), entries.at(row)});
        }
        return offers;
    }
    for (const QUrl &link : DroppedLinks::fromMimeData(data))
        offers.append({QString(), RelatedEntry::forLink(link)});
    return offers;
}

RelatedCoverage::Outcome RelatedCoverage::add(const QString &story, int row, const QList<RelatedEntry::Offer> &offers)
{
    Outcome outcome;
    const std::optional<YamlValue> frontMatter = m_editor->value(story, YamlPath());
    if (!frontMatter || !frontMatter->isMap()) {
        outcome.refusals.append(tr("%1 cannot be edited").arg(story));
        return outcome;
    }
    const RelatedEntry::Plan plan = RelatedEntry::plan(story, *frontMatter, offers);
    for (const qsizetype existing : plan.existingRows)
        outcome.existingRows.append(int(existing));
    outcome.refusals = plan.refusals;
    if (!plan.refusals.isEmpty())
        Q_EMIT notice(plan.refusals.join(QLatin1String("; ")));
    if (plan.added.isEmpty())
        return outcome;

    // Core works out the whole list as one value: the engine writes just the new entries'
    // lines, and the drop is one undo step however many entries it brings.
    const EditPlan edit = EditPlan::insertRelated(*m_editor, story, row, plan.added);
    const std::optional<YamlValue> after = edit.isEmpty() ? std::nullopt : edit.changes().constFirst().after;
    const qsizetype listed = after ? after->items().size() - plan.added.size() : 0;
    const int at = row < 0 || row > listed ? int(listed) : row;
    for (qsizetype i = 0; i < plan.added.size(); ++i)
        outcome.addedRows.append(int(at + i));
    const int count = int(plan.added.size());
    if (SetValueCommand *command = SetValueCommand::fromPlan(m_editor, edit, tr("Add %Ln related entries", nullptr, count)))
        m_undoStack->push(command);
    // A refused edit leaves no undo step (none is made, or QUndoStack::push() deletes it), so
    // the story itself says whether the entries went in.
    const std::optional<YamlValue> now = m_editor->value(story, relatedPath());
    if (!now || !after || !now->sameAs(*after)) {
        Q_EMIT notice(tr("Could not add the related entries to %1").arg(QFileInfo(story).fileName()));
        outcome.addedRows.clear();
        return outcome;
    }

    // Links (entries with an address and nothing to show yet) are filled from their pages
    // in the background.
    for (const YamlValue &entry : plan.added) {
        const QString url = RelatedEntry::webUrl(entry);
        if (url.isEmpty() || entry.find(QString(StorySchema::Title)))
            continue;
        const PageMetadataFetcher::Ticket ticket = m_fetcher->fetch(QUrl(url));
        m_pending.insert(ticket, {story, url, entry});
        setStatus(story, url, tr("fetching…"));
    }
    return outcome;
}

void RelatedCoverage::fill(PageMetadataFetcher::Ticket ticket, const PageMetadataFetcher::Result &result)
{
    const Pending pending = m_pending.take(ticket);
    if (pending.story.isEmpty())
        return;
    if (!result.ok) {
        setStatus(pending.story, pending.webUrl, tr("Page not read: %1").arg(result.reason));
        Q_EMIT notice(tr("%1: page not read (%2); the entry keeps what is known").arg(pending.webUrl, result.reason));
        return;
    }
    setStatus(pending.story, pending.webUrl, QString());
    // The entry may have moved, or gone (undone, removed): it is found by its link.
    const std::optional<YamlValue> related = m_editor->value(pending.story, relatedPath());
    const QList<YamlValue> entries = related && related->isSequence() ? related->items() : QList<YamlValue>();
    const qsizetype row = RelatedEntry::indexOfWebUrl(entries, pending.webUrl);
    if (row < 0)
        return;
    const YamlValue &current = entries.at(row);
    const YamlValue filled = RelatedEntry::filledFromPage(current, pending.asCreated, result.page);
    if (filled.sameAs(current))
        return;
    const QString text = tr("Fill related entry from its page");
    if (filled.entries().constFirst().first == current.entries().constFirst().first) {
        // The new keys fit around the ones there: the entry is edited in place.
        m_undoStack->push(new SetValueCommand(m_editor, relatedPath().child(row), {{pending.story, current, filled}}, text, false));
        return;
    }
    // A key goes before the one beside the entry's dash (the title before the link): the
    // engine never splits a dash from its first key, so the entry is written anew, in the
    // example's key order, as one undo step. The list shows it as the same row, edited.
    QList<YamlValue> without = entries;
    without.removeAt(row);
    QList<YamlValue> with = entries;
    with[row] = filled;
    const std::optional<YamlValue> between = without.isEmpty() ? std::nullopt : std::optional<YamlValue>(YamlValue::sequence(without));
    Q_EMIT entryRewriteStarted(pending.story);
    m_undoStack->beginMacro(text);
    m_undoStack->push(new SetValueCommand(m_editor, relatedPath(), {{pending.story, YamlValue::sequence(entries), between}}, text, false));
    m_undoStack->push(new SetValueCommand(m_editor, relatedPath(), {{pending.story, between, YamlValue::sequence(with)}}, text, false));
    m_undoStack->endMacro();
    Q_EMIT entryRewritten(pending.story);
}

QString RelatedCoverage::key(const QString &story, const QString &webUrl)
{
    return story + QLatin1Char('\n') + RelatedEntry::normalizedUrl(webUrl);
}

QString RelatedCoverage::status(const QString &story, const QString &webUrl) const
{
    return webUrl.isEmpty() ? QString() : m_status.value(key(story, webUrl));
}

void RelatedCoverage::setStatus(const QString &story, const QString &webUrl, const QString &status)
{
    if (status.isEmpty())
        m_status.remove(key(story, webUrl));
    else
        m_status.insert(key(story, webUrl), status);
    Q_EMIT statusChanged(story, webUrl);
}

} // namespace Storydesk
