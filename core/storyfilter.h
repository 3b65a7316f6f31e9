#pragma once

#include "storysummary.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace Storydesk {

// A filter over story summaries, shared by the table's filter field and
// `storydesk-cli list --filter` so both read the same syntax the same way:
//
//   published:false   quality:>=60   heat:<30   topic:"Computer Vision"   provider:wsj.com
//   facial recognition   "city council"
//
// All terms must hold. Free words (and quoted phrases) match the title, excerpt, provider
// and topics, ignoring case and accents. `published:false` matches every story that is not
// explicitly published (no `published` key, or an invalid one, counts as unpublished);
// score comparisons never match a story whose score is missing. Unknown `key:` prefixes are
// read as free words, so searching for "re:invent" works.
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

    // Parses `text`; on error returns an empty filter and fills `error` (when given).
    static StoryFilter parse(QStringView text, ParseError *error = nullptr);

    bool isEmpty() const { return m_terms.isEmpty(); }
    // Free words are looked up in story.searchKey, which SummaryReader and the store fill;
    // a hand-built summary needs searchKeyOf() first. Allocates nothing: the table calls
    // this for 100,000 rows on every keystroke.
    bool matches(const StorySummary &story) const;

    // Typed terms, for callers that build a filter from widgets rather than text.
    void requireWords(QStringView text);
    void requirePublished(bool published);
    void requireScore(Score score, Comparison comparison, int value);
    void requireTopic(const QString &topic);
    void requireProvider(const QString &provider);
    // Adds every term of `other`: a story must then match both filters.
    void requireAll(const StoryFilter &other);
    // True when every story this filter matches is sure to match `other` too, as when a
    // word is typed on ("facial" after "fac") or a term added: then only the stories
    // `other` matched need checking. False when unsure.
    bool narrows(const StoryFilter &other) const;

    // Lowercase, compatibility-decomposed text without non-spacing marks: "Égalité" -> "egalite".
    static QString fold(QStringView text);
    // What free words are searched in: see StorySummary::searchKey.
    static QByteArray searchKeyOf(const StorySummary &story);
    // Orders stories by title ignoring case and accents ("Éel" beside "eel"), then by
    // excerpt, cheaply: the search key starts with the folded title and a newline.
    static int compareTitles(const StorySummary &a, const StorySummary &b);

    friend bool operator==(const StoryFilter &, const StoryFilter &) = default;

private:
    // One condition on a story. A later query language (or, not, parentheses) combines
    // these into a tree; today every term must hold.
    struct Term
    {
        enum class Kind { Word, Published, Score, Topic, Provider };
        Kind kind = Kind::Word;
        QByteArray foldedWord;   // Word: folded UTF-8, compared against searchKey
        QString text;            // Topic, Provider: compared case-insensitively
        bool published = false;
        Score score = Score::Quality;
        Comparison comparison = Comparison::Equal;
        int value = 0;

        bool matches(const StorySummary &story) const;
        bool implies(const Term &other) const;
        friend bool operator==(const Term &, const Term &) = default;
    };

    QList<Term> m_terms;
};

} // namespace Storydesk
