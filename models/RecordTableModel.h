#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <algorithm>
#include <functional>

// Base of the record tables: merges a fresh list of records into the rows the views already show,
// by id, so a refresh keeps selection and scroll position. Rows that went are removed, rows that
// came are inserted, rows that moved (a priority change, a promote) are moved, and changed cells
// get one dataChanged per row - or one for the whole table when more than half the rows changed.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Roles every record model answers besides the standard ones.
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value a column sorts by (numbers as numbers)
        IdRole,                      // the record's id
        HealthRole,                  // Ras::Health as int, for "only problems" filters
        SiteRole,                    // the Site a broker or gateway belongs to (0 for farm-wide records)
        ExportRole,                  // the value a CSV export writes: numbers without units, times as QDateTime
        ReportedRole,                // whether the server's agent reported a status (false: "No status")
        // Asked of a column's header: true when its text moves with the clock ("Updated 5 s ago").
        // Such a column is not searched: what it says changes by itself, and re-reading the
        // searchable text of every row each time it ticks stalled a 10,000-row page.
        FollowsClockRole,
    };
    Q_ENUM(Role)

    using QAbstractTableModel::QAbstractTableModel;

    // How many rows and signals the last merge touched (for tests and benchmarks).
    struct MergeStats
    {
        int inserted = 0;
        int removed = 0;
        int moved = 0;
        int changedRows = 0;
        int signalCount = 0;
        // Whether any row came, went or moved: otherwise every row kept its place.
        bool rowsShifted() const { return inserted > 0 || removed > 0 || moved > 0; }
    };
    const MergeStats &lastMerge() const { return m_lastMerge; }

protected:
    // rows: the model's storage; incoming: the new list in display order. idOf gives a record's id,
    // changedColumns the columns whose display differs between an old and a new record (empty: same),
    // identical whether two records are equal in every field, so unchanged rows are not even copied.
    template <typename T, typename IdOf, typename ChangedColumns, typename Identical>
    void mergeRecords(QList<T> &rows, const QList<T> &incoming, IdOf idOf, ChangedColumns changedColumns,
                      Identical identical);

    // One record the server sent back after a change, put where the display order wants it without
    // touching the other rows: replaced in place while it still sorts between its neighbours, moved
    // when its sort key changed (a priority), inserted when new. existingRow is its current row or
    // -1; before is the display order (records that compare equal keep the order they had). Returns
    // the row it ends in.
    template <typename T, typename Before, typename ChangedColumns>
    int upsertRecord(QList<T> &rows, int existingRow, const T &record, Before before, ChangedColumns changedColumns);
    // Removes one row (an object deleted or found gone).
    template <typename T>
    void removeRecordAt(QList<T> &rows, int row);

    // One dataChanged per run of neighbouring rows over columns [first, last], or one for the table
    // when more than half the rows are listed. rows must be in ascending row order.
    void emitRowsChanged(const QList<QPair<int, QPair<int, int>>> &rows);

    MergeStats m_lastMerge;
};

template <typename T, typename IdOf, typename ChangedColumns, typename Identical>
void RecordTableModel::mergeRecords(QList<T> &rows, const QList<T> &incoming, IdOf idOf, ChangedColumns changedColumns,
                                    Identical identical)
{
    m_lastMerge = {};
    if (rows.isEmpty()) {
        // The first load: the records are taken as they came, shared with the caller's list rather
        // than copied one by one (10,000 gateways were 8 MB more and milliseconds of copying).
        if (!incoming.isEmpty()) {
            beginInsertRows({}, 0, static_cast<int>(incoming.size()) - 1);
            rows = incoming;
            endInsertRows();
            m_lastMerge.inserted = static_cast<int>(incoming.size());
            m_lastMerge.signalCount = 1;
        }
        return;
    }
    // The common refresh: the same ids in the same order. Then nothing can have come, gone or moved.
    bool sameIds = rows.size() == incoming.size();
    for (int i = 0; sameIds && i < rows.size(); ++i)
        sameIds = idOf(rows.at(i)) == idOf(incoming.at(i));
    QHash<int, int> incomingIndex;
    if (!sameIds) {
        incomingIndex.reserve(incoming.size());
        for (int i = 0; i < incoming.size(); ++i)
            incomingIndex.insert(idOf(incoming.at(i)), i);
    }

    // 1. Remove rows that are gone, in contiguous blocks from the end.
    for (int row = sameIds ? -1 : static_cast<int>(rows.size()) - 1; row >= 0;) {
        if (incomingIndex.contains(idOf(rows.at(row)))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incomingIndex.contains(idOf(rows.at(first - 1))))
            --first;
        beginRemoveRows({}, first, row);
        rows.remove(first, row - first + 1);
        endRemoveRows();
        ++m_lastMerge.signalCount;
        m_lastMerge.removed += row - first + 1;
        row = first - 1;
    }

    // 2. Walk the new order: keep, move or insert each row; note the cells that changed.
    // Rows that came are inserted as runs (the first load is one run): each insert signal costs every
    // proxy and view a pass, so 10,000 of them one by one would hold the GUI thread for seconds.
    QSet<int> present;
    if (!sameIds) {
        present.reserve(rows.size());
        for (const T &row : std::as_const(rows))
            present.insert(idOf(row));
    }
    QList<QPair<int, QPair<int, int>>> changed;
    for (int target = 0; target < incoming.size(); ++target) {
        const T &fresh = incoming.at(target);
        const int id = idOf(fresh);
        if (target < rows.size() && idOf(rows.at(target)) == id) {
            // Most rows of a refresh take this path.
        } else if (!present.contains(id)) {
            int last = target;
            while (last + 1 < incoming.size() && !present.contains(idOf(incoming.at(last + 1))))
                ++last;
            beginInsertRows({}, target, last);
            rows.insert(target, last - target + 1, T());
            std::copy(incoming.cbegin() + target, incoming.cbegin() + last + 1, rows.begin() + target);
            endInsertRows();
            m_lastMerge.inserted += last - target + 1;
            ++m_lastMerge.signalCount;
            target = last;
            continue;
        } else {
            int from = -1;
            for (int j = target + 1; j < rows.size(); ++j) {
                if (idOf(rows.at(j)) == id) {
                    from = j;
                    break;
                }
            }
            beginMoveRows({}, from, from, {}, target);
            rows.move(from, target);
            endMoveRows();
            ++m_lastMerge.moved;
            ++m_lastMerge.signalCount;
        }
        if (identical(rows.at(target), fresh))
            continue;
        const QList<int> columns = changedColumns(rows.at(target), fresh);
        rows[target] = fresh;
        if (!columns.isEmpty()) {
            const auto [first, last] = std::minmax_element(columns.cbegin(), columns.cend());
            changed.append({target, {*first, *last}});
        }
    }
    m_lastMerge.changedRows = static_cast<int>(changed.size());
    emitRowsChanged(changed);
}

template <typename T, typename Before, typename ChangedColumns>
int RecordTableModel::upsertRecord(QList<T> &rows, int existingRow, const T &record, Before before,
                                   ChangedColumns changedColumns)
{
    m_lastMerge = {};
    // Where the record belongs among the other rows (the existing row itself left out): the first
    // row that sorts after it. A binary search, so one edit costs log(n) comparisons, not n.
    const int others = static_cast<int>(rows.size()) - (existingRow >= 0 ? 1 : 0);
    const auto otherAt = [&rows, existingRow](int i) -> const T & {
        return rows.at(existingRow >= 0 && i >= existingRow ? i + 1 : i);
    };
    // A row that still sorts between its neighbours stays (the common case: no key changed).
    if (existingRow >= 0 && (existingRow == 0 || !before(record, otherAt(existingRow - 1)))
        && (existingRow >= others || !before(otherAt(existingRow), record))) {
        const QList<int> columns = changedColumns(rows.at(existingRow), record);
        rows[existingRow] = record;
        if (!columns.isEmpty()) {
            const auto [first, last] = std::minmax_element(columns.cbegin(), columns.cend());
            emit dataChanged(index(existingRow, *first), index(existingRow, *last));
            m_lastMerge.changedRows = 1;
            m_lastMerge.signalCount = 1;
        }
        return existingRow;
    }
    int low = 0;
    int high = others;
    while (low < high) {
        const int middle = low + (high - low) / 2;
        if (before(record, otherAt(middle)))
            high = middle;
        else
            low = middle + 1;
    }
    const int target = low;
    if (existingRow < 0) {
        beginInsertRows({}, target, target);
        rows.insert(target, record);
        endInsertRows();
        m_lastMerge.inserted = 1;
        m_lastMerge.signalCount = 1;
        return target;
    }
    beginMoveRows({}, existingRow, existingRow, {}, target > existingRow ? target + 1 : target);
    rows.move(existingRow, target);
    endMoveRows();
    m_lastMerge.moved = 1;
    ++m_lastMerge.signalCount;
    // A move carries no values: the moved row's cells are signalled as changed.
    rows[target] = record;
    emit dataChanged(index(target, 0), index(target, columnCount() - 1));
    m_lastMerge.changedRows = 1;
    ++m_lastMerge.signalCount;
    return target;
}

template <typename T>
void RecordTableModel::removeRecordAt(QList<T> &rows, int row)
{
    m_lastMerge = {};
    if (row < 0 || row >= rows.size())
        return;
    beginRemoveRows({}, row, row);
    rows.removeAt(row);
    endRemoveRows();
    m_lastMerge.removed = 1;
    m_lastMerge.signalCount = 1;
}
