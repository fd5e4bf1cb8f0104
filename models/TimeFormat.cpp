#include "TimeFormat.h"

#include <QLocale>
#include <QRegularExpression>

namespace TimeFormat {

QString dateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString timeOfDay(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat) : QString();
}

QString iso(const QDateTime &when)
{
    return when.isValid() ? when.toOffsetFromUtc(when.offsetFromUtc()).toString(Qt::ISODate) : QString();
}

QDateTime parseAgentTime(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QString simplified = text.trimmed().replace(spaces, QStringLiteral(" "));
    if (simplified.isEmpty())
        return {};
    // asctime() pads the day with a space ("May  4"); after simplifying it is one digit or two.
    QDateTime parsed = QLocale::c().toDateTime(simplified, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    if (!parsed.isValid())
        parsed = QDateTime::fromString(simplified, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(simplified, Qt::ISODate);
    return parsed;
}

QString agentTime(const QString &text)
{
    const QDateTime parsed = parseAgentTime(text);
    return parsed.isValid() ? dateTime(parsed) : text;
}

} // namespace TimeFormat
