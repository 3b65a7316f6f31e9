#include "duplicatekeys.h"

#include <QTest>

namespace DuplicateKeys = Storydesk::DuplicateKeys;

class TestDuplicateKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizedWebUrl_data();
    void normalizedWebUrl();
    void normalizedTitle_data();
    void normalizedTitle();
    void titlesNearIdentical_data();
    void titlesNearIdentical();
};

void TestDuplicateKeys::normalizedWebUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");

    const auto row = [](const char *name, const char *url, const char *key) {
        QTest::newRow(name) << QString::fromUtf8(url) << QString::fromUtf8(key);
    };
    row("plain", "https://example.com/a/b", "example.com/a/b");
    row("http and https are one", "http://example.com/a/b", "example.com/a/b");
    row("host case", "https://EXAMPLE.com/a", "example.com/a");
    row("path case kept", "https://example.com/A", "example.com/A");
    row("www dropped", "https://www.example.com/a", "example.com/a");
    row("www only at the start", "https://news.www.example.com/a", "news.www.example.com/a");
    row("default https port", "https://example.com:443/a", "example.com/a");
    row("default http port", "http://example.com:80/a", "example.com/a");
    row("other port kept", "https://example.com:8443/a", "example.com:8443/a");
    row("trailing slash", "https://example.com/a/", "example.com/a");
    row("root", "https://example.com/", "example.com");
    row("fragment dropped", "https://example.com/a#comments", "example.com/a");
    row("utm dropped", "https://example.com/a?utm_source=feed&utm_medium=rss&UTM_Campaign=x", "example.com/a");
    row("click ids dropped", "https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4", "example.com/a");
    row("ref dropped", "https://example.com/a?ref=hn&ref_src=twsrc", "example.com/a");
    row("other parameters kept, sorted", "https://example.com/a?page=2&id=7&utm_source=x", "example.com/a?id=7&page=2");
    row("parameter names are not prefixes", "https://example.com/a?reference=1&utm=2", "example.com/a?reference=1&utm=2");
    row("encoded path", "https://example.com/caf%C3%A9", "example.com/caf%C3%A9");
    row("unencoded path", "https://example.com/café", "example.com/caf%C3%A9");
    row("spaces around", "  https://example.com/a  ", "example.com/a");
    row("empty", "", "");
    row("not a link", "urn:isbn:123", "urn:isbn:123");
    row("relative", "/articles/a", "/articles/a");
}

void TestDuplicateKeys::normalizedWebUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QCOMPARE(DuplicateKeys::normalizedWebUrl(url), key);
}

void TestDuplicateKeys::normalizedTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("normalized");

    const auto row = [](const char *name, const char *title, const char *provider, const char *domain, const char *normalized) {
        QTest::newRow(name) << QString::fromUtf8(title) << QString::fromUtf8(provider) << QString::fromUtf8(domain)
                            << QString::fromUtf8(normalized);
    };
    row("case", "Detroit Renews Contract", "", "", "detroit renews contract");
    row("accents", "Montréal Café Élève", "", "", "montreal cafe eleve");
    row("punctuation", "Detroit: renews (its) contract!", "", "", "detroit renews its contract");
    row("quotes and apostrophes", "“Here’s” what's new", "", "", "here s what s new");
    row("spaces collapse", "  a \t b   c  ", "", "", "a b c");
    row("provider suffix by name", "Detroit renews contract - The Verge", "The Verge", "theverge.com", "detroit renews contract");
    row("provider suffix with a bar", "Detroit renews contract | The Verge", "The Verge", "", "detroit renews contract");
    row("provider suffix by domain", "Detroit renews contract — theverge.com", "", "www.theverge.com", "detroit renews contract");
    row("provider suffix by domain name", "Detroit renews contract - TheVerge", "", "theverge.com", "detroit renews contract");
    row("other suffix kept", "Apple event - Part 2", "The Verge", "theverge.com", "apple event part 2");
    row("hyphenated word kept", "Self-driving cars - The Verge", "Wired", "wired.com", "self driving cars the verge");
    row("only the suffix", "- The Verge", "The Verge", "", "the verge");
    row("empty", "", "", "", "");
}

void TestDuplicateKeys::normalizedTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, provider);
    QFETCH(QString, domain);
    QFETCH(QString, normalized);
    QCOMPARE(DuplicateKeys::normalizedTitle(title, provider, domain), normalized);
}

void TestDuplicateKeys::titlesNearIdentical_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("near");

    const auto row = [](const char *name, const char *a, const char *b, bool near) {
        QTest::newRow(name) << QString::fromUtf8(a) << QString::fromUtf8(b) << near;
    };
    row("same", "Detroit renews facial recognition contract", "Detroit renews facial recognition contract", true);
    row("case, accents, punctuation", "Détroit renews facial-recognition contract!", "detroit Renews Facial Recognition Contract", true);
    row("words reordered", "EU fines Google over Android", "Google over Android EU fines", true);
    row("one word added to ten", "Detroit city council renews its controversial facial recognition contract with vendor",
        "Detroit city council quietly renews its controversial facial recognition contract with vendor", true);
    row("one word changed in ten", "Detroit city council renews its controversial facial recognition contract with vendor",
        "Detroit city council extends its controversial facial recognition contract with vendor", true);
    row("two words changed in ten", "Detroit city council renews its controversial facial recognition contract with vendor",
        "Detroit city council extends its disputed facial recognition contract with vendor", false);
    row("another place", "Covid cases rise in Texas", "Covid cases rise in Florida", false);
    row("another number", "Apple event live part 1", "Apple event live part 2", false);
    row("a number added", "Apple event live coverage today", "Apple event live coverage today 2021", false);
    row("same numbers, a word dropped", "Google fined 2.7bn by the EU", "The EU fined Google 2.7bn", true);
    row("short titles never", "Live updates", "Live updates", false);
    row("three words", "Markets rally again", "Markets rally again", true);
    row("unrelated", "Detroit renews contract", "Farmers test drones", false);
    row("empty", "", "", false);
}

void TestDuplicateKeys::titlesNearIdentical()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, near);
    QCOMPARE(DuplicateKeys::titlesNearIdentical(a, b), near);
    QCOMPARE(DuplicateKeys::titlesNearIdentical(b, a), near);
}

QTEST_GUILESS_MAIN(TestDuplicateKeys)
#include "tst_duplicatekeys.moc"
