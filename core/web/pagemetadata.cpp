#include "pagemetadata.h"

#include "weblimits.h"

#include <QHash>
#include <QStringDecoder>

#include <array>
#include <optional>

namespace Storydesk {

namespace {

// Where a <meta charset> is looked for: browsers look in the first 1024 bytes; pages with
// long comments or scripts first put it later, and looking further costs nothing.
constexpr qsizetype CharsetScanBytes = 8 * 1024;

// windows-1252's 0x80–0x9F; the rest of the range is ISO-8859-1.
constexpr std::array<char16_t, 32> Windows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = uchar(c);
        *out++ = QChar(b >= 0x80 && b < 0xA0 ? Windows1252High[b - 0x80] : char16_t(b));
    }
    return text;
}

bool isWindows1252Label(const QByteArray &label)
{
    static const QList<QByteArray> labels{"windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
                                          "latin1", "l1", "us-ascii", "ascii", "iso-ir-100", "csisolatin1"};
    return labels.contains(label);
}

std::optional<QString> decodeAs(const QByteArray &label, QByteArrayView bytes)
{
    if (isWindows1252Label(label))
        return fromWindows1252(bytes);
    QStringDecoder decoder(label.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    return QString(decoder(bytes));
}

// The value of `charset=` in a Content-Type value, lowercased; empty when there is none.
QByteArray charsetOf(const QByteArray &contentType)
{
    const QByteArray lower = contentType.toLower();
    const qsizetype at = lower.indexOf("charset=");
    if (at < 0)
        return {};
    QByteArray value = lower.mid(at + 8).trimmed();
    if (value.startsWith('"') || value.startsWith('\'')) {
        const char quote = value.at(0);
        const qsizetype end = value.indexOf(quote, 1);
        return value.mid(1, end < 0 ? -1 : end - 1).trimmed();
    }
    qsizetype end = 0;
    while (end < value.size() && value.at(end) != ';' && value.at(end) != ' ' && value.at(end) != '\t')
        ++end;
    return value.left(end);
}

// A minimal, forgiving HTML tokenizer: enough to read the tags of a page's head.
class HeadReader
{
public:
    struct Tag
    {
        QString name;                    // lowercased
        QHash<QString, QString> attributes;   // names lowercased, values entity-decoded
    };

    explicit HeadReader(QStringView html) : m_html(html) {}

    // The next start tag, or nullopt at the end of the head (or of the text). Comments,
    // scripts and styles are stepped over; <title> text is kept for title().
    std::optional<Tag> next();
    const QString &title() const { return m_title; }

private:
    bool startsWithAt(qsizetype at, QLatin1StringView what) const
    {
        return m_html.sliced(qMin(at, m_html.size())).startsWith(what, Qt::CaseInsensitive);
    }
    qsizetype findFrom(qsizetype at, QStringView what) const
    {
        const qsizetype found = m_html.indexOf(what, qMin(at, m_html.size()), Qt::CaseInsensitive);
        return found < 0 ? m_html.size() : found;
    }
    void skipSpaces()
    {
        while (m_pos < m_html.size() && m_html.at(m_pos).isSpace())
            ++m_pos;
    }
    QString readName();
    QString readValue();

    QStringView m_html;
    qsizetype m_pos = 0;
    QString m_title;
    bool m_titleSeen = false;
};

QString decodeEntities(QStringView text);

// Text as the contract promises it: one line a person reads, which YAML can hold. Every kind
// of whitespace collapses to single spaces; control characters, halves of surrogate pairs
// and noncharacters go, whether the page carried them raw or as references (`&#7;`).
QString plainText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            out.append(u' ');
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (!QChar::isNonCharacter(QChar::surrogateToUcs4(c, text.at(i + 1))))
                out.append(text.sliced(i, 2));
            ++i;
        } else if (!c.isSurrogate() && !c.isNonCharacter() && c.category() != QChar::Other_Control) {
            out.append(c);
        }
    }
    return out.simplified();
}

QString collapsed(QStringView text)
{
    return plainText(decodeEntities(text));
}

QString HeadReader::readName()
{
    const qsizetype start = m_pos;
    while (m_pos < m_html.size()) {
        const QChar c = m_html.at(m_pos);
        if (c.isSpace() || c == u'=' || c == u'>' || c == u'/' || c == u'<')
            break;
        ++m_pos;
    }
    return m_html.sliced(start, m_pos - start).toString().toLower();
}

QString HeadReader::readValue()
{
    if (m_pos >= m_html.size())
        return {};
    const QChar quote = m_html.at(m_pos);
    if (quote == u'"' || quote == u'\'') {
        const qsizetype begin = m_pos + 1;
        const qsizetype close = m_html.indexOf(quote, begin);
        qsizetype end = close >= 0 ? close : m_html.size();
        // A quote left open ends with its tag, where the next tag starts, rather than
        // swallowing the tags after it.
        for (qsizetype gt = m_html.indexOf(u'>', begin); gt >= 0 && gt < end; gt = m_html.indexOf(u'>', gt + 1)) {
            qsizetype next = gt + 1;
            while (next < m_html.size() && m_html.at(next).isSpace())
                ++next;
            if (next >= m_html.size() || m_html.at(next) == u'<') {
                m_pos = gt;   // the '>' closes the tag
                return decodeEntities(m_html.sliced(begin, gt - begin));
            }
        }
        m_pos = close >= 0 ? close + 1 : end;
        return decodeEntities(m_html.sliced(begin, end - begin));
    }
    const qsizetype start = m_pos;
    while (m_pos < m_html.size() && !m_html.at(m_pos).isSpace() && m_html.at(m_pos) != u'>')
        ++m_pos;
    return decodeEntities(m_html.sliced(start, m_pos - start));
}

std::optional<HeadReader::Tag> HeadReader::next()
{
    while (m_pos < m_html.size()) {
        m_pos = m_html.indexOf(u'<', m_pos);
        if (m_pos < 0) {
            m_pos = m_html.size();
            break;
        }
        if (startsWithAt(m_pos, QLatin1StringView("<!--"))) {
            m_pos = findFrom(m_pos + 4, u"-->") + 3;
            continue;
        }
        if (startsWithAt(m_pos, QLatin1StringView("</head")) || startsWithAt(m_pos, QLatin1StringView("<body")))
            break;
        ++m_pos;
        if (m_pos >= m_html.size() || !m_html.at(m_pos).isLetter()) {
            continue;   // an end tag, a doctype, or a stray "<"
        }
        Tag tag;
        tag.name = readName();
        for (;;) {
            skipSpaces();
            if (m_pos >= m_html.size())
                break;
            const QChar c = m_html.at(m_pos);
            if (c == u'>') {
                ++m_pos;
                break;
            }
            if (c == u'<')
                break;   // broken markup: a new tag starts before this one closed
            if (c == u'/') {
                ++m_pos;
                continue;
            }
            const QString name = readName();
            if (name.isEmpty()) {
                ++m_pos;
                continue;
            }
            skipSpaces();
            QString value;
            if (m_pos < m_html.size() && m_html.at(m_pos) == u'=') {
                ++m_pos;
                skipSpaces();
                value = readValue();
            }
            if (!tag.attributes.contains(name))
                tag.attributes.insert(name, value);
        }
        if (tag.name == u"script" || tag.name == u"style") {
            m_pos = findFrom(m_pos, QString(QStringLiteral("</") + tag.name));
            continue;
        }
        if (tag.name == u"title") {
            const qsizetype end = findFrom(m_pos, u"</title");
            if (!m_titleSeen)
                m_title = collapsed(m_html.sliced(m_pos, end - m_pos));
            m_titleSeen = true;
            m_pos = end;
            continue;
        }
        return tag;
    }
    return std::nullopt;
}

QString decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    static const QHash<QString, char16_t> named{
        {QStringLiteral("amp"), u'&'},     {QStringLiteral("lt"), u'<'},      {QStringLiteral("gt"), u'>'},
        {QStringLiteral("quot"), u'"'},    {QStringLiteral("apos"), u'\''},   {QStringLiteral("nbsp"), 0x00A0},
        {QStringLiteral("ndash"), 0x2013}, {QStringLiteral("mdash"), 0x2014}, {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019}, {QStringLiteral("ldquo"), 0x201C}, {QStringLiteral("rdquo"), 0x201D},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("copy"), 0x00A9}, {QStringLiteral("reg"), 0x00AE},
        {QStringLiteral("eacute"), 0x00E9}, {QStringLiteral("egrave"), 0x00E8}, {QStringLiteral("uuml"), 0x00FC},
        {QStringLiteral("ouml"), 0x00F6},  {QStringLiteral("auml"), 0x00E4}, {QStringLiteral("ccedil"), 0x00E7},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype semicolon = c == u'&' ? text.indexOf(u';', i + 1) : -1;
        if (semicolon < 0 || semicolon - i > 10) {
            out.append(c);
            continue;
        }
        const QStringView name = text.sliced(i + 1, semicolon - i - 1);
        bool ok = false;
        char32_t code = 0;
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            code = char32_t(name.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10));
            ok = ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
            // As browsers read them: `&#x93;` means windows-1252's 0x93, a quotation mark.
            if (ok && code >= 0x80 && code < 0xA0)
                code = Windows1252High[code - 0x80];
        } else if (const auto it = named.constFind(name.toString()); it != named.cend()) {
            code = *it;
            ok = true;
        }
        if (!ok) {
            out.append(c);
            continue;
        }
        out.append(QString::fromUcs4(&code, 1));
        i = semicolon;
    }
    return out;
}

int dimension(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value > 0 ? value : -1;
}

} // namespace

bool PageMetadata::isEmpty() const
{
    return title.isEmpty() && description.isEmpty() && siteName.isEmpty() && publishedTime.isEmpty() && image.isEmpty();
}

QString PageMetadata::decode(const QByteArray &html, const QByteArray &contentTypeHeader)
{
    if (const QByteArray label = charsetOf(contentTypeHeader); !label.isEmpty()) {
        if (const std::optional<QString> text = decodeAs(label, html))
            return *text;
    }
    if (const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(html); bom && *bom != QStringConverter::Latin1) {
        QStringDecoder decoder(*bom);
        return decoder(html);
    }
    // The head in an ASCII-compatible reading is enough to find the <meta> that names the charset.
    const QString ascii = QString::fromLatin1(html.left(CharsetScanBytes));
    HeadReader reader(ascii);
    while (const std::optional<HeadReader::Tag> tag = reader.next()) {
        if (tag->name != u"meta")
            continue;
        QByteArray label = tag->attributes.value(QStringLiteral("charset")).trimmed().toLower().toLatin1();
        if (label.isEmpty() && tag->attributes.value(QStringLiteral("http-equiv")).compare(u"content-type", Qt::CaseInsensitive) == 0)
            label = charsetOf(tag->attributes.value(QStringLiteral("content")).toLatin1());
        if (label.isEmpty())
            continue;
        if (const std::optional<QString> text = decodeAs(label, html))
            return *text;
        break;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(html);
    // Not UTF-8 after all: the single-byte encoding old pages use without saying so.
    return utf8.hasError() ? fromWindows1252(html) : text;
}

PageMetadata PageMetadata::parse(const QByteArray &html, const QByteArray &contentTypeHeader, const QUrl &pageUrl)
{
    const QString text = decode(html, contentTypeHeader);
    HeadReader reader(text);
    QHash<QString, QString> meta;   // the first value of each property or name, lowercased
    while (const std::optional<HeadReader::Tag> tag = reader.next()) {
        if (tag->name != u"meta")
            continue;
        QString key = tag->attributes.value(QStringLiteral("property"));
        if (key.isEmpty())
            key = tag->attributes.value(QStringLiteral("name"));
        if (key.isEmpty())
            key = tag->attributes.value(QStringLiteral("itemprop"));
        key = key.trimmed().toLower();
        const QString content = plainText(tag->attributes.value(QStringLiteral("content")));
        if (!key.isEmpty() && !content.isEmpty() && !meta.contains(key))
            meta.insert(key, content);
    }
    const auto first = [&meta](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            const QString value = meta.value(QLatin1StringView(key));
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };

    PageMetadata page;
    page.title = first({"og:title", "twitter:title"});
    if (page.title.isEmpty())
        page.title = reader.title();
    page.description = first({"og:description", "twitter:description", "description"});
    page.siteName = first({"og:site_name"});
    page.publishedTime = first({"article:published_time", "og:published_time", "datepublished"});
    const QString ogImage = first({"og:image:secure_url", "og:image", "og:image:url"});
    const QString imageText = ogImage.isEmpty() ? first({"twitter:image", "twitter:image:src"}) : ogImage;
    const QUrl image = pageUrl.isValid() ? pageUrl.resolved(QUrl(imageText)) : QUrl(imageText);
    // "http:picture.jpg" is http without a host: nothing the image fetcher could ask for.
    if (!imageText.isEmpty() && image.isValid() && WebLimits::isWeb(image) && !image.host().isEmpty()) {
        page.image = image;
        if (!ogImage.isEmpty()) {
            page.imageWidth = dimension(meta.value(QStringLiteral("og:image:width")));
            page.imageHeight = dimension(meta.value(QStringLiteral("og:image:height")));
        }
    }
    return page;
}

} // namespace Storydesk
