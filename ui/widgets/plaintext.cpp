#include "plaintext.h"

namespace Storydesk::PlainText {

namespace {

constexpr qsizetype LongestUnbrokenRun = 24;
constexpr char16_t ZeroWidthSpace = 0x200B;
constexpr char16_t Ellipsis = 0x2026;

bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

} // namespace

QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return QString();
    // Explicit rich text whose content is escaped: shows exactly the characters given.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") % text.toHtmlEscaped() % QStringLiteral("</p>");
}

QString singleLine(const QString &text)
{
    QString out = text;
    out.removeIf(isBidiControl);
    return out.simplified();
}

QString singleLine(const QString &text, qsizetype maximum)
{
    // Cut before tidying: a 100,000-character title need not be simplified whole.
    QString out = singleLine(text.size() > 2 * maximum ? text.first(2 * maximum) : text);
    if (out.size() <= maximum)
        return out;
    qsizetype keep = maximum - 1;
    if (out.at(keep).isLowSurrogate())
        --keep;   // never half a surrogate pair
    return out.first(keep) + QChar(Ellipsis);
}

QString wrappable(const QString &text, qsizetype maximum)
{
    QString source = text;
    source.removeIf(isBidiControl);
    if (source.size() > maximum)
        source = source.first(maximum) + QChar(Ellipsis);
    QString out;
    out.reserve(source.size() + source.size() / LongestUnbrokenRun);
    qsizetype run = 0;
    for (const QChar c : std::as_const(source)) {
        run = c.isSpace() ? 0 : run + 1;
        if (run > LongestUnbrokenRun && !c.isLowSurrogate()) {
            out += QChar(ZeroWidthSpace);
            run = 1;
        }
        out += c;
    }
    return out;
}

} // namespace Storydesk::PlainText
