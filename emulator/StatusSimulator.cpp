#include "StatusSimulator.h"

#include "FarmState.h"

#include <QtMath>

namespace StatusSimulator {

namespace {

constexpr int kServerTypeGateway = 3;
constexpr int kServerTypeBroker = 7;
constexpr int kServerTypeSite = 9;
constexpr int kLogLevelStandard = 3;

// A load that drifts smoothly over minutes when the farm is live, and stays put otherwise; the
// phase differs per object so two servers never move in lock step.
int load(int id, int salt, int base, int swing, bool live, qint64 nowMs)
{
    const double phase = (id * 7919 + salt * 104729) % 6283 / 1000.0;
    const double t = live ? static_cast<double>(nowMs) / 45000.0 : 0.0;
    const double wave = qSin(t + phase) * 0.7 + qSin(t * 2.3 + phase * 1.7) * 0.3;
    const int value = base + static_cast<int>(swing * wave) + (id * 13 + salt) % 9;
    return qBound(0, value, 100);
}

QJsonObject agentStatus(const FarmState &farm, const QJsonObject &object, int serverType, int state, qint64 nowMs,
                        const QString &agentVersion)
{
    const int id = object.value(QLatin1String("id")).toInt();
    const bool running = state != Disconnected && state != NotApplied;
    const bool live = farm.liveLoads && running;
    return QJsonObject{
        {QStringLiteral("cpuLoad"), running ? load(id, serverType, 22, 18, live, nowMs) : 0},
        {QStringLiteral("memLoad"), running ? load(id, serverType + 11, 48, 12, live, nowMs) : 0},
        {QStringLiteral("diskRead"), running ? load(id, serverType + 23, 30, 25, live, nowMs) * 1024 : 0},
        {QStringLiteral("diskWrite"), running ? load(id, serverType + 37, 20, 15, live, nowMs) * 1024 : 0},
        {QStringLiteral("enabled"), object.value(QLatin1String("enabled")).toBool()},
        {QStringLiteral("id"), QString::number(id)},
        {QStringLiteral("server"), object.value(QLatin1String("server")).toString()},
        {QStringLiteral("siteId"), object.value(QLatin1String("siteId")).toInt()},
        {QStringLiteral("agentVer"), running ? agentVersion : QStringLiteral("Unknown")},
        {QStringLiteral("serverOS"),
         running ? QStringLiteral("Windows Server 2022 Datacenter Edition (x64)") : QStringLiteral("Unknown")},
        {QStringLiteral("serviceStartTime"), running ? farm.serviceStartTimeText : QStringLiteral("Unknown")},
        {QStringLiteral("systemBootTime"), running ? farm.bootTimeText : QStringLiteral("Unknown")},
        {QStringLiteral("unhandledExceptions"), 0},
        {QStringLiteral("agentState"), state},
        {QStringLiteral("serverType"), serverType},
        {QStringLiteral("logLevel"), kLogLevelStandard},
    };
}

QString versionOf(const QJsonObject &object, const QString &current)
{
    // A description containing "outdated" keeps an old agent: handy for training helpdesk staff.
    if (object.value(QLatin1String("description")).toString().contains(QLatin1String("outdated"), Qt::CaseInsensitive))
        return QStringLiteral("19.4 (build 24017)");
    return current;
}

} // namespace

QJsonObject brokerStatus(const FarmState &farm, const QJsonObject &broker, qint64 nowMs)
{
    const int id = broker.value(QLatin1String("id")).toInt();
    int state = Ok;
    if (farm.unappliedBrokers.contains(id))
        state = NotApplied;
    else if (broker.value(QLatin1String("description")).toString().contains(QLatin1String("offline"), Qt::CaseInsensitive))
        state = Disconnected;
    else if (!broker.value(QLatin1String("enabled")).toBool())
        state = DisabledFromSettings;
    else if (broker.value(QLatin1String("standby")).toBool())
        state = StandBy;
    const QString version = versionOf(broker, QStringLiteral("20.1 (build 25319)"));
    if (state == Ok && version.startsWith(QLatin1String("19")))
        state = NeedsUpdate;
    return agentStatus(farm, broker, kServerTypeBroker, state, nowMs, version);
}

QJsonObject siteStatus(const FarmState &farm, const QJsonObject &site, qint64 nowMs)
{
    const int siteId = site.value(QLatin1String("id")).toInt();
    const QList<int> brokers = farm.brokerIndexesOfSite(siteId);
    QJsonObject status;
    if (brokers.isEmpty()) {
        QJsonObject nobody{{QStringLiteral("id"), siteId}, {QStringLiteral("siteId"), siteId}, {QStringLiteral("enabled"), true}};
        status = agentStatus(farm, nobody, kServerTypeSite, Disconnected, nowMs, QString());
    } else {
        status = brokerStatus(farm, farm.brokers.at(brokers.first()), nowMs);
        status.insert(QStringLiteral("serverType"), kServerTypeSite);
    }
    status.insert(QStringLiteral("id"), QString::number(siteId));
    status.insert(QStringLiteral("siteId"), siteId);
    return status;
}

QJsonObject gatewayStatus(const FarmState &farm, const QJsonObject &gateway, qint64 nowMs)
{
    const int id = gateway.value(QLatin1String("id")).toInt();
    int state = Ok;
    if (farm.unappliedGateways.contains(id))
        state = NotApplied;
    else if (gateway.value(QLatin1String("description")).toString().contains(QLatin1String("offline"), Qt::CaseInsensitive))
        state = Disconnected;
    else if (!gateway.value(QLatin1String("enabled")).toBool())
        state = DisabledFromSettings;
    const QString version = versionOf(gateway, QStringLiteral("20.1 (build 25319)"));
    if (state == Ok && version.startsWith(QLatin1String("19")))
        state = NeedsUpdate;
    return agentStatus(farm, gateway, kServerTypeGateway, state, nowMs, version);
}

} // namespace StatusSimulator
