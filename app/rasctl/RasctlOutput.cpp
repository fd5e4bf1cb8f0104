#include "RasctlOutput.h"

#include "TextTable.h"

#include <QJsonArray>
#include <QLocale>

namespace RasctlOutput {

namespace {

QString yesNo(bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); }
QString byWhom(const QDateTime &when, const QString &admin)
{
    QString text = when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    if (!admin.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("by ") + admin;
    return text;
}

} // namespace

QString sites(const QList<Site> &sites)
{
    TextTable table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("LICENSING")});
    for (const auto &site : sites)
        table.addRow({QString::number(site.id), site.name, yesNo(site.licensingSite)});
    return table.render();
}

QString brokers(const QList<Broker> &brokers)
{
    TextTable table({QStringLiteral("ID"), QStringLiteral("SITE"), QStringLiteral("PRIORITY"), QStringLiteral("SERVER"),
                     QStringLiteral("IP"), QStringLiteral("ENABLED"), QStringLiteral("STANDBY"), QStringLiteral("DESCRIPTION")});
    for (const auto &broker : brokers) {
        table.addRow({QString::number(broker.id), QString::number(broker.siteId),
                      broker.isPrimary() ? QStringLiteral("0 (primary)") : QString::number(broker.priority), broker.server,
                      broker.ip, yesNo(broker.enabled), yesNo(broker.standby), broker.description});
    }
    return table.render();
}

QString broker(const Broker &broker)
{
    KeyValueList list;
    list.add(QStringLiteral("ID"), QString::number(broker.id));
    list.add(QStringLiteral("Server"), broker.server);
    list.add(QStringLiteral("Site"), QString::number(broker.siteId));
    list.add(QStringLiteral("Priority"), broker.isPrimary() ? QStringLiteral("0 (primary)") : QString::number(broker.priority));
    list.add(QStringLiteral("Enabled"), yesNo(broker.enabled));
    list.add(QStringLiteral("Standby"), yesNo(broker.standby));
    list.add(QStringLiteral("IP"), broker.ip);
    list.add(QStringLiteral("Alternative IPs"), broker.alternativeIpList().join(QStringLiteral(", ")));
    list.add(QStringLiteral("Description"), broker.description);
    list.add(QStringLiteral("Marked for deletion"), yesNo(broker.markedForDeletion));
    list.add(QStringLiteral("Created"), byWhom(broker.timeCreate, broker.adminCreate));
    list.add(QStringLiteral("Modified"), byWhom(broker.timeLastMod, broker.adminLastMod));
    return list.render();
}

QString statuses(const QList<AgentStatus> &statuses)
{
    TextTable table({QStringLiteral("ID"), QStringLiteral("SITE"), QStringLiteral("SERVER"), QStringLiteral("STATE"),
                     QStringLiteral("CPU"), QStringLiteral("MEM"), QStringLiteral("VERSION"), QStringLiteral("OS")});
    for (const auto &status : statuses) {
        table.addRow({status.id, QString::number(status.siteId), status.server, Ras::displayName(status.agentState),
                      QStringLiteral("%1%").arg(status.cpuLoad), QStringLiteral("%1%").arg(status.memLoad),
                      status.agentVersion, status.serverOs});
    }
    return table.render();
}

QString gateways(const QList<Gateway> &gateways)
{
    TextTable table({QStringLiteral("ID"), QStringLiteral("SITE"), QStringLiteral("SERVER"), QStringLiteral("ENABLED"),
                     QStringLiteral("MODE"), QStringLiteral("IPS"), QStringLiteral("PORTS"), QStringLiteral("TLS"),
                     QStringLiteral("DESCRIPTION")});
    for (const auto &gateway : gateways) {
        QStringList ports;
        if (gateway.enableGWPort)
            ports << QString::number(gateway.gwPort);
        if (gateway.enableSSL)
            ports << QString::number(gateway.sslPort) + QStringLiteral("/ssl");
        table.addRow({QString::number(gateway.id), QString::number(gateway.siteId), gateway.server, yesNo(gateway.enabled),
                      Ras::displayName(static_cast<Ras::GatewayMode>(gateway.gwMode)), gateway.ips,
                      ports.join(QLatin1Char(' ')),
                      gateway.enableSSL ? Ras::displayName(static_cast<Ras::SslVersion>(gateway.minSSLVersion))
                                        : QStringLiteral("off"),
                      gateway.description});
    }
    return table.render();
}

QString gateway(const Gateway &gateway)
{
    KeyValueList list;
    QString group;
    for (const auto &field : GatewayField::all()) {
        if (group != QLatin1String(field.group)) {
            group = QLatin1String(field.group);
            list.addSection(group);
        }
        const QJsonValue value = field.read(gateway);
        QString text;
        switch (field.kind) {
        case GatewayField::Kind::Bool:
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case GatewayField::Kind::Enum: {
            // The name FIELD=VALUE takes, beside the number: "TLS 1.0 to TLS 1.2 (TLSv1 = 2)".
            const int number = value.toInt();
            text = Ras::displayName(*field.entries, number);
            for (const auto &entry : *field.entries) {
                if (entry.value == number)
                    text += QStringLiteral(" (%1 = %2)").arg(QLatin1String(entry.apiName)).arg(number);
            }
            break;
        }
        case GatewayField::Kind::Int:
        case GatewayField::Kind::Int64:
            text = QString::number(static_cast<qint64>(value.toDouble()));
            break;
        case GatewayField::Kind::String:
            text = value.toString();
            break;
        case GatewayField::Kind::StringList: {
            QStringList items;
            for (const auto &item : value.toArray())
                items << item.toString();
            text = items.join(QStringLiteral(", "));
            break;
        }
        }
        list.add(QLatin1String(field.apiName), text);
    }
    return list.render();
}

QString policies(const QList<ClientPolicy> &policies)
{
    TextTable table({QStringLiteral("ORDER"), QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("ENABLED"),
                     QStringLiteral("CONNECTIONS"), QStringLiteral("DESCRIPTION")});
    for (const auto &policy : policies) {
        table.addRow({QString::number(policy.order), QString::number(policy.id), policy.name, yesNo(policy.enabled),
                      QString::number(policy.secondaryConnections.size()), policy.description});
    }
    return table.render();
}

QString policy(const ClientPolicy &policy)
{
    KeyValueList list;
    list.add(QStringLiteral("ID"), QString::number(policy.id));
    list.add(QStringLiteral("Name"), policy.name);
    list.add(QStringLiteral("Order"), QString::number(policy.order));
    list.add(QStringLiteral("Enabled"), yesNo(policy.enabled));
    list.add(QStringLiteral("Description"), policy.description);
    list.add(QStringLiteral("Created"), byWhom(policy.timeCreate, policy.adminCreate));
    list.add(QStringLiteral("Modified"), byWhom(policy.timeLastMod, policy.adminLastMod));
    list.add(QStringLiteral("Secondary connections"),
             QStringLiteral("%1 (%2)").arg(policy.secondaryConnections.size()).arg(policy.secondaryConnectionsEnabled
                                                                                     ? QStringLiteral("enforced")
                                                                                     : QStringLiteral("not enforced")));
    QString out = list.render();
    if (!policy.secondaryConnections.isEmpty())
        out += QLatin1Char('\n') + connections(policy.secondaryConnections);
    return out;
}

QString connections(const QList<SecondaryConnection> &connections)
{
    TextTable table({QStringLiteral("MODE"), QStringLiteral("SERVER"), QStringLiteral("PORT")});
    for (const auto &connection : connections)
        table.addRow({Ras::displayName(connection.mode), connection.server, QString::number(connection.serverPort)});
    return table.render();
}

} // namespace RasctlOutput
