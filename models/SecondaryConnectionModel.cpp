#include "SecondaryConnectionModel.h"

namespace {

int identityOf(const SecondaryConnection &connection)
{
    return static_cast<int>(qHash(QStringLiteral("%1|%2|%3")
                                      .arg(static_cast<int>(connection.mode))
                                      .arg(connection.server.toLower())
                                      .arg(connection.serverPort)));
}

} // namespace

SecondaryConnectionModel::SecondaryConnectionModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int SecondaryConnectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_connections.size());
}

int SecondaryConnectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SecondaryConnection *SecondaryConnectionModel::connectionAt(int row) const
{
    return row >= 0 && row < m_connections.size() ? &m_connections.at(row) : nullptr;
}

QVariant SecondaryConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecondaryConnection &connection = m_connections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Mode: return Ras::displayName(connection.mode);
        case Server: return connection.server;
        case Port: return connection.serverPort;
        default: return {};
        }
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case Mode: return static_cast<int>(connection.mode);
        case Server: return connection.server;
        case Port: return connection.serverPort;
        default: return {};
        }
    case IdRole:
        return identityOf(connection);
    case Qt::TextAlignmentRole:
        return index.column() == Port ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant SecondaryConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Mode: return tr("Mode");
    case Server: return tr("Server");
    case Port: return tr("Port");
    default: return {};
    }
}

void SecondaryConnectionModel::setConnections(int policyId, const QList<SecondaryConnection> &connections)
{
    if (policyId != m_policyId) {
        beginResetModel();
        m_policyId = policyId;
        m_connections = connections;
        endResetModel();
        return;
    }
    // Same identity means same values, so rows never change in place: they come, go or move.
    mergeRecords(m_connections, connections, &identityOf,
                 [](const SecondaryConnection &, const SecondaryConnection &) { return QList<int>(); },
                 [](const SecondaryConnection &a, const SecondaryConnection &b) { return a == b; });
}
