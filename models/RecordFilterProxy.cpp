#include "RecordFilterProxy.h"

#include "IdleWork.h"
#include "RasEnums.h"
#include "RecordTableModel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <algorithm>
#include <limits>

namespace {

// A change of more rows than this is filtered by the rows' new texts only once they are read
// while idle; a smaller one is read (and filtered) at once.
constexpr int kStaleRows = 256;

} // namespace

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
}

void RecordFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const auto &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    forgetAll();
    // Connected before the base class connects its own handlers, so the kept texts and keys are
    // brought up to date before the base class filters and sorts the rows that changed.
    if (model) {
        m_sourceConnections << connect(model, &QAbstractItemModel::dataChanged, this, &RecordFilterProxy::sourceDataChanged)
                            << connect(model, &QAbstractItemModel::rowsInserted, this,
                                       [this](const QModelIndex &, int first, int last) { sourceRowsInserted(first, last); })
                            << connect(model, &QAbstractItemModel::rowsRemoved, this,
                                       [this](const QModelIndex &, int first, int last) { sourceRowsRemoved(first, last); })
                            << connect(model, &QAbstractItemModel::rowsMoved, this,
                                       [this](const QModelIndex &, int first, int last, const QModelIndex &, int destination) {
                                           sourceRowsMoved(first, last, destination);
                                       })
                            << connect(model, &QAbstractItemModel::modelReset, this, &RecordFilterProxy::forgetAll)
                            << connect(model, &QAbstractItemModel::layoutChanged, this, &RecordFilterProxy::forgetAll)
                            << connect(model, &QAbstractItemModel::columnsInserted, this, &RecordFilterProxy::forgetAll)
                            << connect(model, &QAbstractItemModel::columnsRemoved, this, &RecordFilterProxy::forgetAll)
                            << connect(model, &QAbstractItemModel::columnsMoved, this, &RecordFilterProxy::forgetAll);
    }
    QSortFilterProxyModel::setSourceModel(model);
    forgetAll(); // again, now that the new model is the source: its clock columns

}

void RecordFilterProxy::sort(int column, Qt::SortOrder order)
{
    // Keys are kept for the column sorted by, not for every column.
    if (column != m_sortKeyColumn) {
        m_sortKeys.clear();
        m_sortKeyColumn = column;
    }
    QSortFilterProxyModel::sort(column, order);
}

void RecordFilterProxy::forgetAll()
{
    m_clockColumns.clear();
    if (const QAbstractItemModel *model = sourceModel()) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->headerData(column, Qt::Horizontal, RecordTableModel::FollowsClockRole).toBool())
                m_clockColumns << column;
        }
    }
    m_searchTexts.clear();
    forgetStaleRange();
    m_sortKeys.clear();
    forgetRanks();
    prepareSearchTextsFrom(0);
}

void RecordFilterProxy::forgetRanks()
{
    const QAbstractItemModel *model = sourceModel();
    m_ranks.reset(model ? model->columnCount() : 0, model ? model->rowCount() : 0);
}

void RecordFilterProxy::prepareSearchTextsFrom(int sourceRow)
{
    m_preparedUpTo = qMin(m_preparedUpTo, sourceRow);
    if (sourceModel()) {
        IdleWork::instance()->schedule(this, [this](const QElapsedTimer &slice, qint64 sliceNs) {
            return prepareSome(slice, sliceNs);
        });
    }
}

bool RecordFilterProxy::prepareSome(const QElapsedTimer &slice, qint64 sliceNs)
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return true;
    const int rows = model->rowCount();
    for (int row = m_preparedUpTo; row < rows; ++row) {
        searchText(row);
        if ((row & 15) == 15 && slice.nsecsElapsed() > sliceNs) {
            m_preparedUpTo = row + 1;
            return false;
        }
    }
    m_preparedUpTo = rows;
    if (m_staleFirst >= 0) {
        // The filter applied again (when a text changed) ends a slice: the ranks start in the next.
        refreshStaleTexts(slice, sliceNs);
        return false;
    }
    return m_ranks.prepareSome(model, sortRole(), slice, sliceNs);
}

void RecordFilterProxy::forgetStaleRange()
{
    m_staleFirst = m_staleLast = m_staleNext = -1;
    m_staleTextChanged = false;
}

void RecordFilterProxy::refreshStaleTexts(const QElapsedTimer &slice, qint64 sliceNs)
{
    const int last = qMin(m_staleLast, static_cast<int>(m_searchTexts.size()) - 1);
    for (int row = m_staleNext; row <= last; ++row) {
        QByteArray old = std::exchange(m_searchTexts[row], QByteArray());
        if (searchText(row) != old)
            m_staleTextChanged = true;
        if ((row & 15) == 15 && slice.nsecsElapsed() > sliceNs) {
            m_staleNext = row + 1;
            return;
        }
    }
    const bool changed = m_staleTextChanged;
    forgetStaleRange();
    if (changed)
        refilter();
}

void RecordFilterProxy::dropStaleTexts()
{
    if (m_staleFirst < 0)
        return;
    for (int row = m_staleNext; row <= m_staleLast && row < m_searchTexts.size(); ++row)
        m_searchTexts[row] = QByteArray();
    forgetStaleRange();
    // The rows were filtered by their old texts: once the rows have moved, by the new ones.
    QMetaObject::invokeMethod(this, &RecordFilterProxy::refilter, Qt::QueuedConnection);
}

bool RecordFilterProxy::isSearched(int column) const
{
    return !m_clockColumns.contains(column) && (m_columns.isEmpty() || m_columns.contains(column));
}

void RecordFilterProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    const int first = topLeft.row();
    const int last = bottomRight.row();
    bool searched = false;
    for (int column = topLeft.column(); column <= bottomRight.column() && !searched; ++column)
        searched = isSearched(column);
    if (searched && (roles.isEmpty() || roles.contains(Qt::DisplayRole))) {
        if (last - first + 1 > kStaleRows && !m_text.isEmpty() && last < m_searchTexts.size()) {
            // Many rows: filtered by their old texts now, by the new ones once read while idle.
            m_staleFirst = m_staleFirst < 0 ? first : qMin(m_staleFirst, first);
            m_staleLast = qMax(m_staleLast, last);
            m_staleNext = m_staleFirst;
        } else {
            for (int row = first; row <= last && row < m_searchTexts.size(); ++row)
                m_searchTexts[row] = QByteArray();
        }
        prepareSearchTextsFrom(first);
    }
    if (roles.isEmpty() || roles.contains(sortRole()) || roles.contains(Qt::DisplayRole)) {
        const bool sortColumnChanged = m_sortKeyColumn >= topLeft.column() && m_sortKeyColumn <= bottomRight.column();
        for (int row = first; sortColumnChanged && row <= last && row < m_sortKeys.size(); ++row)
            m_sortKeys[row] = SortKey();
        for (int column = topLeft.column(); column <= bottomRight.column(); ++column) {
            // A clock column's text ticks; its order (the time itself) changes only with its sort value.
            if (!m_clockColumns.contains(column) || roles.isEmpty() || roles.contains(sortRole()))
                m_ranks.forgetColumn(column);
        }
        prepareSearchTextsFrom(m_preparedUpTo); // the ranks, once the texts are done
    }
}

void RecordFilterProxy::sourceRowsInserted(int first, int last)
{
    dropStaleTexts();
    if (first <= m_searchTexts.size())
        m_searchTexts.insert(first, last - first + 1, QByteArray());
    else
        m_searchTexts.clear();
    prepareSearchTextsFrom(first);
    if (first <= m_sortKeys.size())
        m_sortKeys.insert(first, last - first + 1, SortKey());
    else
        m_sortKeys.clear();
    forgetRanks();
}

void RecordFilterProxy::sourceRowsRemoved(int first, int last)
{
    dropStaleTexts();
    if (last < m_searchTexts.size())
        m_searchTexts.remove(first, last - first + 1);
    else
        m_searchTexts.clear();
    if (last < m_sortKeys.size())
        m_sortKeys.remove(first, last - first + 1);
    else
        m_sortKeys.clear();
    forgetRanks();
    prepareSearchTextsFrom(m_preparedUpTo);
}

void RecordFilterProxy::sourceRowsMoved(int first, int last, int destination)
{
    dropStaleTexts();
    // Rows [first, last] now stand before the row that was at destination.
    const auto move = [first, last, destination](auto &list) {
        if (last >= list.size() || destination > list.size()) {
            list.clear();
            return;
        }
        if (destination > last + 1)
            std::rotate(list.begin() + first, list.begin() + last + 1, list.begin() + destination);
        else if (destination < first)
            std::rotate(list.begin() + destination, list.begin() + first, list.begin() + last + 1);
    };
    move(m_searchTexts);
    move(m_sortKeys);
    forgetRanks();
    prepareSearchTextsFrom(m_preparedUpTo);
}

const QByteArray &RecordFilterProxy::searchText(int sourceRow) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_searchTexts.size() != model->rowCount())
        m_searchTexts = QList<QByteArray>(model->rowCount());
    QByteArray &text = m_searchTexts[sourceRow];
    if (text.isNull()) {
        // The searched cells case-folded, one per line, so a match never spans two cells.
        QString cells;
        const int columns = model->columnCount();
        for (int column = 0; column < columns; ++column) {
            if (!isSearched(column))
                continue;
            cells += model->index(sourceRow, column).data(Qt::DisplayRole).toString();
            cells += QLatin1Char('\n');
        }
        text = cells.toCaseFolded().toUtf8();
    }
    return text;
}

const SortKey &RecordFilterProxy::sortKey(const QModelIndex &sourceIndex) const
{
    SortKey &key = m_sortKeys[sourceIndex.row()];
    if (key.kind == SortKey::Kind::Unknown)
        key = SortKey::from(sourceIndex.data(sortRole()));
    return key;
}

void RecordFilterProxy::refilter()
{
    // invalidateRowsFilter() reports every contiguous run of rows that appear or vanish on its own,
    // and the view answers each report by walking all its rows. On a sorted page the rows of one
    // Site, or the misses of a filter, are scattered: a keystroke became thousands of reports. So
    // the rows that change are counted first (cheap: the texts are kept): none, nothing to do; a
    // few, reported one by one; many, one layout change in which the shown rows are filtered and
    // sorted again from the kept texts and keys (the selection stays if its row is still shown).
    constexpr int kFewChanges = 64;
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return;
    int changes = 0;
    for (int row = 0, rows = model->rowCount(); row < rows && changes <= kFewChanges; ++row) {
        const bool shown = mapFromSource(model->index(row, 0)).isValid();
        if (filterAcceptsRow(row, QModelIndex()) != shown)
            ++changes;
    }
    if (changes == 0)
        return;
    if (changes <= kFewChanges)
        invalidateRowsFilter();
    else
        invalidate();
}

void RecordFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_foldedText = trimmed.toCaseFolded().toUtf8();
    refilter();
}

void RecordFilterProxy::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    refilter();
}

void RecordFilterProxy::setSearchColumns(const QList<int> &columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    m_searchTexts.clear();
    forgetStaleRange();
    prepareSearchTextsFrom(0);
    if (!m_text.isEmpty())
        refilter();
}

void RecordFilterProxy::setSiteId(int siteId)
{
    if (siteId == m_siteId)
        return;
    m_siteId = siteId;
    refilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_siteId != 0) {
        const QVariant site = model->index(sourceRow, 0, sourceParent).data(RecordTableModel::SiteRole);
        if (site.isValid() && site.toInt() != m_siteId)
            return false;
    }
    if (m_problemsOnly) {
        const QVariant health = model->index(sourceRow, 0, sourceParent).data(RecordTableModel::HealthRole);
        if (health.isValid()) {
            const auto value = static_cast<Ras::Health>(health.toInt());
            if (value == Ras::Health::Good || value == Ras::Health::Inactive)
                return false;
        }
    }
    if (m_text.isEmpty())
        return true;
    return searchText(sourceRow).contains(m_foldedText);
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_ranks.isReady(left.column()))
        return m_ranks.rank(left.column(), left.row()) < m_ranks.rank(left.column(), right.row());
    if (left.column() != m_sortKeyColumn) {
        m_sortKeys.clear();
        m_sortKeyColumn = left.column();
    }
    const int rows = sourceModel()->rowCount();
    if (m_sortKeys.size() != rows)
        m_sortKeys = QList<SortKey>(rows);
    const SortKey &keyA = sortKey(left);
    const SortKey &keyB = sortKey(right);
    if (SortKey::comparable(keyA, keyB))
        return SortKey::less(keyA, keyB);
    // Mixed or unusual values: compared as they are (rare, so not worth a key).
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const auto typeA = a.metaType().id();
    const auto typeB = b.metaType().id();
    if (typeA == QMetaType::QString || typeB == QMetaType::QString)
        return naturalCompare(a.toString(), b.toString()) < 0;
    if (typeA == QMetaType::QDateTime && typeB == QMetaType::QDateTime)
        return a.toDateTime() < b.toDateTime();
    if (a.canConvert<double>() && b.canConvert<double>())
        return a.toDouble() < b.toDouble();
    return QSortFilterProxyModel::lessThan(left, right);
}
