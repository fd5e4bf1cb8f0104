#pragma once

#include "AgentStatus.h"
#include "Broker.h"
#include "RasClient.h"

#include <functional>

// api/Broker: Connection Brokers and their status.
class BrokerService
{
public:
    explicit BrokerService(RasClient *client)
        : m_client(client)
    {
    }

    void list(int siteId, QObject *receiver, std::function<void(const RasResult<QList<Broker>> &)> callback);
    void get(int id, QObject *receiver, std::function<void(const RasResult<Broker> &)> callback);
    // Empty when valid; the server name rules the API enforces (1 to 255 characters, no spaces).
    static QString validateServer(const QString &server);
    void add(const BrokerAddRequest &request, QObject *receiver, std::function<void(const RasResult<Broker> &)> callback);
    void update(int id, const BrokerChanges &changes, QObject *receiver, std::function<void(const RasResult<Done> &)> callback);
    // keepAgent: leave the agent installed on the server (noUninstall).
    void remove(int id, bool keepAgent, QObject *receiver, std::function<void(const RasResult<Done> &)> callback);
    void move(int id, bool up, QObject *receiver, std::function<void(const RasResult<Done> &)> callback);
    // The server ends the session after a promote; RasClient logs on again on the next request.
    void promote(int id, QObject *receiver, std::function<void(const RasResult<Done> &)> callback);
    void statusAll(QObject *receiver, std::function<void(const RasResult<QList<BrokerStatus>> &)> callback);
    void status(int id, QObject *receiver, std::function<void(const RasResult<BrokerStatus> &)> callback);

private:
    RasClient *m_client;
};
