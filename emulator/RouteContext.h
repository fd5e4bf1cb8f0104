#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class FarmState;

// What a route handler gets besides the farm: the request, the segments after the resource name,
// the administrator behind the token, and a way to say the session must end (as Promote does).
struct RouteContext
{
    const ApiRequest &request;
    QStringList rest; // path segments after the resource, lower-cased
    QString admin;
    bool endSession = false;

    bool is(const char *method) const { return request.method == QLatin1String(method); }
};

namespace Routes {

// Route ids are int32 in the API; anything else does not match the route (ASP.NET: 404).
std::optional<int> parseId(const QString &segment);
ApiResponse methodNotAllowed(const RouteContext &context);
ApiResponse routeNotFound(const RouteContext &context);
// Validates an optional boolean query option such as noInstall; nullopt + error when malformed.
bool checkBoolQuery(const RouteContext &context, const QStringList &names, ApiResponse *error);
// The "direction" of priority/order moves: "up" or "down" in any case.
std::optional<bool> parseDirectionUp(const QByteArray &body, ApiResponse *error);

// GET list of servers (brokers or gateways) with the optional SiteId and Server filters.
ApiResponse listServers(const QList<QJsonObject> &objects, const RouteContext &context);

// GET status of every server in objects (optional SiteId filter), each built by statusOf.
ApiResponse listStatuses(const QList<QJsonObject> &objects, const RouteContext &context,
                         const std::function<QJsonObject(const QJsonObject &)> &statusOf);

// The validated parts of a POST that adds a server (broker or gateway): the push-install query
// options, the body {server, siteId}, a Site that exists. nullopt with the answer to give otherwise.
struct ServerCreation
{
    QString server;
    int siteId = 0;
};
std::optional<ServerCreation> parseServerCreation(const RouteContext &context, const FarmState &farm, ApiResponse *error);

} // namespace Routes
