#pragma once

#include "RecordTableModel.h"
#include "SecondaryConnection.h"

// The secondary connections of one client policy. A connection has no id in the API: it is
// identified by what it is (mode, server, port), which is also how the API deletes it.
class SecondaryConnectionModel final : public RecordTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecondaryConnectionModel)

public:
    enum Column { Mode, Server, Port, ColumnCount };
    Q_ENUM(Column)

    explicit SecondaryConnectionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // policyId changes: a reset (another policy); the same policy: a merge.
    void setConnections(int policyId, const QList<SecondaryConnection> &connections);
    int policyId() const { return m_policyId; }
    const SecondaryConnection *connectionAt(int row) const;

private:
    int m_policyId = -1;
    QList<SecondaryConnection> m_connections;
};
