#include "RecordTableModel.h"

void RecordTableModel::emitRowsChanged(const QList<QPair<int, QPair<int, int>>> &rows)
{
    if (rows.isEmpty())
        return;
    const int rowTotal = rowCount();
    if (rows.size() * 2 > rowTotal) {
        emit dataChanged(index(0, 0), index(rowTotal - 1, columnCount() - 1));
        ++m_lastMerge.signalCount;
        return;
    }
    for (const auto &row : rows) {
        emit dataChanged(index(row.first, row.second.first), index(row.first, row.second.second));
        ++m_lastMerge.signalCount;
    }
}
