#include "storyschema.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace Storydesk::StorySchema {

int topLevelOrder(QStringView key)
{
    static constexpr std::array order{Category, Title, Excerpt, PublishedDateTime, OriginalUrl, WebUrl, Type,
                                      Quality, Heat, Published, Provider, Topics, Images, Related, Secured};
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (key == order[i])
            return int(i);
    }
    return -1;
}

int nestedOrder(QStringView key)
{
    static constexpr std::array order{Title, Excerpt, PublishedDateTime, WebUrl, AmpWebUrl, CdnAmpWebUrl, Type, Provider,
                                      Name, Domain, Quality, Images, Url, Width, Height, IsCached};
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (key == order[i])
            return int(i);
    }
    return -1;
}

std::optional<bool> parseBool(QStringView scalar)
{
    static constexpr std::array truthy{"true", "True", "TRUE"};
    static constexpr std::array falsy{"false", "False", "FALSE"};
    for (const char *t : truthy) {
        if (scalar == QLatin1StringView(t))
            return true;
    }
    for (const char *f : falsy) {
        if (scalar == QLatin1StringView(f))
            return false;
    }
    return std::nullopt;
}

std::optional<bool> parseYaml11Bool(QStringView scalar)
{
    static constexpr std::array truthy{"true", "yes", "on", "y"};
    static constexpr std::array falsy{"false", "no", "off", "n"};
    for (const char *t : truthy) {
        if (scalar.compare(QLatin1StringView(t), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const char *f : falsy) {
        if (scalar.compare(QLatin1StringView(f), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

std::optional<qint64> parseInt(QStringView scalar)
{
    bool ok = false;
    const qint64 v = scalar.trimmed().toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

QDateTime parseTimestamp(QStringView scalar)
{
    // YAML timestamp grammar, loosened the way Jekyll and Hugo read dates: single-digit
    // hours, a space or 'T' between date and time, an optional space before the offset.
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)"
        R"(\s*(Z|z|[+-]\d{1,2}(?::?\d{2})?)?)?\s*$)"));
    const QRegularExpressionMatch m = re.match(scalar);
    if (!m.hasMatch())
        return {};
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!date.isValid())
        return {};
    int msec = 0;
    if (m.hasCaptured(7))
        msec = m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.hasCaptured(4) ? m.capturedView(4).toInt() : 0, m.hasCaptured(5) ? m.capturedView(5).toInt() : 0,
                     m.hasCaptured(6) ? m.capturedView(6).toInt() : 0, msec);
    if (!time.isValid())
        return {};
    int offsetSeconds = 0;
    if (m.hasCaptured(8)) {
        const QStringView zone = m.capturedView(8);
        if (zone.compare(QLatin1StringView("Z"), Qt::CaseInsensitive) != 0) {
            const int sign = zone.front() == QLatin1Char('-') ? -1 : 1;
            const QString digits = zone.mid(1).toString().remove(QLatin1Char(':'));
            const int hours = digits.size() <= 2 ? digits.toInt() : digits.left(digits.size() - 2).toInt();
            const int minutes = digits.size() <= 2 ? 0 : digits.right(2).toInt();
            if (hours > 23 || minutes > 59)
                return {};
            offsetSeconds = sign * (hours * 3600 + minutes * 60);
        }
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

std::optional<QString> checkScore(QLatin1StringView key, QStringView scalar, qint16 *value)
{
    const std::optional<qint64> v = parseInt(scalar);
    if (!v)
        return QCoreApplication::translate("Storydesk::StorySchema", "%1 must be a whole number from 0 to 100, not '%2'").arg(key, scalar);
    if (*v < 0 || *v > 100)
        return QCoreApplication::translate("Storydesk::StorySchema", "%1 must be from 0 to 100, not %2").arg(key).arg(*v);
    if (value)
        *value = qint16(*v);
    return std::nullopt;
}

std::optional<QString> checkPublished(QStringView scalar, bool quoted, bool *value)
{
    const std::optional<bool> v = parseBool(scalar);
    if (!v || quoted) {
        return quoted ? QCoreApplication::translate("Storydesk::StorySchema", "published must be true or false, not the text \"%1\"").arg(scalar)
                      : QCoreApplication::translate("Storydesk::StorySchema", "published must be true or false, not '%1'").arg(scalar);
    }
    if (value)
        *value = *v;
    return std::nullopt;
}

std::optional<QString> checkTimestamp(QStringView scalar, QDateTime *value)
{
    const QDateTime dt = parseTimestamp(scalar);
    if (!dt.isValid())
        return QCoreApplication::translate("Storydesk::StorySchema", "publishedDateTime is not a date and time: '%1'").arg(scalar);
    if (value)
        *value = dt;
    return std::nullopt;
}

QString duplicateKeyMessage(QStringView key, int firstLine)
{
    return QStringLiteral("%1 appears twice (first on line %2): YAML readers disagree on which value counts").arg(key).arg(firstLine);
}

} // namespace Storydesk::StorySchema
