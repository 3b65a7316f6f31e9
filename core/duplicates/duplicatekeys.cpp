#include "duplicatekeys.h"

#include "searchkey.h"

#include <QUrl>

#include <algorithm>

namespace Storydesk::DuplicateKeys {

namespace {

// Letters and digits only, folded: "The Verge", "theverge" and "TheVerge" compare equal.
QString compact(QStringView text)
{
    QString out;
    for (const QChar c : SearchKey::fold(text)) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

bool isSuffixSeparator(QChar c)
{
    return c == u'-' || c == u'|' || c == u'\u2013' || c == u'\u2014' || c == u'\u00b7';
}

// The title without a trailing " - Provider" naming the story's own provider.
QStringView withoutProviderSuffix(QStringView title, QStringView providerName, QStringView providerDomain)
{
    if (providerName.isEmpty() && providerDomain.isEmpty())
        return title;
    for (qsizetype i = title.size() - 2; i > 0; --i) {
        if (!isSuffixSeparator(title.at(i)) || !title.at(i - 1).isSpace() || !title.at(i + 1).isSpace())
            continue;
        const QString suffix = compact(title.mid(i + 1));
        if (suffix.isEmpty())
            return title;
        QStringView domain = providerDomain;
        if (domain.startsWith(u"www."))
            domain = domain.mid(4);
        const qsizetype dot = domain.lastIndexOf(u'.');
        const bool names = suffix == compact(providerName) || suffix == compact(domain)
            || (dot > 0 && suffix == compact(domain.left(dot)));
        const QStringView rest = title.left(i).trimmed();
        return names && !rest.isEmpty() ? rest : title;
    }
    return title;
}

bool hasDigit(const QString &token)
{
    return std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

bool isTrackingParameter(QStringView name)
{
    static const QStringList exact = {
        QStringLiteral("fbclid"), QStringLiteral("gclid"), QStringLiteral("gclsrc"), QStringLiteral("dclid"),
        QStringLiteral("msclkid"), QStringLiteral("yclid"), QStringLiteral("igshid"), QStringLiteral("mc_cid"),
        QStringLiteral("mc_eid"), QStringLiteral("mkt_tok"), QStringLiteral("_ga"), QStringLiteral("_gl"),
        QStringLiteral("ref"), QStringLiteral("ref_src"), QStringLiteral("ref_url"), QStringLiteral("smid"),
        QStringLiteral("ocid"),
    };
    if (name.startsWith(u"utm_", Qt::CaseInsensitive))
        return true;
    return std::any_of(exact.cbegin(), exact.cend(), [name](const QString &e) { return name.compare(e, Qt::CaseInsensitive) == 0; });
}

QString normalizedWebUrl(QStringView webUrl)
{
    const QString trimmed = webUrl.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return trimmed;

    QString key = url.host().toLower();
    if (key.startsWith(u"www."))
        key.remove(0, 4);
    // http and https are compared as one scheme, so both default ports go.
    if (const int port = url.port(); port != -1 && port != 80 && port != 443)
        key += u':' + QString::number(port);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    key += path;
    if (url.hasQuery()) {
        QStringList kept;
        for (const QString &item : url.query(QUrl::FullyEncoded).split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = item.indexOf(u'=');
            const QString name = QUrl::fromPercentEncoding((eq < 0 ? item : item.left(eq)).toUtf8());
            if (!isTrackingParameter(name))
                kept.append(item);
        }
        std::sort(kept.begin(), kept.end());
        if (!kept.isEmpty())
            key += u'?' + kept.join(u'&');
    }
    return key;
}

QString normalizedTitle(QStringView title, QStringView providerName, QStringView providerDomain)
{
    const QString folded = SearchKey::fold(withoutProviderSuffix(title.trimmed(), providerName, providerDomain));
    QString out;
    out.reserve(folded.size());
    bool space = true;   // no leading space
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            out.append(c);
            space = false;
        } else if (!space) {
            out.append(u' ');
            space = true;
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

QStringList titleTokens(QStringView normalizedTitle)
{
    QStringList tokens;
    for (const QStringView token : normalizedTitle.split(u' ', Qt::SkipEmptyParts))
        tokens.append(token.toString());
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    return tokens;
}

bool tokensNearIdentical(const QStringList &a, const QStringList &b)
{
    if (a.size() < MinimumTitleTokens || b.size() < MinimumTitleTokens)
        return false;
    qsizetype shared = 0;
    QStringList numbersA;
    QStringList numbersB;
    for (const QString &t : a) {
        if (hasDigit(t))
            numbersA.append(t);
    }
    for (const QString &t : b) {
        if (hasDigit(t))
            numbersB.append(t);
    }
    if (numbersA != numbersB)
        return false;
    for (qsizetype i = 0, j = 0; i < a.size() && j < b.size();) {
        const int c = a.at(i).compare(b.at(j));
        if (c == 0) {
            ++shared;
            ++i;
            ++j;
        } else if (c < 0) {
            ++i;
        } else {
            ++j;
        }
    }
    const qsizetype all = a.size() + b.size() - shared;
    return shared * SimilarityDenominator >= all * SimilarityNumerator;
}

bool titlesNearIdentical(QStringView a, QStringView b)
{
    return tokensNearIdentical(titleTokens(normalizedTitle(a)), titleTokens(normalizedTitle(b)));
}

} // namespace Storydesk::DuplicateKeys
