#pragma once

#include "AgentStatus.h"
#include "Broker.h"
#include "RecordTableModel.h"

#include <QDateTime>
#include <QHash>

// Connection Brokers in priority order (per Site), the primary marked, joined with their live status.
class BrokerModel final : public RecordTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Ticking "Enabled" asks for the change (enabledChangeRequested); the row changes when the
    // server has confirmed it and the next refresh brings it.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // A refresh: merged by id (see RecordTableModel).
    void setBrokers(QList<Broker> brokers);
    // Status joined by id; only the status cells of rows whose status changed are signalled.
    void setStatuses(const QList<BrokerStatus> &statuses, qint64 receivedAtMs = QDateTime::currentMSecsSinceEpoch());
    // Another farm or Site: everything starts over (the one case for a reset).
    void resetFarm();
    void setSiteNames(const QHash<int, QString> &names);
    // "Updated N s ago" moves with time: the view calls this on a timer.
    void refreshAges();

    const Broker *brokerAt(int row) const;
    const BrokerStatus *statusOf(int id) const;
    int rowOf(int id) const;

signals:
    void enabledChangeRequested(int id, bool enabled);

private:
    QVariant display(const Broker &broker, const BrokerStatus *status, int column) const;
    QVariant sortValue(const Broker &broker, const BrokerStatus *status, int column) const;
    Ras::Health health(const Broker &broker, const BrokerStatus *status) const;

    struct TimedStatus
    {
        BrokerStatus status;
        qint64 receivedAtMs = 0;
    };

    QList<Broker> m_brokers;
    QHash<int, TimedStatus> m_statuses; // by broker id; one lookup gives the status and its age
    QHash<int, QString> m_siteNames;
};
