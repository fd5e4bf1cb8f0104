#pragma once

#include "AgentStatus.h"

#include <QColor>
#include <QString>
#include <QVariant>

// How status cells read, shared by the broker and gateway models: the state's name (so it reads
// without colour), a colour that matches its health, percentages with units, and "N s ago".
namespace StatusFormat {

// From the application's palette (see Theme), so a dark palette gets colours that read on it.
QColor healthColor(Ras::Health health);
// A softer tint of the same, for row backgrounds of servers in trouble.
QColor healthBackground(Ras::Health health);
QString percent(int value);
QString bytesPerSecond(qint64 value);
QString age(qint64 ageMs);
QString stateToolTip(const AgentStatus &status);
// The agent's boot time in the user's locale; text the agent sent in another form is shown as it came.
QString bootTime(const QString &serverText);

} // namespace StatusFormat
