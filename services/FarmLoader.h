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

// Everything the console shows, fetched in parallel.
struct FarmSnapshot
{
    QList<Site> sites;
    QList<Broker> brokers;
    QList<BrokerStatus> brokerStatus;
    QList<Gateway> gateways;
    QList<GatewayStatus> gatewayStatus;
    QList<ClientPolicy> policies;
    QList<RasError> errors; // one per part that failed; the other parts are still usable
    qint64 elapsedMs = 0;
    int requests = 0;

    bool complete() const { return errors.isEmpty(); }
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
