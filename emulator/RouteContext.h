#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QString>
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

} // namespace Routes
