#include "BrokerRoutes.h"

#include "FarmObjects.h"
#include "FarmState.h"
#include "LenientJson.h"
#include "StatusSimulator.h"

#include <QDateTime>
#include <QJsonArray>

namespace {

int priorityOf(const QJsonObject &broker) { return broker.value(QLatin1String("priority")).toInt(); }
int siteOf(const QJsonObject &object) { return object.value(QLatin1String("siteId")).toInt(); }
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace

ApiResponse BrokerRoutes::handle(RouteContext &context)
{
    const QStringList &rest = context.rest;
    if (rest.isEmpty()) {
        if (context.is("GET"))
            return list(context);
        if (context.is("POST"))
            return create(context);
        return Routes::methodNotAllowed(context);
    }
    if (rest.size() == 1 && rest.first() == QLatin1String("status")) {
        if (context.is("GET"))
            return statusList(context);
        return Routes::methodNotAllowed(context);
    }
    const auto id = Routes::parseId(rest.first());
    if (!id || rest.size() > 2)
        return Routes::routeNotFound(context);
    const int index = m_farm.brokerIndex(*id);
    if (index < 0)
        return ApiResponse::notFound(QStringLiteral("Connection Broker"), *id);

    if (rest.size() == 1) {
        if (context.is("GET"))
            return ApiResponse::json(200, m_farm.brokers.at(index));
        if (context.is("PUT"))
            return update(context, index);
        if (context.is("DELETE"))
            return remove(context, index);
        return Routes::methodNotAllowed(context);
    }
    const QString &action = rest.at(1);
    if (action == QLatin1String("priority"))
        return context.is("PUT") ? move(context, index) : Routes::methodNotAllowed(context);
    if (action == QLatin1String("promote"))
        return context.is("POST") ? promote(context, index) : Routes::methodNotAllowed(context);
    if (action == QLatin1String("status")) {
        if (!context.is("GET"))
            return Routes::methodNotAllowed(context);
        return ApiResponse::json(200, StatusSimulator::brokerStatus(m_farm, m_farm.brokers.at(index), nowMs()));
    }
    return Routes::routeNotFound(context);
}

ApiResponse BrokerRoutes::list(const RouteContext &context) const
{
    return Routes::listServers(m_farm.brokers, context);
}

ApiResponse BrokerRoutes::create(RouteContext &context)
{
    ApiResponse error;
    const auto creation = Routes::parseServerCreation(context, m_farm, &error);
    if (!creation)
        return error;
    const QString &server = creation->server;
    const int siteId = creation->siteId;
    if (m_farm.brokerServerTaken(server))
        return ApiResponse::problem(409, QStringLiteral("A Connection Broker on server '%1' already exists.").arg(server));

    const int priority = static_cast<int>(m_farm.brokerIndexesOfSite(siteId).size());
    const QJsonObject broker = FarmObjects::newBroker(m_farm.nextBrokerId++, server, siteId, priority, context.admin);
    m_farm.brokers << broker;
    m_farm.sortBrokers();
    m_farm.unappliedBrokers.insert(broker.value(QLatin1String("id")).toInt());
    ++m_farm.pendingChanges;
    return ApiResponse::json(201, broker);
}

ApiResponse BrokerRoutes::update(RouteContext &context, int index)
{
    ApiResponse error;
    const auto body = LenientJson::parseObject(context.request.body, &error);
    if (!body)
        return error;
    QJsonObject updated = m_farm.brokers.at(index);
    if (!FarmObjects::brokerUpdateSchema().apply(*body, &updated, &error))
        return error;
    if (priorityOf(updated) == 0) {
        // The primary broker is always enabled and never on standby.
        if (!updated.value(QLatin1String("enabled")).toBool())
            return ApiResponse::legacy(400, QStringLiteral("Cannot disable the primary Connection Broker."));
        if (updated.value(QLatin1String("standby")).toBool())
            return ApiResponse::legacy(400, QStringLiteral("The primary Connection Broker cannot be set to standby."));
    }
    FarmState::stampModified(&updated, context.admin);
    m_farm.brokers[index] = updated;
    ++m_farm.pendingChanges;
    return ApiResponse::noContent();
}

ApiResponse BrokerRoutes::remove(RouteContext &context, int index)
{
    ApiResponse error;
    if (!Routes::checkBoolQuery(context, {QStringLiteral("noUninstall")}, &error))
        return error;
    const QJsonObject broker = m_farm.brokers.at(index);
    if (priorityOf(broker) == 0)
        return ApiResponse::legacy(400, QStringLiteral("Cannot delete the primary Connection Broker. Promote another "
                                                       "Connection Broker to primary first."));
    const int id = broker.value(QLatin1String("id")).toInt();
    m_farm.brokers.removeAt(index);
    m_farm.unappliedBrokers.remove(id);
    m_farm.renumberBrokerPriorities(siteOf(broker));
    ++m_farm.pendingChanges;
    return ApiResponse::noContent();
}

ApiResponse BrokerRoutes::move(RouteContext &context, int index)
{
    ApiResponse error;
    const auto up = Routes::parseDirectionUp(context.request.body, &error);
    if (!up)
        return error;
    const QJsonObject broker = m_farm.brokers.at(index);
    const QList<int> order = m_farm.brokerIndexesOfSite(siteOf(broker));
    const int position = static_cast<int>(order.indexOf(index));
    // The primary (position 0) only changes through Promote, so secondaries move among themselves.
    if (*up && position <= 1)
        return ApiResponse::legacy(400, QStringLiteral("Cannot move selected Publishing Agent up."));
    if (!*up && (position == 0 || position >= order.size() - 1))
        return ApiResponse::legacy(400, QStringLiteral("Cannot move selected Publishing Agent down."));
    const int other = order.at(*up ? position - 1 : position + 1);
    const int otherPriority = priorityOf(m_farm.brokers.at(other));
    m_farm.brokers[other].insert(QStringLiteral("priority"), priorityOf(broker));
    m_farm.brokers[index].insert(QStringLiteral("priority"), otherPriority);
    FarmState::stampModified(&m_farm.brokers[index], context.admin);
    m_farm.sortBrokers();
    ++m_farm.pendingChanges;
    return ApiResponse::noContent();
}

ApiResponse BrokerRoutes::promote(RouteContext &context, int index)
{
    QJsonObject &broker = m_farm.brokers[index];
    if (priorityOf(broker) == 0)
        return ApiResponse::legacy(400, QStringLiteral("Cannot promote RAS Connection Broker - The selected Connection "
                                                       "Broker is already set as primary."));
    // Everything above the promoted broker shifts down by one; the old primary becomes the first secondary.
    const int oldPriority = priorityOf(broker);
    const int siteId = siteOf(broker);
    for (auto &other : m_farm.brokers) {
        if (siteOf(other) == siteId && priorityOf(other) < oldPriority)
            other.insert(QStringLiteral("priority"), priorityOf(other) + 1);
    }
    broker.insert(QStringLiteral("priority"), 0);
    broker.insert(QStringLiteral("enabled"), true);
    broker.insert(QStringLiteral("standby"), false);
    FarmState::stampModified(&broker, context.admin);
    m_farm.sortBrokers();
    ++m_farm.pendingChanges;
    // As on a real farm, promoting a broker ends the administrator's session.
    context.endSession = true;
    return ApiResponse::noContent();
}

ApiResponse BrokerRoutes::statusList(const RouteContext &context) const
{
    const qint64 now = nowMs();
    return Routes::listStatuses(m_farm.brokers, context, [this, now](const QJsonObject &broker) {
        return StatusSimulator::brokerStatus(m_farm, broker, now);
    });
}
