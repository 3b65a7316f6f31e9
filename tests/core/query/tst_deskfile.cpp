// desks.yaml: written losslessly through the engine, broken files refused with a position.
#include "deskfile.h"
#include "testfiles.h"
#include "yamlfiledocument.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Storydesk;

namespace {

const QByteArray HandWritten = "# Desks for the morning shift.\n"
                               "desks:\n"
                               "  # the one everybody opens first\n"
                               "  - name: 'Incoming'   # keep this first\n"
                               "    query: published:false\n"
                               "    colour: orange\n"
                               "    facets: {topic: [AI, \"Climate Tech\"]}\n"
                               "\n"
                               "  - name: Long reads\n"
                               "    query: \"quality:>=60\"\n"
                               "owner: night desk\n";

Desk desk(const QString &name, const QString &query)
{
    Desk d;
    d.name = name;
    d.query = query;
    return d;
}

} // namespace

class TestDeskFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void load_readsEveryDesk();
    void save_newDesk_appendsAndKeepsEveryOtherByte();
    void save_sameName_changesOnlyItsValues();
    void renameAndRemove_touchOnlyThatDesk();
    void save_newFile_roundTrips();
    void brokenFile_isRefusedWithItsPosition_data();
    void brokenFile_isRefusedWithItsPosition();
    void plainFile_keepsBomCrlfAndMissingFinalLineBreak();

private:
    QTemporaryDir m_dir;
};

void TestDeskFile::load_readsEveryDesk()
{
    QTemporaryDir dir;
    DeskFile file(dir.path());
    QVERIFY(file.load());   // no file yet: no desks
    QVERIFY(file.desks().isEmpty());
    QVERIFY(TestFiles::write(file.path(), HandWritten));
    QVERIFY(file.load());
    QCOMPARE(file.desks().size(), 2);
    QCOMPARE(file.desks().at(0).name, QStringLiteral("Incoming"));
    QCOMPARE(file.desks().at(0).query, QStringLiteral("published:false"));
    QCOMPARE(file.desks().at(0).facets.items(Facet::Topic), (QStringList{QStringLiteral("AI"), QStringLiteral("Climate Tech")}));
    QCOMPARE(file.desks().at(1).query, QStringLiteral("quality:>=60"));
}

void TestDeskFile::save_newDesk_appendsAndKeepsEveryOtherByte()
{
    QTemporaryDir dir;
    DeskFile file(dir.path());
    QVERIFY(TestFiles::write(file.path(), HandWritten));
    Desk added = desk(QStringLiteral("Needs related"), QStringLiteral("related:0"));
    added.facets.add(Facet::Quality, QStringLiteral("80-100"));
    added.sortColumn = QStringLiteral("date");
    QString error;
    QVERIFY2(file.save(added, &error), qPrintable(error));
    const QByteArray expected = "# Desks for the morning shift.\n"
                                "desks:\n"
                                "  # the one everybody opens first\n"
                                "  - name: 'Incoming'   # keep this first\n"
                                "    query: published:false\n"
                                "    colour: orange\n"
                                "    facets: {topic: [AI, \"Climate Tech\"]}\n"
                                "\n"
                                "  - name: Long reads\n"
                                "    query: \"quality:>=60\"\n"
                                "  - name: 'Needs related'\n"   // quoted as the file quotes names
                                "    query: related:0\n"
                                "    facets:\n"
                                "      quality:\n"
                                "        - 80-100\n"
                                "    sort: date\n"
                                "    order: descending\n"
                                "owner: night desk\n";
    QCOMPARE(TestFiles::read(file.path()), expected);
    QCOMPARE(file.desks().size(), 3);
    QVERIFY(file.load());
    QCOMPARE(file.desks().at(2), added);
}

void TestDeskFile::save_sameName_changesOnlyItsValues()
{
    QTemporaryDir dir;
    DeskFile file(dir.path());
    QVERIFY(TestFiles::write(file.path(), HandWritten));
    Desk changed = desk(QStringLiteral("Incoming"), QStringLiteral("published:true"));
    changed.facets.setItems(Facet::Topic, {QStringLiteral("AI")});
    QString error;
    QVERIFY2(file.save(changed, &error), qPrintable(error));
    QByteArray expected = HandWritten;
    expected.replace("query: published:false", "query: published:true");
    expected.replace("facets: {topic: [AI, \"Climate Tech\"]}", "facets: {topic: [AI]}");
    QCOMPARE(TestFiles::read(file.path()), expected);   // the comment, the colour and the other desk stay
}

void TestDeskFile::renameAndRemove_touchOnlyThatDesk()
{
    QTemporaryDir dir;
    DeskFile file(dir.path());
    QVERIFY(TestFiles::write(file.path(), HandWritten));
    QString error;
    QVERIFY2(file.rename(QStringLiteral("Long reads"), QStringLiteral("Features"), &error), qPrintable(error));
    QByteArray expected = HandWritten;
    expected.replace("name: Long reads", "name: Features");
    QCOMPARE(TestFiles::read(file.path()), expected);
    QVERIFY(!file.rename(QStringLiteral("Features"), QStringLiteral("Incoming"), &error));   // taken
    QCOMPARE(TestFiles::read(file.path()), expected);

    QVERIFY2(file.remove(QStringLiteral("Features"), &error), qPrintable(error));
    expected.replace("  - name: Features\n    query: \"quality:>=60\"\n", "");
    QCOMPARE(TestFiles::read(file.path()), expected);
    QCOMPARE(file.desks().size(), 1);
}

void TestDeskFile::save_newFile_roundTrips()
{
    QTemporaryDir dir;
    DeskFile file(dir.path());
    Desk first = desk(QStringLiteral("Incoming"), QStringLiteral("published:false \"city council\""));
    first.facets.add(Facet::Date, QStringLiteral("7d"));
    first.facets.add(Facet::Provider, QString());
    first.sortColumn = QStringLiteral("quality");
    first.sortDescending = false;
    QVERIFY(file.save(first));
    QVERIFY(file.save(desk(QStringLiteral("Everything: all"), QString())));
    DeskFile again(dir.path());
    QVERIFY(again.load());
    QCOMPARE(again.desks(), (QList<Desk>{first, desk(QStringLiteral("Everything: all"), QString())}));
    QVERIFY(TestFiles::read(file.path()).startsWith("# Saved desks"));
}

void TestDeskFile::brokenFile_isRefusedWithItsPosition_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("position");
    QTest::newRow("unclosed flow list") << QByteArray("desks:\n  - name: a\n    facets: {topic: [AI\n") << QStringLiteral(":4:1:");
    QTest::newRow("bad indentation") << QByteArray("desks:\n  - name: a\n   query: b\n") << QStringLiteral(":3:");
    QTest::newRow("second document") << QByteArray("desks: []\n---\nmore: 1\n") << QStringLiteral(":2:1:");
    QTest::newRow("not a map") << QByteArray("- a\n- b\n") << QStringLiteral(":1:1:");
}

void TestDeskFile::brokenFile_isRefusedWithItsPosition()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, position);
    QTemporaryDir dir;
    DeskFile file(dir.path());
    QVERIFY(TestFiles::write(file.path(), bytes));
    QString error;
    QVERIFY(!file.load(&error));
    QVERIFY2(error.startsWith(file.path() + position), qPrintable(error));
    QVERIFY(!file.save(desk(QStringLiteral("x"), QString()), &error));
    QVERIFY2(error.startsWith(file.path() + position), qPrintable(error));
    QCOMPARE(TestFiles::read(file.path()), bytes);   // never overwritten
}

void TestDeskFile::plainFile_keepsBomCrlfAndMissingFinalLineBreak()
{
    const QByteArray bytes = "\xEF\xBB\xBF# desks\r\ndesks:\r\n  - name: a\r\n    query: x";
    YamlFileDocument doc = YamlFileDocument::fromBytes(bytes);
    QVERIFY(doc.isEditable());
    QCOMPARE(doc.toBytes(), bytes);
    QVERIFY(doc.set(YamlPath({QStringLiteral("desks"), QStringLiteral("0"), QStringLiteral("query")}), YamlValue::string(QStringLiteral("y"))));
    // Only the value changed (the engine picks the quoting).
    QCOMPARE(doc.toBytes(), QByteArray("\xEF\xBB\xBF# desks\r\ndesks:\r\n  - name: a\r\n    query: \"y\""));
    const QByteArray fenced = "---\ndesks: []\n";
    QCOMPARE(YamlFileDocument::fromBytes(fenced).toBytes(), fenced);
}

QTEST_GUILESS_MAIN(TestDeskFile)
#include "tst_deskfile.moc"
