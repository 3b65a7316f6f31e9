#include "remembereddetection.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Storydesk;

namespace {

// A detection as a Hugo site gives it: every field of the file is set.
FieldDetector::Result hugoDetection()
{
    FieldDetector::Result result;
    result.map = FieldMap::hugo();
    result.storyFormat = false;
    result.generator = QStringLiteral("hugo");
    result.configFile = QStringLiteral("hugo.toml");
    result.sampled = 3;
    result.keysInUse = {QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("draft")};
    for (int i = 0; i < FieldRoleCount; ++i)
        result.reasons[std::size_t(i)] = QStringLiteral("reason %1").arg(i);
    result.reasons[0] = QStringLiteral("title in 100% of 3 sampled stories");
    return result;
}

} // namespace

// The detection a folder's last open found, kept so the next open need not wait for it.
class TestRememberedDetection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Fresh folders for every test: what one writes is not another's.
        m_cacheDir = std::make_unique<QTemporaryDir>();
        m_siteDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cacheDir->isValid());
        QVERIFY(m_siteDir->isValid());
        m_folder = m_siteDir->path() + QStringLiteral("/content");
        QVERIFY(QDir().mkpath(m_folder));
    }

    void writeThenRead_givesTheSameDetection_data()
    {
        QTest::addColumn<bool>("storyFormat");
        QTest::newRow("hugo") << false;
        QTest::newRow("story format") << true;
    }
    void writeThenRead_givesTheSameDetection()
    {
        QFETCH(bool, storyFormat);
        FieldDetector::Result detected = storyFormat ? FieldDetector::Result() : hugoDetection();
        if (!storyFormat) {
            // A binding that is not a preset's: a nested path, negated, with a default.
            FieldMap map = detected.map;
            map.bind(FieldRole::Image, FieldBinding{YamlPath({QStringLiteral("cover"), QStringLiteral("image")})});
            map.setPublishedDefault(false);
            detected.map = map;
        }
        const RememberedDetection memory(m_cacheDir->path(), m_folder, m_siteDir->path());
        QVERIFY(memory.write(detected));
        QCOMPARE(memory.filePath(), RememberedDetection::fileFor(m_cacheDir->path(), m_folder));
        QVERIFY(QFileInfo::exists(memory.filePath()));
        const std::optional<FieldDetector::Result> read = memory.read();
        QVERIFY(read);
        QVERIFY(*read == detected);
        QCOMPARE(read->map, detected.map);
    }

    void noFile_readsAsNothing()
    {
        QVERIFY(!RememberedDetection(m_cacheDir->path(), m_folder, m_siteDir->path()).read());
    }

    void folderThroughALink_findsTheSameFile()
    {
        const QString link = m_cacheDir->path() + QStringLiteral("/link");
        QVERIFY(QFile::link(m_folder, link));
        QVERIFY(RememberedDetection(m_cacheDir->path(), m_folder, m_siteDir->path()).write(hugoDetection()));
        QCOMPARE(RememberedDetection::fileFor(m_cacheDir->path(), link), RememberedDetection::fileFor(m_cacheDir->path(), m_folder));
        QVERIFY(RememberedDetection(m_cacheDir->path(), link, m_siteDir->path()).read());
    }

    // A cache file is never trusted: anything but this folder's file of this version is
    // nothing, never a half-read map and never a crash. Each row breaks a good file one way:
    // raw bytes, or one value (at a slash-separated key; undefined: removed).
    void brokenOrForeignFile_readsAsNothing_data()
    {
        QTest::addColumn<bool>("raw");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        const QJsonValue removed(QJsonValue::Undefined);
        const auto edit = [](const char *name, const char *key, const QJsonValue &value) {
            QTest::newRow(name) << false << QByteArray() << QString::fromLatin1(key) << value;
        };
        QTest::newRow("empty") << true << QByteArray() << QString() << QJsonValue();
        QTest::newRow("not json") << true << QByteArray("\x00\xff garbage {{{", 14) << QString() << QJsonValue();
        QTest::newRow("a json list") << true << QByteArray("[1, 2]") << QString() << QJsonValue();
        QTest::newRow("cut short") << true << QByteArray("cut") << QString() << QJsonValue();
        edit("another format", "format", QStringLiteral("x"));
        edit("another version", "version", RememberedDetection::Version + 1);
        edit("no version", "version", removed);
        edit("another folder", "folder", QStringLiteral("/elsewhere"));
        edit("another site root", "siteRoot", QStringLiteral("/elsewhere"));
        edit("a role missing", "map/date", removed);
        edit("a role not an object", "map/date", QStringLiteral("date"));
        edit("an empty path segment", "map/title/path", QJsonArray{QString()});
        edit("a path not a list", "map/title/path", QStringLiteral("title"));
        edit("negated not a boolean", "map/published/negated", 1);
        edit("a reason missing", "reasons/topics", removed);
        edit("published default a string", "publishedDefault", QStringLiteral("yes"));
        edit("sampled negative", "sampled", -4);
        edit("sampled a string", "sampled", QStringLiteral("3"));
        edit("keys not strings", "keysInUse", QJsonArray{1, 2});
        edit("generator missing", "generator", removed);
        edit("story format with another map", "storyFormat", true);
    }
    void brokenOrForeignFile_readsAsNothing()
    {
        QFETCH(bool, raw);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        const RememberedDetection memory(m_cacheDir->path(), m_folder, m_siteDir->path());
        const QByteArray good = memory.toBytes(hugoDetection());
        QVERIFY(memory.fromBytes(good));
        if (raw && bytes == "cut")
            bytes = good.left(good.size() / 2);
        if (!raw) {
            const QStringList keys = key.split(QLatin1Char('/'));
            const std::function<QJsonObject(QJsonObject, qsizetype)> set = [&](QJsonObject object, qsizetype at) {
                if (at == keys.size() - 1) {
                    if (value.isUndefined())
                        object.remove(keys.at(at));
                    else
                        object.insert(keys.at(at), value);
                } else {
                    object.insert(keys.at(at), set(object.value(keys.at(at)).toObject(), at + 1));
                }
                return object;
            };
            bytes = QJsonDocument(set(QJsonDocument::fromJson(good).object(), 0)).toJson();
        }
        QVERIFY(!memory.fromBytes(bytes));
        QVERIFY(TestFiles::write(memory.filePath(), bytes));
        QVERIFY(!memory.read());
    }

    void hugeFile_isNotRead()
    {
        const RememberedDetection memory(m_cacheDir->path(), m_folder, m_siteDir->path());
        QByteArray bytes = memory.toBytes(hugoDetection());
        bytes.insert(bytes.lastIndexOf('}'), QByteArray(2 << 20, ' '));
        QVERIFY(memory.fromBytes(bytes));   // well formed, only far larger than any detection
        QVERIFY(TestFiles::write(memory.filePath(), bytes));
        QVERIFY(!memory.read());
    }

private:
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<QTemporaryDir> m_siteDir;
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestRememberedDetection)
#include "tst_remembereddetection.moc"
