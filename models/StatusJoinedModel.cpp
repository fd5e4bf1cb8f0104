#include "StatusJoinedModel.h"

#include "StatusFormat.h"

#include <QBrush>
#include <QSet>

namespace {

bool statusDiffers(const AgentStatus &a, const AgentStatus &b)
{
    return a.agentState != b.agentState || a.cpuLoad != b.cpuLoad || a.memLoad != b.memLoad || a.diskRead != b.diskRead
           || a.diskWrite != b.diskWrite || a.agentVersion != b.agentVersion || a.serverOs != b.serverOs
           || a.systemBootTime != b.systemBootTime || a.serviceStartTime != b.serviceStartTime
           || a.unhandledExceptions != b.unhandledExceptions || a.logLevel != b.logLevel || a.enabled != b.enabled
           || a.server != b.server;
}

} // namespace

StatusJoinedModel::StatusJoinedModel(StatusColumns columns, QObject *parent)
    : RecordTableModel(parent)
    , m_columns(columns)
{
}

int StatusJoinedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

void StatusJoinedModel::recordsChanged()
{
    m_rowById.clear();
    const int count = recordCount();
    m_rowById.reserve(count);
    for (int row = 0; row < count; ++row)
        m_rowById.insert(idAt(row), row);
}

void StatusJoinedModel::recordsMerged()
{
    if (lastMerge().rowsShifted())
        recordsChanged();
}

int StatusJoinedModel::rowOf(int id) const
{
    // The index is rebuilt after each merge; while one is under way (views ask during the row
    // signals) an entry may be stale, so it is checked and, if wrong, the rows are searched.
    const int row = m_rowById.value(id, -1);
    if (row >= 0 && row < recordCount() && idAt(row) == id)
        return row;
    for (int candidate = 0; candidate < recordCount(); ++candidate) {
        if (idAt(candidate) == id)
            return candidate;
    }
    return -1;
}

const AgentStatus *StatusJoinedModel::statusOf(int id) const
{
    const auto it = m_statuses.constFind(id);
    return it == m_statuses.constEnd() ? nullptr : &it->status;
}

qint64 StatusJoinedModel::statusReceivedAt(int id) const
{
    const auto it = m_statuses.constFind(id);
    return it == m_statuses.constEnd() ? 0 : it->receivedAtMs;
}

Ras::Health StatusJoinedModel::health(bool enabled, const AgentStatus *status)
{
    if (status)
        return Ras::healthOf(status->agentState);
    return enabled ? Ras::Health::Warning : Ras::Health::Inactive;
}

QString StatusJoinedModel::siteName(int siteId) const
{
    return m_siteNames.value(siteId, QString::number(siteId));
}

void StatusJoinedModel::setStatuses(const QList<AgentStatus> &statuses, qint64 receivedAtMs)
{
    // Updated in place: a refresh where few statuses changed touches few entries and copies nothing.
    const qsizetype previous = m_statuses.size();
    qsizetype matched = 0;
    QSet<int> changedIds;
    // The first status of a large farm: room for every entry at once, not grown (and rehashed) in steps.
    if (m_statuses.isEmpty()) {
        m_statuses.reserve(statuses.size());
        changedIds.reserve(statuses.size());
    }
    for (const auto &status : statuses) {
        auto it = m_statuses.find(status.numericId);
        if (it == m_statuses.end()) {
            m_statuses.insert(status.numericId, TimedStatus{status, receivedAtMs});
            changedIds.insert(status.numericId);
            continue;
        }
        ++matched;
        it->receivedAtMs = receivedAtMs;
        if (statusDiffers(it->status, status)) {
            it->status = status;
            changedIds.insert(status.numericId);
        }
    }
    if (matched < previous) {
        // Some servers no longer report: forget their status.
        QSet<int> present;
        for (const auto &status : statuses)
            present.insert(status.numericId);
        for (auto it = m_statuses.begin(); it != m_statuses.end();) {
            if (present.contains(it.key())) {
                ++it;
            } else {
                changedIds.insert(it.key());
                it = m_statuses.erase(it);
            }
        }
    }
    QList<QPair<int, QPair<int, int>>> changed;
    for (const int id : std::as_const(changedIds)) {
        const int row = rowOf(id);
        if (row >= 0)
            changed.append({row, {m_columns.state, m_columns.updated}});
    }
    std::sort(changed.begin(), changed.end());
    m_lastMerge = {};
    m_lastMerge.changedRows = static_cast<int>(changed.size());
    emitRowsChanged(changed);
}

void StatusJoinedModel::setStatus(const AgentStatus &status, qint64 receivedAtMs)
{
    m_lastMerge = {};
    auto it = m_statuses.find(status.numericId);
    const bool changed = it == m_statuses.end() || statusDiffers(it->status, status);
    m_statuses.insert(status.numericId, TimedStatus{status, receivedAtMs});
    const int row = rowOf(status.numericId);
    if (row < 0)
        return;
    // The age changes even when nothing else did.
    const int first = changed ? m_columns.state : m_columns.updated;
    emit dataChanged(index(row, first), index(row, m_columns.updated));
    m_lastMerge.changedRows = changed ? 1 : 0;
    m_lastMerge.signalCount = 1;
}

void StatusJoinedModel::recordRemoved(int id)
{
    m_statuses.remove(id);
    recordsChanged();
}

void StatusJoinedModel::setSiteNames(const QHash<int, QString> &names)
{
    if (names == m_siteNames)
        return;
    m_siteNames = names;
    if (recordCount() > 0)
        emit dataChanged(index(0, m_columns.site), index(recordCount() - 1, m_columns.site));
}

void StatusJoinedModel::refreshAges()
{
    if (recordCount() > 0)
        emit dataChanged(index(0, m_columns.updated), index(recordCount() - 1, m_columns.updated),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

void StatusJoinedModel::resetFarm()
{
    beginResetModel();
    clearRecords();
    m_statuses.clear();
    m_siteNames.clear();
    m_rowById.clear();
    endResetModel();
}

QVariant StatusJoinedModel::commonData(int column, int role, bool enabled, const AgentStatus *status,
                                       bool isStatusColumn) const
{
    const Ras::Health state = health(enabled, status);
    switch (role) {
    case HealthRole:
        return static_cast<int>(state);
    case ReportedRole:
        return status != nullptr;
    case Qt::DecorationRole:
        return column == m_columns.state ? QVariant(StatusFormat::healthColor(state)) : QVariant();
    case Qt::ForegroundRole:
        if (column == m_columns.state)
            return QBrush(StatusFormat::healthColor(state));
        if (!enabled)
            return QBrush(StatusFormat::healthColor(Ras::Health::Inactive));
        return {};
    case Qt::BackgroundRole: {
        const QColor tint = StatusFormat::healthBackground(state);
        return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
    }
    case Qt::ToolTipRole:
        return isStatusColumn && status ? QVariant(StatusFormat::stateToolTip(*status)) : QVariant();
    default:
        return {};
    }
}
