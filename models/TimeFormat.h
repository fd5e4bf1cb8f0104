#pragma once

#include <QDateTime>
#include <QString>

// One way to write a point in time everywhere the console shows one (tables, details, dialogs,
// the request log): the user's locale, local time, short form. Exports use ISO 8601 instead.
namespace TimeFormat {

// "03/12/2026 14:02" in the locale's short form; empty for an invalid time.
QString dateTime(const QDateTime &when);
// The time of day alone ("14:02"), for events of today such as a refresh.
QString timeOfDay(const QDateTime &when);
// ISO 8601 with the offset from UTC, for files other programs read.
QString iso(const QDateTime &when);
// The agents report boot and service start times as free text, usually the C library's
// "Tue May 14 12:10:39 2019"; ISO text is accepted too. Invalid when it is neither.
QDateTime parseAgentTime(const QString &text);
// The same time as milliseconds since the epoch, to sort by (the lowest value when it is not a time).
qint64 agentTimeOrder(const QString &text);
// Local times are converted with the C library's mktime(), which on glibc checks /etc/localtime
// again on every call while TZ is unset: a system call per date, thousands per sort of a large page.
// Pointing TZ at that same file makes it read once. Called at start-up, before any thread starts.
void readLocalTimeZoneOnce();
// The agent's time in the console's format, or its own text when it is not a time ("Unknown").
QString agentTime(const QString &text);

} // namespace TimeFormat
