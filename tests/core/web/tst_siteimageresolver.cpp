#include "siteimageresolver.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Storydesk::SiteImageResolver;
using Kind = SiteImageResolver::Mapping::Kind;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes = "bytes")
{
    return Storydesk::TestFiles::write(path, bytes);
}

} // namespace

class TestSiteImageResolver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void baseUrlFromConfig_data();
    void baseUrlFromConfig();
    void forFolder_findsJekyllAndHugoConfigs();
    void sampleSite_mapsEveryImageOfItsStories();
    void map_staysInsideTheFolder_data();
    void map_staysInsideTheFolder();
    void map_baseurlSubpath();
    void map_hugoServesStaticFolder();
    void noConfig_mapsNothing();

private:
    QTemporaryDir m_dir;
    QString m_site;
};

void TestSiteImageResolver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_site = m_dir.filePath(QStringLiteral("site"));
    const QString outside = m_dir.filePath(QStringLiteral("outside"));
    QVERIFY(writeFile(m_site + QStringLiteral("/_config.yml"), "url: \"https://site.example\"\nbaseurl: \"\"\n"));
    QVERIFY(writeFile(m_site + QStringLiteral("/assets/a.png")));
    QVERIFY(writeFile(m_site + QStringLiteral("/assets/a b.png")));
    QVERIFY(writeFile(m_site + QStringLiteral("/assets/dir/b.png")));
    QVERIFY(writeFile(m_site + QStringLiteral("/.git/config")));
    QVERIFY(writeFile(outside + QStringLiteral("/secret.png")));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("secret.png"))));
    QVERIFY(QFile::link(outside + QStringLiteral("/secret.png"), m_site + QStringLiteral("/assets/link.png")));
    QVERIFY(QFile::link(outside, m_site + QStringLiteral("/assets/out")));
    QVERIFY(QFile::link(m_site + QStringLiteral("/assets/a.png"), m_site + QStringLiteral("/assets/inside.png")));
}

void TestSiteImageResolver::baseUrlFromConfig_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("baseUrl");

    QTest::newRow("jekyll url") << "_config.yml" << QByteArray("title: x\nurl: https://a.example\n") << "https://a.example";
    QTest::newRow("jekyll url and baseurl") << "_config.yml" << QByteArray("url: \"https://a.example/\"\nbaseurl: \"/blog\"\n") << "https://a.example/blog";
    QTest::newRow("jekyll baseurl without slash") << "_config.yml" << QByteArray("url: https://a.example\nbaseurl: blog\n") << "https://a.example/blog";
    QTest::newRow("jekyll baseurl only") << "_config.yml" << QByteArray("baseurl: /blog\n") << "/blog";
    QTest::newRow("jekyll no url") << "_config.yml" << QByteArray("title: x\n") << "";
    QTest::newRow("jekyll broken yaml") << "_config.yml" << QByteArray("url: [\n") << "";
    QTest::newRow("jekyll not a map") << "_config.yml" << QByteArray("- url\n") << "";
    QTest::newRow("jekyll url is not web") << "_config.yml" << QByteArray("url: file:///etc\n") << "";
    QTest::newRow("toml") << "hugo.toml" << QByteArray("title = 'x'\nbaseURL = \"https://h.example/\"\n") << "https://h.example/";
    QTest::newRow("toml literal string, comment") << "config.toml" << QByteArray("baseurl = 'https://h.example/' # live\n") << "https://h.example/";
    QTest::newRow("toml key in a table is not top level") << "config.toml" << QByteArray("[params]\nbaseURL = \"https://h.example/\"\n") << "";
    QTest::newRow("toml unquoted") << "config.toml" << QByteArray("baseURL = https://h.example/\n") << "";
    QTest::newRow("yaml") << "config.yaml" << QByteArray("baseURL: https://h.example/docs/\n") << "https://h.example/docs/";
    QTest::newRow("json") << "hugo.json" << QByteArray("{\"baseURL\": \"https://h.example/\"}") << "https://h.example/";
    QTest::newRow("json broken") << "hugo.json" << QByteArray("{\"baseURL\": ") << "";
}

void TestSiteImageResolver::baseUrlFromConfig()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, text);
    QFETCH(QString, baseUrl);
    QCOMPARE(SiteImageResolver::baseUrlFromConfig(fileName, text).toString(), baseUrl);
}

void TestSiteImageResolver::forFolder_findsJekyllAndHugoConfigs()
{
    const SiteImageResolver jekyll = SiteImageResolver::forFolder(m_site);
    QCOMPARE(jekyll.generator(), SiteImageResolver::Generator::Jekyll);
    QCOMPARE(jekyll.baseUrl(), QUrl(QStringLiteral("https://site.example")));

    QTemporaryDir hugo;
    QVERIFY(writeFile(hugo.filePath(QStringLiteral("config/_default/hugo.yaml")), "baseURL: https://h.example/\n"));
    const SiteImageResolver fromDefault = SiteImageResolver::forFolder(hugo.path());
    QCOMPARE(fromDefault.generator(), SiteImageResolver::Generator::Hugo);
    QCOMPARE(fromDefault.baseUrl(), QUrl(QStringLiteral("https://h.example/")));
    // The root's hugo.toml comes before config/_default.
    QVERIFY(writeFile(hugo.filePath(QStringLiteral("hugo.toml")), "baseURL = \"https://root.example/\"\n"));
    QCOMPARE(SiteImageResolver::forFolder(hugo.path()).baseUrl(), QUrl(QStringLiteral("https://root.example/")));
}

void TestSiteImageResolver::sampleSite_mapsEveryImageOfItsStories()
{
    const SiteImageResolver site = SiteImageResolver::forFolder(QStringLiteral(STORYDESK_SAMPLE_DIR));
    QVERIFY(site.isSite());
    const QString prefix = QStringLiteral("https://news.storydesk.example/assets/images/");
    const SiteImageResolver::Mapping picture = site.map(QUrl(prefix + QStringLiteral("stories/chips-000.jpg")));
    QCOMPARE(picture.kind, Kind::File);
    QVERIFY(picture.filePath.endsWith(QStringLiteral("/resources/sample/assets/images/stories/chips-000.jpg")));
    const SiteImageResolver::Mapping logo = site.map(QUrl(prefix + QStringLiteral("providers/pixelharbor.example-50x50.png")));
    QCOMPARE(logo.kind, Kind::File);
}

void TestSiteImageResolver::map_staysInsideTheFolder_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("file"); // File: the path inside the site it maps to

    QTest::newRow("site url") << "https://site.example/assets/a.png" << Kind::File << "assets/a.png";
    QTest::newRow("either scheme") << "http://site.example/assets/a.png" << Kind::File << "assets/a.png";
    QTest::newRow("host case") << "https://SITE.example/assets/a.png" << Kind::File << "assets/a.png";
    QTest::newRow("root-relative") << "/assets/a.png" << Kind::File << "assets/a.png";
    QTest::newRow("encoded space") << "https://site.example/assets/a%20b.png" << Kind::File << "assets/a b.png";
    QTest::newRow("doubled slashes") << "https://site.example//assets//a.png" << Kind::File << "assets/a.png";
    QTest::newRow("symlink inside") << "https://site.example/assets/inside.png" << Kind::File << "assets/a.png";
    QTest::newRow("query ignored") << "https://site.example/assets/a.png?v=2" << Kind::File << "assets/a.png";
    QTest::newRow("missing") << "https://site.example/assets/missing.png" << Kind::Missing << "";
    QTest::newRow("a folder") << "https://site.example/assets/dir" << Kind::Missing << "";
    QTest::newRow("the root") << "https://site.example/" << Kind::Missing << "";
    QTest::newRow("other host") << "https://other.example/assets/a.png" << Kind::NotSite << "";
    QTest::newRow("other port") << "https://site.example:8443/assets/a.png" << Kind::NotSite << "";
    QTest::newRow("ftp") << "ftp://site.example/assets/a.png" << Kind::NotSite << "";
    QTest::newRow("file") << "file:///etc/passwd" << Kind::NotSite << "";
    QTest::newRow("relative") << "assets/a.png" << Kind::NotSite << "";
    QTest::newRow("scheme-relative") << "//site.example/assets/a.png" << Kind::NotSite << "";
    QTest::newRow("dot-dot") << "https://site.example/assets/../../secret.png" << Kind::Refused << "";
    QTest::newRow("dot-dot root-relative") << "/../secret.png" << Kind::Refused << "";
    QTest::newRow("dot") << "https://site.example/./assets/a.png" << Kind::Refused << "";
    QTest::newRow("encoded dot-dot") << "https://site.example/assets/%2e%2e/%2e%2e/secret.png" << Kind::Refused << "";
    QTest::newRow("encoded dot-dot, upper case") << "https://site.example/%2E%2E/secret.png" << Kind::Refused << "";
    QTest::newRow("encoded slash") << "https://site.example/assets%2f..%2f..%2fsecret.png" << Kind::Refused << "";
    QTest::newRow("encoded backslash") << "https://site.example/..%5c..%5csecret.png" << Kind::Refused << "";
    QTest::newRow("backslash") << "https://site.example/assets\\..\\..\\secret.png" << Kind::Refused << "";
    QTest::newRow("encoded NUL") << "https://site.example/assets/a.png%00.jpg" << Kind::Refused << "";
    QTest::newRow("hidden folder") << "https://site.example/.git/config" << Kind::Refused << "";
    QTest::newRow("symlink out") << "https://site.example/assets/link.png" << Kind::Refused << "";
    QTest::newRow("folder symlink out") << "https://site.example/assets/out/secret.png" << Kind::Refused << "";
}

void TestSiteImageResolver::map_staysInsideTheFolder()
{
    QFETCH(QString, url);
    QFETCH(Kind, kind);
    QFETCH(QString, file);
    const SiteImageResolver site = SiteImageResolver::forFolder(m_site);
    const SiteImageResolver::Mapping mapping = site.map(QUrl(url));
    QCOMPARE(mapping.kind, kind);
    if (kind == Kind::File)
        QCOMPARE(mapping.filePath, QFileInfo(m_site + QLatin1Char('/') + file).canonicalFilePath());
    else
        QVERIFY(mapping.filePath.isEmpty());
    if (kind == Kind::Refused || kind == Kind::Missing)
        QVERIFY(!mapping.reason.isEmpty());
}

void TestSiteImageResolver::map_baseurlSubpath()
{
    const SiteImageResolver site(m_site, QUrl(QStringLiteral("https://site.example/blog")), SiteImageResolver::Generator::Jekyll);
    QCOMPARE(site.map(QUrl(QStringLiteral("https://site.example/blog/assets/a.png"))).kind, Kind::File);
    QCOMPARE(site.map(QUrl(QStringLiteral("/blog/assets/a.png"))).kind, Kind::File);
    QCOMPARE(site.map(QUrl(QStringLiteral("/assets/a.png"))).kind, Kind::File);
    QCOMPARE(site.map(QUrl(QStringLiteral("https://site.example/assets/a.png"))).kind, Kind::NotSite);
    QCOMPARE(site.map(QUrl(QStringLiteral("https://site.example/blogger/assets/a.png"))).kind, Kind::NotSite);
    QCOMPARE(site.map(QUrl(QStringLiteral("https://site.example/blog/../assets/a.png"))).kind, Kind::Refused);
}

void TestSiteImageResolver::map_hugoServesStaticFolder()
{
    QTemporaryDir hugo;
    QVERIFY(writeFile(hugo.filePath(QStringLiteral("hugo.toml")), "baseURL = \"https://h.example/\"\n"));
    QVERIFY(writeFile(hugo.filePath(QStringLiteral("static/img/h.png"))));
    QVERIFY(writeFile(hugo.filePath(QStringLiteral("content/post/p.png"))));
    const SiteImageResolver site = SiteImageResolver::forFolder(hugo.path());
    const SiteImageResolver::Mapping fromStatic = site.map(QUrl(QStringLiteral("https://h.example/img/h.png")));
    QCOMPARE(fromStatic.kind, Kind::File);
    QCOMPARE(fromStatic.filePath, QFileInfo(hugo.filePath(QStringLiteral("static/img/h.png"))).canonicalFilePath());
    QCOMPARE(site.map(QUrl(QStringLiteral("https://h.example/content/post/p.png"))).kind, Kind::File);
    QCOMPARE(site.map(QUrl(QStringLiteral("https://h.example/static/../hugo.toml"))).kind, Kind::Refused);
}

void TestSiteImageResolver::noConfig_mapsNothing()
{
    QTemporaryDir plain;
    QVERIFY(writeFile(plain.filePath(QStringLiteral("assets/a.png"))));
    const SiteImageResolver site = SiteImageResolver::forFolder(plain.path());
    QVERIFY(!site.isSite());
    QCOMPARE(site.map(QUrl(QStringLiteral("/assets/a.png"))).kind, Kind::NotSite);
}

QTEST_GUILESS_MAIN(TestSiteImageResolver)
#include "tst_siteimageresolver.moc"
