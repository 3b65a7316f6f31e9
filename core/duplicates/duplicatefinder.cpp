#include "duplicatefinder.h"

#include "duplicatekeys.h"
#include "storysummary.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Storydesk {

namespace {

class UnionFind
{
public:
    explicit UnionFind(qsizetype count) : m_parent(size_t(count)) { std::iota(m_parent.begin(), m_parent.end(), 0); }

    int root(int i)
    {
        while (m_parent[size_t(i)] != i) {
            m_parent[size_t(i)] = m_parent[size_t(m_parent[size_t(i)])];   // path halving
            i = m_parent[size_t(i)];
        }
        return i;
    }
    void join(int a, int b)
    {
        a = root(a);
        b = root(b);
        if (a != b)
            m_parent[size_t(std::max(a, b))] = std::min(a, b);
    }

private:
    std::vector<int> m_parent;
};

struct Edge
{
    int a;
    int b;
    DuplicateFinder::Reason reason;
};

// A distinct normalised title: its words as ranks (rarest first) and which ranks hold digits.
struct Title
{
    int story;                // the first story with this title
    std::vector<int> tokens;  // ranks, ascending
};

// DuplicateKeys::tokensNearIdentical on ranks: same numbers, Jaccard >= 4/5. Jaccard
// shared / (|a| + |b| - shared) >= n/d means shared >= n(|a| + |b|) / (n + d), so each side
// may miss only so many words: most pairs are decided after a few.
bool nearIdentical(const std::vector<int> &a, const std::vector<int> &b, const std::vector<char> &isNumber)
{
    constexpr size_t Num = DuplicateKeys::SimilarityNumerator;
    constexpr size_t Den = DuplicateKeys::SimilarityDenominator;
    const size_t minimumShared = (Num * (a.size() + b.size()) + Num + Den - 1) / (Num + Den);
    if (minimumShared > std::min(a.size(), b.size()))
        return false;
    size_t missesLeftA = a.size() - minimumShared;
    size_t missesLeftB = b.size() - minimumShared;
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i] < b[j])) {
            if (isNumber[size_t(a[i])] || missesLeftA-- == 0)
                return false;
            ++i;
        } else if (i == a.size() || b[j] < a[i]) {
            if (isNumber[size_t(b[j])] || missesLeftB-- == 0)
                return false;
            ++j;
        } else {
            ++i;
            ++j;
        }
    }
    return true;
}

} // namespace

DuplicateFinder::Story DuplicateFinder::storyOf(const StorySummary &summary)
{
    return {summary.path, summary.webUrl, summary.title, summary.providerName, summary.providerDomain};
}

QList<DuplicateFinder::Group> DuplicateFinder::find(const QList<Story> &stories, Stats *stats)
{
    const qsizetype count = stories.size();
    UnionFind sets(count);
    std::vector<Edge> edges;

    // Equal keys meet in hash tables: links, then titles as normalised. Each distinct title
    // keeps its words as ids, for the near-identical pass.
    QHash<QString, int> byUrl;
    QHash<QString, int> byTitle;   // normalised title -> index in `titles`
    QHash<QString, int> wordIds;
    std::vector<Title> titles;
    std::vector<int> frequency;    // by word id: how many distinct titles have the word
    std::vector<char> numberById;
    byUrl.reserve(count);
    byTitle.reserve(count);
    for (int i = 0; i < int(count); ++i) {
        const Story &s = stories.at(i);
        if (const QString url = DuplicateKeys::normalizedWebUrl(QString::fromUtf8(s.webUrl)); !url.isEmpty()) {
            const auto it = byUrl.constFind(url);
            if (it == byUrl.cend())
                byUrl.insert(url, i);
            else
                edges.push_back({*it, i, Reason::SameLink});
        }
        const QString title = DuplicateKeys::normalizedTitle(s.title, s.providerName, s.providerDomain);
        if (title.isEmpty())
            continue;
        if (const auto it = byTitle.constFind(title); it != byTitle.cend()) {
            // Short titles are kept apart even when equal: see MinimumTitleTokens.
            const Title &first = titles[size_t(*it)];
            if (first.tokens.size() >= size_t(DuplicateKeys::MinimumTitleTokens))
                edges.push_back({first.story, i, Reason::SimilarTitle});
            continue;
        }
        const QStringList words = DuplicateKeys::titleTokens(title);
        if (words.size() < DuplicateKeys::MinimumTitleTokens)
            continue;
        byTitle.insert(title, int(titles.size()));
        Title t{i, {}};
        t.tokens.reserve(size_t(words.size()));
        for (const QString &word : words) {
            auto id = wordIds.constFind(word);
            if (id == wordIds.cend()) {
                id = wordIds.insert(word, int(frequency.size()));
                frequency.push_back(0);
                numberById.push_back(std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }));
            }
            ++frequency[size_t(*id)];
            t.tokens.push_back(*id);
        }
        titles.push_back(std::move(t));
    }

    // Near-identical titles by prefix filtering (Bayardo et al., "Scaling up all pairs
    // similarity search"): with words ordered rarest first, two word sets of Jaccard
    // similarity >= t share a word among the first |x| - ceil(t|x|) + 1 of each. Each title
    // is indexed under those words only, and only titles meeting there are compared; the
    // rarest words have the shortest lists.
    std::vector<int> rankById(frequency.size());
    {
        std::vector<int> order(frequency.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&frequency](int a, int b) { return frequency[size_t(a)] < frequency[size_t(b)]; });
        for (size_t rank = 0; rank < order.size(); ++rank)
            rankById[size_t(order[rank])] = int(rank);
    }
    std::vector<char> isNumber(frequency.size());
    for (size_t id = 0; id < frequency.size(); ++id)
        isNumber[size_t(rankById[id])] = numberById[id];
    for (Title &t : titles) {
        for (int &token : t.tokens)
            token = rankById[size_t(token)];
        std::sort(t.tokens.begin(), t.tokens.end());
    }
    constexpr size_t Num = DuplicateKeys::SimilarityNumerator;
    constexpr size_t Den = DuplicateKeys::SimilarityDenominator;
    //
    // When every word of the titles is common (templated or generated headlines, a small
    // vocabulary) no word is rare enough to prune and the lists grow with the story count:
    // the work would grow with its square. So a title meets at most the last
    // MaxCandidatesPerWord titles of each list (news duplicates arrive close together), and
    // titles already joined by similar titles are not compared again. Bounded: at most
    // that many comparisons per prefix word of each title, whatever the titles.
    std::vector<std::vector<int>> postings(frequency.size());   // by rank: titles indexed under it
    std::vector<int> seen(titles.size(), -1);
    UnionFind similar(qsizetype(titles.size()));
    for (int x = 0; x < int(titles.size()); ++x) {
        const std::vector<int> &mine = titles[size_t(x)].tokens;
        const size_t size = mine.size();
        const size_t prefix = size - (Num * size + Den - 1) / Den + 1;
        for (size_t k = 0; k < prefix; ++k) {
            const std::vector<int> &list = postings[size_t(mine[k])];
            const size_t first = list.size() > size_t(MaxCandidatesPerWord) ? list.size() - size_t(MaxCandidatesPerWord) : 0;
            if (stats)
                stats->candidatesSkipped += qint64(first);
            for (size_t p = list.size(); p-- > first;) {
                const int y = list[p];
                if (seen[size_t(y)] == x)
                    continue;
                seen[size_t(y)] = x;
                const std::vector<int> &theirs = titles[size_t(y)].tokens;
                // Sizes too far apart cannot reach the threshold.
                if (Den * std::min(size, theirs.size()) < Num * std::max(size, theirs.size()))
                    continue;
                if (similar.root(x) == similar.root(y))
                    continue;
                if (stats)
                    ++stats->titleComparisons;
                if (nearIdentical(mine, theirs, isNumber)) {
                    similar.join(x, y);
                    edges.push_back({titles[size_t(y)].story, titles[size_t(x)].story, Reason::SimilarTitle});
                }
            }
        }
        for (size_t k = 0; k < prefix; ++k)
            postings[size_t(mine[k])].push_back(x);
    }

    // Every story of a group meets the others through the edges; the group's reasons are
    // those of its edges.
    for (const Edge &e : edges)
        sets.join(e.a, e.b);
    QHash<int, int> groupByRoot;
    QList<Group> groups;
    for (const Edge &e : edges) {
        const int root = sets.root(e.a);
        auto it = groupByRoot.find(root);
        if (it == groupByRoot.end()) {
            it = groupByRoot.insert(root, int(groups.size()));
            groups.append(Group());
        }
        groups[*it].reasons |= e.reason;
    }
    for (int i = 0; i < int(count); ++i) {
        if (const auto it = groupByRoot.constFind(sets.root(i)); it != groupByRoot.cend())
            groups[*it].paths.append(stories.at(i).path);
    }
    for (Group &g : groups)
        std::sort(g.paths.begin(), g.paths.end());
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.paths.constFirst() < b.paths.constFirst(); });
    return groups;
}

} // namespace Storydesk
