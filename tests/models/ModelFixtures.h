#pragma once

#include "AgentStatus.h"
#include "Broker.h"
#include "ClientPolicy.h"
#include "Gateway.h"

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <memory>
#include <vector>

// Small records and a signal counter for the model tests.
namespace Fixtures {

inline Broker broker(int id, const QString &server, int siteId, int priority)
{
    Broker broker;
    broker.id = id;
    broker.server = server;
    broker.siteId = siteId;
    broker.priority = priority;
    broker.ip = QStringLiteral("10.0.0.%1").arg(id);
    return broker;
}

inline AgentStatus status(int id, Ras::AgentState state, int cpu, int memory = 40)
{
    AgentStatus status;
    status.id = QString::number(id);
    status.numericId = id;
    status.agentState = state;
    status.cpuLoad = cpu;
    status.memLoad = memory;
    status.agentVersion = QStringLiteral("20.1");
    return status;
}

inline Gateway gateway(int id, const QString &server, int siteId = 1)
{
    Gateway gateway;
    gateway.id = id;
    gateway.server = server;
    gateway.siteId = siteId;
    return gateway;
}

inline ClientPolicy policy(int id, const QString &name, int order)
{
    ClientPolicy policy;
    policy.id = id;
    policy.name = name;
    policy.order = order;
    return policy;
}

// Counts every structural and data signal a model emits.
class SignalCounter
{
public:
    explicit SignalCounter(QAbstractItemModel *model)
    {
        const auto add = [&](auto signal) { m_spies.push_back(std::make_unique<QSignalSpy>(model, signal)); };
        add(&QAbstractItemModel::dataChanged);
        add(&QAbstractItemModel::rowsInserted);
        add(&QAbstractItemModel::rowsRemoved);
        add(&QAbstractItemModel::rowsMoved);
        add(&QAbstractItemModel::modelReset);
        add(&QAbstractItemModel::layoutChanged);
    }
    int dataChanged() const { return static_cast<int>(m_spies[0]->count()); }
    int inserted() const { return static_cast<int>(m_spies[1]->count()); }
    int removed() const { return static_cast<int>(m_spies[2]->count()); }
    int moved() const { return static_cast<int>(m_spies[3]->count()); }
    int resets() const { return static_cast<int>(m_spies[4]->count()); }
    int total() const
    {
        int sum = 0;
        for (const auto &spy : m_spies)
            sum += static_cast<int>(spy->count());
        return sum;
    }
    void clear()
    {
        for (auto &spy : m_spies)
            spy->clear();
    }

private:
    std::vector<std::unique_ptr<QSignalSpy>> m_spies;
};

} // namespace Fixtures
