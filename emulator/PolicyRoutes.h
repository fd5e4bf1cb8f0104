#pragma once

#include "ApiResponse.h"
#include "RouteContext.h"

#include <QJsonArray>

class FarmState;

// api/ClientPolicies: list, get, create, update, delete, order moves and secondary connections.
class PolicyRoutes
{
public:
    explicit PolicyRoutes(FarmState &farm)
        : m_farm(farm)
    {
    }

    ApiResponse handle(RouteContext &context);

private:
    ApiResponse list(const RouteContext &context) const;
    ApiResponse create(RouteContext &context);
    ApiResponse update(RouteContext &context, int index);
    ApiResponse remove(int index);
    ApiResponse move(RouteContext &context, int index);
    ApiResponse secondaryConnections(RouteContext &context, int index);

    QJsonArray connectionsOf(int index) const;
    void setConnections(int index, const QJsonArray &connections, const QString &admin);

    FarmState &m_farm;
};
