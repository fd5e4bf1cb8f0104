#pragma once

#include "AgentStatus.h"
#include "Broker.h"
#include "ClientPolicy.h"
#include "Gateway.h"
#include "RasClient.h"
#include "Site.h"

#include <QElapsedTimer>
#include <QObject>
#include <functional>
#include <optional>

// One part of a farm load: its records, or why they could not be loaded. Each part carries its own
// outcome, so a part that failed is never mistaken for an empty list.
template <typename T>
class FarmPart
{
public:
    void set(RasResult<QList<T>> result) { m_result = std::move(result); }
    // False for a part that was not asked for, or that failed.
    bool loaded() const { return m_result && m_result->ok(); }
    bool failed() const { return m_result && !m_result->ok(); }
    // Empty unless loaded.
    const QList<T> &records() const
    {
        static const QList<T> none;
        return loaded() ? m_result->value() : none;
    }
    // Only for a part that failed.
    const RasError &error() const { return m_result->error(); }

private:
    std::optional<RasResult<QList<T>>> m_result;
};

// Everything the console shows, fetched in parallel.
struct FarmSnapshot
{
    FarmPart<Site> sites;
    FarmPart<Broker> brokers;
    FarmPart<BrokerStatus> brokerStatus;
    FarmPart<Gateway> gateways;
    FarmPart<GatewayStatus> gatewayStatus;
    FarmPart<ClientPolicy> policies;
    qint64 elapsedMs = 0;
    int requests = 0;

    // One per part that failed, in the order the parts are listed above; the others are usable.
    QList<RasError> errors() const;
    bool complete() const { return errors().isEmpty(); }
};

// Loads sites, brokers, broker status, gateways, gateway status and policies at once right after
// log-on (or on refresh) and reports once, when every part has answered.
class FarmLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FarmLoader)

public:
    enum Part { Sites = 1, Brokers = 2, BrokerStatuses = 4, Gateways = 8, GatewayStatuses = 16, Policies = 32, All = 63 };

    explicit FarmLoader(RasClient *client, QObject *parent = nullptr);

    // Starts a load of the given parts; a load already running is superseded (its answer ignored).
    void load(int parts, std::function<void(const FarmSnapshot &)> callback);
    bool isLoading() const { return m_outstanding > 0; }

private:
    struct Run;
    void partDone(const std::shared_ptr<Run> &run);

    RasClient *m_client;
    int m_outstanding = 0;
    quint64 m_generation = 0;
};
