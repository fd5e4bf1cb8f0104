#include "Theme.h"

namespace Theme {

namespace {

// Mixes a little of accent into the window colour: a tint that keeps the text readable.
QColor tint(const QPalette &palette, const QColor &accent, qreal amount)
{
    const QColor window = palette.color(QPalette::Window);
    return QColor::fromRgbF(window.redF() + (accent.redF() - window.redF()) * amount,
                            window.greenF() + (accent.greenF() - window.greenF()) * amount,
                            window.blueF() + (accent.blueF() - window.blueF()) * amount);
}

// One hue per meaning, in a darker shade for light palettes and a lighter one for dark palettes.
QColor shade(const QPalette &palette, const QColor &onLight, const QColor &onDark)
{
    return isDark(palette) ? onDark : onLight;
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor secondaryText(const QPalette &palette)
{
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

QColor errorText(const QPalette &palette)
{
    return shade(palette, QColor(0xc6, 0x28, 0x28), QColor(0xff, 0x8a, 0x80));
}

QColor errorBackground(const QPalette &palette)
{
    return tint(palette, errorText(palette), 0.15);
}

QColor successText(const QPalette &palette)
{
    return shade(palette, QColor(0x2e, 0x7d, 0x32), QColor(0x81, 0xc7, 0x84));
}

QColor successBackground(const QPalette &palette)
{
    return tint(palette, successText(palette), 0.15);
}

QColor healthColor(const QPalette &palette, Ras::Health health)
{
    switch (health) {
    case Ras::Health::Good: return successText(palette);
    case Ras::Health::Warning: return shade(palette, QColor(0xb2, 0x6a, 0x00), QColor(0xff, 0xcc, 0x80));
    case Ras::Health::Bad: return errorText(palette);
    case Ras::Health::Inactive: return secondaryText(palette);
    }
    return {};
}

QColor healthBackground(const QPalette &palette, Ras::Health health)
{
    switch (health) {
    case Ras::Health::Bad: return tint(palette, errorText(palette), 0.12);
    case Ras::Health::Warning: return tint(palette, healthColor(palette, health), 0.12);
    default: return {};
    }
}

QColor loadColor(const QPalette &palette, int percent)
{
    const QColor full = percent >= 90 ? errorText(palette)
                        : percent >= 70 ? shade(palette, QColor(0xe6, 0x8a, 0x00), QColor(0xff, 0xcc, 0x80))
                                        : successText(palette);
    return tint(palette, full, 0.45);
}

QColor cpuSeries(const QPalette &palette)
{
    return shade(palette, QColor(0x15, 0x65, 0xc0), QColor(0x90, 0xca, 0xf9));
}

QColor memorySeries(const QPalette &palette)
{
    return shade(palette, QColor(0x8e, 0x24, 0xaa), QColor(0xce, 0x93, 0xd8));
}

} // namespace Theme
