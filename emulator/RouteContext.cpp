#include "RouteContext.h"

#include "FarmObjects.h"
#include "FarmState.h"
#include "LenientJson.h"

#include <QJsonArray>

namespace Routes {

std::optional<int> parseId(const QString &segment)
{
    bool ok = false;
    const int id = segment.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return id;
}

ApiResponse methodNotAllowed(const RouteContext &context)
{
    return ApiResponse::problem(405, QStringLiteral("The method %1 is not allowed on this resource.")
                                         .arg(context.request.method));
}

ApiResponse routeNotFound(const RouteContext &context)
{
    return ApiResponse::problem(404, QStringLiteral("No resource matches api/%1.")
                                         .arg(context.request.segments.join(QLatin1Char('/'))));
}

bool checkBoolQuery(const RouteContext &context, const QStringList &names, ApiResponse *error)
{
    for (const auto &name : names) {
        if (!context.request.hasQueryValue(name))
            continue;
        const QString value = context.request.queryValue(name);
        if (!value.isEmpty() && !LenientJson::toBool(QJsonValue(value))) {
            *error = ApiResponse::validation(name, QStringLiteral("The value '%1' is not valid for %2.").arg(value, name));
            return false;
        }
    }
    return true;
}

std::optional<bool> parseDirectionUp(const QByteArray &body, ApiResponse *error)
{
    const auto object = LenientJson::parseObject(body, error);
    if (!object)
        return std::nullopt;
    const QJsonValue direction = LenientJson::valueOf(*object, QStringLiteral("direction"));
    const QString text = direction.toString().trimmed();
    if (text.compare(QLatin1String("up"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("down"), Qt::CaseInsensitive) == 0)
        return false;
    *error = ApiResponse::validation(QStringLiteral("direction"), QStringLiteral("The direction must be \"up\" or \"down\"."));
    return std::nullopt;
}

ApiResponse listServers(const QList<QJsonObject> &objects, const RouteContext &context)
{
    const QString siteText = context.request.queryValue(QStringLiteral("SiteId"));
    const QString server = context.request.queryValue(QStringLiteral("Server"));
    int siteId = 0;
    if (!siteText.isEmpty()) {
        const auto parsed = LenientJson::toInteger(QJsonValue(siteText));
        if (!parsed)
            return ApiResponse::validation(QStringLiteral("SiteId"), QStringLiteral("The value '%1' is not valid.").arg(siteText));
        siteId = static_cast<int>(*parsed);
    }
    QJsonArray result;
    for (const auto &object : objects) {
        if (siteId != 0 && object.value(QLatin1String("siteId")).toInt() != siteId)
            continue;
        if (!server.isEmpty()
            && object.value(QLatin1String("server")).toString().compare(server, Qt::CaseInsensitive) != 0)
            continue;
        result.append(object);
    }
    return ApiResponse::json(200, result);
}

ApiResponse listStatuses(const QList<QJsonObject> &objects, const RouteContext &context,
                         const std::function<QJsonObject(const QJsonObject &)> &statusOf)
{
    const int siteId = context.request.queryValue(QStringLiteral("SiteId")).toInt();
    QJsonArray result;
    for (const auto &object : objects) {
        if (siteId == 0 || object.value(QLatin1String("siteId")).toInt() == siteId)
            result.append(statusOf(object));
    }
    return ApiResponse::json(200, result);
}

std::optional<ServerCreation> parseServerCreation(const RouteContext &context, const FarmState &farm, ApiResponse *error)
{
    if (!checkBoolQuery(context, {QStringLiteral("noInstall"), QStringLiteral("noRestart"), QStringLiteral("noFireWallRules")},
                        error))
        return std::nullopt;
    const auto body = LenientJson::parseObject(context.request.body, error);
    if (!body)
        return std::nullopt;
    QJsonObject fields;
    if (!FarmObjects::serverCreateSchema().apply(*body, &fields, error))
        return std::nullopt;
    ServerCreation creation;
    creation.server = fields.value(QLatin1String("server")).toString().trimmed();
    if (creation.server.isEmpty()) {
        *error = ApiResponse::validation(QStringLiteral("server"), QStringLiteral("The server field is required."));
        return std::nullopt;
    }
    // Without a siteId the guide puts the server in the Licensing Server's site. It documents no answer
    // for a site that does not exist (only 201, 401, 409), so that is the usual ASP.NET refusal of a body.
    creation.siteId = fields.contains(QLatin1String("siteId")) ? fields.value(QLatin1String("siteId")).toInt()
                                                               : farm.licensingSiteId();
    if (!farm.siteExists(creation.siteId)) {
        *error = ApiResponse::validation(QStringLiteral("siteId"),
                                         QStringLiteral("Site with ID %1 does not exist.").arg(creation.siteId));
        return std::nullopt;
    }
    return creation;
}

} // namespace Routes
