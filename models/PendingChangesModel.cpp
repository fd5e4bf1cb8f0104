#include "PendingChangesModel.h"

#include "TimeFormat.h"

#include <QLocale>

PendingChangesModel::PendingChangesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PendingChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int PendingChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PendingChange &change = m_changes.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When: return TimeFormat::timeOfDay(change.when);
        case Action: return change.action;
        case Kind: return change.kind;
        case Object: return change.object;
        default: return {};
        }
    }
    if (role == Qt::EditRole && index.column() == When)
        return change.when;
    return {};
}

QVariant PendingChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("Time");
    case Action: return tr("Change");
    case Kind: return tr("Type");
    case Object: return tr("Object");
    default: return {};
    }
}

void PendingChangesModel::add(PendingChange change)
{
    const int row = static_cast<int>(m_changes.size());
    beginInsertRows({}, row, row);
    m_changes.append(std::move(change));
    endInsertRows();
    emit countChanged(count());
}

void PendingChangesModel::clear()
{
    if (m_changes.isEmpty())
        return;
    beginRemoveRows({}, 0, static_cast<int>(m_changes.size()) - 1);
    m_changes.clear();
    endRemoveRows();
    emit countChanged(0);
}
