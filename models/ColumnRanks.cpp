#include "ColumnRanks.h"

#include <QAbstractItemModel>
#include <algorithm>
#include <numeric>

namespace {

// Rows sorted in one piece before the merging starts: a fraction of a millisecond of work.
constexpr qsizetype kRun = 256;

} // namespace

void ColumnRanks::reset(int columns, int rows)
{
    m_columns = QList<Column>(columns);
    m_rows = rows;
    forgetBuilding();
}

void ColumnRanks::forgetBuilding()
{
    m_building = -1;
    m_keys.clear();
    m_order.clear();
    m_merged.clear();
    m_runLength = 0;
    m_next = 0;
}

void ColumnRanks::forgetColumn(int column)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_columns[column] = Column();
    if (column == m_building)
        forgetBuilding();
}

bool ColumnRanks::prepareSome(const QAbstractItemModel *model, int role, const QElapsedTimer &slice, qint64 sliceNs)
{
    if (!model)
        return true;
    if (model->rowCount() != m_rows || model->columnCount() != m_columns.size())
        reset(model->columnCount(), model->rowCount()); // a table of another shape: nothing known holds
    while (true) {
        if (m_building < 0) {
            for (int column = 0; column < m_columns.size() && m_building < 0; ++column) {
                if (!m_columns.at(column).unrankable && m_columns.at(column).ranks.size() != m_rows)
                    m_building = column;
            }
            if (m_building < 0)
                return true;
            m_keys.clear();
            m_keys.reserve(m_rows);
        }
        while (m_keys.size() < m_rows) {
            SortKey key = SortKey::from(model->index(static_cast<int>(m_keys.size()), m_building).data(role));
            const bool rankable = key.kind == SortKey::Kind::Number || key.kind == SortKey::Kind::Text;
            if (!rankable || (!m_keys.isEmpty() && key.kind != m_keys.constFirst().kind)) {
                m_columns[m_building].unrankable = true;
                forgetBuilding();
                break;
            }
            m_keys.append(std::move(key));
            if ((m_keys.size() & 63) == 0 && slice.nsecsElapsed() > sliceNs)
                return false;
        }
        if (m_building >= 0) {
            if (!sortSome(slice, sliceNs))
                return false;
            finishColumn();
        }
        if (slice.nsecsElapsed() > sliceNs)
            return false;
    }
}

bool ColumnRanks::sortSome(const QElapsedTimer &slice, qint64 sliceNs)
{
    const auto less = [this](int a, int b) { return SortKey::less(m_keys.at(a), m_keys.at(b)); };
    const qsizetype rows = m_rows;
    if (m_order.size() != rows) {
        m_order = QList<int>(rows);
        std::iota(m_order.begin(), m_order.end(), 0);
        m_runLength = 0;
        m_next = 0;
    }
    // One piece of work at least, then as many as the slice has room for.
    for (bool first = true; m_runLength < rows; first = false) {
        if (!first && slice.nsecsElapsed() > sliceNs)
            return false;
        if (m_runLength == 0) {
            // First the runs, each sorted on its own.
            const qsizetype end = std::min(m_next + kRun, rows);
            std::sort(m_order.begin() + m_next, m_order.begin() + end, less);
            m_next = end;
            if (m_next >= rows) {
                m_runLength = kRun;
                m_next = 0;
                m_merged = QList<int>(rows);
            }
            continue;
        }
        // Then two neighbouring runs merged into one, until one run holds every row.
        const qsizetype middle = std::min(m_next + m_runLength, rows);
        const qsizetype end = std::min(m_next + 2 * m_runLength, rows);
        std::merge(m_order.begin() + m_next, m_order.begin() + middle, m_order.begin() + middle, m_order.begin() + end,
                   m_merged.begin() + m_next, less);
        m_next = end;
        if (m_next >= rows) {
            m_order.swap(m_merged);
            m_runLength *= 2;
            m_next = 0;
        }
    }
    return true;
}

void ColumnRanks::finishColumn()
{
    const QList<int> order = std::move(m_order);
    QList<int> ranks(m_rows);
    int rank = 0;
    for (int i = 0; i < m_rows; ++i) {
        if (i > 0 && SortKey::less(m_keys.at(order.at(i - 1)), m_keys.at(order.at(i))))
            ++rank;
        ranks[order.at(i)] = rank;
    }
    m_columns[m_building].ranks = std::move(ranks);
    forgetBuilding();
}
