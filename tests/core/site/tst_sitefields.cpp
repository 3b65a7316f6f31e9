#include "fielddetector.h"
#include "sitefieldsfile.h"
#include "sitefieldsloader.h"
#include "frontmatterdocument.h"
#include "storychanges.h"
#include "storydocument.h"
#include "topicrename.h"
#include "storyfilter.h"
#include "storyindex.h"
#include "storystore.h"
#include "summaryreader.h"
#include "triageedit.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Storydesk;

// Sites other than the story format: detection, site.yaml, the store and the edits that
// follow the map (issue #18).
class TestSiteFields : public QObject
{
    Q_OBJECT

    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void load(StoryStore &store, const QString &folder)
    {
        QSignalSpy finished(&store, &StoryStore::loadFinished);
        store.openFolder(folder);
        QVERIFY(finished.wait(10000) || finished.count() > 0);
    }
    static const StorySummary &summaryOf(const StoryStore &store, const QString &path)
    {
        return store.summary(store.indexOf(path));
    }
    // A Hugo site: a draft, an explicit non-draft, one without draft, tags as a list and as one string.
    static void makeHugoSite(const QString &root)
    {
        write(root + QStringLiteral("/hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'News'\n");
        write(root + QStringLiteral("/content/posts/draft.md"),
              "---\ntitle: A draft\ndate: 2024-03-21T10:00:00Z\ndraft: true\ntags: [AI, Cities]\nsummary: Not yet.\n---\nBody\n");
        write(root + QStringLiteral("/content/posts/live.md"),
              "---\ntitle: Live\ndate: 2024-03-20\ndraft: false\ntags:\n  - AI\n---\nBody\n");
        write(root + QStringLiteral("/content/posts/plain.md"),
              "---\ntitle: Plain\ndate: 2024-03-19\ntags: Weather\nimages: [/img/a.png]\n---\nBody\n");
        write(root + QStringLiteral("/content/posts/maybe.md"), "---\ntitle: Maybe\ndate: 2024-03-18\ndraft: maybe\n---\n");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        StoryIndex::setDirectory(m_cache.path());
    }

    void storyFormatFolder_detectsStoryFormat()
    {
        const SiteFields fields = SiteFieldsLoader::load(QStringLiteral(STORYDESK_SAMPLE_DIR));
        QVERIFY(fields.map.isStoryFormat());
        QCOMPARE(fields.source, SiteFields::Source::StoryFormat);
        QVERIFY(fields.problems.isEmpty());
    }

    void hugoSite_draftsUnpublishedTagsAreTopics()
    {
        QTemporaryDir dir;
        makeHugoSite(dir.path());
        StoryStore store;
        load(store, dir.path() + QStringLiteral("/content"));
        QCOMPARE(store.siteFields().generator, QStringLiteral("hugo"));
        QCOMPARE(store.siteFields().siteRoot, dir.path());   // content/ belongs to the site above it
        QCOMPARE(store.siteFields().configFile, QStringLiteral("hugo.toml"));
        QCOMPARE(store.fieldMap().path(FieldRole::Published).toString(), QStringLiteral("draft"));
        QVERIFY(store.fieldMap().binding(FieldRole::Published).negated);
        QCOMPARE(store.fieldMap().path(FieldRole::Topics).toString(), QStringLiteral("tags"));
        QCOMPARE(store.count(), 4);
        const QString posts = dir.path() + QStringLiteral("/content/posts/");
        const StorySummary &draft = summaryOf(store, posts + QStringLiteral("draft.md"));
        QCOMPARE(draft.published, StorySummary::Published::No);
        QCOMPARE(draft.topics, QStringList({QStringLiteral("AI"), QStringLiteral("Cities")}));
        QCOMPARE(QString::fromUtf8(draft.excerpt), QStringLiteral("Not yet."));
        QCOMPARE(draft.publishedDateTime, QDateTime(QDate(2024, 3, 21), QTime(10, 0), Qt::UTC));
        QVERIFY2(draft.problems.isEmpty(), qPrintable(draft.problems.value(0).message));  // no quality: no problem
        QCOMPARE(summaryOf(store, posts + QStringLiteral("live.md")).published, StorySummary::Published::Yes);
        const StorySummary &plain = summaryOf(store, posts + QStringLiteral("plain.md"));
        QCOMPARE(plain.published, StorySummary::Published::Yes);   // no draft key: published
        QCOMPARE(plain.topics, QStringList({QStringLiteral("Weather")}));
        QCOMPARE(QString::fromUtf8(plain.imageUrl), QStringLiteral("/img/a.png"));
        const StorySummary &maybe = summaryOf(store, posts + QStringLiteral("maybe.md"));
        QCOMPARE(maybe.published, StorySummary::Published::Invalid);
        QCOMPARE(maybe.problems.size(), 1);
        QCOMPARE(maybe.problems.first().line, 4);
        QCOMPARE(maybe.problems.first().message, QStringLiteral("draft must be true or false, not 'maybe'"));

        // The query's role names work on the site's keys.
        int published = 0, aiTopic = 0, withKey = 0, valued = 0;
        const StoryFilter isPublished = StoryFilter::parse(u"is:published");
        const StoryFilter topic = StoryFilter::parse(u"topic:ai");
        const StoryFilter field = StoryFilter::parse(u"field:images");
        const StoryFilter fieldValue = StoryFilter::parse(u"field:draft=TRUE");
        for (int row = 0; row < store.count(); ++row) {
            published += isPublished.matches(store.summary(row));
            aiTopic += topic.matches(store.summary(row));
            withKey += field.matches(store.summary(row));
            valued += fieldValue.matches(store.summary(row));
        }
        QCOMPARE(published, 2);
        QCOMPARE(aiTopic, 2);
        QCOMPARE(withKey, 1);
        QCOMPARE(valued, 1);
    }

    void hugoSite_publishingADraftChangesOnlyTheDraftLine()
    {
        QTemporaryDir dir;
        makeHugoSite(dir.path());
        StoryStore store;
        load(store, dir.path());
        const QString path = dir.path() + QStringLiteral("/content/posts/draft.md");
        const TriageEdit edit = TriageEdit::togglePublished(store, {path});
        QCOMPARE(edit.kind, TriageEdit::Kind::Publish);
        QCOMPARE(edit.key.toString(), QStringLiteral("draft"));
        QCOMPARE(edit.values.size(), 1);
        std::optional<StoryDocument> doc = StoryDocument::load(path);
        QVERIFY(doc);
        QVERIFY(doc->frontMatter().set(edit.key, edit.values.first().second));
        QCOMPARE(doc->frontMatter().toBytes(),
                 QByteArray("---\ntitle: A draft\ndate: 2024-03-21T10:00:00Z\ndraft: false\ntags: [AI, Cities]\nsummary: Not yet.\n---\nBody\n"));
        const TriageEdit one = TriageEdit::setPublished(store, path, false);
        QCOMPARE(one.values.value(0).second.text(), QStringLiteral("true"));
        // Quality is bound to nothing on a Hugo site: the triage keys change nothing.
        QVERIFY(TriageEdit::changeQuality(store, {path}, 5).values.isEmpty());
    }

    void jekyllSite_publishedFalsePostsAreUnpublished()
    {
        QTemporaryDir dir;
        write(dir.path() + QStringLiteral("/_config.yml"), "title: Blog\n");
        write(dir.path() + QStringLiteral("/_posts/2024-01-01-a.md"), "---\ntitle: A\ndate: 2024-01-01\npublished: false\ntags: [x]\n---\n");
        write(dir.path() + QStringLiteral("/_posts/2024-01-02-b.md"), "---\ntitle: B\ndate: 2024-01-02\ncategory: news\n---\n");
        StoryStore store;
        load(store, dir.path());
        QCOMPARE(store.siteFields().generator, QStringLiteral("jekyll"));
        QCOMPARE(store.fieldMap().publishedDefault(), std::optional<bool>(true));
        QCOMPARE(summaryOf(store, dir.path() + QStringLiteral("/_posts/2024-01-01-a.md")).published, StorySummary::Published::No);
        const StorySummary &b = summaryOf(store, dir.path() + QStringLiteral("/_posts/2024-01-02-b.md"));
        QCOMPARE(b.published, StorySummary::Published::Yes);
        QCOMPARE(b.category, QStringLiteral("news"));
        QVERIFY(b.publishedDateTime.isValid());
        const TriageEdit edit = TriageEdit::setPublished(store, dir.path() + QStringLiteral("/_posts/2024-01-02-b.md"), false);
        QCOMPARE(edit.key.toString(), QStringLiteral("published"));
        QCOMPARE(edit.values.value(0).second.text(), QStringLiteral("false"));
    }

    void siteYaml_overridesDetection()
    {
        QTemporaryDir dir;
        makeHugoSite(dir.path());
        write(dir.path() + QStringLiteral("/.storydesk/site.yaml"),
              "fields:\n  topics: categories\n  excerpt: ~\n  published: {key: draft, negated: true, default: false}\n");
        const SiteFields fields = SiteFieldsLoader::load(dir.path());
        QCOMPARE(fields.source, SiteFields::Source::SiteFile);
        QVERIFY(fields.problems.isEmpty());
        QCOMPARE(fields.map.path(FieldRole::Topics).toString(), QStringLiteral("categories"));
        QVERIFY(!fields.map.isBound(FieldRole::Excerpt));
        QCOMPARE(fields.map.publishedDefault(), std::optional<bool>(false));
        QCOMPARE(fields.map.path(FieldRole::Date).toString(), QStringLiteral("date"));   // not listed: detected
        QCOMPARE(fields.reasons[int(FieldRole::Topics)], QStringLiteral(".storydesk/site.yaml"));
    }

    void brokenSiteYaml_reportedAtLineColumn_detectionUsed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("yaml error") << QByteArray("fields:\n  topics: [tags\n") << 3 << 1;
        QTest::newRow("unknown role") << QByteArray("fields:\n  title: title\n  colour: hue\n") << 3 << 3;
        QTest::newRow("bad negated") << QByteArray("fields:\n  published: {key: draft, negated: perhaps}\n") << 2 << 36;
        QTest::newRow("bad path") << QByteArray("fields:\n  image: a..b\n") << 2 << 10;
    }
    void brokenSiteYaml_reportedAtLineColumn_detectionUsed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QTemporaryDir dir;
        makeHugoSite(dir.path());
        write(dir.path() + QStringLiteral("/.storydesk/site.yaml"), text);
        const SiteFields fields = SiteFieldsLoader::load(dir.path());
        QCOMPARE(fields.source, SiteFields::Source::Detected);
        QCOMPARE(fields.map.path(FieldRole::Topics).toString(), QStringLiteral("tags"));
        QCOMPARE(fields.problems.size(), 1);
        QCOMPARE(fields.problemsFile, dir.path() + QStringLiteral("/.storydesk/site.yaml"));
        QCOMPARE(fields.problems.first().line, line);
        QCOMPARE(fields.problems.first().column, column);
        QVERIFY(SiteFieldsLoader::problemLines(fields).first().startsWith(
            QStringLiteral("%1:%2:%3: ").arg(fields.problemsFile).arg(line).arg(column)));
    }

    void save_writesOnlyTheLinesThatChange()
    {
        QTemporaryDir dir;
        makeHugoSite(dir.path());
        const QString file = SiteFieldsFile::pathIn(dir.path());
        FieldMap map = FieldMap::hugo();
        QVERIFY(!SiteFieldsLoader::save(dir.path(), map));
        const QByteArray first = read(file);
        QVERIFY(first.contains("  published: {key: draft, negated: true, default: true}\n") || first.contains("published:\n"));
        QCOMPARE(SiteFieldsLoader::load(dir.path()).map, map);   // reads back as written

        // A hand edit (a comment) stays; changing one role moves one line.
        write(file, first + "# kept\n");
        map.bind(FieldRole::Topics, FieldBinding{YamlPath({QStringLiteral("categories")})});
        QVERIFY(!SiteFieldsLoader::save(dir.path(), map));
        const QByteArray second = read(file);
        QVERIFY(second.endsWith("# kept\n"));
        QByteArray expected = first + "# kept\n";
        expected.replace("  topics: tags\n", "  topics: categories\n");
        QCOMPARE(second, expected);
        QCOMPARE(SiteFieldsLoader::load(dir.path()).map, map);
    }

    void findSiteRoot_walksUpToTheSite()
    {
        QTemporaryDir dir;
        makeHugoSite(dir.path());
        QCOMPARE(SiteFieldsLoader::findSiteRoot(dir.path() + QStringLiteral("/content/posts/draft.md")), dir.path());
        QDir().mkpath(dir.path() + QStringLiteral("/content/.storydesk"));
        QCOMPARE(SiteFieldsLoader::findSiteRoot(dir.path() + QStringLiteral("/content/posts")), dir.path() + QStringLiteral("/content"));
    }

    void setFieldMap_readsEveryStoryAgain()
    {
        QTemporaryDir dir;
        makeHugoSite(dir.path());
        StoryStore store;
        load(store, dir.path());
        FieldMap map = store.fieldMap();
        map.unbind(FieldRole::Topics);
        QSignalSpy finished(&store, &StoryStore::loadFinished);
        store.setFieldMap(map);
        QVERIFY(finished.wait(10000) || finished.count() > 0);
        QCOMPARE(store.fieldMap(), map);
        QVERIFY(summaryOf(store, dir.path() + QStringLiteral("/content/posts/draft.md")).topics.isEmpty());
        // The index is kept per map: the story format's file is another one.
        QVERIFY(StoryIndex::fileFor(dir.path(), map.fingerprint()) != StoryIndex::fileFor(dir.path()));
    }

    void storyFormat_keepsItsMessagesAndFields()
    {
        const QByteArray story = "---\ntitle: T\nquality: 120\nsecured: TRUE\n---\n";
        const StorySummary plain = SummaryReader::fromBytes(QStringLiteral("x.md"), story);
        const StorySummary mapped = SummaryReader::fromBytes(QStringLiteral("x.md"), story, FieldMap::storyFormat());
        QCOMPARE(mapped.problems, plain.problems);
        QVERIFY(plain.hasField("secured"));
        QCOMPARE(plain.fieldValue("secured"), QByteArray("true"));
        QCOMPARE(plain.fieldValue("title"), QByteArray("t"));
        QVERIFY(!plain.hasField("publishedDateTime"));
        // Unbound on a Hugo site: quality 120 is no problem there.
        QVERIFY(SummaryReader::fromBytes(QStringLiteral("x.md"), story, FieldMap::hugo()).problems.isEmpty());
    }

    void storyChanges_hugoDraftFlipIsAPublish()
    {
        const QByteArray before = "---\ntitle: T\ndraft: true\ntags: [a]\n---\n";
        const QByteArray after = "---\ntitle: T\ndraft: false\ntags: [a, b]\n---\n";
        const StoryChanges changes = StoryChanges::between(before, after, FieldMap::hugo());
        QVERIFY(changes.publishes());
        QCOMPARE(changes.topicsAdded(), QStringList({QStringLiteral("b")}));
        QVERIFY(changes.otherKeys().isEmpty());
        // A Hugo post without draft is published: adding `draft: true` unpublishes it.
        QVERIFY(StoryChanges::between(QByteArray("---\ntitle: T\n---\n"), QByteArray("---\ntitle: T\ndraft: true\n---\n"),
                                      FieldMap::hugo()).unpublishes());
    }

    void topicRename_editsTheSitesTopicsKey()
    {
        FrontMatterDocument doc = FrontMatterDocument::fromBytes("---\ntitle: T\ntags: [ai, Cities]\ntopics: [ai]\n---\n");
        TopicRename rename({QStringLiteral("ai")}, QStringLiteral("AI"));
        rename.setTopicsPath(FieldMap::hugo().path(FieldRole::Topics));
        QCOMPARE(rename.apply(doc), TopicRename::Outcome::Changed);
        QCOMPARE(doc.toBytes(), QByteArray("---\ntitle: T\ntags: [AI, Cities]\ntopics: [ai]\n---\n"));
    }

private:
    QTemporaryDir m_cache;
};

QTEST_GUILESS_MAIN(TestSiteFields)
#include "tst_sitefields.moc"
