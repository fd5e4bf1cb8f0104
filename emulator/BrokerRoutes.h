#pragma once

#include "ApiResponse.h"
#include "RouteContext.h"

class FarmState;

// api/Broker: list, get, create, update, delete, priority moves, promote and status.
class BrokerRoutes
{
public:
    explicit BrokerRoutes(FarmState &farm)
        : m_farm(farm)
    {
    }

    ApiResponse handle(RouteContext &context);

private:
    ApiResponse list(const RouteContext &context) const;
    ApiResponse create(RouteContext &context);
    ApiResponse update(RouteContext &context, int index);
    ApiResponse remove(RouteContext &context, int index);
    ApiResponse move(RouteContext &context, int index);
    ApiResponse promote(RouteContext &context, int index);
    ApiResponse statusList(const RouteContext &context) const;

    FarmState &m_farm;
};
