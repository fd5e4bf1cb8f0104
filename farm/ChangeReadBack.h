#pragma once

#include <QObject>
#include <functional>

class BrokerModel;
class GatewayModel;
class PolicyModel;
class RasClient;

// After a change the server accepted, reads back only the objects it touched and merges each into
// its model as it arrives: the object by id, its status entry, the neighbours whose order moved.
// A record that cannot be read, or is found gone, leaves the console unsure what the farm holds;
// the caller then reloads everything. A status that cannot be read is only late: the status
// refresh brings it. One instance per change; it deletes itself when done.
class ChangeReadBack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeReadBack)

public:
    struct Models
    {
        BrokerModel *brokers;
        GatewayModel *gateways;
        PolicyModel *policies;
    };
    ChangeReadBack(RasClient *client, Models models, QObject *parent);

    void broker(int id);
    void brokerStatus(int id);
    void gateway(int id);
    void gatewayStatus(int id);
    void policy(int id);
    // The tables turned out to be behind the server (a neighbour the change moved is not there).
    void markUncertain();
    // Runs done once every read has answered (at once when none was asked for): certain is false
    // when a record could not be read back or was found gone.
    void finish(std::function<void(bool certain)> done);

private:
    void started() { ++m_outstanding; }
    void answered(bool recordRead);
    void completeIfAnswered();

    RasClient *m_client;
    Models m_models;
    int m_outstanding = 0;
    bool m_certain = true;
    std::function<void(bool)> m_done;
};
