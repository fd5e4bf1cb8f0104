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
    // One policy as the server sent it back after a change: replaced, moved to its order or inserted.
    void upsertPolicy(const ClientPolicy &policy);
    // Several at once (a delete renumbers every policy after it): few one by one, many in one merge.
    void upsertPolicies(const QList<ClientPolicy> &policies);
    void removePolicy(int id);
    void resetFarm();
    const ClientPolicy *policyAt(int row) const;
    int rowOf(int id) const;

private:
    QList<int> changedColumns(const ClientPolicy &a, const ClientPolicy &b) const;
    QVariant display(const ClientPolicy &policy, int column) const;

    QList<ClientPolicy> m_policies;
};
