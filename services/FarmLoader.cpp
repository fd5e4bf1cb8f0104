#include "FarmLoader.h"

#include "BrokerService.h"
#include "GatewayService.h"
#include "PolicyService.h"
#include "SiteService.h"


struct FarmLoader::Run
{
    quint64 generation = 0;
    int outstanding = 0;
    FarmSnapshot snapshot;
    QElapsedTimer timer;
    std::function<void(const FarmSnapshot &)> callback;
};

QList<RasError> FarmSnapshot::errors() const
{
    QList<RasError> errors;
    auto add = [&errors](const auto &part) {
        if (part.failed())
            errors << part.error();
    };
    add(sites);
    add(brokers);
    add(brokerStatus);
    add(gateways);
    add(gatewayStatus);
    add(policies);
    return errors;
}

FarmLoader::FarmLoader(RasClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void FarmLoader::load(int parts, std::function<void(const FarmSnapshot &)> callback)
{
    auto run = std::make_shared<Run>();
    run->generation = ++m_generation;
    run->callback = std::move(callback);
    run->timer.start();
    const qint64 before = m_client->requestCount();

    // Each part stores its result (or its error) and counts down; the last one reports.
    auto keep = [this, run](auto member) {
        return [this, run, member](const auto &result) {
            (run->snapshot.*member).set(result);
            partDone(run);
        };
    };
    const QList<Part> order{Sites, Brokers, BrokerStatuses, Gateways, GatewayStatuses, Policies};
    for (const Part part : order) {
        if (parts & part)
            ++run->outstanding;
    }
    m_outstanding = run->outstanding;
    if (run->outstanding == 0) {
        run->callback(run->snapshot);
        return;
    }
    if (parts & Sites)
        SiteService(m_client).list(this, keep(&FarmSnapshot::sites));
    if (parts & Brokers)
        BrokerService(m_client).list(0, this, keep(&FarmSnapshot::brokers));
    if (parts & BrokerStatuses)
        BrokerService(m_client).statusAll(this, keep(&FarmSnapshot::brokerStatus));
    if (parts & Gateways)
        GatewayService(m_client).list(0, this, keep(&FarmSnapshot::gateways));
    if (parts & GatewayStatuses)
        GatewayService(m_client).statusAll(this, keep(&FarmSnapshot::gatewayStatus));
    if (parts & Policies)
        PolicyService(m_client).list(this, keep(&FarmSnapshot::policies));
    run->snapshot.requests = static_cast<int>(m_client->requestCount() - before);
}

void FarmLoader::partDone(const std::shared_ptr<Run> &run)
{
    if (--run->outstanding > 0)
        return;
    if (run->generation != m_generation)
        return; // superseded by a newer load
    m_outstanding = 0;
    run->snapshot.elapsedMs = run->timer.elapsed();
    run->callback(run->snapshot);
}
