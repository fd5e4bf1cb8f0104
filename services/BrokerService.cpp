#include "BrokerService.h"

#include "ServiceSupport.h"

using namespace ServiceSupport;

namespace {
QString brokerPath(int id) { return QStringLiteral("api/Broker/%1").arg(id); }
QString boolText(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }
} // namespace

void BrokerService::list(int siteId, QObject *receiver, std::function<void(const RasResult<QList<Broker>> &)> callback)
{
    QUrlQuery query;
    if (siteId > 0)
        query.addQueryItem(QStringLiteral("SiteId"), QString::number(siteId));
    fetchList<Broker>(m_client, QStringLiteral("api/Broker"), query, receiver, std::move(callback));
}

void BrokerService::get(int id, QObject *receiver, std::function<void(const RasResult<Broker> &)> callback)
{
    fetchObject<Broker>(m_client, "GET", brokerPath(id), {}, {}, receiver, std::move(callback));
}

QString BrokerService::validateServer(const QString &server)
{
    const QString trimmed = server.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("BrokerService", "Enter the server's FQDN or IP address.");
    if (trimmed.size() > 255)
        return QCoreApplication::translate("BrokerService", "The server name may have at most 255 characters.");
    if (trimmed.contains(QLatin1Char(' ')) || trimmed.contains(QLatin1Char('/')))
        return QCoreApplication::translate("BrokerService", "The server name must not contain spaces or slashes.");
    return {};
}

void BrokerService::add(const BrokerAddRequest &request, QObject *receiver,
                        std::function<void(const RasResult<Broker> &)> callback)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("noInstall"), boolText(!request.installAgent));
    if (request.installAgent) {
        query.addQueryItem(QStringLiteral("noRestart"), boolText(!request.restartAfterInstall));
        query.addQueryItem(QStringLiteral("noFireWallRules"), boolText(!request.addFirewallRules));
        if (!request.installUser.isEmpty()) {
            query.addQueryItem(QStringLiteral("username"), request.installUser);
            query.addQueryItem(QStringLiteral("password"), request.installPassword);
        }
    }
    QJsonObject body{{QStringLiteral("server"), request.server.trimmed()}};
    if (request.siteId > 0)
        body.insert(QStringLiteral("siteId"), request.siteId);
    fetchObject<Broker>(m_client, "POST", QStringLiteral("api/Broker"), query, toBody(body), receiver,
                        std::move(callback));
}

void BrokerService::update(int id, const BrokerChanges &changes, QObject *receiver,
                           std::function<void(const RasResult<Done> &)> callback)
{
    sendCommand(m_client, "PUT", brokerPath(id), {}, toBody(changes.toJson()), receiver, std::move(callback));
}

void BrokerService::remove(int id, bool keepAgent, QObject *receiver, std::function<void(const RasResult<Done> &)> callback)
{
    QUrlQuery query;
    if (keepAgent)
        query.addQueryItem(QStringLiteral("noUninstall"), QStringLiteral("true"));
    sendCommand(m_client, "DELETE", brokerPath(id), query, {}, receiver, std::move(callback));
}

void BrokerService::move(int id, bool up, QObject *receiver, std::function<void(const RasResult<Done> &)> callback)
{
    const QJsonObject body{{QStringLiteral("direction"), up ? QStringLiteral("up") : QStringLiteral("down")}};
    sendCommand(m_client, "PUT", brokerPath(id) + QStringLiteral("/priority"), {}, toBody(body), receiver, std::move(callback));
}

void BrokerService::promote(int id, QObject *receiver, std::function<void(const RasResult<Done> &)> callback)
{
    RasClient *client = m_client;
    sendCommand(client, "POST", brokerPath(id) + QStringLiteral("/Promote"), {}, {}, receiver,
                [client, callback](const RasResult<Done> &result) {
                    // The server ended our session: drop the token so the next call logs on first
                    // instead of paying for a 401.
                    if (result)
                        client->dropToken();
                    callback(result);
                });
}

void BrokerService::statusAll(QObject *receiver, std::function<void(const RasResult<QList<BrokerStatus>> &)> callback)
{
    fetchList<BrokerStatus>(m_client, QStringLiteral("api/Broker/status"), {}, receiver, std::move(callback));
}

void BrokerService::status(int id, QObject *receiver, std::function<void(const RasResult<BrokerStatus> &)> callback)
{
    fetchObject<BrokerStatus>(m_client, "GET", brokerPath(id) + QStringLiteral("/status"), {}, {}, receiver,
                              std::move(callback));
}
