#include "PolicyRoutes.h"

#include "FarmObjects.h"
#include "FarmState.h"
#include "LenientJson.h"

namespace {

QJsonObject sessionOf(const QJsonObject &policy)
{
    return policy.value(QLatin1String("clientPolicy")).toObject().value(QLatin1String("session")).toObject();
}

bool sameConnection(const QJsonObject &a, const QJsonObject &b)
{
    return a.value(QLatin1String("mode")).toInt() == b.value(QLatin1String("mode")).toInt()
           && a.value(QLatin1String("serverPort")).toInt() == b.value(QLatin1String("serverPort")).toInt()
           && a.value(QLatin1String("server")).toString().compare(b.value(QLatin1String("server")).toString(),
                                                                  Qt::CaseInsensitive)
                  == 0;
}

} // namespace

ApiResponse PolicyRoutes::handle(RouteContext &context)
{
    const QStringList &rest = context.rest;
    if (rest.isEmpty()) {
        if (context.is("GET"))
            return list(context);
        if (context.is("POST"))
            return create(context);
        return Routes::methodNotAllowed(context);
    }
    const auto id = Routes::parseId(rest.first());
    if (!id || rest.size() > 2)
        return Routes::routeNotFound(context);
    const int index = m_farm.policyIndex(*id);
    if (index < 0)
        return ApiResponse::notFound(QStringLiteral("Client policy"), *id);
    if (rest.size() == 1) {
        if (context.is("GET"))
            return ApiResponse::json(200, m_farm.policies.at(index));
        if (context.is("PUT"))
            return update(context, index);
        if (context.is("DELETE"))
            return remove(index);
        return Routes::methodNotAllowed(context);
    }
    if (rest.at(1) == QLatin1String("order"))
        return context.is("PUT") ? move(context, index) : Routes::methodNotAllowed(context);
    if (rest.at(1) == QLatin1String("secondaryconnections"))
        return secondaryConnections(context, index);
    return Routes::routeNotFound(context);
}

ApiResponse PolicyRoutes::list(const RouteContext &context) const
{
    const QString name = context.request.queryValue(QStringLiteral("name"));
    QJsonArray result;
    for (const auto &policy : m_farm.policies) {
        if (name.isEmpty() || policy.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            result.append(policy);
    }
    return ApiResponse::json(200, result);
}

ApiResponse PolicyRoutes::create(RouteContext &context)
{
    ApiResponse error;
    const auto body = LenientJson::parseObject(context.request.body, &error);
    if (!body)
        return error;
    QJsonObject fields;
    if (!FarmObjects::policyCreateSchema().apply(*body, &fields, &error))
        return error;
    const QString name = fields.value(QLatin1String("name")).toString().trimmed();
    if (name.isEmpty())
        return ApiResponse::validation(QStringLiteral("name"), QStringLiteral("The name field is required."));
    if (m_farm.policyNameTaken(name))
        return ApiResponse::problem(409, QStringLiteral("A client policy named '%1' already exists.").arg(name));
    const bool enabled = fields.contains(QLatin1String("enabled")) ? fields.value(QLatin1String("enabled")).toBool() : true;
    const QJsonObject policy = FarmObjects::newPolicy(m_farm.nextPolicyId++, name,
                                                      fields.value(QLatin1String("description")).toString(), enabled,
                                                      static_cast<int>(m_farm.policies.size()) + 1, context.admin);
    m_farm.policies << policy;
    ++m_farm.pendingChanges;
    return ApiResponse::json(201, policy);
}

ApiResponse PolicyRoutes::update(RouteContext &context, int index)
{
    ApiResponse error;
    const auto body = LenientJson::parseObject(context.request.body, &error);
    if (!body)
        return error;
    QJsonObject updated = m_farm.policies.at(index);
    if (!FarmObjects::policyUpdateSchema().apply(*body, &updated, &error))
        return error;
    const QString name = updated.value(QLatin1String("name")).toString().trimmed();
    if (name.isEmpty())
        return ApiResponse::validation(QStringLiteral("name"), QStringLiteral("The name must not be empty."));
    if (m_farm.policyNameTaken(name, updated.value(QLatin1String("id")).toInt()))
        return ApiResponse::problem(409, QStringLiteral("A client policy named '%1' already exists.").arg(name));
    FarmState::stampModified(&updated, context.admin);
    m_farm.policies[index] = updated;
    ++m_farm.pendingChanges;
    return ApiResponse::noContent();
}

ApiResponse PolicyRoutes::remove(int index)
{
    m_farm.policies.removeAt(index);
    m_farm.renumberPolicyOrder();
    ++m_farm.pendingChanges;
    return ApiResponse::noContent();
}

ApiResponse PolicyRoutes::move(RouteContext &context, int index)
{
    ApiResponse error;
    const auto up = Routes::parseDirectionUp(context.request.body, &error);
    if (!up)
        return error;
    if (*up && index == 0)
        return ApiResponse::legacy(400, QStringLiteral("Cannot move selected client policy up."));
    if (!*up && index >= m_farm.policies.size() - 1)
        return ApiResponse::legacy(400, QStringLiteral("Cannot move selected client policy down."));
    const int other = *up ? index - 1 : index + 1;
    const QJsonValue otherOrder = m_farm.policies.at(other).value(QLatin1String("order"));
    m_farm.policies[other].insert(QStringLiteral("order"), m_farm.policies.at(index).value(QLatin1String("order")));
    m_farm.policies[index].insert(QStringLiteral("order"), otherOrder);
    FarmState::stampModified(&m_farm.policies[index], context.admin);
    m_farm.sortPolicies();
    ++m_farm.pendingChanges;
    return ApiResponse::noContent();
}

QJsonArray PolicyRoutes::connectionsOf(int index) const
{
    return sessionOf(m_farm.policies.at(index))
        .value(QLatin1String("secondaryConnections"))
        .toObject()
        .value(QLatin1String("connectionList"))
        .toArray();
}

void PolicyRoutes::setConnections(int index, const QJsonArray &connections, const QString &admin)
{
    QJsonObject policy = m_farm.policies.at(index);
    QJsonObject clientPolicy = policy.value(QLatin1String("clientPolicy")).toObject();
    QJsonObject session = clientPolicy.value(QLatin1String("session")).toObject();
    QJsonObject secondary = session.value(QLatin1String("secondaryConnections")).toObject();
    secondary.insert(QStringLiteral("connectionList"), connections);
    secondary.insert(QStringLiteral("enabled"), !connections.isEmpty());
    session.insert(QStringLiteral("secondaryConnections"), secondary);
    clientPolicy.insert(QStringLiteral("session"), session);
    policy.insert(QStringLiteral("clientPolicy"), clientPolicy);
    FarmState::stampModified(&policy, admin);
    m_farm.policies[index] = policy;
    ++m_farm.pendingChanges;
}

ApiResponse PolicyRoutes::secondaryConnections(RouteContext &context, int index)
{
    QJsonArray connections = connectionsOf(index);
    if (context.is("GET"))
        return ApiResponse::json(200, connections);
    if (!context.is("POST") && !context.is("DELETE"))
        return Routes::methodNotAllowed(context);

    ApiResponse error;
    const auto body = LenientJson::parseObject(context.request.body, &error);
    if (!body)
        return error;
    QJsonObject connection;
    if (!FarmObjects::secondaryConnectionSchema().apply(*body, &connection, &error))
        return error;
    for (const char *required : {"mode", "server", "serverPort"}) {
        if (!connection.contains(QLatin1String(required)))
            return ApiResponse::validation(QLatin1String(required),
                                           QStringLiteral("The %1 field is required.").arg(QLatin1String(required)));
    }
    int found = -1;
    for (int i = 0; i < connections.size(); ++i) {
        if (sameConnection(connections.at(i).toObject(), connection))
            found = i;
    }
    if (context.is("POST")) {
        if (found >= 0)
            return ApiResponse::problem(409, QStringLiteral("The secondary connection already exists in this policy."));
        connections.append(connection);
        setConnections(index, connections, context.admin);
        return ApiResponse::empty(201);
    }
    if (found < 0)
        return ApiResponse::problem(404, QStringLiteral("The secondary connection was not found in this policy."));
    connections.removeAt(found);
    setConnections(index, connections, context.admin);
    return ApiResponse::noContent();
}
