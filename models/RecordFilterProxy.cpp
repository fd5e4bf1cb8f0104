#include "RecordFilterProxy.h"

#include "RasEnums.h"
#include "RecordTableModel.h"

#include <QDateTime>

namespace {

// "cb-2" < "cb-10": runs of digits compare as numbers, the rest case-insensitively. Done by hand
// because QCollator's numeric mode needs ICU, which not every Qt build has.
int naturalCompare(const QString &a, const QString &b)
{
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            int endA = i;
            int endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            // Compare without converting, so numbers of any length work: skip leading zeros, then
            // the longer run is larger, then digit by digit.
            int startA = i;
            int startB = j;
            while (startA + 1 < endA && a.at(startA) == QLatin1Char('0'))
                ++startA;
            while (startB + 1 < endB && b.at(startB) == QLatin1Char('0'))
                ++startB;
            if (endA - startA != endB - startB)
                return (endA - startA) < (endB - startB) ? -1 : 1;
            const int digits = QStringView(a).mid(startA, endA - startA).compare(QStringView(b).mid(startB, endB - startB));
            if (digits != 0)
                return digits;
            i = endA;
            j = endB;
            continue;
        }
        int endA = i;
        int endB = j;
        while (endA < a.size() && !a.at(endA).isDigit())
            ++endA;
        while (endB < b.size() && !b.at(endB).isDigit())
            ++endB;
        const int text = QString::localeAwareCompare(QStringView(a).mid(i, endA - i).toString().toCaseFolded(),
                                                     QStringView(b).mid(j, endB - j).toString().toCaseFolded());
        if (text != 0)
            return text;
        i = endA;
        j = endB;
    }
    return (a.size() - i) < (b.size() - j) ? -1 : ((a.size() - i) > (b.size() - j) ? 1 : 0);
}

} // namespace

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
}

void RecordFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void RecordFilterProxy::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    invalidateRowsFilter();
}

void RecordFilterProxy::setSearchColumns(const QList<int> &columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    if (!m_text.isEmpty())
        invalidateRowsFilter();
}

void RecordFilterProxy::setSiteId(int siteId)
{
    if (siteId == m_siteId)
        return;
    m_siteId = siteId;
    invalidateRowsFilter();
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
    const int columns = model->columnCount(sourceParent);
    for (int column = 0; column < columns; ++column) {
        if (!m_columns.isEmpty() && !m_columns.contains(column))
            continue;
        const QString cell = model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (cell.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
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
