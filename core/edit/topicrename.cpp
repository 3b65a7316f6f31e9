#include "topicrename.h"

#include "frontmatterdocument.h"
#include "storyschema.h"
#include "storystore.h"

#include <algorithm>

namespace Storydesk {

namespace {

bool sameTopic(QStringView a, QStringView b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// The one algorithm behind both rewrites, over any list of topics: `nameOf` gives an item's
// text (nullopt for items that are not topics, such as maps), `renamed` makes the new item
// from the one it replaces. Returns nullopt when nothing changes.
template<typename Item, typename NameOf, typename Renamed>
std::optional<QList<Item>> rewriteItems(const TopicRename &rename, const QList<Item> &items, NameOf nameOf, Renamed renamed,
                                        bool (TopicRename::*joins)(QStringView) const)
{
    const bool hasOld = std::any_of(items.cbegin(), items.cend(), [&](const Item &item) {
        const std::optional<QString> name = nameOf(item);
        return name && rename.matches(*name);
    });
    if (!hasOld)
        return std::nullopt;
    QList<Item> out;
    out.reserve(items.size());
    bool placed = false;
    bool changed = false;
    for (const Item &item : items) {
        const std::optional<QString> name = nameOf(item);
        if (!name || !(rename.*joins)(*name)) {
            out.append(item);
        } else if (placed) {
            changed = true;   // a duplicate the merge makes: the first one stays
        } else {
            placed = true;
            if (*name == rename.to()) {
                out.append(item);   // already spelled as the new name: keep its bytes
            } else {
                out.append(renamed(item));
                changed = true;
            }
        }
    }
    return changed ? std::optional<QList<Item>>(std::move(out)) : std::nullopt;
}

} // namespace

TopicRename::TopicRename(const QStringList &from, const QString &to)
    : m_to(to.trimmed())
    , m_topicsPath({StorySchema::Topics})
{
    for (const QString &name : from) {
        const QString trimmed = name.trimmed();
        const bool known = std::any_of(m_from.cbegin(), m_from.cend(), [&](const QString &n) { return sameTopic(n, trimmed); });
        if (!trimmed.isEmpty() && !known)
            m_from.append(trimmed);
    }
}

bool TopicRename::matches(QStringView topic) const
{
    return std::any_of(m_from.cbegin(), m_from.cend(), [&](const QString &name) { return sameTopic(name, topic); });
}

bool TopicRename::joins(QStringView topic) const
{
    return matches(topic) || sameTopic(m_to, topic);
}

std::optional<QStringList> TopicRename::rewrite(const QStringList &topics) const
{
    if (!isValid())
        return std::nullopt;
    return rewriteItems<QString>(
        *this, topics, [](const QString &t) { return std::optional<QString>(t); }, [this](const QString &) { return m_to; },
        &TopicRename::joins);
}

std::optional<YamlValue> TopicRename::rewrite(const YamlValue &topics) const
{
    if (!isValid())
        return std::nullopt;
    const auto nameOf = [](const YamlValue &item) { return item.isScalar() ? std::optional<QString>(item.text()) : std::nullopt; };
    // The new name is text: a topic renamed to "2024" or "yes" stays a string, quoted as needed.
    // No quoting of its own: the writer then quotes it as the item it replaces was quoted
    // (single, double or plain), which the parsed value cannot tell apart.
    const auto renamed = [this](const YamlValue &) { return YamlValue::string(m_to); };
    if (topics.isScalar()) {
        // `topics: AI`: one topic, and it stays a scalar.
        const std::optional<QList<YamlValue>> one = rewriteItems<YamlValue>(*this, {topics}, nameOf, renamed, &TopicRename::joins);
        return one ? std::optional<YamlValue>(one->constFirst()) : std::nullopt;
    }
    if (!topics.isSequence())
        return std::nullopt;
    const std::optional<QList<YamlValue>> items = rewriteItems<YamlValue>(*this, topics.items(), nameOf, renamed, &TopicRename::joins);
    return items ? std::optional<YamlValue>(YamlValue::sequence(*items)) : std::nullopt;
}

TopicRename::Outcome TopicRename::apply(FrontMatterDocument &document, QString *error) const
{
    if (!document.isEditable()) {
        if (error) {
            const Problem problem = document.problems().value(0);
            *error = QStringLiteral("%1:%2: %3").arg(problem.line).arg(problem.column).arg(problem.message);
        }
        return Outcome::Refused;
    }
    if (m_topicsPath.isRoot())
        return Outcome::Unchanged; // the site has no topics
    const std::optional<YamlValue> topics = document.valueAt(m_topicsPath);
    const std::optional<YamlValue> renamed = topics ? rewrite(*topics) : std::nullopt;
    if (!renamed)
        return Outcome::Unchanged;
    return document.set(m_topicsPath, *renamed, error) ? Outcome::Changed : Outcome::Refused;
}

bool TopicRename::changes(const StorySummary &story) const
{
    return !story.broken && rewrite(story.topics).has_value();
}

TopicRename::Plan TopicRename::plan(const StoryStore &store) const
{
    Plan plan;
    if (!isValid())
        return plan;
    for (int row = 0; row < store.count(); ++row) {
        const StorySummary &story = store.summary(row);
        if (story.broken)
            plan.broken.append(story.path);
        else if (changes(story))
            plan.stories.append(story.path);
    }
    plan.stories.sort();
    plan.broken.sort();
    return plan;
}

} // namespace Storydesk
