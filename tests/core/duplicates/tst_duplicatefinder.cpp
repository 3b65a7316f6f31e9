#include "duplicatefinder.h"
#include "duplicatekeys.h"

#include <QRandomGenerator>
#include <QTest>

using Storydesk::DuplicateFinder;
using Reason = DuplicateFinder::Reason;
using Reasons = DuplicateFinder::Reasons;

Q_DECLARE_METATYPE(DuplicateFinder::Reasons)

namespace {

// "path|webUrl|title|provider name"
DuplicateFinder::Story story(const char *spec)
{
    const QStringList parts = QString::fromUtf8(spec).split(QLatin1Char('|'));
    return {parts.value(0), parts.value(1).toUtf8(), parts.value(2), parts.value(3), QString()};
}

// Groups as "a,b;c,d" with their reasons.
QString shown(const QList<DuplicateFinder::Group> &groups)
{
    QStringList out;
    for (const DuplicateFinder::Group &g : groups)
        out.append(g.paths.join(QLatin1Char(',')));
    return out.join(QLatin1Char(';'));
}

} // namespace

class TestDuplicateFinder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_groupsStoriesSharingALinkOrATitle_data();
    void find_groupsStoriesSharingALinkOrATitle();
    void find_givesEachGroupItsReasons();
    void find_agreesWithComparingEveryPair();
    void find_smallVocabulary_workIsBoundedAndNearbyDuplicatesFound();
};

void TestDuplicateFinder::find_groupsStoriesSharingALinkOrATitle_data()
{
    QTest::addColumn<QStringList>("stories");
    QTest::addColumn<QString>("groups");

    const auto row = [](const char *name, std::initializer_list<const char *> specs, const char *groups) {
        QStringList stories;
        for (const char *s : specs)
            stories.append(QString::fromUtf8(s));
        QTest::newRow(name) << stories << QString::fromUtf8(groups);
    };
    // Must group.
    row("same link", {"a|https://x.com/1|One story here|P", "b|https://x.com/1|Completely other words|Q"}, "a,b");
    row("link with tracking", {"a|https://www.x.com/1/?utm_source=rss|Alpha beta gamma|P", "b|http://x.com/1#top|Delta epsilon zeta|Q"}, "a,b");
    row("same title, other links", {"a|https://x.com/1|Detroit renews facial recognition contract|P",
                                    "b|https://y.com/9|Detroit Renews Facial-Recognition Contract|Q"}, "a,b");
    row("title with provider suffix", {"a|https://x.com/1|Detroit renews facial recognition contract - Wire|Wire",
                                       "b|https://y.com/9|Detroit renews facial recognition contract|Other"}, "a,b");
    row("near-identical titles", {"a|https://x.com/1|Detroit city council renews its controversial facial recognition contract|P",
                                  "b|https://y.com/2|Detroit city council quietly renews its controversial facial recognition contract|Q"}, "a,b");
    row("transitive", {"a|https://x.com/1|Alpha beta gamma delta|P", "b|https://x.com/1|Other title entirely here|Q",
                       "c|https://z.com/3|Other title entirely here|R"}, "a,b,c");
    row("two groups", {"a|https://x.com/1|One|P", "b|https://x.com/1|Two|P", "c|https://x.com/2|Three|P", "d|https://x.com/2|Four|P",
                       "e|https://x.com/3|Five|P"}, "a,b;c,d");
    // Must not group.
    row("other paths", {"a|https://x.com/1|Alpha beta gamma|P", "b|https://x.com/2|Delta epsilon zeta|P"}, "");
    row("kept parameters differ", {"a|https://x.com/a?id=1|Alpha beta gamma|P", "b|https://x.com/a?id=2|Delta epsilon zeta|P"}, "");
    row("other hosts", {"a|https://x.com/1|Alpha beta gamma|P", "b|https://y.com/1|Delta epsilon zeta|P"}, "");
    row("no links", {"a||Alpha beta gamma|P", "b||Delta epsilon zeta|P"}, "");
    row("short equal titles", {"a|https://x.com/1|Live updates|P", "b|https://x.com/2|Live updates|P"}, "");
    row("titles with other numbers", {"a|https://x.com/1|Apple event live part 1|P", "b|https://x.com/2|Apple event live part 2|P"}, "");
    row("titles two words apart", {"a|https://x.com/1|Covid cases rise in Texas|P", "b|https://x.com/2|Covid cases rise in Florida|P"}, "");
    row("other provider suffix kept", {"a|https://x.com/1|Markets rally - Live|Wire", "b|https://x.com/2|Markets rally - Tonight|Wire"}, "");
    row("broken stories (nothing known)", {"a|||", "b|||"}, "");
}

void TestDuplicateFinder::find_groupsStoriesSharingALinkOrATitle()
{
    QFETCH(QStringList, stories);
    QFETCH(QString, groups);
    QList<DuplicateFinder::Story> input;
    for (const QString &s : std::as_const(stories))
        input.append(story(s.toUtf8().constData()));
    QCOMPARE(shown(DuplicateFinder::find(input)), groups);
    // The order stories come in changes nothing.
    std::reverse(input.begin(), input.end());
    QCOMPARE(shown(DuplicateFinder::find(input)), groups);
}

void TestDuplicateFinder::find_givesEachGroupItsReasons()
{
    const QList<DuplicateFinder::Story> input = {
        story("a|https://x.com/1|Alpha beta gamma|P"), story("b|https://x.com/1|Delta epsilon zeta|P"),
        story("c|https://x.com/2|Same title for both|P"), story("d|https://x.com/3|Same title for both|P"),
        story("e|https://x.com/4|Another same title here|P"), story("f|https://x.com/4|Another same title here|P"),
        story("g|https://x.com/5|Another same title here|P"),
    };
    const QList<DuplicateFinder::Group> groups = DuplicateFinder::find(input);
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).reasons, Reasons(Reason::SameLink));
    QCOMPARE(groups.at(1).reasons, Reasons(Reason::SimilarTitle));
    QCOMPARE(groups.at(2).reasons, Reason::SameLink | Reason::SimilarTitle);
    QCOMPARE(groups.at(2).paths, QStringList({QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")}));
}

// Prefix filtering must find every near-identical pair: on random titles drawn from a small
// vocabulary (many near misses), the groups equal those of comparing every pair.
void TestDuplicateFinder::find_agreesWithComparingEveryPair()
{
    const QStringList words = QStringLiteral("detroit renews contract city council drones farmers test audit vision robot fleet "
                                             "bank pauses funds opens 2020 lab")
                                  .split(QLatin1Char(' '));
    QRandomGenerator random(42);
    QList<DuplicateFinder::Story> input;
    for (int i = 0; i < 400; ++i) {
        QStringList title;
        const int length = 3 + random.bounded(5);
        for (int w = 0; w < length; ++w)
            title.append(words.at(random.bounded(int(words.size()))));
        input.append({QStringLiteral("s%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("https://x.com/%1").arg(i).toUtf8(),
                      title.join(QLatin1Char(' ')), QString(), QString()});
    }
    // Union-find over every pair, the slow way.
    QList<int> parent(input.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int i) {
        while (parent[i] != i)
            i = parent[i];
        return i;
    };
    for (int a = 0; a < input.size(); ++a) {
        for (int b = a + 1; b < input.size(); ++b) {
            if (Storydesk::DuplicateKeys::titlesNearIdentical(input.at(a).title, input.at(b).title))
                parent[root(b)] = root(a);
        }
    }
    QMap<int, QStringList> expected;
    for (int i = 0; i < input.size(); ++i)
        expected[root(i)].append(input.at(i).path);
    QStringList expectedGroups;
    for (const QStringList &g : std::as_const(expected)) {
        if (g.size() > 1)
            expectedGroups.append(g.join(QLatin1Char(',')));
    }
    expectedGroups.sort();
    QVERIFY(expectedGroups.size() > 5);   // the test means something
    QCOMPARE(shown(DuplicateFinder::find(input)), expectedGroups.join(QLatin1Char(';')));
}

// Titles made only of common words (templated headlines) defeat prefix filtering: every
// word's list grows with the story count. The search stays within its bound (at most
// MaxCandidatesPerWord comparisons per prefix word of a title), and a near-duplicate that
// arrives soon after its original, as news duplicates do, is still found.
void TestDuplicateFinder::find_smallVocabulary_workIsBoundedAndNearbyDuplicatesFound()
{
    QStringList vocabulary;
    for (char a = 'a'; a < 'a' + 8; ++a) {
        for (char b = 'a'; b < 'a' + 5; ++b)
            vocabulary.append(QStringLiteral("w") + QLatin1Char(a) + QLatin1Char(b));
    }
    QRandomGenerator random(2026);
    QList<DuplicateFinder::Story> input;
    QList<QPair<QString, QString>> planted;
    constexpr int Count = 6000;
    qint64 bound = 0;
    for (int i = 0; i < Count; ++i) {
        const QString path = QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0'));
        QString title;
        if (i > 0 && i % 100 == 0) {
            const DuplicateFinder::Story &original = input.at(i - 1 - random.bounded(30));
            title = original.title + QLatin1Char(' ') + vocabulary.at(random.bounded(int(vocabulary.size())));
            planted.append({original.path, path});
        } else {
            QStringList words;
            const int length = 6 + random.bounded(7);
            for (int w = 0; w < length; ++w)
                words.append(vocabulary.at(random.bounded(int(vocabulary.size()))));
            title = words.join(QLatin1Char(' '));
        }
        input.append({path, QStringLiteral("https://x.example/%1").arg(i).toUtf8(), title, QString(), QString()});
        const qint64 words = Storydesk::DuplicateKeys::titleTokens(Storydesk::DuplicateKeys::normalizedTitle(title, QString(), QString())).size();
        const qint64 prefix = words - (4 * words + 4) / 5 + 1;
        bound += prefix * DuplicateFinder::MaxCandidatesPerWord;
    }

    DuplicateFinder::Stats stats;
    const QList<DuplicateFinder::Group> groups = DuplicateFinder::find(input, &stats);
    QVERIFY2(stats.candidatesSkipped > 0, "the vocabulary must be small enough for the bound to matter");
    QVERIFY2(stats.titleComparisons <= bound, qPrintable(QStringLiteral("%1 > %2").arg(stats.titleComparisons).arg(bound)));
    QHash<QString, int> groupOf;
    for (int g = 0; g < groups.size(); ++g) {
        for (const QString &path : groups.at(g).paths)
            groupOf.insert(path, g);
    }
    for (const auto &[original, copy] : std::as_const(planted)) {
        QVERIFY2(groupOf.contains(copy) && groupOf.value(copy, -1) == groupOf.value(original, -2),
                 qPrintable(original + QLatin1String(" / ") + copy));
    }
}

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"
