#include "FarmSeeder.h"

#include "FarmObjects.h"
#include "FarmState.h"

#include <QJsonArray>

namespace FarmSeeder {

namespace {

const QString kSeedAdmin = QStringLiteral("CORP\\ras-admin");

void addSite(FarmState *farm, const QString &name, bool licensing)
{
    farm->sites << FarmObjects::newSite(farm->nextSiteId++, name, licensing, kSeedAdmin);
}

QJsonObject &addBroker(FarmState *farm, const QString &server, int siteId, const QString &description = {})
{
    const int priority = static_cast<int>(farm->brokerIndexesOfSite(siteId).size());
    QJsonObject broker = FarmObjects::newBroker(farm->nextBrokerId++, server, siteId, priority, kSeedAdmin);
    broker.insert(QStringLiteral("description"), description);
    farm->brokers << broker;
    return farm->brokers.last();
}

QJsonObject &addGateway(FarmState *farm, const QString &server, int siteId, const QString &description = {})
{
    QJsonObject gateway = FarmObjects::newGateway(farm->nextGatewayId++, server, siteId);
    gateway.insert(QStringLiteral("description"), description);
    farm->gateways << gateway;
    return farm->gateways.last();
}

QJsonObject connection(int mode, const QString &server, int port)
{
    return QJsonObject{{QStringLiteral("mode"), mode}, {QStringLiteral("server"), server}, {QStringLiteral("serverPort"), port}};
}

void addPolicy(FarmState *farm, const QString &name, const QString &description, bool enabled,
               const QJsonArray &secondary)
{
    const int order = static_cast<int>(farm->policies.size()) + 1;
    QJsonObject policy = FarmObjects::newPolicy(farm->nextPolicyId++, name, description, enabled, order, kSeedAdmin);
    if (!secondary.isEmpty()) {
        QJsonObject clientPolicy = policy.value(QLatin1String("clientPolicy")).toObject();
        QJsonObject session = clientPolicy.value(QLatin1String("session")).toObject();
        session.insert(QStringLiteral("secondaryConnections"),
                       QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("connectionList"), secondary}});
        clientPolicy.insert(QStringLiteral("session"), session);
        policy.insert(QStringLiteral("clientPolicy"), clientPolicy);
    }
    farm->policies << policy;
}

} // namespace

bool seed(FarmState *farm, const QString &spec, QString *error)
{
    if (spec == QLatin1String("demo")) {
        seedDemo(farm);
        return true;
    }
    if (spec == QLatin1String("empty")) {
        seedEmpty(farm);
        return true;
    }
    if (spec.startsWith(QLatin1String("large:"))) {
        bool ok = false;
        const int count = spec.mid(6).toInt(&ok);
        if (ok && count >= 1 && count <= 100000) {
            seedLarge(farm, count);
            return true;
        }
        *error = QStringLiteral("--seed large:N needs N between 1 and 100000, not '%1'").arg(spec.mid(6));
        return false;
    }
    *error = QStringLiteral("unknown seed '%1' (use demo, empty or large:N)").arg(spec);
    return false;
}

void seedEmpty(FarmState *farm)
{
    addSite(farm, QStringLiteral("Site 1"), true);
}

void seedDemo(FarmState *farm)
{
    farm->liveLoads = true;
    addSite(farm, QStringLiteral("HQ-London"), true);
    addSite(farm, QStringLiteral("DR-Frankfurt"), false);

    QJsonObject &primary = addBroker(farm, QStringLiteral("ras-cb01.corp.example.com"), 1,
                                     QStringLiteral("Primary broker, London data centre"));
    primary.insert(QStringLiteral("alternativeIPs"), QStringLiteral("192.168.50.11"));
    QJsonObject &secondary = addBroker(farm, QStringLiteral("ras-cb02.corp.example.com"), 1,
                                       QStringLiteral("Secondary broker, London data centre"));
    secondary.insert(QStringLiteral("alternativeIPs"), QStringLiteral("192.168.50.12,172.16.4.12"));
    addBroker(farm, QStringLiteral("ras-cb03.dr.example.com"), 2, QStringLiteral("Primary broker, Frankfurt DR"));

    addGateway(farm, QStringLiteral("ras-gw01.corp.example.com"), 1, QStringLiteral("Internet-facing gateway A"));
    QJsonObject &gw2 = addGateway(farm, QStringLiteral("ras-gw02.corp.example.com"), 1,
                                  QStringLiteral("Internet-facing gateway B"));
    gw2.insert(QStringLiteral("enableHSTS"), true);
    gw2.insert(QStringLiteral("hstsMaxAge"), 24);
    gw2.insert(QStringLiteral("ipVersion"), 2);
    QJsonObject &gw3 = addGateway(farm, QStringLiteral("ras-gw03.dr.example.com"), 2,
                                  QStringLiteral("DR gateway (agent outdated, upgrade pending)"));
    gw3.insert(QStringLiteral("minSSLVersion"), 4); // TLS 1.2 only
    QJsonObject &gw4 = addGateway(farm, QStringLiteral("ras-gw04.dmz.example.com"), 2,
                                  QStringLiteral("DMZ forwarding gateway, disabled for maintenance"));
    gw4.insert(QStringLiteral("gwMode"), 1);
    gw4.insert(QStringLiteral("normalModeForwarding"), true);
    gw4.insert(QStringLiteral("forwardGatewayServers"), QStringLiteral("ras-gw03.dr.example.com"));
    gw4.insert(QStringLiteral("enabled"), false);

    addPolicy(farm, QStringLiteral("Default - all users"), QStringLiteral("Baseline for every client"), true,
              QJsonArray{connection(0, QStringLiteral("ras-gw02.corp.example.com"), 80)});
    addPolicy(farm, QStringLiteral("Finance - SSL only"), QStringLiteral("Finance department, encrypted connections"),
              true,
              QJsonArray{connection(2, QStringLiteral("ras-gw01.corp.example.com"), 443),
                         connection(2, QStringLiteral("ras-gw02.corp.example.com"), 443)});
    addPolicy(farm, QStringLiteral("Contractors"), QStringLiteral("External contractors via DR site"), true,
              QJsonArray{connection(2, QStringLiteral("ras-gw03.dr.example.com"), 443)});
    addPolicy(farm, QStringLiteral("Helpdesk"), QStringLiteral("Helpdesk staff, direct LAN access"), true,
              QJsonArray{connection(1, QStringLiteral("ras-cb01.corp.example.com"), 80),
                         connection(3, QStringLiteral("ras-cb02.corp.example.com"), 443)});
    addPolicy(farm, QStringLiteral("Mobile devices"), QStringLiteral("iOS and Android clients"), true,
              QJsonArray{connection(2, QStringLiteral("ras-gw01.corp.example.com"), 443)});
    addPolicy(farm, QStringLiteral("Legacy thin clients"), QStringLiteral("Retired; kept for reference"), false,
              QJsonArray{connection(0, QStringLiteral("ras-gw03.dr.example.com"), 80)});
}

void seedLarge(FarmState *farm, int count)
{
    addSite(farm, QStringLiteral("Site A"), true);
    addSite(farm, QStringLiteral("Site B"), false);
    farm->brokers.reserve(count);
    farm->gateways.reserve(count);
    farm->policies.reserve(count);
    // Priorities are numbered per site without re-sorting after each insert (which would be quadratic).
    int priorities[2] = {0, 0};
    for (int i = 0; i < count; ++i) {
        const int site = i % 2;
        const QString suffix = QStringLiteral("%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        QJsonObject broker = FarmObjects::newBroker(farm->nextBrokerId++,
                                                    QStringLiteral("cb-%1.farm.example.com").arg(suffix),
                                                    site + 1, priorities[site]++, kSeedAdmin);
        broker.insert(QStringLiteral("description"), QStringLiteral("Broker %1").arg(i + 1));
        farm->brokers << broker;
        QJsonObject gateway = FarmObjects::newGateway(farm->nextGatewayId++,
                                                      QStringLiteral("gw-%1.farm.example.com").arg(suffix), site + 1);
        farm->gateways << gateway;
        farm->policies << FarmObjects::newPolicy(farm->nextPolicyId++, QStringLiteral("Policy %1").arg(suffix),
                                                 QStringLiteral("Generated policy %1").arg(i + 1), i % 7 != 0, i + 1,
                                                 kSeedAdmin);
    }
    farm->sortBrokers();
}

} // namespace FarmSeeder
