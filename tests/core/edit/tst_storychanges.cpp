#include "storychanges.h"

#include <QTest>

// StoryChanges: what changed in a story, field by field through the engine, and the
// commit message over many stories.

using namespace Storydesk;

namespace {

using Bytes = std::optional<QByteArray>;

const QByteArray Base("---\n"
                      "title: \"Chips\"\n"
                      "published: false\n"
                      "quality: 63\n"
                      "topics:\n"
                      "  - Cloud\n"
                      "  - Chips\n"
                      "related:\n"
                      "  - title: \"One\"\n"
                      "    webUrl: \"https://news.example/one\"\n"
                      "  - title: \"Two\"\n"
                      "    webUrl: \"https://news.example/two\"\n"
                      "---\n"
                      "Body line.\n");

QByteArray with(const char *from, const char *to, const QByteArray &text = Base)
{
    QByteArray copy = text;
    const qsizetype at = copy.indexOf(from);
    Q_ASSERT(at >= 0);
    return copy.replace(at, qstrlen(from), to);
}

} // namespace

class TestStoryChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void descriptions_data()
    {
        QTest::addColumn<Bytes>("before");
        QTest::addColumn<Bytes>("after");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("unchanged") << Bytes(Base) << Bytes(Base) << QStringList();
        QTest::newRow("published") << Bytes(Base) << Bytes(with("published: false", "published: true"))
                                   << QStringList{QStringLiteral("published: false \u2192 true")};
        QTest::newRow("quality") << Bytes(Base) << Bytes(with("quality: 63", "quality: 70"))
                                 << QStringList{QStringLiteral("quality 63 \u2192 70")};
        QTest::newRow("quality added") << Bytes(with("quality: 63\n", "")) << Bytes(Base)
                                       << QStringList{QStringLiteral("quality (none) \u2192 63")};
        QTest::newRow("topics added and removed") << Bytes(Base) << Bytes(with("  - Cloud\n", "  - AI\n"))
                                                  << QStringList{QStringLiteral("topics +AI \u2212Cloud")};
        QTest::newRow("topics reordered") << Bytes(Base) << Bytes(with("  - Cloud\n  - Chips\n", "  - Chips\n  - Cloud\n"))
                                          << QStringList{QStringLiteral("topics reordered")};
        QTest::newRow("related one in one out")
            << Bytes(Base) << Bytes(with("https://news.example/two", "https://news.example/three"))
            << QStringList{QStringLiteral("related +1 \u22121")};
        QTest::newRow("related same link other spelling is the same entry")
            << Bytes(Base) << Bytes(with("https://news.example/two", "https://NEWS.example/two/"))
            << QStringList{QStringLiteral("related 1 edited")};
        QTest::newRow("related entry edited") << Bytes(Base) << Bytes(with("title: \"Two\"", "title: \"Deux\""))
                                              << QStringList{QStringLiteral("related 1 edited")};
        QTest::newRow("title") << Bytes(Base) << Bytes(with("\"Chips\"", "\"Chips and more\""))
                               << QStringList{QStringLiteral("title changed")};
        QTest::newRow("key added") << Bytes(Base) << Bytes(with("quality: 63\n", "quality: 63\nheat: 5\n"))
                                   << QStringList{QStringLiteral("heat added")};
        QTest::newRow("key removed") << Bytes(Base) << Bytes(with("title: \"Chips\"\n", ""))
                                     << QStringList{QStringLiteral("title removed")};
        QTest::newRow("body") << Bytes(Base) << Bytes(with("Body line.", "Body line, edited."))
                              << QStringList{QStringLiteral("body changed")};
        QTest::newRow("several, in key order, body last")
            << Bytes(Base)
            << Bytes(with("Body line.", "New body.", with("quality: 63", "quality: 70", with("published: false", "published: true"))))
            << QStringList{QStringLiteral("published: false \u2192 true"), QStringLiteral("quality 63 \u2192 70"), QStringLiteral("body changed")};
        QTest::newRow("quoting only") << Bytes(Base) << Bytes(with("\"Chips\"", "'Chips'"))
                                      << QStringList{QStringLiteral("formatting changed")};
        QTest::newRow("new story") << Bytes() << Bytes(Base) << QStringList{QStringLiteral("new story")};
        QTest::newRow("deleted story") << Bytes(Base) << Bytes() << QStringList{QStringLiteral("deleted story")};
        QTest::newRow("unreadable front matter") << Bytes(Base) << Bytes(with("title: \"Chips\"", "title: [unclosed"))
                                                 << QStringList{QStringLiteral("front matter changed")};
    }

    void descriptions()
    {
        QFETCH(Bytes, before);
        QFETCH(Bytes, after);
        QFETCH(QStringList, expected);
        const StoryChanges changes = StoryChanges::between(before, after);
        QCOMPARE(changes.descriptions(), expected);
        QCOMPARE(changes.isEmpty(), expected.isEmpty());
    }

    void facts_publishAndUnpublish()
    {
        const QByteArray published = with("published: false", "published: true");
        QVERIFY(StoryChanges::between(Base, published).publishes());
        QVERIFY(!StoryChanges::between(Base, published).unpublishes());
        QVERIFY(StoryChanges::between(published, Base).unpublishes());
        QVERIFY(StoryChanges::between(with("published: false\n", ""), published).publishes());
        // A new published story is counted as added, not as published.
        QVERIFY(!StoryChanges::between(std::nullopt, published).publishes());
    }

    void commitMessage_data()
    {
        QTest::addColumn<QList<Bytes>>("versions");   // before, after, before, after...
        QTest::addColumn<QString>("subject");

        const QByteArray published = with("published: false", "published: true");
        const QByteArray quality = with("quality: 63", "quality: 70");
        const QByteArray both = with("quality: 63", "quality: 70", published);
        QTest::newRow("one published") << QList<Bytes>{Base, published} << QStringLiteral("Triage: publish 1 story");
        QTest::newRow("publish, unpublish, quality")
            << QList<Bytes>{Base, published, Base, published, published, Base, Base, quality, Base, both}
            << QStringLiteral("Triage: publish 3, unpublish 1, quality on 2 stories");
        QTest::newRow("topics and related")
            << QList<Bytes>{Base, with("  - Cloud\n", "  - AI\n"), Base, with("https://news.example/two", "https://news.example/3")}
            << QStringLiteral("Triage: topics on 1, related on 1 story");
        QTest::newRow("new and deleted") << QList<Bytes>{Bytes(), Base, Bytes(), Base, Base, Bytes()}
                                         << QStringLiteral("Triage: add 2, delete 1 story");
        QTest::newRow("edits") << QList<Bytes>{Base, with("Body line.", "Other."), Base, with("\"Chips\"", "\"X\"")}
                               << QStringLiteral("Triage: edit 2 stories");
        QTest::newRow("unchanged ones are skipped") << QList<Bytes>{Base, Base, Base, quality}
                                                    << QStringLiteral("Triage: quality on 1 story");
        QTest::newRow("nothing") << QList<Bytes>{Base, Base} << QString();
    }

    void commitMessage()
    {
        QFETCH(QList<Bytes>, versions);
        QFETCH(QString, subject);
        QList<std::pair<QString, StoryChanges>> stories;
        for (qsizetype i = 0; i + 1 < versions.size(); i += 2)
            stories.append({QStringLiteral("s%1.md").arg(i / 2), StoryChanges::between(versions.at(i), versions.at(i + 1))});
        const QString message = StoryChanges::commitMessage(stories);
        QCOMPARE(message.section(QLatin1Char('\n'), 0, 0), subject);
    }

    void commitMessage_listsStoriesInTheBody()
    {
        const QString message = StoryChanges::commitMessage(
            {{QStringLiteral("b.md"), StoryChanges::between(Base, with("quality: 63", "quality: 70"))},
             {QStringLiteral("a.md"), StoryChanges::between(std::nullopt, Base)}});
        QCOMPARE(message, QStringLiteral("Triage: add 1, quality on 1 story\n\n"
                                         "- a.md: new story\n"
                                         "- b.md: quality 63 \u2192 70\n"));
    }

    void commitMessage_longSubjectAndManyStories_stayReadable()
    {
        QList<std::pair<QString, StoryChanges>> stories;
        const QList<QByteArray> afters = {with("published: false", "published: true"), with("quality: 63", "quality: 1"),
                                          with("  - Cloud\n", "  - AI\n"), with("https://news.example/two", "https://x.example/"),
                                          with("Body line.", "B.")};
        for (int i = 0; i < 120; ++i)
            stories.append({QStringLiteral("s%1.md").arg(i, 3, 10, QLatin1Char('0')), StoryChanges::between(Base, afters.at(i % afters.size()))});
        stories.append({QStringLiteral("z.md"), StoryChanges::between(std::nullopt, Base)});
        stories.append({QStringLiteral("zz.md"), StoryChanges::between(Base, std::nullopt)});
        const QString message = StoryChanges::commitMessage(stories);
        const QStringList lines = message.split(QLatin1Char('\n'));
        QVERIFY(lines.first().size() <= StoryChanges::MaxSubjectLength);
        QCOMPARE(lines.first(), QStringLiteral("Triage: 122 stories"));
        QCOMPARE(lines.at(1), QString());
        QCOMPARE(lines.size(), 2 + StoryChanges::MaxListedStories + 1 + 1);
        QCOMPARE(lines.at(lines.size() - 2), QStringLiteral("- and 72 more"));
    }
};

QTEST_GUILESS_MAIN(TestStoryChanges)
#include "tst_storychanges.moc"
