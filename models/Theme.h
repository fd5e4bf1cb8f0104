#pragma once

#include "RasEnums.h"

#include <QColor>
#include <QPalette>

// The console's few colours of its own, derived from the palette in use so they read on a light
// and on a dark one alike (no colour is written as a fixed value outside this table). Models use
// it for their foreground and background roles, widgets for banners, error lines and charts.
namespace Theme {

// Whether the palette is dark (light text on a dark window).
bool isDark(const QPalette &palette);
// Labels and hints that matter less than the text beside them.
QColor secondaryText(const QPalette &palette);
// Text of an error message (a red that keeps its contrast on the window colour).
QColor errorText(const QPalette &palette);
// Message banners: a tint of the window colour and a border in the message's colour.
QColor errorBackground(const QPalette &palette);
QColor successText(const QPalette &palette);
QColor successBackground(const QPalette &palette);
// A server's health: text and symbol colour, and a row tint for servers in trouble (invalid when
// the row keeps the view's own background).
QColor healthColor(const QPalette &palette, Ras::Health health);
QColor healthBackground(const QPalette &palette, Ras::Health health);
// The load bars in the tables, by how loaded a server is.
QColor loadColor(const QPalette &palette, int percent);
// The two series of the load chart.
QColor cpuSeries(const QPalette &palette);
QColor memorySeries(const QPalette &palette);

} // namespace Theme
