#include "fieldmap.h"

#include <QTest>

using namespace Storydesk;

// The field map's presets, role names, the published key's meaning and the fingerprint the
// index cache is keyed by.
class TestFieldMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storyFormat_bindsTheKeysOfProductMd_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("key");
        QTest::newRow("title") << int(FieldRole::Title) << QStringLiteral("title");
        QTest::newRow("excerpt") << int(FieldRole::Excerpt) << QStringLiteral("excerpt");
        QTest::newRow("date") << int(FieldRole::Date) << QStringLiteral("publishedDateTime");
        QTest::newRow("published") << int(FieldRole::Published) << QStringLiteral("published");
        QTest::newRow("topics") << int(FieldRole::Topics) << QStringLiteral("topics");
        QTest::newRow("category") << int(FieldRole::Category) << QStringLiteral("category");
        QTest::newRow("type") << int(FieldRole::Type) << QStringLiteral("type");
        QTest::newRow("provider") << int(FieldRole::ProviderName) << QStringLiteral("provider.name");
        QTest::newRow("domain") << int(FieldRole::ProviderDomain) << QStringLiteral("provider.domain");
        QTest::newRow("quality") << int(FieldRole::Quality) << QStringLiteral("quality");
        QTest::newRow("heat") << int(FieldRole::Heat) << QStringLiteral("heat");
        QTest::newRow("link") << int(FieldRole::Link) << QStringLiteral("webUrl");
        QTest::newRow("image") << int(FieldRole::Image) << QStringLiteral("images.0.url");
        QTest::newRow("related") << int(FieldRole::Related) << QStringLiteral("related");
    }
    void storyFormat_bindsTheKeysOfProductMd()
    {
        QFETCH(int, role);
        QFETCH(QString, key);
        const FieldMap map = FieldMap::storyFormat();
        QCOMPARE(map.path(FieldRole(role)).toString(), key);
        QVERIFY(!map.binding(FieldRole(role)).negated);
        QVERIFY(map.isStoryFormat());
        QVERIFY(!map.publishedDefault().has_value());
    }

    void hugo_draftIsNegatedAndMissingMeansPublished()
    {
        const FieldMap map = FieldMap::hugo();
        QCOMPARE(map.path(FieldRole::Published).toString(), QStringLiteral("draft"));
        QVERIFY(map.binding(FieldRole::Published).negated);
        QCOMPARE(map.publishedDefault(), std::optional<bool>(true));
        QCOMPARE(map.path(FieldRole::Date).toString(), QStringLiteral("date"));
        QCOMPARE(map.path(FieldRole::Topics).toString(), QStringLiteral("tags"));
        QCOMPARE(map.path(FieldRole::Excerpt).toString(), QStringLiteral("summary"));
        QVERIFY(!map.isBound(FieldRole::Quality));
        QVERIFY(!map.isBound(FieldRole::Link));
        QVERIFY(!map.isStoryFormat());
    }

    void jekyll_publishedMissingMeansPublished()
    {
        const FieldMap map = FieldMap::jekyll();
        QCOMPARE(map.path(FieldRole::Published).toString(), QStringLiteral("published"));
        QVERIFY(!map.binding(FieldRole::Published).negated);
        QCOMPARE(map.publishedDefault(), std::optional<bool>(true));
        QCOMPARE(map.path(FieldRole::Date).toString(), QStringLiteral("date"));
        QCOMPARE(map.path(FieldRole::Topics).toString(), QStringLiteral("tags"));
        QVERIFY(!map.isBound(FieldRole::Heat));
    }

    void publishedValue_writesTheSitesKey_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<bool>("published");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("story publish") << QStringLiteral("story") << true << QStringLiteral("published") << QStringLiteral("true");
        QTest::newRow("story unpublish") << QStringLiteral("story") << false << QStringLiteral("published") << QStringLiteral("false");
        QTest::newRow("hugo publish") << QStringLiteral("hugo") << true << QStringLiteral("draft") << QStringLiteral("false");
        QTest::newRow("hugo unpublish") << QStringLiteral("hugo") << false << QStringLiteral("draft") << QStringLiteral("true");
        QTest::newRow("jekyll unpublish") << QStringLiteral("jekyll") << false << QStringLiteral("published") << QStringLiteral("false");
    }
    void publishedValue_writesTheSitesKey()
    {
        QFETCH(QString, preset);
        QFETCH(bool, published);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const FieldMap map = preset == QLatin1String("hugo") ? FieldMap::hugo()
            : preset == QLatin1String("jekyll") ? FieldMap::jekyll() : FieldMap::storyFormat();
        const auto [path, written] = map.publishedValue(published);
        QCOMPARE(path.toString(), key);
        QVERIFY(written.isScalar());
        QCOMPARE(written.scalarKind(), YamlValue::ScalarKind::Plain);
        QCOMPARE(written.text(), value);
        QCOMPARE(map.isPublishedBy(*written.toBool()), published);
    }

    void roleNames_roundTrip()
    {
        QStringList names;
        for (int i = 0; i < FieldRoleCount; ++i) {
            const QString name = FieldMap::roleName(FieldRole(i));
            names.append(name);
            QCOMPARE(FieldMap::roleFromName(name), std::optional<FieldRole>(FieldRole(i)));
        }
        QCOMPARE(names.join(QLatin1Char(' ')),
                 QStringLiteral("title excerpt date published topics category type provider domain quality heat link image related"));
        QCOMPARE(FieldMap::roleFromName(u"Published"), std::optional<FieldRole>(FieldRole::Published));
        QVERIFY(!FieldMap::roleFromName(u"draft").has_value());
    }

    void fingerprint_changesWithEveryBindingAndDefault()
    {
        const FieldMap story = FieldMap::storyFormat();
        QCOMPARE(story.fingerprint(), FieldMap::storyFormat().fingerprint());
        QSet<QByteArray> seen{story.fingerprint(), FieldMap::hugo().fingerprint(), FieldMap::jekyll().fingerprint()};
        QCOMPARE(seen.size(), 3);

        FieldMap negated = story;
        negated.bind(FieldRole::Published, FieldBinding{YamlPath({QStringLiteral("published")}), true});
        FieldMap defaulted = story;
        defaulted.setPublishedDefault(false);
        FieldMap unbound = story;
        unbound.unbind(FieldRole::Heat);
        FieldMap dotted = story;     // one key `a.b` is not the path a -> b
        dotted.bind(FieldRole::Title, FieldBinding{YamlPath({QStringLiteral("a.b")})});
        FieldMap nested = story;
        nested.bind(FieldRole::Title, FieldBinding{YamlPath({QStringLiteral("a"), QStringLiteral("b")})});
        for (const FieldMap &changed : {negated, defaulted, unbound, dotted, nested}) {
            QVERIFY(!changed.isStoryFormat());
            QVERIFY2(!seen.contains(changed.fingerprint()), changed.fingerprint().constData());
            seen.insert(changed.fingerprint());
        }
    }

    void bind_negatesOnlyThePublishedKey()
    {
        FieldMap map = FieldMap::storyFormat();
        map.bind(FieldRole::Title, FieldBinding{YamlPath({QStringLiteral("headline")}), true});
        QVERIFY(!map.binding(FieldRole::Title).negated);
        QCOMPARE(map.roleAt(YamlPath({QStringLiteral("headline")})), std::optional<FieldRole>(FieldRole::Title));
        QVERIFY(!map.roleAt(YamlPath({QStringLiteral("title")})).has_value());
    }
};

QTEST_GUILESS_MAIN(TestFieldMap)
#include "tst_fieldmap.moc"
