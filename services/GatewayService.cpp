#include "GatewayService.h"

#include "ServiceSupport.h"

using namespace ServiceSupport;

void GatewayService::list(int siteId, QObject *receiver, std::function<void(const RasResult<QList<Gateway>> &)> callback)
{
    QUrlQuery query;
    if (siteId > 0)
        query.addQueryItem(QStringLiteral("SiteId"), QString::number(siteId));
    fetchList<Gateway>(m_client, QStringLiteral("api/Gateway"), query, receiver, std::move(callback));
}

void GatewayService::get(int id, QObject *receiver, std::function<void(const RasResult<Gateway> &)> callback)
{
    fetchObject<Gateway>(m_client, "GET", QStringLiteral("api/Gateway/%1").arg(id), {}, {}, receiver, std::move(callback));
}

void GatewayService::add(const QString &server, int siteId, QObject *receiver,
                         std::function<void(const RasResult<Gateway> &)> callback)
{
    QJsonObject body{{QStringLiteral("server"), server.trimmed()}};
    if (siteId > 0)
        body.insert(QStringLiteral("siteId"), siteId);
    fetchObject<Gateway>(m_client, "POST", QStringLiteral("api/Gateway"), {}, toBody(body), receiver, std::move(callback));
}

void GatewayService::add(const GatewayAddRequest &request, QObject *receiver,
                         std::function<void(const RasResult<Gateway> &)> callback)
{
    fetchObject<Gateway>(m_client, "POST", QStringLiteral("api/Gateway"), request.query(), toBody(request.body()), receiver,
                         std::move(callback));
}

void GatewayService::update(int id, const GatewayChanges &changes, QObject *receiver,
                            std::function<void(const RasResult<Done> &)> callback)
{
    sendCommand(m_client, "PUT", QStringLiteral("api/Gateway/%1").arg(id), {}, toBody(changes.toJson()), receiver, std::move(callback));
}

void GatewayService::remove(int id, QObject *receiver, std::function<void(const RasResult<Done> &)> callback)
{
    sendCommand(m_client, "DELETE", QStringLiteral("api/Gateway/%1").arg(id), {}, {}, receiver, std::move(callback));
}

void GatewayService::statusAll(QObject *receiver, std::function<void(const RasResult<QList<GatewayStatus>> &)> callback)
{
    fetchList<GatewayStatus>(m_client, QStringLiteral("api/Gateway/status"), {}, receiver, std::move(callback));
}

void GatewayService::status(int id, QObject *receiver, std::function<void(const RasResult<GatewayStatus> &)> callback)
{
    fetchObject<GatewayStatus>(m_client, "GET", QStringLiteral("api/Gateway/%1/status").arg(id), {}, {}, receiver,
                               std::move(callback));
}
