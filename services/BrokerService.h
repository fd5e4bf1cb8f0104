#pragma once

#include "AgentStatus.h"
#include "Broker.h"
#include "RasClient.h"

#include <functional>

// Connection Brokers and their status. Version 20 of the guide reads and writes them under api/Broker;
// version 21 writes them under api/ConnectionBroker only. Requests go to api/Broker first (as the
// guide's samples do) and, when the server answers 404 or 405 there (nothing was executed), once more
// under api/ConnectionBroker; the path that answered is remembered per server in RasClient.
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

    static const QString &documentedPath(); // api/Broker
    static const QString &movedPath();      // api/ConnectionBroker

private:
    struct Request
    {
        QString family; // which requests share a learnt path: reads or writes
        QByteArray method;
        QString suffix; // after the root: "", "/2", "/2/priority"
        QUrlQuery query;
        QByteArray body;
        int brokerId = 0; // the broker a write is about, 0 for a create
    };
    void send(const Request &request, QObject *receiver, RasClient::Callback callback);
    void sendMoved(const Request &request, const RasError &first, QObject *receiver, RasClient::Callback callback);
    void reportBothMissing(const Request &request, const RasError &first, QObject *receiver,
                           RasClient::Callback callback);
    QString readPath(const QString &suffix) const;

    RasClient *m_client;
};
