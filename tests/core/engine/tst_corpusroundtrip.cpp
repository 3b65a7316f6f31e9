#include "testfiles.h"
#include "frontmatterdocument.h"
#include "yamllayout.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Storydesk;

// Every real-world file of ../shared/corpora: untouched saves are byte-identical, and each
// kind of edit changes only the lines of the key it edits and reads back as intended.
class TestCorpusRoundTrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untouched_isByteIdentical();
    void edits_changeOnlyTheirKeysLines_data();
    void edits_changeOnlyTheirKeysLines();

private:
    QStringList m_files;
};

namespace {

// File line range [first, end) (0-based) of top-level `key`, its trailing blank lines
// included, or nullopt when the key is absent.
std::optional<std::pair<qsizetype, qsizetype>> keyLines(const FrontMatterDocument &doc, const QString &key)
{
    const QByteArray &text = doc.frontMatterText();
    const YamlLayout layout(text, doc.root());
    const std::optional<YamlLayout::Location> loc = layout.locate(YamlPath({key}));
    if (!loc || !loc->hasSite)
        return std::nullopt;
    const qsizetype fmFirstLine = doc.file().bytes().left(doc.file().frontMatterBegin()).count('\n');
    const qsizetype first = fmFirstLine + text.left(loc->site.lineStart).count('\n');
    const qsizetype end = fmFirstLine + text.left(loc->site.end).count('\n');
    return std::make_pair(first, qMax(end, first + 1));
}

} // namespace

void TestCorpusRoundTrip::initTestCase()
{
    const QString root = qEnvironmentVariable("STORYDESK_CORPORA", QStringLiteral(STORYDESK_CORPORA_DIR));
    if (!QFileInfo(root).isDir())
        QSKIP(qPrintable(QStringLiteral("corpora not found at %1").arg(root)));
    QDirIterator it(root, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        m_files.append(it.next());
    m_files.sort();
    QVERIFY(m_files.size() > 1000);
}

void TestCorpusRoundTrip::untouched_isByteIdentical()
{
    int editable = 0;
    for (const QString &path : std::as_const(m_files)) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
        QVERIFY2(doc.toBytes() == bytes, qPrintable(path));
        QVERIFY2(doc.isEditable() || !doc.problems().isEmpty(), qPrintable(path));
        editable += doc.isEditable() ? 1 : 0;
    }
    qInfo("%d of %lld files have editable front matter", editable, qlonglong(m_files.size()));
}

void TestCorpusRoundTrip::edits_changeOnlyTheirKeysLines_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("kind");
    QTest::newRow("flip a boolean") << QStringLiteral("published") << QByteArray("bool");
    QTest::newRow("change a number") << QStringLiteral("quality") << QByteArray("number");
    QTest::newRow("set a list of strings") << QStringLiteral("topics") << QByteArray("list");
    QTest::newRow("append a related entry") << QStringLiteral("related") << QByteArray("related");
}

void TestCorpusRoundTrip::edits_changeOnlyTheirKeysLines()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, kind);
    const YamlPath path({key});
    const YamlValue entry = *YamlValue::fromJson(
        R"({"title":"Related story","webUrl":"https://example.org/r","type":"article","provider":{"name":"Example","domain":"example.org"},"quality":50})");
    int edited = 0;
    QStringList refused;
    for (const QString &file : std::as_const(m_files)) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        FrontMatterDocument doc = FrontMatterDocument::fromBytes(bytes);
        if (!doc.isEditable())
            continue;
        const std::optional<YamlValue> old = doc.valueAt(path);
        YamlValue expected;
        bool ok = false;
        QString error;
        if (kind == "bool") {
            expected = YamlValue::boolean(!(old && old->toBool().value_or(false)));
            ok = doc.set(path, expected, &error);
        } else if (kind == "number") {
            expected = YamlValue::integer(old && old->toInt() ? (*old->toInt() + 1) % 101 : 42);
            ok = doc.set(path, expected, &error);
        } else if (kind == "list") {
            expected = YamlValue::stringList({QStringLiteral("AI"), QStringLiteral("Policy")});
            ok = doc.set(path, expected, &error);
        } else {
            const qsizetype n = old && old->isSequence() ? old->items().size() : 0;
            if (old && !old->isSequence() && !old->isNull())
                continue;   // `related` means something else in this site: not a list to append to
            expected = old && old->isSequence() ? *old : YamlValue::sequence();
            expected.items().append(entry);
            ok = doc.insertItem(path, n, entry, &error);
        }
        if (!ok) {
            QVERIFY2(doc.toBytes() == bytes, qPrintable(QStringLiteral("a refused edit changed %1").arg(file)));
            refused.append(QStringLiteral("%1: %2").arg(file, error));
            continue;
        }
        ++edited;
        const QByteArray after = doc.toBytes();
        // Reads back as intended: the engine checks this itself; check it from the outside too.
        const FrontMatterDocument reread = FrontMatterDocument::fromBytes(after);
        QVERIFY2(reread.isEditable(), qPrintable(file));
        QVERIFY2(reread.valueAt(path) && reread.valueAt(path)->sameAs(expected), qPrintable(file));
        QVERIFY2(reread.file().body() == doc.file().body(), qPrintable(file));

        const TestFiles::LineChange w = TestFiles::changedLines(bytes, after);
        const FrontMatterDocument original = FrontMatterDocument::fromBytes(bytes);
        if (const auto range = keyLines(original, key); range && w.oldEnd > w.first) {
            QVERIFY2(w.first >= range->first && w.oldEnd <= range->second,
                     qPrintable(QStringLiteral("%1: lines %2-%3 changed outside %4 (%5-%6)")
                                    .arg(file).arg(w.first + 1).arg(w.oldEnd).arg(key).arg(range->first + 1).arg(range->second)));
        }
        const auto newRange = keyLines(reread, key);
        QVERIFY2(newRange, qPrintable(file));
        QVERIFY2(w.first >= newRange->first - 1 && w.newEnd <= newRange->second + 1,
                 qPrintable(QStringLiteral("%1: new lines %2-%3 outside %4 (%5-%6)")
                                .arg(file).arg(w.first + 1).arg(w.newEnd).arg(key).arg(newRange->first + 1).arg(newRange->second)));
    }
    qInfo("%d files edited, %lld refused", edited, qlonglong(refused.size()));
    for (const QString &r : std::as_const(refused).first(qMin<qsizetype>(refused.size(), 20)))
        qInfo("refused: %s", qPrintable(r));
    QVERIFY2(refused.isEmpty(), qPrintable(QStringLiteral("%1 edits refused").arg(refused.size())));
}

QTEST_GUILESS_MAIN(TestCorpusRoundTrip)
#include "tst_corpusroundtrip.moc"
