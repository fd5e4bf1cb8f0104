#include "ColumnRanks.h"

#include <QAbstractItemModel>
#include <algorithm>
#include <numeric>

void ColumnRanks::reset(int columns, int rows)
{
    m_columns = QList<Column>(columns);
    m_rows = rows;
    m_building = -1;
    m_keys.clear();
}

void ColumnRanks::forgetColumn(int column)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_columns[column] = Column();
    if (column == m_building) {
        m_building = -1;
        m_keys.clear();
    }
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
                m_building = -1;
                m_keys.clear();
                break;
            }
            m_keys.append(std::move(key));
            if ((m_keys.size() & 63) == 0 && slice.nsecsElapsed() > sliceNs)
                return false;
        }
        if (m_building >= 0)
            finishColumn();
        if (slice.nsecsElapsed() > sliceNs)
            return false;
    }
}

void ColumnRanks::finishColumn()
{
    QList<int> order(m_rows);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) { return SortKey::less(m_keys.at(a), m_keys.at(b)); });
    QList<int> ranks(m_rows);
    int rank = 0;
    for (int i = 0; i < m_rows; ++i) {
        if (i > 0 && SortKey::less(m_keys.at(order.at(i - 1)), m_keys.at(order.at(i))))
            ++rank;
        ranks[order.at(i)] = rank;
    }
    m_columns[m_building].ranks = std::move(ranks);
    m_building = -1;
    m_keys.clear();
}
