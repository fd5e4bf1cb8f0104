#include "RecordTableModel.h"

#include <algorithm>

void RecordTableModel::emitRowsChanged(const QList<QPair<int, QPair<int, int>>> &rows)
{
    if (rows.isEmpty())
        return;
    const int rowTotal = rowCount();
    if (rows.size() * 2 > rowTotal) {
        // One signal for every row, but only over the columns that changed: a proxy sorted by a
        // column outside them (the name, say) need not sort 10,000 rows again after a status refresh.
        int firstColumn = rows.constFirst().second.first;
        int lastColumn = rows.constFirst().second.second;
        for (const auto &row : rows) {
            firstColumn = std::min(firstColumn, row.second.first);
            lastColumn = std::max(lastColumn, row.second.second);
        }
        emit dataChanged(index(0, firstColumn), index(rowTotal - 1, lastColumn));
        ++m_lastMerge.signalCount;
        return;
    }
    // Neighbouring rows with the same changed columns share one signal.
    for (int i = 0; i < rows.size();) {
        int last = i;
        while (last + 1 < rows.size() && rows.at(last + 1).first == rows.at(last).first + 1
               && rows.at(last + 1).second == rows.at(i).second)
            ++last;
        emit dataChanged(index(rows.at(i).first, rows.at(i).second.first),
                         index(rows.at(last).first, rows.at(i).second.second));
        ++m_lastMerge.signalCount;
        i = last + 1;
    }
}
