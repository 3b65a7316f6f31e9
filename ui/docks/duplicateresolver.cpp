#include "duplicateresolver.h"

#include "duplicatekeys.h"
#include "relatedentry.h"
#include "setvaluecommand.h"
#include "storyeditor.h"
#include "storyschema.h"

#include <QFileInfo>
#include <QSet>
#include <QUndoStack>

#include <memory>

namespace Storydesk {

namespace {

const YamlPath &publishedPath()
{
    static const YamlPath path({StorySchema::Published});
    return path;
}

const YamlPath &relatedPath()
{
    static const YamlPath path({StorySchema::Related});
    return path;
}

QStringList othersThan(const QString &keep, const QStringList &others)
{
    QStringList out = others;
    out.removeAll(keep);
    return out;
}

// After the push: QUndoStack deletes a command that changed nothing (obsolete) at once,
// so the outcome is read from the stories, never from the command.
bool isUnpublished(StoryEditor *editor, const QString &path)
{
    const std::optional<YamlValue> value = editor->value(path, publishedPath());
    bool published = true;
    return value && value->isScalar() && !StorySchema::checkPublished(value->text(), &published) && !published;
}

qsizetype relatedCount(StoryEditor *editor, const QString &path)
{
    const std::optional<YamlValue> related = editor->value(path, relatedPath());
    return related && related->isSequence() ? related->items().size() : 0;
}

} // namespace

DuplicateResolver::DuplicateResolver(StoryEditor *editor, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_undoStack(undoStack)
{
}

void DuplicateResolver::noteUnpublished(const QStringList &stories, Outcome *outcome) const
{
    // Asked of the stories, not of the commands: QUndoStack deletes a command that changed nothing.
    for (const QString &path : stories) {
        if (isUnpublished(m_editor, path))
            outcome->unpublished.append(path);
        else
            outcome->notes.append(tr("%1 could not be unpublished").arg(path));
    }
}

DuplicateResolver::Outcome DuplicateResolver::keepAndUnpublish(const QString &keep, const QStringList &others)
{
    Outcome outcome;
    const QStringList stories = othersThan(keep, others);
    SetValueCommand *command = SetValueCommand::forStories(m_editor, stories, publishedPath(), YamlValue::boolean(false),
                                                           tr("Keep One, Unpublish %n Duplicate(s)", nullptr, int(stories.size())));
    if (!command)
        return outcome;   // all unpublished already
    m_undoStack->push(command);
    noteUnpublished(stories, &outcome);
    return outcome;
}

DuplicateResolver::Outcome DuplicateResolver::keepAndAttach(const QString &keep, const QStringList &others)
{
    Outcome outcome;
    const QStringList stories = othersThan(keep, others);
    const std::optional<YamlValue> frontMatter = m_editor->value(keep, YamlPath());
    if (!frontMatter || !frontMatter->isMap()) {
        outcome.notes.append(tr("%1 cannot be edited").arg(keep));
        return outcome;
    }
    // The entries as RelatedEntry builds them from the stories as edited, by its rules. A
    // duplicate whose link is the kept story's page (tracking parameters and all: compared
    // as the finder compares them) is the same page, and is not attached; nor is a page twice.
    QList<RelatedEntry::Offer> offers;
    QSet<QString> pages{DuplicateKeys::normalizedWebUrl(RelatedEntry::webUrl(*frontMatter))};
    for (const QString &path : stories) {
        const std::optional<YamlValue> story = m_editor->value(path, YamlPath());
        if (!story || !story->isMap())
            continue;
        const QString page = DuplicateKeys::normalizedWebUrl(RelatedEntry::webUrl(*story));
        if (!page.isEmpty() && pages.contains(page)) {
            outcome.notes.append(tr("%1: the same page, not attached").arg(QFileInfo(path).fileName()));
            continue;
        }
        pages.insert(page);
        offers.append({path, RelatedEntry::fromStory(*story)});
    }
    const RelatedEntry::Plan plan = RelatedEntry::plan(keep, *frontMatter, offers);
    outcome.notes.append(plan.refusals);

    std::unique_ptr<SetValueCommand> attach;
    if (!plan.added.isEmpty()) {
        const std::optional<YamlValue> before = m_editor->value(keep, relatedPath());
        QList<YamlValue> items = before && before->isSequence() ? before->items() : QList<YamlValue>();
        items.append(plan.added);
        attach = std::make_unique<SetValueCommand>(m_editor, relatedPath(), QList<SetValueCommand::Change>{{keep, before, YamlValue::sequence(items)}},
                                                   QString(), false);
    }
    std::unique_ptr<SetValueCommand> unpublish(
        SetValueCommand::forStories(m_editor, stories, publishedPath(), YamlValue::boolean(false), QString()));
    if (!attach && !unpublish)
        return outcome;

    // One undo step for both edits.
    const qsizetype relatedBefore = relatedCount(m_editor, keep);
    m_undoStack->beginMacro(tr("Keep One, Attach %n Duplicate(s) as Related", nullptr, int(stories.size())));
    if (attach)
        m_undoStack->push(attach.release());
    if (unpublish)
        m_undoStack->push(unpublish.release());
    m_undoStack->endMacro();
    outcome.attached = int(relatedCount(m_editor, keep) - relatedBefore);
    if (outcome.attached != plan.added.size())
        outcome.notes.append(tr("%1: the related entries could not be added").arg(keep));
    noteUnpublished(stories, &outcome);
    return outcome;
}

} // namespace Storydesk
