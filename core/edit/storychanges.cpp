#include "storychanges.h"

#include "frontmatterdocument.h"
#include "relatedentry.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Storydesk {

namespace {

const QString Arrow = QStringLiteral(" \u2192 ");
const QString Minus = QStringLiteral("\u2212");

QString scalarText(const YamlValue *value)
{
    if (!value || value->isNull())
        return StoryChanges::tr("(none)");
    if (value->isScalar())
        return value->text();
    return StoryChanges::tr("(list)");
}

// The story format without the key is neither; a site whose map has a default is that.
std::optional<bool> publishedOf(const YamlValue &frontMatter, const FieldMap &map)
{
    return map.publishedIn(frontMatter);
}

// The top-level key a role is bound to, when it is a top-level key.
QString topKey(const FieldMap &map, FieldRole role)
{
    return map.path(role).size() == 1 ? map.path(role).last() : QString();
}

QStringList topicsOf(const YamlValue *value)
{
    QStringList topics;
    if (!value)
        return topics;
    for (const YamlValue &item : value->items()) {
        if (item.isScalar())
            topics.append(item.text());
    }
    return topics;
}

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList rest;
    const QSet<QString> other(b.cbegin(), b.cend());
    for (const QString &item : a) {
        if (!other.contains(item) && !rest.contains(item))
            rest.append(item);
    }
    return rest;
}

// The related entries keyed by their normalised webUrl (entries without one by position).
QList<std::pair<QString, const YamlValue *>> relatedOf(const YamlValue *value)
{
    QList<std::pair<QString, const YamlValue *>> entries;
    if (!value)
        return entries;
    for (qsizetype i = 0; i < value->items().size(); ++i) {
        const YamlValue &entry = value->items().at(i);
        QString url = RelatedEntry::webUrl(entry);
        url = url.isEmpty() ? QStringLiteral("#%1").arg(i) : RelatedEntry::normalizedUrl(url);
        entries.append({url, &entry});
    }
    return entries;
}

} // namespace

StoryChanges StoryChanges::between(const std::optional<QByteArray> &before, const std::optional<QByteArray> &after, const FieldMap &map)
{
    const QString publishedKey = topKey(map, FieldRole::Published);
    const QString qualityKey = topKey(map, FieldRole::Quality);
    const QString topicsKey = topKey(map, FieldRole::Topics);
    StoryChanges changes;
    if (!before && !after)
        return changes;
    if (!before || !after) {
        changes.m_kind = before ? Kind::Deleted : Kind::Added;
        const FrontMatterDocument document = FrontMatterDocument::fromBytes(before ? *before : *after);
        if (document.isEditable()) {
            if (before)
                changes.m_publishedBefore = publishedOf(document.value(), map);
            else
                changes.m_publishedAfter = publishedOf(document.value(), map);
        }
        return changes;
    }
    if (*before == *after)
        return changes;
    changes.m_kind = Kind::Modified;

    const FrontMatterDocument old = FrontMatterDocument::fromBytes(*before);
    const FrontMatterDocument now = FrontMatterDocument::fromBytes(*after);
    changes.m_bodyChanged = old.file().body() != now.file().body();
    if (!old.isEditable() || !now.isEditable()) {
        // Front matter that does not parse on one side can only be compared as text.
        if (old.file().frontMatter() != now.file().frontMatter()) {
            changes.m_otherKeys.append(QStringLiteral("front matter"));
            changes.m_descriptions.append(tr("front matter changed"));
        }
        if (changes.m_bodyChanged)
            changes.m_descriptions.append(tr("body changed"));
        return changes;
    }

    const YamlValue &a = old.value();
    const YamlValue &b = now.value();
    changes.m_publishedBefore = publishedOf(a, map);
    changes.m_publishedAfter = publishedOf(b, map);

    // Keys in the new order, then those only the old version had.
    QStringList keys;
    for (const auto &entry : b.entries())
        keys.append(entry.first);
    for (const auto &entry : a.entries()) {
        if (!keys.contains(entry.first))
            keys.append(entry.first);
    }
    for (const QString &key : std::as_const(keys)) {
        const YamlValue *x = a.find(key);
        const YamlValue *y = b.find(key);
        if (x && y && x->sameAs(*y))
            continue;
        if (!publishedKey.isEmpty() && key == publishedKey) {
            changes.m_descriptions.append(key + QStringLiteral(": ") + scalarText(x) + Arrow + scalarText(y));
        } else if (!qualityKey.isEmpty() && key == qualityKey) {
            changes.m_qualityChanged = true;
            changes.m_descriptions.append(key + QLatin1Char(' ') + scalarText(x) + Arrow + scalarText(y));
        } else if (!topicsKey.isEmpty() && key == topicsKey && (!x || x->isSequence()) && (!y || y->isSequence())) {
            const QStringList oldTopics = topicsOf(x);
            const QStringList newTopics = topicsOf(y);
            changes.m_topicsAdded = minus(newTopics, oldTopics);
            changes.m_topicsRemoved = minus(oldTopics, newTopics);
            QStringList parts;
            for (const QString &topic : std::as_const(changes.m_topicsAdded))
                parts.append(QLatin1Char('+') + topic);
            for (const QString &topic : std::as_const(changes.m_topicsRemoved))
                parts.append(Minus + topic);
            // Only the order changed.
            if (parts.isEmpty())
                parts.append(tr("reordered"));
            changes.m_descriptions.append(key + QLatin1Char(' ') + parts.join(QLatin1Char(' ')));
        } else if (key == QLatin1String("related") && (!x || x->isSequence()) && (!y || y->isSequence())) {
            const auto oldEntries = relatedOf(x);
            const auto newEntries = relatedOf(y);
            auto find = [](const QList<std::pair<QString, const YamlValue *>> &entries, const QString &url) -> const YamlValue * {
                for (const auto &entry : entries) {
                    if (entry.first == url)
                        return entry.second;
                }
                return nullptr;
            };
            for (const auto &entry : newEntries) {
                const YamlValue *was = find(oldEntries, entry.first);
                if (!was)
                    ++changes.m_relatedAdded;
                else if (!was->sameAs(*entry.second))
                    ++changes.m_relatedEdited;
            }
            for (const auto &entry : oldEntries) {
                if (!find(newEntries, entry.first))
                    ++changes.m_relatedRemoved;
            }
            QStringList parts;
            if (changes.m_relatedAdded)
                parts.append(QStringLiteral("+%1").arg(changes.m_relatedAdded));
            if (changes.m_relatedRemoved)
                parts.append(Minus + QString::number(changes.m_relatedRemoved));
            if (changes.m_relatedEdited)
                parts.append(tr("%n edited", nullptr, changes.m_relatedEdited));
            if (parts.isEmpty())
                parts.append(tr("reordered"));
            changes.m_descriptions.append(QStringLiteral("related ") + parts.join(QLatin1Char(' ')));
        } else {
            changes.m_otherKeys.append(key);
            if (!x)
                changes.m_descriptions.append(tr("%1 added").arg(key));
            else if (!y)
                changes.m_descriptions.append(tr("%1 removed").arg(key));
            else
                changes.m_descriptions.append(tr("%1 changed").arg(key));
        }
    }
    if (changes.m_bodyChanged)
        changes.m_descriptions.append(tr("body changed"));
    // Bytes differ but no value does (a comment, quoting, spacing).
    if (changes.m_descriptions.isEmpty()) {
        changes.m_otherKeys.append(QStringLiteral("front matter"));
        changes.m_descriptions.append(tr("formatting changed"));
    }
    return changes;
}

QStringList StoryChanges::descriptions() const
{
    switch (m_kind) {
    case Kind::Added: return {tr("new story")};
    case Kind::Deleted: return {tr("deleted story")};
    case Kind::Unchanged: return {};
    case Kind::Modified: break;
    }
    return m_descriptions;
}

QString StoryChanges::summary() const
{
    return descriptions().join(QStringLiteral(", "));
}

bool StoryChanges::publishes() const
{
    return m_kind == Kind::Modified && m_publishedAfter.value_or(false) && !m_publishedBefore.value_or(false);
}

bool StoryChanges::unpublishes() const
{
    return m_kind == Kind::Modified && m_publishedBefore.value_or(false) && !m_publishedAfter.value_or(false);
}

QString StoryChanges::commitMessage(const QList<std::pair<QString, StoryChanges>> &stories)
{
    int added = 0, deleted = 0, published = 0, unpublished = 0, quality = 0, topics = 0, related = 0, edited = 0, total = 0;
    QList<std::pair<QString, StoryChanges>> listed;
    for (const auto &[path, change] : stories) {
        if (change.isEmpty())
            continue;
        ++total;
        listed.append({path, change});
        switch (change.kind()) {
        case Kind::Added: ++added; continue;
        case Kind::Deleted: ++deleted; continue;
        default: break;
        }
        published += change.publishes();
        unpublished += change.unpublishes();
        quality += change.qualityChanged();
        topics += !change.topicsAdded().isEmpty() || !change.topicsRemoved().isEmpty();
        related += change.relatedAdded() + change.relatedRemoved() + change.relatedEdited() > 0;
        // Published touched without flipping (e.g. set to what it was, retyped) is still an edit.
        const QStringList phrases = change.descriptions();
        const bool publishedOther = !change.publishes() && !change.unpublishes()
            && std::any_of(phrases.cbegin(), phrases.cend(), [](const QString &p) { return p.startsWith(QLatin1String("published:")); });
        edited += !change.otherKeys().isEmpty() || change.bodyChanged() || publishedOther;
    }
    if (total == 0)
        return QString();

    // Each part counts stories; the last one carries the noun, as in
    // "publish 5, unpublish 2, quality on 3 stories".
    QList<std::pair<QString, int>> parts;
    auto part = [&parts](const QString &words, int count) {
        if (count > 0)
            parts.append({words.arg(count), count});
    };
    // The message follows the app's language (the editor can still edit it); storydesk-cli
    // loads no catalogue, so its messages stay English.
    part(tr("add %1", "commit message"), added);
    part(tr("delete %1", "commit message"), deleted);
    part(tr("publish %1", "commit message"), published);
    part(tr("unpublish %1", "commit message"), unpublished);
    part(tr("quality on %1", "commit message"), quality);
    part(tr("topics on %1", "commit message"), topics);
    part(tr("related on %1", "commit message"), related);
    part(tr("edit %1", "commit message"), edited);

    QStringList words;
    for (const auto &p : std::as_const(parts))
        words.append(p.first);
    const int last = parts.isEmpty() ? total : parts.constLast().second;
    // Not a %n plural: without a catalogue (storydesk-cli) it would read "1 stories".
    QString subject = tr("Triage: %1 %2", "commit message: the counted decisions, then the noun")
                          .arg(words.join(QStringLiteral(", ")), last == 1 ? tr("story", "commit message") : tr("stories", "commit message"));
    if (subject.size() > MaxSubjectLength)
        subject = tr("Triage: %1 stories", "commit message").arg(total);

    QString message = subject + QStringLiteral("\n\n");
    std::sort(listed.begin(), listed.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    for (qsizetype i = 0; i < listed.size() && i < MaxListedStories; ++i)
        message += QStringLiteral("- ") + listed.at(i).first + QStringLiteral(": ") + listed.at(i).second.summary() + QLatin1Char('\n');
    if (listed.size() > MaxListedStories)
        message += tr("- and %1 more", "commit message").arg(listed.size() - MaxListedStories) + QLatin1Char('\n');
    return message;
}

} // namespace Storydesk
