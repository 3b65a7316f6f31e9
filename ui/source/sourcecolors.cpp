#include "sourcecolors.h"

#include <QPalette>

#include <cmath>

namespace Storydesk {

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// `color` made lighter on a dark base and darker on a light one until it reaches `ratio`.
QColor readable(const QColor &color, const QColor &base, double ratio)
{
    const bool darkBase = luminance(base) < 0.18;
    float h = 0;
    float s = 0;
    float l = 0;
    color.getHslF(&h, &s, &l);
    QColor result = color;
    for (int step = 0; step < 30 && contrast(result, base) < ratio; ++step) {
        l = qBound(0.0f, l + (darkBase ? 0.03f : -0.03f), 1.0f);
        result = QColor::fromHslF(h, s, l);
    }
    return result;
}

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    const auto channel = [amountOfB](double x, double y) { return x + (y - x) * amountOfB; };
    return QColor::fromRgbF(float(channel(a.redF(), b.redF())), float(channel(a.greenF(), b.greenF())),
                            float(channel(a.blueF(), b.blueF())));
}

} // namespace

SourceColors SourceColors::fromPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const bool dark = luminance(base) < luminance(text);

    // The accent hue: the selection colour, unless the style made it grey.
    QColor accent = palette.color(QPalette::Active, QPalette::Highlight);
    if (accent.hslSaturationF() < 0.25f)
        accent = palette.color(QPalette::Active, QPalette::Link);
    const float accentHue = accent.hslSaturationF() < 0.25f || accent.hslHueF() < 0 ? 0.58f : accent.hslHueF();
    const auto tone = [&](float hueShift, double ratio = 4.5) {
        const float hue = std::fmod(accentHue + hueShift + 1.0f, 1.0f);
        return readable(QColor::fromHslF(hue, 0.65f, dark ? 0.72f : 0.36f), base, ratio);
    };

    SourceColors colors;
    colors.key = tone(0.0f);
    colors.string = tone(-0.25f);   // a quarter turn from the accent: blue keys, green strings
    colors.number = tone(0.25f);
    colors.comment = readable(mix(text, base, 0.45), base, 3.0);
    colors.marker = readable(mix(text, colors.key, 0.5), base, 4.5);
    colors.link = readable(palette.color(QPalette::Active, QPalette::Link), base, 4.5);
    colors.codeBackground = mix(base, text, dark ? 0.10 : 0.06);
    colors.error = readable(QColor::fromHslF(0.0f, 0.75f, dark ? 0.62f : 0.45f), base, 3.0);
    colors.warning = readable(QColor::fromHslF(0.09f, 0.85f, dark ? 0.60f : 0.45f), base, 3.0);
    return colors;
}

} // namespace Storydesk
