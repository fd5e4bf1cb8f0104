#pragma once

#include "Broker.h"
#include "StatusJoinedModel.h"

// Connection Brokers in priority order (per Site), the primary marked, joined with their live status.
class BrokerModel final : public StatusJoinedModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokerModel)

public:
    // Status first after the name: it is what helpdesk staff watch all day.
    enum Column {
        Priority, Server, State, Cpu, Memory, Site, Enabled, Standby, Ip, AlternativeIps, Description,
        AgentVersion, Os, DiskRead, DiskWrite, BootTime, Modified, Updated,
        ColumnCount
    };
    static bool isStatusColumn(int column);
    Q_ENUM(Column)

    explicit BrokerModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Ticking "Enabled" asks for the change (enabledChangeRequested); the row changes when the
    // server has confirmed it and the next refresh brings it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // A refresh: merged by id (see RecordTableModel).
    void setBrokers(QList<Broker> brokers);
    // One broker as the server sent it back after a change: replaced, moved to its priority or
    // inserted, and nothing else touched.
    void upsertBroker(const Broker &broker);
    // Several at once (a promote renumbers a whole Site): few go one by one, many in one merge.
    void upsertBrokers(const QList<Broker> &brokers);
    // A broker that was deleted or is gone; its status goes too.
    void removeBroker(int id);
    const Broker *brokerAt(int row) const;
    const QList<Broker> &brokerList() const { return m_brokers; }

signals:
    void enabledChangeRequested(int id, bool enabled);

protected:
    int recordCount() const override { return static_cast<int>(m_brokers.size()); }
    int idAt(int row) const override { return m_brokers.at(row).id; }
    void clearRecords() override { m_brokers.clear(); }

private:
    static bool before(const Broker &a, const Broker &b);
    static QList<int> changedColumns(const Broker &a, const Broker &b);
    static bool identical(const Broker &a, const Broker &b);
    QVariant display(const Broker &broker, const BrokerStatus *status, int column) const;
    QVariant sortValue(const Broker &broker, const BrokerStatus *status, int column) const;

    QList<Broker> m_brokers;
};
