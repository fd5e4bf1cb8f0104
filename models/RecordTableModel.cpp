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
