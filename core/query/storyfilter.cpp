#include "storyfilter.h"

#include "searchkey.h"

#include <algorithm>
#include <cstring>

// Matching, implication and the typed require*() of StoryFilter; parsing a filter text
// is in storyfilterparser.cpp.

namespace Storydesk {

namespace {

bool compare(int actual, StoryFilter::Comparison comparison, int value)
{
    switch (comparison) {
    case StoryFilter::Comparison::Less: return actual < value;
    case StoryFilter::Comparison::LessOrEqual: return actual <= value;
    case StoryFilter::Comparison::Equal: return actual == value;
    case StoryFilter::Comparison::GreaterOrEqual: return actual >= value;
    case StoryFilter::Comparison::Greater: return actual > value;
    }
    return false;
}

// Looks for a folded needle in one line of the search key: line 0 is the title, 1 the
// excerpt (see SearchKey::of()). Pointer arithmetic only: runs for every row.
bool lineContains(const QByteArray &key, int line, const QByteArray &needle)
{
    const char *begin = key.constData();
    const char *end = begin + key.size();
    for (int i = 0; i < line && begin < end; ++i) {
        const void *newline = std::memchr(begin, '\n', size_t(end - begin));
        if (!newline)
            return false;
        begin = static_cast<const char *>(newline) + 1;
    }
    if (const void *newline = std::memchr(begin, '\n', size_t(end - begin)))
        end = static_cast<const char *>(newline);
    return ::memmem(begin, size_t(end - begin), needle.constData(), size_t(needle.size())) != nullptr;
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// Case-insensitive search of `needle` in UTF-8 `text`. URLs and typed needles are all but
// always ASCII: searched in place then (the same answer as in UTF-16), with no copy per row.
bool containsCaseInsensitive(const QByteArray &text, const QString &needle)
{
    if (isAscii(text) && isAscii(needle))
        return QLatin1StringView(text).contains(needle, Qt::CaseInsensitive);
    return QString::fromUtf8(text).contains(needle, Qt::CaseInsensitive);
}

} // namespace

int StoryFilter::addTerm(const Term &term)
{
    m_terms.append(term);
    return int(m_terms.size() - 1);
}

void StoryFilter::requireTerm(const Term &term)
{
    Node node;
    node.kind = Node::Kind::Term;
    node.term = addTerm(term);
    m_nodes.append(node);
    m_conjuncts.append(int(m_nodes.size() - 1));
}

void StoryFilter::requireWords(QStringView text)
{
    Term term;
    term.kind = Term::Kind::Word;
    term.foldedWord = SearchKey::fold(text.trimmed()).toUtf8();
    if (!term.foldedWord.isEmpty())
        requireTerm(term);
}

void StoryFilter::requirePublished(bool published)
{
    Term term;
    term.kind = Term::Kind::Published;
    term.published = published;
    requireTerm(term);
}

void StoryFilter::requireScore(Score score, Comparison comparison, int value)
{
    Term term;
    term.kind = Term::Kind::Score;
    term.score = score;
    term.comparison = comparison;
    term.value = value;
    requireTerm(term);
}

void StoryFilter::requireTopic(const QString &topic)
{
    Term term;
    term.kind = Term::Kind::Topic;
    term.text = topic;
    requireTerm(term);
}

void StoryFilter::requireProvider(const QString &provider)
{
    Term term;
    term.kind = Term::Kind::Provider;
    term.text = provider;
    requireTerm(term);
}

void StoryFilter::requireAll(const StoryFilter &other)
{
    // Copies other's nodes after ours, shifting every index they hold.
    const int nodeOffset = int(m_nodes.size());
    const int termOffset = int(m_terms.size());
    m_terms += other.m_terms;
    for (Node node : other.m_nodes) {
        if (node.kind == Node::Kind::Term)
            node.term += termOffset;
        for (int &child : node.children)
            child += nodeOffset;
        m_nodes.append(node);
    }
    for (const int conjunct : other.m_conjuncts)
        m_conjuncts.append(conjunct + nodeOffset);
}

bool StoryFilter::needsRowFacts() const
{
    return needsGitState() || std::any_of(m_terms.cbegin(), m_terms.cend(), [](const Term &term) {
        return term.kind == Term::Kind::Is
            && (Term::Is(term.value) == Term::Is::Modified || Term::Is(term.value) == Term::Is::Duplicate);
    });
}

bool StoryFilter::needsGitState() const
{
    return std::any_of(m_terms.cbegin(), m_terms.cend(), [](const Term &term) { return term.kind == Term::Kind::Git; });
}

bool StoryFilter::narrows(const StoryFilter &other) const
{
    // Each of other's conjuncts must follow from one of ours.
    for (const int wanted : other.m_conjuncts) {
        const bool implied = std::any_of(m_conjuncts.cbegin(), m_conjuncts.cend(),
                                         [&](int mine) { return nodeImplies(mine, other, wanted); });
        if (!implied)
            return false;
    }
    return true;
}

bool StoryFilter::equals(const StoryFilter &other) const
{
    if (m_conjuncts.size() != other.m_conjuncts.size())
        return false;
    for (qsizetype i = 0; i < m_conjuncts.size(); ++i) {
        if (!sameNode(m_conjuncts.at(i), other, other.m_conjuncts.at(i)))
            return false;
    }
    return true;
}

bool StoryFilter::sameNode(int node, const StoryFilter &other, int otherNode) const
{
    const Node &mine = m_nodes.at(node);
    const Node &theirs = other.m_nodes.at(otherNode);
    if (mine.kind != theirs.kind || mine.children.size() != theirs.children.size())
        return false;
    if (mine.kind == Node::Kind::Term)
        return m_terms.at(mine.term) == other.m_terms.at(theirs.term);
    for (qsizetype i = 0; i < mine.children.size(); ++i) {
        if (!sameNode(mine.children.at(i), other, theirs.children.at(i)))
            return false;
    }
    return true;
}

bool StoryFilter::nodeImplies(int node, const StoryFilter &other, int otherNode) const
{
    // Sound rules only (each one a tautology of logic); anything else answers "unsure".
    const Node &mine = m_nodes.at(node);
    const Node &theirs = other.m_nodes.at(otherNode);
    if (mine.kind == Node::Kind::Term && theirs.kind == Node::Kind::Term)
        return m_terms.at(mine.term).implies(other.m_terms.at(theirs.term));
    if (mine.kind == Node::Kind::Not && theirs.kind == Node::Kind::Not) // not a => not b when b => a
        return other.nodeImplies(theirs.children.constFirst(), *this, mine.children.constFirst());
    if (theirs.kind == Node::Kind::And) { // x => a and b when x => a and x => b
        return std::all_of(theirs.children.cbegin(), theirs.children.cend(),
                           [&](int child) { return nodeImplies(node, other, child); });
    }
    if (mine.kind == Node::Kind::Or) { // a or b => y when a => y and b => y
        return std::all_of(mine.children.cbegin(), mine.children.cend(),
                           [&](int child) { return nodeImplies(child, other, otherNode); });
    }
    if (mine.kind == Node::Kind::And) { // a and b => y when a => y or b => y
        if (std::any_of(mine.children.cbegin(), mine.children.cend(),
                        [&](int child) { return nodeImplies(child, other, otherNode); }))
            return true;
    }
    if (theirs.kind == Node::Kind::Or) { // x => a or b when x => a or x => b
        return std::any_of(theirs.children.cbegin(), theirs.children.cend(),
                           [&](int child) { return nodeImplies(node, other, child); });
    }
    return false;
}

bool StoryFilter::Term::implies(const Term &other) const
{
    // A text containing "facial" contains "fac", in any one field as in all of them; a
    // narrower period lies within a wider one (date:<7d an hour later). Other terms only
    // imply themselves.
    if (kind != other.kind)
        return false;
    switch (kind) {
    case Kind::Word:
    case Kind::Title:
    case Kind::Excerpt:
        return foldedWord.contains(other.foldedWord);
    case Kind::Url:
        return text.contains(other.text, Qt::CaseInsensitive);
    case Kind::Date:
        return from >= other.from && to <= other.to;
    default:
        return *this == other;
    }
}

bool StoryFilter::matches(const StorySummary &story, const RowFacts &facts) const
{
    for (const int node : m_conjuncts) {
        if (!matchesNode(node, story, facts))
            return false;
    }
    return true;
}

bool StoryFilter::matchesNode(int index, const StorySummary &story, const RowFacts &facts) const
{
    const Node &node = m_nodes.at(index);
    switch (node.kind) {
    case Node::Kind::Term:
        return m_terms.at(node.term).matches(story, facts);
    case Node::Kind::And:
        for (const int child : node.children) {
            if (!matchesNode(child, story, facts))
                return false;
        }
        return true;
    case Node::Kind::Or:
        for (const int child : node.children) {
            if (matchesNode(child, story, facts))
                return true;
        }
        return false;
    case Node::Kind::Not:
        return !matchesNode(node.children.constFirst(), story, facts);
    }
    return false;
}

bool StoryFilter::Term::matches(const StorySummary &story, const RowFacts &facts) const
{
    switch (kind) {
    case Kind::Word:
        // glibc's memmem is several times faster than QByteArrayView::contains() in Qt 6.4
        // on short needles, and this runs for every row on every keystroke.
        return ::memmem(story.searchKey.constData(), size_t(story.searchKey.size()), foldedWord.constData(),
                        size_t(foldedWord.size())) != nullptr;
    case Kind::Title:
        return lineContains(story.searchKey, 0, foldedWord);
    case Kind::Excerpt:
        return lineContains(story.searchKey, 1, foldedWord);
    case Kind::Url:
        // URLs are all but ASCII: a case-insensitive search, without folding accents.
        return containsCaseInsensitive(story.webUrl, text);
    case Kind::Published:
        return (story.published == StorySummary::Published::Yes) == published;
    case Kind::Score: {
        const qint16 actual = score == Score::Quality ? story.quality : story.heat;
        return actual >= 0 && compare(actual, comparison, value);
    }
    case Kind::Related:
        return compare(story.relatedCount, comparison, value);
    case Kind::Date: {
        if (!story.publishedDateTime.isValid())
            return false;
        const qint64 msecs = story.publishedDateTime.toMSecsSinceEpoch();
        return msecs >= from && msecs < to;
    }
    case Kind::Topic:
        for (const QString &topic : story.topics) {
            if (topic.compare(text, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    case Kind::Provider:
        return story.providerName.compare(text, Qt::CaseInsensitive) == 0
            || story.providerDomain.compare(text, Qt::CaseInsensitive) == 0;
    case Kind::Category:
        return story.category.compare(text, Qt::CaseInsensitive) == 0;
    case Kind::Type:
        return story.type.compare(text, Qt::CaseInsensitive) == 0;
    case Kind::Has:
        switch (Has(value)) {
        case Has::Image: return !story.imageUrl.isEmpty();
        case Has::Related: return story.relatedCount > 0;
        case Has::Topics: return !story.topics.isEmpty();
        case Has::Url: return !story.webUrl.isEmpty();
        case Has::Excerpt: return !story.excerpt.isEmpty();
        case Has::Date: return story.publishedDateTime.isValid();
        case Has::Quality: return story.quality >= 0;
        case Has::Heat: return story.heat >= 0;
        case Has::Provider: return !story.providerName.isEmpty() || !story.providerDomain.isEmpty();
        case Has::Category: return !story.category.isEmpty();
        case Has::Type: return !story.type.isEmpty();
        }
        return false;
    case Kind::Is:
        switch (Is(value)) {
        case Is::Published: return story.published == StorySummary::Published::Yes;
        case Is::Unpublished: return story.published != StorySummary::Published::Yes;
        case Is::Modified: return facts.modified;
        case Is::Broken: return story.broken;
        case Is::Invalid: return !story.problems.isEmpty();
        case Is::Duplicate: return facts.duplicate;
        }
        return false;
    case Kind::Git:
        return facts.git == GitFileState(value);
    case Kind::Field:
        return fieldValue.isNull() ? story.hasField(fieldKey) : story.fieldValue(fieldKey) == fieldValue;
    }
    return false;
}

} // namespace Storydesk
