#pragma once

#include "ClientPolicy.h"
#include "RecordTableModel.h"

// Client policies in the order they are evaluated (first match wins).
class PolicyModel final : public RecordTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyModel)

public:
    enum Column { Order, Name, Enabled, Description, Connections, Modified, ColumnCount };
    Q_ENUM(Column)

    explicit PolicyModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPolicies(QList<ClientPolicy> policies);
    void resetFarm();
    const ClientPolicy *policyAt(int row) const;
    int rowOf(int id) const;

private:
    QVariant display(const ClientPolicy &policy, int column) const;

    QList<ClientPolicy> m_policies;
};
