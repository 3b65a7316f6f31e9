// FrontMatterLoader builds the tree YAML::Load builds, from libyaml's events where the fast
// source takes the text and by yaml-cpp where it declines: the field detector then counts
// the same keys either way.
#include "frontmatterloader.h"

#include "fuzzchecks.h"
#include "libyamleventsource.h"
#include "storyfile.h"
#include "testfiles.h"
#include "yamleventrecorder.h"

#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Storydesk;

class TestFrontMatterLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsYamlLoadsTree_data();
    void buildsYamlLoadsTree();
    void realWorldCorpora_buildYamlLoadsTrees();
    void whatIsNoMap_givesNothing_data();
    void whatIsNoMap_givesNothing();
    void filesWithoutFrontMatterOrUnreadable_giveNothing();
};

namespace {

std::optional<YAML::Node> yamlLoadMap(QByteArrayView yaml)
{
    try {
        const YAML::Node root = YAML::Load(std::string(yaml.data(), size_t(yaml.size())));
        if (root.IsMap())
            return root;
    } catch (const std::exception &) {
    }
    return std::nullopt;
}

bool libyamlTakes(QByteArrayView yaml)
{
    YamlEventRecorder recorder;
    return LibYamlEventSource::parse(yaml, recorder);
}

} // namespace

void TestFrontMatterLoader::buildsYamlLoadsTree_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("fast");   // whether libyaml's events build it
    QTest::newRow("a story") << QByteArray("title: \"A title\"\nquality: 3\npublished: false\ntopics:\n  - AI\n  - Health\n"
                                           "provider:\n  name: P\n  domain: p.example\nimages:\n  - url: \"https://p.example/a.jpg\"\n    width: 50\n")
                             << true;
    QTest::newRow("nulls, plain and quoted") << QByteArray("a:\nb: ~\nc: null\nd: \"null\"\ne: 'x'\n") << true;
    QTest::newRow("a repeated key keeps both pairs") << QByteArray("title: one\ntitle: two\n") << true;
    QTest::newRow("lists of lists and maps") << QByteArray("a:\n  - - x\n    - y\n  - k: v\n    l: [m, n]\n") << true;
    QTest::newRow("block scalars") << QByteArray("a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n") << true;
    QTest::newRow("unicode") << QByteArray("title: \"Zürich – 東京\"\nname: Łódź\n") << true;
    QTest::newRow("an anchor and an alias (yaml-cpp)") << QByteArray("a: &x [1, 2]\nb: *x\n") << false;
    QTest::newRow("a tag (yaml-cpp)") << QByteArray("a: !custom value\n") << false;
    QTest::newRow("a flow map (yaml-cpp)") << QByteArray("provider: {name: X, domain: x.example}\n") << false;
}

void TestFrontMatterLoader::buildsYamlLoadsTree()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, fast);

    QCOMPARE(libyamlTakes(yaml), fast);
    const std::optional<YAML::Node> expected = yamlLoadMap(yaml);
    QVERIFY(expected);
    const std::optional<YAML::Node> loaded = FrontMatterLoader::load(yaml);
    QVERIFY(loaded);
    const QString difference = FuzzChecks::treeDifference(*loaded, *expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestFrontMatterLoader::realWorldCorpora_buildYamlLoadsTrees()
{
    const QStringList stories = TestFiles::corpusStories();
    if (stories.isEmpty())
        QSKIP("the real-world corpora are not available");
    int maps = 0;
    int fast = 0;
    for (const QString &path : stories) {
        const QByteArray bytes = TestFiles::read(path);
        const StoryFile file = StoryFile::split(bytes);
        const std::optional<YAML::Node> loaded = FrontMatterLoader::loadFile(path);
        if (!file.hasFrontMatter()) {
            QVERIFY2(!loaded, qPrintable(path));
            continue;
        }
        const QByteArrayView yaml = QByteArrayView(bytes).sliced(file.frontMatterBegin(), file.frontMatterEnd() - file.frontMatterBegin());
        const std::optional<YAML::Node> expected = yamlLoadMap(yaml);
        QVERIFY2(bool(loaded) == bool(expected), qPrintable(path));
        if (!expected)
            continue;
        const QString difference = FuzzChecks::treeDifference(*loaded, *expected);
        QVERIFY2(difference.isEmpty(), qPrintable(path + QStringLiteral(": ") + difference));
        ++maps;
        fast += libyamlTakes(yaml) ? 1 : 0;
    }
    qInfo("%d front matters alike, %d of them built from libyaml's events", maps, fast);
    QVERIFY(maps > 1000);
    QVERIFY(fast * 100 > maps * 95);   // the builder, not yaml-cpp, is what was compared
}

void TestFrontMatterLoader::whatIsNoMap_givesNothing_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a scalar") << QByteArray("just text\n");
    QTest::newRow("a list") << QByteArray("- a\n- b\n");
    QTest::newRow("broken YAML") << QByteArray("a: b: c\n");
    QTest::newRow("refused by the guard") << "deep: " + QByteArray(100, '[') + QByteArray(100, ']') + "\n";
}

void TestFrontMatterLoader::whatIsNoMap_givesNothing()
{
    QFETCH(QByteArray, yaml);
    QVERIFY(!FrontMatterLoader::load(yaml));
}

void TestFrontMatterLoader::filesWithoutFrontMatterOrUnreadable_giveNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString story = dir.filePath(QStringLiteral("story.md"));
    QVERIFY(TestFiles::write(story, "---\ntitle: A\n---\nBody\n"));
    const std::optional<YAML::Node> loaded = FrontMatterLoader::loadFile(story);
    QVERIFY(loaded);
    QCOMPARE((*loaded)["title"].Scalar(), std::string("A"));

    const QString plain = dir.filePath(QStringLiteral("plain.md"));
    QVERIFY(TestFiles::write(plain, "# Just Markdown\n"));
    QVERIFY(!FrontMatterLoader::loadFile(plain));
    QVERIFY(!FrontMatterLoader::loadFile(dir.filePath(QStringLiteral("missing.md"))));
    QVERIFY(!FrontMatterLoader::loadFile(dir.path()));
}

QTEST_GUILESS_MAIN(TestFrontMatterLoader)
#include "tst_frontmatterloader.moc"
