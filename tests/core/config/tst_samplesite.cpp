// Checks the shape of the bundled sample site (resources/sample, written by
// resources/make-sample.py) and the first-run copy of it made by SampleSite.

#include "deskfile.h"
#include "samplesite.h"
#include "storyfilter.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>

namespace {

// One story file of the sample, parsed with yaml-cpp on its own so the test does not
// depend on the front-matter code it is meant to exercise.
struct SampleStory
{
    QString relativePath;
    QByteArray bytes;
    YAML::Node frontMatter; // undefined when the front matter does not parse
    QString error;
    int errorLine = 0; // 1-based line in the file
    int errorColumn = 0; // 1-based
};

QString sampleDir()
{
    return QStringLiteral(STORYDESK_SAMPLE_DIR);
}

// The lines between the first `---` line and the next one, without their line endings.
// Returns false when the file does not start with a front-matter fence.
bool splitFrontMatter(const QByteArray &bytes, std::string *frontMatter)
{
    const QList<QByteArray> lines = bytes.split('\n');
    const auto bare = [](QByteArray line) {
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    };
    if (lines.isEmpty() || bare(lines.first()) != "---")
        return false;
    frontMatter->clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = bare(lines.at(i));
        if (line == "---")
            return true;
        frontMatter->append(line.constData(), size_t(line.size()));
        frontMatter->push_back('\n');
    }
    return false;
}

QString text(const YAML::Node &node)
{
    return QString::fromStdString(node.as<std::string>());
}

// Every http(s) URL of a story that points at a picture: the story's, its provider's
// logo, and those of its related entries.
QStringList imageUrls(const YAML::Node &story)
{
    QStringList urls;
    for (const YAML::Node &logo : story["provider"]["images"])
        urls.append(text(logo["url"]));
    if (story["images"])
        urls.append(text(story["images"][0]["url"]));
    for (const YAML::Node &related : story["related"]) {
        for (const YAML::Node &image : related["images"])
            urls.append(text(image["url"]));
    }
    return urls;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSampleSite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sample_listsOnlyStoryFiles();
    void sample_namesStoriesByNumberAndId();
    void sample_hasAtLeastSixtyStories();
    void sample_hasOneBrokenStory();
    void sample_storiesKeepTheReferenceKeyOrder();
    void sample_spansAtLeastTwelveProviders();
    void sample_usesAtLeastFifteenTopics();
    void sample_leavesAboutAThirdUnpublished();
    void sample_givesRelatedEntriesToAFifthWithWebUrls();
    void sample_spreadsDatesOverSixtyDays();
    void sample_spreadsQualityAndHeatOverTheWholeRange();
    void sample_hasCrlfStories();
    void sample_hasCommentedStories();
    void sample_hasAFlowListOfTopics();
    void sample_siteImagesExistInTheSample();
    void sample_configHasSiteUrl();
    void sample_hasDesksWhoseQueriesRead();

    void ensureCopy_copiesEveryFileByteForByte();
    void ensureCopy_makesTheCopyWritableByOwner();
    void ensureCopy_keepsAnExistingCopy();

private:
    QList<SampleStory> parsed() const;

    QList<SampleStory> m_stories;
    YAML::Node m_config;
};

void TestSampleSite::initTestCase()
{
    QVERIFY2(QFileInfo(sampleDir()).isDir(), qPrintable(sampleDir()));
    const QStringList nameFilters{QStringLiteral("*.md"), QStringLiteral("*.markdown"), QStringLiteral("*.txt")};
    QStringList paths;
    QDirIterator it(sampleDir(), nameFilters, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    // Sorted before parsing: assigning one YAML::Node to another overwrites the data that
    // every copy of the first shares, so a sort must never shuffle stories holding nodes.
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        SampleStory story;
        story.relativePath = QDir(sampleDir()).relativeFilePath(path);
        story.bytes = contents(path);
        std::string frontMatter;
        if (!splitFrontMatter(story.bytes, &frontMatter)) {
            story.error = QStringLiteral("no front matter");
        } else {
            try {
                story.frontMatter = YAML::Load(frontMatter);
            } catch (const YAML::Exception &e) {
                story.error = QString::fromStdString(e.msg);
                story.errorLine = e.mark.line + 2; // the front matter starts on the file's second line
                story.errorColumn = e.mark.column + 1;
            }
        }
        m_stories.append(story);
    }

    m_config = YAML::LoadFile(QFile::encodeName(sampleDir() + QStringLiteral("/_config.yml")).toStdString());
}

QList<SampleStory> TestSampleSite::parsed() const
{
    QList<SampleStory> stories;
    std::copy_if(m_stories.cbegin(), m_stories.cend(), std::back_inserter(stories),
                 [](const SampleStory &story) { return story.error.isEmpty(); });
    return stories;
}

void TestSampleSite::sample_listsOnlyStoryFiles()
{
    // The app lists every .md/.markdown/.txt file that opens with a fence: anything else
    // with those suffixes would show up as a story.
    for (const SampleStory &story : std::as_const(m_stories)) {
        QVERIFY2(story.bytes.startsWith("---\n") || story.bytes.startsWith("---\r\n"), qPrintable(story.relativePath));
        QVERIFY2(story.relativePath.startsWith(QLatin1String("_posts/")), qPrintable(story.relativePath));
    }
}

void TestSampleSite::sample_namesStoriesByNumberAndId()
{
    static const QRegularExpression name(QStringLiteral("^_posts/\\d{3}_(broken_)?[0-9a-f]{16}\\.(md|markdown|txt)$"));
    QSet<QString> suffixes;
    for (const SampleStory &story : std::as_const(m_stories)) {
        QVERIFY2(name.match(story.relativePath).hasMatch(), qPrintable(story.relativePath));
        suffixes.insert(QFileInfo(story.relativePath).suffix());
    }
    QCOMPARE(suffixes, (QSet<QString>{QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("txt")}));
}

void TestSampleSite::sample_hasAtLeastSixtyStories()
{
    QVERIFY2(m_stories.size() >= 60, qPrintable(QString::number(m_stories.size())));
}

void TestSampleSite::sample_hasOneBrokenStory()
{
    QList<SampleStory> broken;
    std::copy_if(m_stories.cbegin(), m_stories.cend(), std::back_inserter(broken),
                 [](const SampleStory &story) { return !story.error.isEmpty(); });
    QCOMPARE(broken.size(), 1);
    const SampleStory &story = broken.first();
    QVERIFY2(story.relativePath.contains(QLatin1String("broken")), qPrintable(story.relativePath));
    qInfo("%s:%d:%d: %s", qPrintable(story.relativePath), story.errorLine, story.errorColumn, qPrintable(story.error));

    // The file is broken by straight quotes pasted into its quoted title, and only there.
    const QList<QByteArray> lines = story.bytes.split('\n');
    QVERIFY(story.errorLine >= 1 && story.errorLine <= lines.size());
    QVERIFY2(lines.at(story.errorLine - 1).startsWith("title: "), lines.at(story.errorLine - 1).constData());
}

void TestSampleSite::sample_storiesKeepTheReferenceKeyOrder()
{
    static const QStringList order{
        QStringLiteral("category"), QStringLiteral("title"), QStringLiteral("excerpt"),
        QStringLiteral("publishedDateTime"), QStringLiteral("originalUrl"), QStringLiteral("webUrl"),
        QStringLiteral("type"), QStringLiteral("quality"), QStringLiteral("heat"), QStringLiteral("published"),
        QStringLiteral("provider"), QStringLiteral("topics"), QStringLiteral("images"), QStringLiteral("related"),
        QStringLiteral("secured")};
    static const QSet<QString> optional{QStringLiteral("images"), QStringLiteral("related")};
    int withoutImages = 0;
    for (const SampleStory &story : parsed()) {
        QStringList keys;
        for (const auto &entry : story.frontMatter)
            keys.append(QString::fromStdString(entry.first.as<std::string>()));
        QStringList expected = order;
        expected.removeIf([&](const QString &key) { return optional.contains(key) && !keys.contains(key); });
        QCOMPARE(keys, expected);
        if (!story.frontMatter["images"])
            ++withoutImages;
    }
    QVERIFY2(withoutImages >= 3, qPrintable(QString::number(withoutImages)));
}

void TestSampleSite::sample_spansAtLeastTwelveProviders()
{
    QSet<QString> providers;
    for (const SampleStory &story : parsed())
        providers.insert(text(story.frontMatter["provider"]["name"]));
    QVERIFY2(providers.size() >= 12, qPrintable(QString::number(providers.size())));
}

void TestSampleSite::sample_usesAtLeastFifteenTopics()
{
    QSet<QString> topics;
    for (const SampleStory &story : parsed()) {
        for (const YAML::Node &topic : story.frontMatter["topics"])
            topics.insert(text(topic));
    }
    QVERIFY2(topics.size() >= 15, qPrintable(QString::number(topics.size())));
}

void TestSampleSite::sample_leavesAboutAThirdUnpublished()
{
    const QList<SampleStory> stories = parsed();
    const auto unpublished = std::count_if(stories.cbegin(), stories.cend(), [](const SampleStory &story) {
        return !story.frontMatter["published"].as<bool>();
    });
    const double share = double(unpublished) / double(stories.size());
    QVERIFY2(share >= 0.25 && share <= 0.45, qPrintable(QString::number(share)));
}

void TestSampleSite::sample_givesRelatedEntriesToAFifthWithWebUrls()
{
    const QList<SampleStory> stories = parsed();
    int withRelated = 0;
    for (const SampleStory &story : stories) {
        const YAML::Node related = story.frontMatter["related"];
        if (!related)
            continue;
        ++withRelated;
        QVERIFY2(related.IsSequence() && related.size() >= 1, qPrintable(story.relativePath));
        for (const YAML::Node &entry : related)
            QVERIFY2(text(entry["webUrl"]).startsWith(QLatin1String("https://")), qPrintable(story.relativePath));
    }
    const double share = double(withRelated) / double(stories.size());
    QVERIFY2(share >= 0.20, qPrintable(QString::number(share)));
}

void TestSampleSite::sample_spreadsDatesOverSixtyDays()
{
    QDateTime first;
    QDateTime last;
    for (const SampleStory &story : parsed()) {
        const QString raw = text(story.frontMatter["publishedDateTime"]);
        const QDateTime date = QDateTime::fromString(raw, Qt::ISODate);
        QVERIFY2(date.isValid() && date.timeSpec() == Qt::UTC, qPrintable(story.relativePath + QLatin1Char(' ') + raw));
        if (!first.isValid() || date < first)
            first = date;
        if (!last.isValid() || date > last)
            last = date;
    }
    QVERIFY2(first.daysTo(last) >= 60, qPrintable(QString::number(first.daysTo(last))));
}

void TestSampleSite::sample_spreadsQualityAndHeatOverTheWholeRange()
{
    for (const char *key : {"quality", "heat"}) {
        int low = 100;
        int high = 0;
        for (const SampleStory &story : parsed()) {
            const int value = story.frontMatter[key].as<int>();
            QVERIFY2(value >= 0 && value <= 100, qPrintable(story.relativePath));
            low = std::min(low, value);
            high = std::max(high, value);
        }
        QVERIFY2(low <= 10 && high >= 90, key);
    }
}

void TestSampleSite::sample_hasCrlfStories()
{
    const auto crlf = std::count_if(m_stories.cbegin(), m_stories.cend(),
                                    [](const SampleStory &story) { return story.bytes.contains("\r\n"); });
    QVERIFY2(crlf >= 3, qPrintable(QString::number(crlf)));
    // CRLF throughout: no bare LF in those files.
    for (const SampleStory &story : std::as_const(m_stories)) {
        if (story.bytes.contains("\r\n"))
            QCOMPARE(story.bytes.count('\n'), story.bytes.count("\r\n"));
    }
}

void TestSampleSite::sample_hasCommentedStories()
{
    static const QRegularExpression wholeLine(QStringLiteral("^\\s*#"));
    static const QRegularExpression trailing(QStringLiteral("^\\s*\\w+: [^\"#]* #"));
    int withWholeLine = 0;
    int withTrailing = 0;
    for (const SampleStory &story : std::as_const(m_stories)) {
        std::string frontMatter;
        QVERIFY(splitFrontMatter(story.bytes, &frontMatter));
        const QString lines = QString::fromStdString(frontMatter);
        bool whole = false;
        bool trail = false;
        for (const QString &line : lines.split(QLatin1Char('\n'))) {
            whole = whole || wholeLine.match(line).hasMatch();
            trail = trail || trailing.match(line).hasMatch();
        }
        withWholeLine += whole ? 1 : 0;
        withTrailing += trail ? 1 : 0;
    }
    QVERIFY2(withWholeLine >= 1, qPrintable(QString::number(withWholeLine)));
    QVERIFY2(withTrailing >= 1, qPrintable(QString::number(withTrailing)));
}

void TestSampleSite::sample_hasAFlowListOfTopics()
{
    const QList<SampleStory> stories = parsed();
    const bool found = std::any_of(stories.cbegin(), stories.cend(), [](const SampleStory &story) {
        const YAML::Node topics = story.frontMatter["topics"];
        return topics.IsSequence() && topics.Style() == YAML::EmitterStyle::Flow && topics.size() >= 2;
    });
    QVERIFY(found);
}

void TestSampleSite::sample_siteImagesExistInTheSample()
{
    const QString siteUrl = QString::fromStdString(m_config["url"].as<std::string>()) + QLatin1Char('/');
    int local = 0;
    for (const SampleStory &story : parsed()) {
        for (const QString &url : imageUrls(story.frontMatter)) {
            if (!url.startsWith(siteUrl))
                continue;
            ++local;
            const QString path = sampleDir() + QLatin1Char('/') + url.mid(siteUrl.size());
            QVERIFY2(QFileInfo(path).isFile(), qPrintable(story.relativePath + QLatin1String(": ") + url));
        }
    }
    // Every story has a provider logo under the site: the check above is not vacuous.
    QVERIFY2(local >= parsed().size(), qPrintable(QString::number(local)));
}

void TestSampleSite::sample_configHasSiteUrl()
{
    QVERIFY(m_config.IsMap());
    const QString url = QString::fromStdString(m_config["url"].as<std::string>(std::string()));
    QVERIFY2(url.startsWith(QLatin1String("https://")) && !url.endsWith(QLatin1Char('/')), qPrintable(url));
    QVERIFY(m_config["title"]);
    QVERIFY(m_config["baseurl"]);
}

void TestSampleSite::sample_hasDesksWhoseQueriesRead()
{
    // A first look at the sidebar shows saved desks at work, with counts.
    Storydesk::DeskFile desks(sampleDir());
    QString error;
    QVERIFY2(desks.load(&error), qPrintable(error));
    QStringList names;
    for (const Storydesk::Desk &desk : desks.desks()) {
        names.append(desk.name);
        Storydesk::StoryFilter::ParseError parseError;
        Storydesk::StoryFilter::parse(desk.query, &parseError);
        QVERIFY2(parseError.position < 0, qPrintable(desk.name + QStringLiteral(": ") + parseError.message));
        QVERIFY2(!desk.sortColumn.isEmpty(), qPrintable(desk.name));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Incoming"), QStringLiteral("Needs related"), QStringLiteral("Best AI")}));
    QCOMPARE(desks.desks().constLast().facets.items(Storydesk::Facet::Topic), QStringList{QStringLiteral("AI")});
}

void TestSampleSite::ensureCopy_copiesEveryFileByteForByte()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("sample-site"));
    QString error;
    QVERIFY2(Storydesk::SampleSite::ensureCopy(sampleDir(), target, &error), qPrintable(error));

    const QStringList files = filesUnder(sampleDir());
    QCOMPARE(filesUnder(target), files);
    for (const QString &file : files) {
        QVERIFY2(contents(target + QLatin1Char('/') + file) == contents(sampleDir() + QLatin1Char('/') + file),
                 qPrintable(file));
    }
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));
}

void TestSampleSite::ensureCopy_makesTheCopyWritableByOwner()
{
    // From the resource the app copies (app/storydesk.cpp), whose files are read-only: a
    // copy of a writable folder would be writable whatever ensureCopy did.
    const QString resource = QStringLiteral(":/sample");
    const QStringList sourceFiles = filesUnder(resource);
    QVERIFY(!sourceFiles.isEmpty());
    for (const QString &file : sourceFiles)
        QVERIFY2(!QFileInfo(resource + QLatin1Char('/') + file).permission(QFile::WriteOwner), qPrintable(file));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("sample-site"));
    QString error;
    QVERIFY2(Storydesk::SampleSite::ensureCopy(resource, target, &error), qPrintable(error));

    QCOMPARE(filesUnder(target), sourceFiles);
    for (const QString &file : sourceFiles) {
        const QFileInfo copy(target + QLatin1Char('/') + file);
        QVERIFY2(copy.permission(QFile::WriteOwner) && copy.permission(QFile::ReadOwner), qPrintable(file));
        QVERIFY2(contents(copy.filePath()) == contents(resource + QLatin1Char('/') + file), qPrintable(file));
    }
    // And writable indeed: an editor's first save in the copy succeeds.
    QFile story(target + QLatin1Char('/') + m_stories.first().relativePath);
    QVERIFY2(story.open(QIODevice::Append), qPrintable(story.errorString()));
}

void TestSampleSite::ensureCopy_keepsAnExistingCopy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("sample-site"));
    QString error;
    QVERIFY2(Storydesk::SampleSite::ensureCopy(sampleDir(), target, &error), qPrintable(error));

    const QString edited = target + QLatin1Char('/') + m_stories.first().relativePath;
    const QByteArray editorsVersion = contents(edited) + "\nAn editor's note added in the copy.\n";
    {
        QFile file(edited);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(editorsVersion), qint64(editorsVersion.size()));
    }

    QVERIFY2(Storydesk::SampleSite::ensureCopy(sampleDir(), target, &error), qPrintable(error));
    QCOMPARE(contents(edited), editorsVersion);
}

QTEST_GUILESS_MAIN(TestSampleSite)
#include "tst_samplesite.moc"
