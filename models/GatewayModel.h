#pragma once

#include "AgentStatus.h"
#include "Gateway.h"
#include "RecordTableModel.h"

#include <QDateTime>
#include <QHash>

// Secure Gateways with the fields an administrator scans, joined with their live status.
class GatewayModel final : public RecordTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayModel)

public:
    enum Column {
        Server, State, Cpu, Memory, Site, Enabled, Mode, Ips, Ports, Tls, Hsts, WebPortal, Description,
        AgentVersion, Updated,
        ColumnCount
    };
    static bool isStatusColumn(int column);
    Q_ENUM(Column)

    explicit GatewayModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setGateways(const QList<Gateway> &gateways);
    void setStatuses(const QList<GatewayStatus> &statuses, qint64 receivedAtMs = QDateTime::currentMSecsSinceEpoch());
    void resetFarm();
    void setSiteNames(const QHash<int, QString> &names);
    void refreshAges();

    const Gateway *gatewayAt(int row) const;
    int rowOf(int id) const;
    const GatewayStatus *statusOf(int id) const;

private:
    QVariant display(const Gateway &gateway, const GatewayStatus *status, int column) const;
    QVariant sortValue(const Gateway &gateway, const GatewayStatus *status, int column) const;
    Ras::Health health(const Gateway &gateway, const GatewayStatus *status) const;

    QList<Gateway> m_gateways;
    QHash<int, GatewayStatus> m_statuses;
    QHash<int, qint64> m_statusTimes;
    QHash<int, QString> m_siteNames;
};
