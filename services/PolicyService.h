#pragma once

#include "ClientPolicy.h"
#include "RasClient.h"

#include <functional>

// api/ClientPolicies: client policies, their order and their secondary connections.
class PolicyService
{
public:
    explicit PolicyService(RasClient *client)
        : m_client(client)
    {
    }

    void list(QObject *receiver, std::function<void(const RasResult<QList<ClientPolicy>> &)> callback);
    void get(int id, QObject *receiver, std::function<void(const RasResult<ClientPolicy> &)> callback);
    void add(const PolicyChanges &policy, QObject *receiver, std::function<void(const RasResult<ClientPolicy> &)> callback);
    void update(int id, const PolicyChanges &changes, QObject *receiver, std::function<void(const RasResult<Done> &)> callback);
    void remove(int id, QObject *receiver, std::function<void(const RasResult<Done> &)> callback);
    void move(int id, bool up, QObject *receiver, std::function<void(const RasResult<Done> &)> callback);

    void connections(int id, QObject *receiver, std::function<void(const RasResult<QList<SecondaryConnection>> &)> callback);
    void addConnection(int id, const SecondaryConnection &connection, QObject *receiver,
                       std::function<void(const RasResult<Done> &)> callback);
    void removeConnection(int id, const SecondaryConnection &connection, QObject *receiver,
                          std::function<void(const RasResult<Done> &)> callback);

private:
    RasClient *m_client;
};
