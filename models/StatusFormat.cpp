#include "StatusFormat.h"

#include "Theme.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

namespace StatusFormat {

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
        return QCoreApplication::translate("StatusFormat", "%n s ago", nullptr, static_cast<int>(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("StatusFormat", "%n min ago", nullptr, static_cast<int>(seconds / 60));
    return QCoreApplication::translate("StatusFormat", "%n h ago", nullptr, static_cast<int>(seconds / 3600));
}

QString stateToolTip(const AgentStatus &status)
{
    return QCoreApplication::translate("StatusFormat", "Agent state: %1 (%2)\nAgent version: %3\nOS: %4\nBoot time: %5")
        .arg(Ras::displayName(status.agentState))
        .arg(static_cast<int>(status.agentState))
        .arg(status.agentVersion, status.serverOs, status.systemBootTime);
}

} // namespace StatusFormat
