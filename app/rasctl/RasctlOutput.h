#pragma once

#include "AgentStatus.h"
#include "Broker.h"
#include "ClientPolicy.h"
#include "Gateway.h"
#include "Site.h"

#include <QString>

// How rasctl shows records: aligned tables and key/value lists for people (scripts get
// the server's own JSON, printed as received).
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

} // namespace RasctlOutput
