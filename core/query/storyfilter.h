#pragma once

#include "sitegitstates.h"
#include "storysummary.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

namespace Storydesk {

class StoryFilterParser;

// A query over story summaries, shared by the table's filter field and
// `storydesk-cli list --filter` so both read the same language the same way:
//
//   facial recognition   "city council"   title:"facial recognition"   -topic:AI
//   (topic:AI or topic:"Computer Vision") and not is:published   quality:>=60   date:<7d
//
// Terms next to each other must all hold; `or`, `not` / `-` and parentheses combine them
// (precedence: not, then and, then or). Free words (and quoted phrases) match the title,
// excerpt, provider and topics, ignoring case and accents. Unknown `key:` prefixes are read
// as free words, so searching for "re:invent" works. The README lists every field.
//
// Matching allocates nothing: the table evaluates a query for 100,000 rows on every
// keystroke, on every core at once.
class StoryFilter
{
public:
    enum class Comparison { Less, LessOrEqual, Equal, GreaterOrEqual, Greater };
    enum class Score { Quality, Heat };

    // Where and why a filter text could not be read; position is the 0-based index of the
    // offending character in the text, so a line edit can put its cursor there.
    struct ParseError
    {
        qsizetype position = -1;
        QString message;
    };

    // What a query may ask that a summary does not hold: the caller knows them (the store's
    // unsaved edits, the duplicate finder, the site's git state) and passes them per row
    // when needsRowFacts().
    struct RowFacts
    {
        bool modified = false;   // is:modified
        bool duplicate = false;  // is:duplicate
        GitFileState git = GitFileState::Clean;   // git:new, git:changed, git:incoming, git:conflict
    };

    // Parses `text`; on error returns an empty filter and fills `error` (when given).
    // Relative dates (`date:<7d`) count back from `now`; an invalid `now` means the current
    // UTC time. Tests pass a fixed one.
    static StoryFilter parse(QStringView text, ParseError *error = nullptr, const QDateTime &now = QDateTime());

    bool isEmpty() const { return m_conjuncts.isEmpty(); }
    // Free words are looked up in story.searchKey, which SummaryReader and the store fill;
    // a hand-built summary needs SearchKey::of() first. Allocates nothing. Without facts, a
    // story is neither modified nor a duplicate. (Two overloads rather than a default
    // argument: GCC cannot default a nested struct with member initializers in its class.)
    bool matches(const StorySummary &story, const RowFacts &facts) const;
    bool matches(const StorySummary &story) const { return matches(story, RowFacts()); }
    // True when the query asks is:modified, is:duplicate or git:…: only then must callers
    // work out RowFacts (and refilter when they change).
    bool needsRowFacts() const;
    // True when the query asks git:…: only then must callers ask git for RowFacts::git.
    bool needsGitState() const;

    // Typed terms, for callers that build a filter from widgets rather than text. Each one
    // must hold in addition to what the filter already requires.
    void requireWords(QStringView text);
    void requirePublished(bool published);
    void requireScore(Score score, Comparison comparison, int value);
    void requireTopic(const QString &topic);
    void requireProvider(const QString &provider);
    // Adds `other` as a whole: a story must then match both filters.
    void requireAll(const StoryFilter &other);
    // True when every story this filter matches is sure to match `other` too, as when a
    // word is typed on ("facial" after "fac") or a term added: then only the stories
    // `other` matched need checking. False when unsure.
    bool narrows(const StoryFilter &other) const;

    // Same query, however it was built: parsed, typed or combined.
    friend bool operator==(const StoryFilter &a, const StoryFilter &b) { return a.equals(b); }

private:
    friend class StoryFilterParser;

    // One condition on a story: a leaf of the query.
    struct Term
    {
        enum class Kind { Word, Title, Excerpt, Url, Published, Score, Related, Date, Topic, Provider, Category, Type, Has, Is, Git, Field };
        enum class Has { Image, Related, Topics, Url, Excerpt, Date, Quality, Heat, Provider, Category, Type };
        enum class Is { Published, Unpublished, Modified, Broken, Invalid, Duplicate };
        Kind kind = Kind::Word;
        QByteArray foldedWord;   // Word, Title, Excerpt: folded UTF-8 to look for
        QString text;            // Topic, Provider, Category, Type, Url: compared case-insensitively
        bool published = false;
        Score score = Score::Quality;
        Comparison comparison = Comparison::Equal;
        int value = 0;           // Score, Related: the number; Has, Is, Git: the enum
        qint64 from = 0;         // Date: published in [from, to), ms since the epoch, UTC
        qint64 to = 0;
        QByteArray fieldKey;     // Field: the top-level key (UTF-8), and the lowercased value it
        QByteArray fieldValue;   // must hold (null: only that the key is there)

        bool matches(const StorySummary &story, const RowFacts &facts) const;
        bool implies(const Term &other) const;
        friend bool operator==(const Term &, const Term &) = default;
    };

    // A node of the expression tree, kept in a flat list so that copying and comparing
    // filters stays plain and matching follows indices without allocating.
    struct Node
    {
        enum class Kind : quint8 { Term, And, Or, Not };
        Kind kind = Kind::Term;
        int term = -1;           // Term: index in m_terms
        QList<int> children;     // And, Or: the operands; Not: the one negated
    };

    int addTerm(const Term &term);
    void requireTerm(const Term &term);
    bool matchesNode(int node, const StorySummary &story, const RowFacts &facts) const;
    bool nodeImplies(int node, const StoryFilter &other, int otherNode) const;
    bool equals(const StoryFilter &other) const;
    bool sameNode(int node, const StoryFilter &other, int otherNode) const;

    QList<Term> m_terms;
    QList<Node> m_nodes;
    // The nodes that must all hold: the top level of the query, plus every require*().
    QList<int> m_conjuncts;
};

} // namespace Storydesk
