// The translation catalogues against the sources: lupdate over the app's sources into a
// copy of each committed catalogue, then every message of the result must be translated
// (German) or have its plural forms (English), keeping the source's placeholders.

#include "gitsync.h"
#include "storychanges.h"
#include "storyindex.h"
#include "summaryreader.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;   // of <translation>: unfinished, vanished, obsolete or empty
    QStringList forms;   // the translation, or its numerus forms

    QString name() const { return context + QStringLiteral(": ") + source; }
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        // A numerus message is complete at its </message>; collect it there.
        if (xml.isEndElement() && xml.name() == QLatin1StringView("message") && message.numerus)
            messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1StringView("message")) {
            message = Message{context, {}, xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes"), {}, {}};
        } else if (name == QLatin1StringView("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1StringView("translation")) {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!message.numerus) {
                message.forms = {xml.readElementText()};
                messages.append(message);
            }
        } else if (name == QLatin1StringView("numerusform")) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// The catalogue `fileName` as update_translations would leave it, written in `dir`, or empty
// with a failure. Obsolete texts are kept (marked vanished) so that a stale entry shows.
QString updatedCopy(const QTemporaryDir &dir, const QString &fileName, const QStringList &extraSources = {})
{
    const QString copy = dir.filePath(fileName);
    QFile::remove(copy);
    if (!QFile::copy(QStringLiteral(STORYDESK_TRANSLATIONS_DIR "/") + fileName, copy))
        return {};
    QProcess lupdate;
    QStringList arguments{QStringLiteral("@" STORYDESK_TRANSLATED_SOURCES)};
    arguments << extraSources << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-silent") << QStringLiteral("-ts") << copy;
    lupdate.start(QStringLiteral(STORYDESK_LUPDATE), arguments);
    if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        qWarning().noquote() << lupdate.readAllStandardError();
        return {};
    }
    return copy;
}

QStringList untranslated(const QList<Message> &messages, int pluralForms)
{
    QStringList missing;
    for (const Message &m : messages) {
        const bool empty = std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &form) { return form.isEmpty(); });
        if (!m.type.isEmpty())
            missing.append(QStringLiteral("[%1] %2").arg(m.type, m.name()));
        else if (empty || m.forms.size() != (m.numerus ? pluralForms : 1))
            missing.append(QStringLiteral("[empty] %1").arg(m.name()));
    }
    return missing;
}

// %1…%99, %L1, %n, %Ln: what arg() and tr() fill in; each translation has the same set.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void german_translatesEverySourceText();
    void german_keepsPlaceholders();
    void german_quotesTheGermanWay();
    void english_hasEveryPluralForm();
    void lupdate_flagsANewSourceText();
    void german_reachesTheCoreTextsAtRunTime();
    void german_problemsHaveAnIndexOfTheirOwn();

private:
    QTemporaryDir m_dir;
    QList<Message> m_german;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString german = updatedCopy(m_dir, QStringLiteral("storydesk_de.ts"));
    QVERIFY2(!german.isEmpty(), "lupdate could not update a copy of storydesk_de.ts");
    QString error;
    m_german = readCatalogue(german, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_german.size() > 100);
}

void TestTranslations::german_translatesEverySourceText()
{
    const QStringList missing = untranslated(m_german, 2);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 texts without a German translation (translate them in translations/storydesk_de.ts "
                                                          "after `cmake --build build --target update_translations`):\n")
                                               .arg(missing.size())
                                           + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::german_keepsPlaceholders()
{
    QStringList wrong;
    for (const Message &m : std::as_const(m_german)) {
        for (const QString &form : m.forms) {
            QStringList expected = placeholders(m.source);
            QStringList actual = placeholders(form);
            // A singular may say "eine" instead of %n; every other placeholder stays.
            if (m.numerus && &form == &m.forms.constFirst()) {
                expected.removeAll(QStringLiteral("%n"));
                expected.removeAll(QStringLiteral("%Ln"));
                actual.removeAll(QStringLiteral("%n"));
                actual.removeAll(QStringLiteral("%Ln"));
            }
            if (!form.isEmpty() && expected != actual)
                wrong.append(QStringLiteral("%1 → %2").arg(m.name(), form));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestTranslations::german_quotesTheGermanWay()
{
    // German quotes „so“: an English closing ” is a quote left in English style, and so is
    // a straight " where the source quotes a name ("%1"). Straight quotes of the query
    // syntax ("phrases") are typed as they are and stay.
    QStringList wrong;
    for (const Message &m : std::as_const(m_german)) {
        for (const QString &form : m.forms) {
            if (form.contains(QChar(0x201D)) || (m.source.contains(QLatin1StringView("\"%")) && form.contains(QLatin1Char('"'))))
                wrong.append(QStringLiteral("%1 → %2").arg(m.name(), form));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestTranslations::english_hasEveryPluralForm()
{
    // The English catalogue carries only the plural forms of %n texts ("1 story", "2 stories").
    const QString english = updatedCopy(m_dir, QStringLiteral("storydesk_en.ts"));
    QVERIFY(!english.isEmpty());
    QString error;
    QList<Message> messages = readCatalogue(english, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    messages.removeIf([](const Message &m) { return !m.numerus; });
    QVERIFY(!messages.isEmpty());
    const QStringList missing = untranslated(messages, 2);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestTranslations::lupdate_flagsANewSourceText()
{
    // The check above is only as good as lupdate seeing the sources: a text added to a
    // source file must show up as unfinished.
    const QString source = m_dir.filePath(QStringLiteral("newtext.cpp"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#include <QCoreApplication>\n"
               "QString t() { return QCoreApplication::translate(\"Storydesk::MainWindow\", \"A text nobody translated yet\"); }\n");
    file.close();
    QTemporaryDir dir;
    const QString german = updatedCopy(dir, QStringLiteral("storydesk_de.ts"), {source});
    QVERIFY(!german.isEmpty());
    QString error;
    const QStringList missing = untranslated(readCatalogue(german, &error), 2);
    QVERIFY2(missing.contains(QStringLiteral("[unfinished] Storydesk::MainWindow: A text nobody translated yet")), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestTranslations::german_reachesTheCoreTextsAtRunTime()
{
    // The core asks for its texts under the context lupdate files them under: with the
    // compiled German catalogue loaded, the commit dialog's "What changed" column, a plural
    // and the generated commit message speak German. Without it they stay English (the CLI).
    using Storydesk::GitSync;
    using Storydesk::StoryChanges;
    const QByteArray before = "---\ntitle: A\nquality: 63\nrelated:\n  - webUrl: https://a.example/1\n    title: One\n---\nBody\n";
    const QByteArray after = "---\ntitle: B\nquality: 70\nrelated:\n  - webUrl: https://a.example/1\n    title: Uno\n---\nBody\n";
    const StoryChanges changes = StoryChanges::between(before, after);
    const QList<std::pair<QString, StoryChanges>> stories{{QStringLiteral("a.md"), changes}};
    QCOMPARE(changes.summary(), QStringLiteral("title changed, quality 63 \u2192 70, related 1 edited"));
    QCOMPARE(StoryChanges::commitMessage(stories).section(QLatin1Char('\n'), 0, 0), QStringLiteral("Triage: quality on 1, related on 1, edit 1 story"));

    QTranslator german;
    QVERIFY(german.load(QStringLiteral(STORYDESK_GERMAN_CATALOGUE)));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const StoryChanges inGerman = StoryChanges::between(before, after);
    const QString message = StoryChanges::commitMessage({{QStringLiteral("a.md"), inGerman}});
    const QString phase = GitSync::phaseName(GitSync::Phase::Fetch);
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(inGerman.summary(), QStringLiteral("title geändert, quality 63 \u2192 70, related 1 bearbeitet"));
    QCOMPARE(message.section(QLatin1Char('\n'), 0, 0), QStringLiteral("Triage: Qualität bei 1, verwandte Berichte bei 1, bearbeitet 1 Meldung"));
    QCOMPARE(phase, QStringLiteral("Abrufen"));
}

void TestTranslations::german_problemsHaveAnIndexOfTheirOwn()
{
    // A story's problems are read in the window's language and kept in the folder's index:
    // a German session keeps its own index, so the CLI's English problems never show in it.
    using Storydesk::StoryIndex;
    using Storydesk::SummaryReader;
    const QByteArray story = "---\ntitle: A\npublished: maybe\n---\n";
    const QString english = SummaryReader::fromBytes(QStringLiteral("a.md"), story).problems.value(0).message;
    const QString englishIndex = StoryIndex::fileFor(m_dir.path());
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(STORYDESK_GERMAN_CATALOGUE)));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const QString inGerman = SummaryReader::fromBytes(QStringLiteral("a.md"), story).problems.value(0).message;
    const QString germanIndex = StoryIndex::fileFor(m_dir.path());
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(english, QStringLiteral("published must be true or false, not 'maybe'"));
    QCOMPARE(inGerman, QStringLiteral("published muss true oder false sein, nicht „maybe“"));
    QVERIFY(englishIndex.endsWith(QLatin1String(".sqlite")));
    QCOMPARE(germanIndex, englishIndex.chopped(7) + QStringLiteral("-de.sqlite"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
