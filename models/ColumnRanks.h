#pragma once

#include "SortKey.h"

#include <QElapsedTimer>
#include <QList>

class QAbstractItemModel;

// The order of a table's rows by each of its columns, worked out ahead of time while the event
// loop is idle, so that a click on a header compares two integers per step instead of two cells
// (at 10,000 rows, reading and comparing the cells was most of a sort's time). A column's ranks
// are forgotten when its values change and worked out again later; until then sorting by it
// reads the cells as before. Rows with equal values share a rank, so a stable sort keeps them
// in the order it would have kept them anyway.
class ColumnRanks
{
public:
    // Forgets every column, for a table of this shape.
    void reset(int columns, int rows);
    void forgetColumn(int column);
    bool isReady(int column) const
    {
        return column >= 0 && column < m_columns.size() && m_columns.at(column).ranks.size() == m_rows && m_rows > 0;
    }
    int rank(int column, int row) const { return m_columns.at(column).ranks.at(row); }
    // Works until the slice runs out; true when nothing is left to do.
    bool prepareSome(const QAbstractItemModel *model, int role, const QElapsedTimer &slice, qint64 sliceNs);

private:
    struct Column
    {
        QList<int> ranks;      // per row; empty until worked out
        bool unrankable = false; // mixed or unusual values: sorted by reading the cells
    };
    // Sorts the rows of the column being built by their keys, a piece at a time (a sort of 10,000
    // texts at once took longer than a frame): runs of a few hundred rows are sorted, then merged in pairs.
    // True once sorted.
    bool sortSome(const QElapsedTimer &slice, qint64 sliceNs);
    void finishColumn();
    void forgetBuilding();

    QList<Column> m_columns;
    int m_rows = 0;
    int m_building = -1; // the column whose keys are being read
    QList<SortKey> m_keys;
    // The sort in pieces: the rows in the order found so far, room to merge into, the length of the
    // sorted runs (0 while runs are still being sorted) and where the next piece of work starts.
    QList<int> m_order;
    QList<int> m_merged;
    qsizetype m_runLength = 0;
    qsizetype m_next = 0;
};
