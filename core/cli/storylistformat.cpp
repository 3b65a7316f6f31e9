#include "storylistformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace Storydesk {

namespace {

QString publishedText(StorySummary::Published p)
{
    switch (p) {
    case StorySummary::Published::Yes: return QStringLiteral("true");
    case StorySummary::Published::No: return QStringLiteral("false");
    default: return {};
    }
}

QString errorText(const StorySummary &story)
{
    for (const Problem &p : story.problems) {
        if (p.isError())
            return QStringLiteral("%1:%2: %3").arg(p.line).arg(p.column).arg(p.message);
    }
    return {};
}

// `2024-05-01T09:30:00Z`, as QDateTime::toString(Qt::ISODate) writes a UTC time, written by
// hand: Qt's took a tenth of the CPU of listing 100,000 indexed stories. Years Qt writes
// otherwise (before 1, after 9999) are left to it.
QString isoUtc(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.timeSpec() == Qt::UTC ? dateTime : dateTime.toUTC();
    const QDate date = utc.date();
    if (date.year() < 1 || date.year() > 9999)
        return utc.toString(Qt::ISODate);
    const QTime time = utc.time();
    char text[] = "0000-00-00T00:00:00Z";
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    put(11, time.hour(), 2);
    put(14, time.minute(), 2);
    put(17, time.second(), 2);
    return QString::fromLatin1(text, sizeof(text) - 1);
}

// `text` as UTF-8 at the end of `out`: ASCII byte by byte, the rest (from the first other
// character, so never inside a surrogate pair) as QString::toUtf8() encodes it.
void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    const qsizetype start = out.size();
    out.resize(start + size);
    char *bytes = out.data() + start;
    for (; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80)
            break;
        bytes[i] = char(c);
    }
    if (i < size) {
        out.resize(start + i);
        out.append(text.mid(i).toUtf8());
    }
}

// Bytes kept as UTF-8 (an excerpt, a URL) as they went through QString before: unchanged
// when valid but for a leading byte order mark, which QString::fromUtf8() drops; invalid
// sequences replaced.
void appendUtf8Bytes(QByteArray &out, const QByteArray &bytes)
{
    if (!QByteArrayView(bytes).isValidUtf8())
        out.append(QString::fromUtf8(bytes).toUtf8());
    else if (bytes.startsWith("\xef\xbb\xbf"))
        out.append(QByteArrayView(bytes).sliced(3));
    else
        out.append(bytes);
}

} // namespace

std::optional<StoryListFormat::Format> StoryListFormat::formatFromName(const QString &name)
{
    if (name == QLatin1String("tsv"))
        return Format::Tsv;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QStringList StoryListFormat::availableColumns()
{
    return {QStringLiteral("path"), QStringLiteral("title"), QStringLiteral("excerpt"), QStringLiteral("category"),
            QStringLiteral("type"), QStringLiteral("provider"), QStringLiteral("domain"), QStringLiteral("webUrl"),
            QStringLiteral("publishedDateTime"), QStringLiteral("quality"), QStringLiteral("heat"), QStringLiteral("published"),
            QStringLiteral("topics"), QStringLiteral("related"), QStringLiteral("image"), QStringLiteral("logo"),
            QStringLiteral("error")};
}

QStringList StoryListFormat::defaultColumns()
{
    return {QStringLiteral("path"), QStringLiteral("title"), QStringLiteral("provider"), QStringLiteral("publishedDateTime"),
            QStringLiteral("quality"), QStringLiteral("heat"), QStringLiteral("published"), QStringLiteral("topics"),
            QStringLiteral("related"), QStringLiteral("error")};
}

QStringList StoryListFormat::defaultColumns(const FieldMap &map)
{
    QStringList columns = defaultColumns();
    columns.removeIf([&map](const QString &column) {
        if (column == QLatin1String("provider"))
            return !map.isBound(FieldRole::ProviderName) && !map.isBound(FieldRole::ProviderDomain);
        if (column == QLatin1String("publishedDateTime"))
            return !map.isBound(FieldRole::Date);
        const std::optional<FieldRole> role = FieldMap::roleFromName(column);
        return role && !map.isBound(*role);
    });
    return columns;
}

StoryListFormat::StoryListFormat(Format format, QStringList columns)
    : m_format(format)
    , m_columns(std::move(columns))
{
    const QStringList all = availableColumns();
    for (const QString &c : std::as_const(m_columns)) {
        const qsizetype at = all.indexOf(c);
        m_ids.append(at < 0 ? Column::Unknown : Column(at));
    }
}

QString StoryListFormat::text(const StorySummary &s, const QString &column, const QString &displayPath) const
{
    if (column == QLatin1String("path")) return displayPath;
    if (column == QLatin1String("title")) return s.title;
    if (column == QLatin1String("excerpt")) return QString::fromUtf8(s.excerpt);
    if (column == QLatin1String("category")) return s.category;
    if (column == QLatin1String("type")) return s.type;
    if (column == QLatin1String("provider")) return s.providerName;
    if (column == QLatin1String("domain")) return s.providerDomain;
    if (column == QLatin1String("webUrl")) return QString::fromUtf8(s.webUrl);
    if (column == QLatin1String("publishedDateTime"))
        return s.publishedDateTime.isValid() ? isoUtc(s.publishedDateTime) : QString();
    if (column == QLatin1String("quality")) return s.quality >= 0 ? QString::number(s.quality) : QString();
    if (column == QLatin1String("heat")) return s.heat >= 0 ? QString::number(s.heat) : QString();
    if (column == QLatin1String("published")) return publishedText(s.published);
    if (column == QLatin1String("topics")) return s.topics.join(QStringLiteral(", "));
    if (column == QLatin1String("related")) return QString::number(s.relatedCount);
    if (column == QLatin1String("image")) return QString::fromUtf8(s.imageUrl);
    if (column == QLatin1String("logo")) return QString::fromUtf8(s.providerLogoUrl);
    if (column == QLatin1String("error")) return errorText(s);
    return {};
}

QByteArray StoryListFormat::header() const
{
    switch (m_format) {
    case Format::Tsv: return m_columns.join(QLatin1Char('\t')).toUtf8() + '\n';
    case Format::Csv: return m_columns.join(QLatin1Char(',')).toUtf8() + "\r\n";
    case Format::Json: return "[";
    }
    return {};
}

QByteArray StoryListFormat::footer() const
{
    return m_format == Format::Json ? QByteArray("\n]\n") : QByteArray();
}

StoryIndex::RowParts StoryListFormat::rowParts() const
{
    StoryIndex::RowParts parts;
    for (const Column column : m_ids) {
        if (column == Column::Excerpt)
            parts |= StoryIndex::RowPart::Excerpt;
        else if (column == Column::WebUrl || column == Column::Image)
            parts |= StoryIndex::RowPart::Links;
    }
    return parts;
}

void StoryListFormat::appendCell(QByteArray &out, const StorySummary &s, Column column, const QString &displayPath) const
{
    switch (column) {
    case Column::Path: appendUtf8(out, displayPath); break;
    case Column::Title: appendUtf8(out, s.title); break;
    case Column::Excerpt: appendUtf8Bytes(out, s.excerpt); break;
    case Column::Category: appendUtf8(out, s.category); break;
    case Column::Type: appendUtf8(out, s.type); break;
    case Column::Provider: appendUtf8(out, s.providerName); break;
    case Column::Domain: appendUtf8(out, s.providerDomain); break;
    case Column::WebUrl: appendUtf8Bytes(out, s.webUrl); break;
    case Column::PublishedDateTime:
        if (s.publishedDateTime.isValid())
            appendUtf8(out, isoUtc(s.publishedDateTime));
        break;
    case Column::Quality:
        if (s.quality >= 0)
            out.append(QByteArray::number(s.quality));
        break;
    case Column::Heat:
        if (s.heat >= 0)
            out.append(QByteArray::number(s.heat));
        break;
    case Column::Published:
        if (s.published == StorySummary::Published::Yes)
            out.append("true");
        else if (s.published == StorySummary::Published::No)
            out.append("false");
        break;
    case Column::Topics:
        for (qsizetype i = 0; i < s.topics.size(); ++i) {
            if (i > 0)
                out.append(", ");
            appendUtf8(out, s.topics.at(i));
        }
        break;
    case Column::Related: out.append(QByteArray::number(s.relatedCount)); break;
    case Column::Image: appendUtf8Bytes(out, s.imageUrl); break;
    case Column::Logo: appendUtf8Bytes(out, s.providerLogoUrl); break;
    case Column::Error: appendUtf8(out, errorText(s)); break;
    case Column::Unknown: break;
    }
}

void StoryListFormat::appendRow(QByteArray &out, const StorySummary &s, const QString &displayPath, bool first) const
{
    if (m_format == Format::Json) {
        out.append(row(s, displayPath, first));
        return;
    }
    // Each cell is written in place, then made a TSV or CSV field where it stands: the
    // characters that matter are ASCII, and no byte of a longer UTF-8 sequence is ASCII.
    const bool tsv = m_format == Format::Tsv;
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        if (i > 0)
            out.append(tsv ? '\t' : ',');
        const qsizetype start = out.size();
        appendCell(out, s, m_ids.at(i), displayPath);
        if (tsv) {
            // TSV has no quoting: tabs and line breaks inside a value become spaces.
            for (char *c = out.data() + start, *end = out.data() + out.size(); c != end; ++c) {
                if (*c == '\t' || *c == '\n' || *c == '\r')
                    *c = ' ';
            }
        } else {
            const QByteArrayView cell = QByteArrayView(out).sliced(start);
            if (std::any_of(cell.begin(), cell.end(), [](char c) { return c == ',' || c == '"' || c == '\n' || c == '\r'; })) {
                QByteArray quoted = cell.toByteArray();
                quoted.replace('"', "\"\"");
                out.truncate(start);
                out.append('"').append(quoted).append('"');
            }
        }
    }
    out.append(tsv ? "\n" : "\r\n");
}

QByteArray StoryListFormat::row(const StorySummary &s, const QString &displayPath, bool first) const
{
    if (m_format != Format::Json) {
        QByteArray out;
        appendRow(out, s, displayPath, first);
        return out;
    }
    QJsonObject o;
    for (const QString &c : m_columns) {
        if (c == QLatin1String("quality") || c == QLatin1String("heat")) {
            const int v = c == QLatin1String("quality") ? s.quality : s.heat;
            o.insert(c, v >= 0 ? QJsonValue(v) : QJsonValue());
        } else if (c == QLatin1String("published")) {
            o.insert(c, s.published == StorySummary::Published::Yes  ? QJsonValue(true)
                        : s.published == StorySummary::Published::No ? QJsonValue(false)
                                                                     : QJsonValue());
        } else if (c == QLatin1String("topics")) {
            o.insert(c, QJsonArray::fromStringList(s.topics));
        } else if (c == QLatin1String("related")) {
            o.insert(c, s.relatedCount);
        } else if (c == QLatin1String("error")) {
            for (const Problem &p : s.problems) {
                if (p.isError()) {
                    o.insert(c, QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("column"), p.column},
                                            {QStringLiteral("message"), p.message}});
                    break;
                }
            }
        } else {
            const QString t = text(s, c, displayPath);
            o.insert(c, t.isEmpty() && c != QLatin1String("path") ? QJsonValue() : QJsonValue(t));
        }
    }
    return QByteArray(first ? "\n  " : ",\n  ") + QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Storydesk
