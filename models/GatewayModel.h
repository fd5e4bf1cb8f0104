#pragma once

#include "Gateway.h"
#include "StatusJoinedModel.h"

// Secure Gateways with the fields an administrator scans, joined with their live status.
class GatewayModel final : public StatusJoinedModel
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

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A refresh: merged by id (see RecordTableModel).
    void setGateways(const QList<Gateway> &gateways);
    // One gateway as the server sent it back after a change (a new one goes where its id sorts).
    void upsertGateway(const Gateway &gateway);
    // A gateway that was deleted or is gone; its status goes too.
    void removeGateway(int id);

    const Gateway *gatewayAt(int row) const;

protected:
    int recordCount() const override { return static_cast<int>(m_gateways.size()); }
    int idAt(int row) const override { return m_gateways.at(row).id; }
    void clearRecords() override { m_gateways.clear(); }

private:
    QList<int> changedColumns(const Gateway &a, const Gateway &b) const;
    static bool identical(const Gateway &a, const Gateway &b);
    QVariant display(const Gateway &gateway, const GatewayStatus *status, int column) const;
    QVariant sortValue(const Gateway &gateway, const GatewayStatus *status, int column) const;

    QList<Gateway> m_gateways;
};
