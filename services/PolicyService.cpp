#include "PolicyService.h"

#include "ServiceSupport.h"

using namespace ServiceSupport;

namespace {
QString policyPath(int id) { return QStringLiteral("api/ClientPolicies/%1").arg(id); }
} // namespace

void PolicyService::list(QObject *receiver, std::function<void(const RasResult<QList<ClientPolicy>> &)> callback)
{
    fetchList<ClientPolicy>(m_client, QStringLiteral("api/ClientPolicies"), {}, receiver, std::move(callback));
}

void PolicyService::get(int id, QObject *receiver, std::function<void(const RasResult<ClientPolicy> &)> callback)
{
    fetchObject<ClientPolicy>(m_client, "GET", policyPath(id), {}, {}, receiver, std::move(callback));
}

void PolicyService::add(const PolicyChanges &policy, QObject *receiver,
                        std::function<void(const RasResult<ClientPolicy> &)> callback)
{
    fetchObject<ClientPolicy>(m_client, "POST", QStringLiteral("api/ClientPolicies"), {}, toBody(policy.toJson()), receiver,
                              std::move(callback));
}

void PolicyService::update(int id, const PolicyChanges &changes, QObject *receiver,
                           std::function<void(const RasResult<Done> &)> callback)
{
    sendCommand(m_client, "PUT", policyPath(id), {}, toBody(changes.toJson()), receiver, std::move(callback));
}

void PolicyService::remove(int id, QObject *receiver, std::function<void(const RasResult<Done> &)> callback)
{
    sendCommand(m_client, "DELETE", policyPath(id), {}, {}, receiver, std::move(callback));
}

void PolicyService::move(int id, bool up, QObject *receiver, std::function<void(const RasResult<Done> &)> callback)
{
    const QJsonObject body{{QStringLiteral("direction"), up ? QStringLiteral("up") : QStringLiteral("down")}};
    sendCommand(m_client, "PUT", policyPath(id) + QStringLiteral("/order"), {}, toBody(body), receiver, std::move(callback));
}

void PolicyService::connections(int id, QObject *receiver,
                                std::function<void(const RasResult<QList<SecondaryConnection>> &)> callback)
{
    fetchList<SecondaryConnection>(m_client, policyPath(id) + QStringLiteral("/SecondaryConnections"), {}, receiver,
                                   std::move(callback));
}

void PolicyService::addConnection(int id, const SecondaryConnection &connection, QObject *receiver,
                                  std::function<void(const RasResult<Done> &)> callback)
{
    sendCommand(m_client, "POST", policyPath(id) + QStringLiteral("/SecondaryConnections"), {}, toBody(connection.toJson()),
                receiver, std::move(callback));
}

void PolicyService::removeConnection(int id, const SecondaryConnection &connection, QObject *receiver,
                                     std::function<void(const RasResult<Done> &)> callback)
{
    sendCommand(m_client, "DELETE", policyPath(id) + QStringLiteral("/SecondaryConnections"), {},
                toBody(connection.toJson()), receiver, std::move(callback));
}
