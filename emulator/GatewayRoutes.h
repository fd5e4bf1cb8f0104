#pragma once

#include "ApiResponse.h"
#include "RouteContext.h"

class FarmState;

// api/Gateway: list, get, create, update (every documented field), delete and status.
class GatewayRoutes
{
public:
    explicit GatewayRoutes(FarmState &farm)
        : m_farm(farm)
    {
    }

    ApiResponse handle(RouteContext &context);

private:
    ApiResponse list(const RouteContext &context) const;
    ApiResponse create(RouteContext &context);
    ApiResponse update(RouteContext &context, int index);
    ApiResponse remove(const RouteContext &context, int index);
    ApiResponse statusList(const RouteContext &context) const;

    FarmState &m_farm;
};
