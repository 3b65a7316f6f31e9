#include "storyeditor.h"

#include "storystore.h"
#include "summaryreader.h"

#include <QCoreApplication>

namespace Storydesk {

StoryEditor::StoryEditor(StoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

StoryEditor::Open *StoryEditor::open(const QString &path, QString *error)
{
    if (auto it = m_open.find(path); it != m_open.end())
        return &*it;
    std::optional<StoryDocument> doc = StoryDocument::load(path, error);
    if (!doc)
        return nullptr;
    return &*m_open.insert(path, Open{std::move(*doc), {}});
}

std::optional<YamlValue> StoryEditor::value(const QString &path, const YamlPath &key)
{
    if (const auto it = m_open.constFind(path); it != m_open.cend())
        return it->document.frontMatter().valueAt(key);
    const std::optional<StoryDocument> doc = StoryDocument::load(path);
    return doc ? doc->frontMatter().valueAt(key) : std::nullopt;
}

std::optional<QByteArray> StoryEditor::text(const QString &path)
{
    if (const auto it = m_open.constFind(path); it != m_open.cend())
        return it->document.frontMatter().toBytes();
    const std::optional<StoryDocument> doc = StoryDocument::load(path);
    return doc ? std::optional<QByteArray>(doc->frontMatter().toBytes()) : std::nullopt;
}

std::optional<FrontMatterDocument> StoryEditor::document(const QString &path, QString *error)
{
    if (const auto it = m_open.constFind(path); it != m_open.cend())
        return it->document.frontMatter();
    std::optional<StoryDocument> doc = StoryDocument::load(path, error);
    return doc ? std::optional<FrontMatterDocument>(std::move(doc->frontMatter())) : std::nullopt;
}

bool StoryEditor::edit(const QString &path, const YamlPath &key, QString *error,
                       const std::function<bool(FrontMatterDocument &, QString *)> &apply)
{
    const bool wasOpen = m_open.contains(path);
    Open *story = open(path, error);
    if (!story)
        return false;
    const bool wasModified = story->document.isModified();
    if (!apply(story->document.frontMatter(), error)) {
        if (!wasOpen)
            m_open.remove(path);
        return false;
    }
    if (!key.isRoot())
        story->touchedKeys.insert(key.segments().first());
    publish(path, *story);
    const bool modified = story->document.isModified();
    Q_EMIT storyEdited(path);
    if (modified != wasModified)
        Q_EMIT modifiedChanged(path, modified);
    if (!modified)
        close(path);   // edited back to what is on disk: nothing to keep
    return true;
}

void StoryEditor::publish(const QString &path, Open &story)
{
    if (!m_store)
        return;
    const bool modified = story.document.isModified();
    if (modified) {
        StorySummary summary = SummaryReader::fromBytes(path, story.document.frontMatter().toBytes(), m_store->fieldMap());
        summary.identity = story.document.identity();
        m_store->updateSummary(path, summary);
        m_store->setDirty(path, true);
    } else {
        m_store->setDirty(path, false);
        m_store->reloadStory(path);
    }
}

void StoryEditor::close(const QString &path)
{
    m_open.remove(path);
}

bool StoryEditor::setValue(const QString &path, const YamlPath &key, const YamlValue &value, QString *error)
{
    return edit(path, key, error, [&](FrontMatterDocument &doc, QString *e) { return doc.set(key, value, e); });
}

bool StoryEditor::removeValue(const QString &path, const YamlPath &key, QString *error)
{
    return edit(path, key, error, [&](FrontMatterDocument &doc, QString *e) { return doc.remove(key, e); });
}

bool StoryEditor::insertItem(const QString &path, const YamlPath &list, qsizetype index, const YamlValue &item, QString *error)
{
    return edit(path, list, error, [&](FrontMatterDocument &doc, QString *e) { return doc.insertItem(list, index, item, e); });
}

bool StoryEditor::moveItem(const QString &path, const YamlPath &list, qsizetype from, qsizetype to, QString *error)
{
    return edit(path, list, error, [&](FrontMatterDocument &doc, QString *e) { return doc.moveItem(list, from, to, e); });
}

bool StoryEditor::setFrontMatterText(const QString &path, const QByteArray &text, QString *error)
{
    return edit(path, YamlPath(), error, [&](FrontMatterDocument &doc, QString *e) {
        const YamlValue before = doc.value();
        if (!doc.setFrontMatterText(text, e))
            return false;
        touchAllKeys(path, before, doc.value());
        return true;
    });
}

bool StoryEditor::setText(const QString &path, const QByteArray &text, QString *error)
{
    return edit(path, YamlPath(), error, [&](FrontMatterDocument &doc, QString *e) {
        FrontMatterDocument replacement = FrontMatterDocument::fromBytes(text);
        if (!replacement.isEditable()) {
            if (e) {
                const Problem problem = replacement.problems().value(0);
                *e = QStringLiteral("%1:%2: %3").arg(problem.line).arg(problem.column).arg(problem.message);
            }
            return false;
        }
        // The document as read stays in StoryDocument: "modified" and the on-disk check
        // still compare with the file, so the new text is just another edit.
        const YamlValue before = doc.value();
        doc = std::move(replacement);
        touchAllKeys(path, before, doc.value());
        return true;
    });
}

bool StoryEditor::applyEdit(const QString &path, const YamlPath &key, const QByteArray &before, const QByteArray &after, QString *error)
{
    return edit(path, key, error, [&](FrontMatterDocument &doc, QString *e) {
        if (doc.toBytes() != before) {
            if (e)
                *e = QCoreApplication::translate("Storydesk::StoryEditor", "changed since the edit was planned");
            return false;
        }
        FrontMatterDocument replacement = FrontMatterDocument::fromBytes(after);
        if (!replacement.isEditable()) {
            if (e)
                *e = replacement.problems().value(0).message;
            return false;
        }
        doc = std::move(replacement);
        return true;
    });
}

void StoryEditor::touchAllKeys(const QString &path, const YamlValue &before, const YamlValue &after)
{
    // Removed keys count too: applying mine on top removes them from the other version.
    Open &story = m_open[path];
    for (const YamlValue *value : {&before, &after}) {
        if (value->isMap()) {
            for (const auto &entry : value->entries())
                story.touchedKeys.insert(entry.first);
        }
    }
}

bool StoryEditor::isModified(const QString &path) const
{
    const auto it = m_open.constFind(path);
    return it != m_open.cend() && it->document.isModified();
}

QStringList StoryEditor::modifiedStories() const
{
    QStringList paths;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        if (it->document.isModified())
            paths.append(it.key());
    }
    paths.sort();
    return paths;
}

std::optional<StoryEditor::Unsaved> StoryEditor::unsaved(const QString &path) const
{
    const auto it = m_open.constFind(path);
    if (it == m_open.cend() || !it->document.isModified())
        return std::nullopt;
    return Unsaved{it->document.bytesRead(), it->document.identity(), it->document.frontMatter().toBytes()};
}

bool StoryEditor::restore(const QString &path, const QByteArray &bytesRead, const FileIdentity &identity, const QByteArray &text,
                          QString *error)
{
    if (m_open.contains(path)) {
        if (error)
            *error = QCoreApplication::translate("Storydesk::StoryEditor", "%1 already has unsaved edits").arg(path);
        return false;
    }
    FrontMatterDocument edited = FrontMatterDocument::fromBytes(text);
    if (!edited.isEditable()) {
        if (error)
            *error = QCoreApplication::translate("Storydesk::StoryEditor", "%1: the recovered text does not parse").arg(path);
        return false;
    }
    std::optional<StoryDocument> onDisk = StoryDocument::load(path);
    StoryDocument doc = onDisk && onDisk->bytesRead() == bytesRead ? std::move(*onDisk)
                                                                   : StoryDocument::restored(path, bytesRead, identity);
    Open story{std::move(doc), {}};
    // The keys whose values differ from what was read are the ones "apply mine on top" sets.
    const YamlValue before = story.document.frontMatter().value();
    const YamlValue after = edited.value();
    for (const YamlValue *side : {&before, &after}) {
        if (!side->isMap())
            continue;
        for (const auto &entry : side->entries()) {
            const std::optional<YamlValue> a = story.document.frontMatter().valueAt(YamlPath({entry.first}));
            const std::optional<YamlValue> b = edited.valueAt(YamlPath({entry.first}));
            if (a.has_value() != b.has_value() || (a && !a->sameAs(*b)))
                story.touchedKeys.insert(entry.first);
        }
    }
    story.document.frontMatter() = std::move(edited);
    if (!story.document.isModified())
        return true;   // nothing left to recover
    Open &open = *m_open.insert(path, std::move(story));
    publish(path, open);
    Q_EMIT storyEdited(path);
    Q_EMIT modifiedChanged(path, true);
    return true;
}

StoryEditor::SaveOutcome StoryEditor::save(const QString &path, QString *error)
{
    const auto it = m_open.find(path);
    if (it == m_open.end())
        return SaveOutcome::Unchanged;
    switch (it->document.save(error)) {
    case StoryDocument::SaveResult::Saved:
        close(path);
        if (m_store) {
            m_store->setDirty(path, false);
            m_store->reloadStory(path);
        }
        Q_EMIT modifiedChanged(path, false);
        return SaveOutcome::Saved;
    case StoryDocument::SaveResult::Unchanged:
        close(path);
        return SaveOutcome::Unchanged;
    case StoryDocument::SaveResult::ChangedOnDisk:
        return SaveOutcome::ChangedOnDisk;
    case StoryDocument::SaveResult::NotEditable:
    case StoryDocument::SaveResult::Failed:
        break;
    }
    return SaveOutcome::Failed;
}

void StoryEditor::revert(const QString &path)
{
    const bool wasModified = isModified(path);
    close(path);
    if (m_store) {
        m_store->setDirty(path, false);
        m_store->reloadStory(path);
    }
    if (wasModified)
        Q_EMIT modifiedChanged(path, false);
    Q_EMIT storyEdited(path);
}

void StoryEditor::reloadFromDisk(const QString &path)
{
    revert(path);
}

bool StoryEditor::applyMineOnTop(const QString &path, QString *error)
{
    const auto it = m_open.find(path);
    if (it == m_open.end())
        return true;
    std::optional<StoryDocument> fresh = StoryDocument::load(path, error);
    if (!fresh)
        return false;
    if (!fresh->frontMatter().isEditable()) {
        if (error)
            *error = QCoreApplication::translate("Storydesk::StoryEditor", "%1 no longer parses: %2").arg(path, fresh->frontMatter().problems().value(0).message);
        return false;
    }
    const FrontMatterDocument &mine = it->document.frontMatter();
    for (const QString &key : std::as_const(it->touchedKeys)) {
        const YamlPath p({key});
        const std::optional<YamlValue> v = mine.valueAt(p);
        const bool ok = v ? fresh->frontMatter().set(p, *v, error) : fresh->frontMatter().remove(p, error);
        if (!ok)
            return false;
    }
    it->document = std::move(*fresh);
    publish(path, *it);
    Q_EMIT storyEdited(path);
    Q_EMIT modifiedChanged(path, it->document.isModified());
    if (!it->document.isModified())
        close(path);
    return true;
}

} // namespace Storydesk
