#pragma once

#include "AgentStatus.h"
#include "Gateway.h"
#include "GatewayAddRequest.h"
#include "GatewayChanges.h"
#include "RasClient.h"

#include <functional>

// api/Gateway: Secure Gateways and their status.
class GatewayService
{
public:
    explicit GatewayService(RasClient *client)
        : m_client(client)
    {
    }

    void list(int siteId, QObject *receiver, std::function<void(const RasResult<QList<Gateway>> &)> callback);
    void get(int id, QObject *receiver, std::function<void(const RasResult<Gateway> &)> callback);
    void add(const QString &server, int siteId, QObject *receiver, std::function<void(const RasResult<Gateway> &)> callback);
    // The create with its push-install options; the request's other settings are the caller's to send.
    void add(const GatewayAddRequest &request, QObject *receiver, std::function<void(const RasResult<Gateway> &)> callback);
    // Sends only the fields changes holds.
    void update(int id, const GatewayChanges &changes, QObject *receiver, std::function<void(const RasResult<Done> &)> callback);
    void remove(int id, QObject *receiver, std::function<void(const RasResult<Done> &)> callback);
    void statusAll(QObject *receiver, std::function<void(const RasResult<QList<GatewayStatus>> &)> callback);
    // GET api/Gateway/{id}/status: one gateway's status, as after a change.
    void status(int id, QObject *receiver, std::function<void(const RasResult<GatewayStatus> &)> callback);

private:
    RasClient *m_client;
};
