#include "GatewayRoutes.h"

#include "FarmObjects.h"
#include "FarmState.h"
#include "LenientJson.h"
#include "StatusSimulator.h"

#include <QDateTime>
#include <QJsonArray>

ApiResponse GatewayRoutes::handle(RouteContext &context)
{
    const QStringList &rest = context.rest;
    if (rest.isEmpty()) {
        if (context.is("GET"))
            return list(context);
        if (context.is("POST"))
            return create(context);
        return Routes::methodNotAllowed(context);
    }
    if (rest.size() == 1 && rest.first() == QLatin1String("status"))
        return context.is("GET") ? statusList(context) : Routes::methodNotAllowed(context);
    const auto id = Routes::parseId(rest.first());
    if (!id || rest.size() > 2)
        return Routes::routeNotFound(context);
    const int index = m_farm.gatewayIndex(*id);
    if (index < 0)
        return ApiResponse::notFound(QStringLiteral("Secure Gateway"), *id);
    if (rest.size() == 2) {
        if (rest.at(1) != QLatin1String("status"))
            return Routes::routeNotFound(context);
        if (!context.is("GET"))
            return Routes::methodNotAllowed(context);
        return ApiResponse::json(
            200, StatusSimulator::gatewayStatus(m_farm, m_farm.gateways.at(index), QDateTime::currentMSecsSinceEpoch()));
    }
    if (context.is("GET"))
        return ApiResponse::json(200, m_farm.gateways.at(index));
    if (context.is("PUT"))
        return update(context, index);
    if (context.is("DELETE"))
        return remove(context, index);
    return Routes::methodNotAllowed(context);
}

ApiResponse GatewayRoutes::list(const RouteContext &context) const
{
    return Routes::listServers(m_farm.gateways, context);
}

ApiResponse GatewayRoutes::create(RouteContext &context)
{
    ApiResponse error;
    const auto creation = Routes::parseServerCreation(context, m_farm, &error);
    if (!creation)
        return error;
    const QString &server = creation->server;
    const int siteId = creation->siteId;
    if (m_farm.gatewayServerTaken(server))
        return ApiResponse::problem(409, QStringLiteral("A Secure Gateway on server '%1' already exists.").arg(server));

    const QJsonObject gateway = FarmObjects::newGateway(m_farm.nextGatewayId++, server, siteId);
    m_farm.gateways << gateway;
    m_farm.unappliedGateways.insert(gateway.value(QLatin1String("id")).toInt());
    ++m_farm.pendingChanges;
    return ApiResponse::json(201, gateway);
}

ApiResponse GatewayRoutes::update(RouteContext &context, int index)
{
    ApiResponse error;
    const auto body = LenientJson::parseObject(context.request.body, &error);
    if (!body)
        return error;
    QJsonObject updated = m_farm.gateways.at(index);
    if (!FarmObjects::gatewayUpdateSchema().apply(*body, &updated, &error))
        return error;
    m_farm.gateways[index] = updated;
    ++m_farm.pendingChanges;
    return ApiResponse::noContent();
}

ApiResponse GatewayRoutes::remove(const RouteContext &context, int index)
{
    // As for brokers, noUninstall=true keeps the agent on the server; anything but a boolean is refused.
    ApiResponse error;
    if (!Routes::checkBoolQuery(context, {QStringLiteral("noUninstall")}, &error))
        return error;
    m_farm.unappliedGateways.remove(m_farm.gateways.at(index).value(QLatin1String("id")).toInt());
    m_farm.gateways.removeAt(index);
    ++m_farm.pendingChanges;
    return ApiResponse::noContent();
}

ApiResponse GatewayRoutes::statusList(const RouteContext &context) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return Routes::listStatuses(m_farm.gateways, context, [this, now](const QJsonObject &gateway) {
        return StatusSimulator::gatewayStatus(m_farm, gateway, now);
    });
}
