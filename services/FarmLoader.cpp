#include "FarmLoader.h"

#include "BrokerService.h"
#include "GatewayService.h"
#include "PolicyService.h"
#include "SiteService.h"

#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

struct FarmLoader::Run
{
    quint64 generation = 0;
    int outstanding = 0;
    FarmSnapshot snapshot;
    QElapsedTimer timer;
    std::function<void(const FarmSnapshot &)> callback;
};

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

    // Each part stores its result (or its error) and counts down; the last one reports. An answer
    // that arrived but could not be read carries no call yet: it gets the part's, so the caller
    // knows which part failed (and keeps what it showed) and the message names the call.
    auto keep = [this, run](auto member, const QString &path) {
        return [this, run, member, path](const auto &result) {
            if (result) {
                run->snapshot.*member = result.value();
            } else {
                RasError error = result.error();
                if (error.path.isEmpty()) {
                    error.method = QStringLiteral("GET");
                    error.path = path;
                }
                run->snapshot.errors << error;
            }
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
        SiteService(m_client).list(this, keep(&FarmSnapshot::sites, QStringLiteral("api/Site")));
    if (parts & Brokers)
        BrokerService(m_client).list(0, this, keep(&FarmSnapshot::brokers, QStringLiteral("api/Broker")));
    if (parts & BrokerStatuses)
        BrokerService(m_client).statusAll(this, keep(&FarmSnapshot::brokerStatus, QStringLiteral("api/Broker/status")));
    if (parts & Gateways)
        GatewayService(m_client).list(0, this, keep(&FarmSnapshot::gateways, QStringLiteral("api/Gateway")));
    if (parts & GatewayStatuses)
        GatewayService(m_client).statusAll(this, keep(&FarmSnapshot::gatewayStatus, QStringLiteral("api/Gateway/status")));
    if (parts & Policies)
        PolicyService(m_client).list(this, keep(&FarmSnapshot::policies, QStringLiteral("api/ClientPolicies")));
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
#if defined(__GLIBC__)
    // Large lists are decoded on worker threads, and glibc keeps what a thread freed in that
    // thread's arena: after a big load, give the reply buffers and JSON trees back to the system
    // (tens of MB for a 10,000-object farm). Queued, so the data reaches the screen first.
    const qsizetype objects = run->snapshot.brokers.size() + run->snapshot.gateways.size() + run->snapshot.policies.size();
    if (objects > 1000)
        QTimer::singleShot(0, this, [] { malloc_trim(0); });
#endif
    run->callback(run->snapshot);
}
