#pragma once

#include "AgentStatus.h"
#include "Broker.h"
#include "ClientPolicy.h"
#include "Gateway.h"
#include "Site.h"

#include <QJsonArray>
#include <QString>

// How rasctl shows records: aligned tables and key/value lists for people, the server's own JSON
// for scripts.
namespace RasctlOutput {

QString sites(const QList<Site> &sites);
QString brokers(const QList<Broker> &brokers);
QString broker(const Broker &broker);
QString statuses(const QList<AgentStatus> &statuses);
QString gateways(const QList<Gateway> &gateways);
QString gateway(const Gateway &gateway);
QString policies(const QList<ClientPolicy> &policies);
QString policy(const ClientPolicy &policy);
QString connections(const QList<SecondaryConnection> &connections);

template <typename T>
QJsonArray rawArray(const QList<T> &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(item.raw);
    return array;
}
QJsonArray connectionsJson(const QList<SecondaryConnection> &connections);
QString toJsonText(const QJsonArray &array);
QString toJsonText(const QJsonObject &object);

} // namespace RasctlOutput
