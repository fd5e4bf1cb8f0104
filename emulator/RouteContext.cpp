#include "RouteContext.h"

#include "LenientJson.h"

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

} // namespace Routes
