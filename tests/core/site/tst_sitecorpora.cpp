#include "sitefieldsloader.h"
#include "storyschema.h"
#include "summaryreader.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Storydesk;

// The real sites of ../shared/corpora (Hugo and Jekyll): the map each is detected with, and
// the dated, published and topic-tagged stories the reader finds, counted again here from
// the files with yaml-cpp's node API, not through our reader.
class TestSiteCorpora : public QObject
{
    Q_OBJECT

    struct Counts
    {
        int stories = 0, dated = 0, published = 0, tagged = 0;
    };

    static QStringList storiesIn(const QString &root)
    {
        QStringList paths;
        QDirIterator it(root, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
        paths.sort();
        return paths;
    }

    // The front matter as a site generator sees it: between the first two fence lines.
    static std::optional<YAML::Node> frontMatter(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        QByteArray bytes = file.readAll();
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        bytes.replace("\r\n", "\n");
        // The opening fence may carry trailing spaces, as Jekyll allows.
        const qsizetype firstEnd = bytes.indexOf('\n');
        if (firstEnd < 0 || bytes.left(firstEnd).trimmed() != "---")
            return std::nullopt;
        const qsizetype begin = firstEnd + 1;
        qsizetype end = -1;
        for (qsizetype at = begin; at < bytes.size();) {
            qsizetype eol = bytes.indexOf('\n', at);
            const QByteArray line = bytes.mid(at, (eol < 0 ? bytes.size() : eol) - at).trimmed();
            if (line == "---" || line == "...") {
                end = at;
                break;
            }
            if (eol < 0)
                break;
            at = eol + 1;
        }
        if (end < 0)
            return std::nullopt;
        try {
            YAML::Node root = YAML::Load(bytes.mid(begin, end - begin).toStdString());
            if (root.IsMap() || root.IsNull())   // an empty front matter is a story without keys
                return root;
        } catch (const std::exception &) {
        }
        return std::nullopt;
    }

    static YAML::Node at(const YAML::Node &root, const YamlPath &path)
    {
        YAML::Node node = root;
        for (const QString &segment : path.segments()) {
            if (node.IsMap() && node[segment.toStdString()])
                node.reset(node[segment.toStdString()]);
            else if (node.IsSequence() && YamlPath::indexOf(segment) >= 0 && std::size_t(YamlPath::indexOf(segment)) < node.size())
                node.reset(node[std::size_t(YamlPath::indexOf(segment))]);
            else
                return YAML::Node(YAML::NodeType::Undefined);
        }
        return node;
    }

    static Counts countIndependently(const QStringList &paths, const FieldMap &map)
    {
        Counts counts;
        for (const QString &path : paths) {
            const std::optional<YAML::Node> root = frontMatter(path);
            if (!root)
                continue;
            ++counts.stories;
            const YAML::Node date = at(*root, map.path(FieldRole::Date));
            counts.dated += date.IsDefined() && date.IsScalar() && StorySchema::parseTimestamp(QString::fromStdString(date.Scalar())).isValid();
            const YAML::Node flag = at(*root, map.path(FieldRole::Published));
            bool published = map.publishedDefault().value_or(false);
            if (flag.IsDefined() && flag.IsScalar()) {
                const std::string text = flag.Scalar();
                if (text == "true" || text == "True" || text == "TRUE")
                    published = map.isPublishedBy(true);
                else if (text == "false" || text == "False" || text == "FALSE")
                    published = map.isPublishedBy(false);
                else if (!text.empty() && text != "~" && text != "null")
                    published = false;   // neither: not published
            }
            counts.published += published;
            const YAML::Node topics = at(*root, map.path(FieldRole::Topics));
            bool tagged = topics.IsDefined() && topics.IsScalar() && !topics.Scalar().empty();
            if (topics.IsDefined() && topics.IsSequence()) {
                for (const auto &item : topics)
                    tagged = tagged || item.IsScalar();
            }
            counts.tagged += tagged;
        }
        return counts;
    }

    static Counts countByReader(const QStringList &paths, const FieldMap &map)
    {
        Counts counts;
        for (const QString &path : paths) {
            const StorySummary s = SummaryReader::read(path, map);
            if (s.broken)
                continue;
            ++counts.stories;
            counts.dated += s.publishedDateTime.isValid();
            counts.published += s.published == StorySummary::Published::Yes;
            counts.tagged += !s.topics.isEmpty();
        }
        return counts;
    }

private Q_SLOTS:
    void corpus_detectedMapAndCounts_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("map");   // role=key, bound roles only, in role order
        QTest::newRow("digitalgov (Hugo news)") << QStringLiteral("GSA__digitalgov.gov")
            << QStringLiteral("title=title excerpt=summary date=date published=published topics=topics");
        QTest::newRow("hugoDocs") << QStringLiteral("gohugoio__hugoDocs")
            << QStringLiteral("title=title excerpt=description published=published topics=categories");
        QTest::newRow("jekyll docs") << QStringLiteral("jekyll__jekyll")
            << QStringLiteral("title=title date=date published=published topics=categories category=category");
        QTest::newRow("18F (Jekyll blog)") << QStringLiteral("18F__18f.gsa.gov")
            << QStringLiteral("title=title excerpt=excerpt date=date published=published topics=tags image=image");
        QTest::newRow("github explore") << QStringLiteral("github__explore")
            << QStringLiteral("title=display_name published=published");
    }
    void corpus_detectedMapAndCounts()
    {
        QFETCH(QString, folder);
        QFETCH(QString, map);
        const QString root = QStringLiteral(STORYDESK_CORPORA_DIR "/") + folder;
        if (!QFileInfo::exists(root))
            QSKIP(qPrintable(QStringLiteral("corpora not found at %1").arg(root)));
        const SiteFields fields = SiteFieldsLoader::load(root);
        QStringList bound;
        for (int i = 0; i < FieldRoleCount; ++i) {
            if (fields.map.isBound(FieldRole(i)))
                bound.append(QString(FieldMap::roleName(FieldRole(i))) + QLatin1Char('=') + fields.map.path(FieldRole(i)).toString());
        }
        QCOMPARE(bound.join(QLatin1Char(' ')), map);
        QCOMPARE(fields.source, SiteFields::Source::Detected);
        QCOMPARE(fields.map.publishedDefault(), std::optional<bool>(true));

        const QStringList paths = storiesIn(root);
        const Counts expected = countIndependently(paths, fields.map);
        const Counts actual = countByReader(paths, fields.map);
        qInfo("%s: %d stories, %d dated, %d published, %d with topics", qPrintable(folder), actual.stories, actual.dated,
              actual.published, actual.tagged);
        QVERIFY(expected.stories > 100);
        QCOMPARE(actual.stories, expected.stories);
        QCOMPARE(actual.dated, expected.dated);
        QCOMPARE(actual.published, expected.published);
        QCOMPARE(actual.tagged, expected.tagged);
    }
};

QTEST_GUILESS_MAIN(TestSiteCorpora)
#include "tst_sitecorpora.moc"
