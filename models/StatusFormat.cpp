#include "StatusFormat.h"

#include "Theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>

namespace StatusFormat {

namespace {

// lupdate does not read QCoreApplication::translate() with a count, so the plurals use tr() of a declared
// context (the same "StatusFormat" as the other status texts).
struct Plurals
{
    Q_DECLARE_TR_FUNCTIONS(StatusFormat)
};

} // namespace

QColor healthColor(Ras::Health health)
{
    return Theme::healthColor(QGuiApplication::palette(), health);
}

QColor healthBackground(Ras::Health health)
{
    return Theme::healthBackground(QGuiApplication::palette(), health);
}

QString percent(int value)
{
    return QCoreApplication::translate("StatusFormat", "%1 %").arg(value);
}

QString bytesPerSecond(qint64 value)
{
    return QLocale().formattedDataSize(value, 1, QLocale::DataSizeTraditionalFormat)
           + QCoreApplication::translate("StatusFormat", "/s");
}

QString age(qint64 ageMs)
{
    const qint64 seconds = qMax<qint64>(0, ageMs / 1000);
    if (seconds < 60)
        return Plurals::tr("%n s ago", "how long ago the status was fetched", static_cast<int>(seconds));
    if (seconds < 3600)
        return Plurals::tr("%n min ago", "how long ago the status was fetched", static_cast<int>(seconds / 60));
    return Plurals::tr("%n h ago", "how long ago the status was fetched", static_cast<int>(seconds / 3600));
}

QString stateToolTip(const AgentStatus &status)
{
    return QCoreApplication::translate("StatusFormat", "Agent state: %1 (%2)\nAgent version: %3\nOS: %4\nBoot time: %5")
        .arg(Ras::displayName(status.agentState))
        .arg(static_cast<int>(status.agentState))
        .arg(status.agentVersion, status.serverOs, bootTime(status.systemBootTime));
}

QString bootTime(const QString &serverText)
{
    // The agents report "Tue May 14 12:10:39 2019" (ctime's format, English names, local time of the server).
    const QDateTime time = QDateTime::fromString(serverText.simplified(), Qt::TextDate);
    return time.isValid() ? QLocale().toString(time, QLocale::ShortFormat) : serverText;
}

} // namespace StatusFormat
