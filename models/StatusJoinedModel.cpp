#include "StatusJoinedModel.h"

#include "StatusFormat.h"

#include <QBrush>
#include <algorithm>

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

const StatusJoinedModel::TimedStatus *StatusJoinedModel::timedStatusOf(int id) const
{
    const auto it = m_statusIndex.constFind(id);
    return it == m_statusIndex.constEnd() ? nullptr : &m_statuses.at(*it);
}

const AgentStatus *StatusJoinedModel::statusOf(int id) const
{
    const TimedStatus *timed = timedStatusOf(id);
    return timed ? &timed->status : nullptr;
}

qint64 StatusJoinedModel::statusReceivedAt(int id) const
{
    const TimedStatus *timed = timedStatusOf(id);
    return timed ? timed->receivedAtMs : 0;
}

Ras::Health StatusJoinedModel::health(bool enabled, const AgentStatus *status)
{
    if (status)
        return Ras::healthOf(status->agentState);
    return enabled ? Ras::Health::Warning : Ras::Health::Inactive;
}

QString StatusJoinedModel::siteName(int siteId) const
{
    // Looked up first: this runs for every Site cell painted or searched, and the fallback
    // formats a text.
    const auto it = m_siteNames.constFind(siteId);
    if (it != m_siteNames.constEnd())
        return *it;
    return tr("Site %1", "a Site whose name is not known (the list of Sites could not be read)").arg(siteId);
}

void StatusJoinedModel::setStatuses(const QList<AgentStatus> &statuses, qint64 receivedAtMs)
{
    QList<int> changedIds;
    if (!mergeInOrder(statuses, receivedAtMs, &changedIds))
        mergeReordered(statuses, receivedAtMs, &changedIds);
    QList<QPair<int, QPair<int, int>>> changed;
    changed.reserve(changedIds.size());
    for (const int id : std::as_const(changedIds)) {
        const int row = rowOf(id);
        if (row >= 0)
            changed.append({row, {m_columns.state, m_columns.updated}});
    }
    std::sort(changed.begin(), changed.end());
    // A server listed twice is one row.
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    m_lastMerge = {};
    m_lastMerge.changedRows = static_cast<int>(changed.size());
    emitRowsChanged(changed);
}

bool StatusJoinedModel::mergeInOrder(const QList<AgentStatus> &statuses, qint64 receivedAtMs, QList<int> *changedIds)
{
    if (m_statuses.size() != statuses.size())
        return false;
    const qsizetype count = statuses.size();
    for (qsizetype i = 0; i < count; ++i) {
        const AgentStatus &status = statuses.at(i);
        TimedStatus &kept = m_statuses[i];
        if (kept.status.numericId != status.numericId)
            return false; // what was merged so far stays: mergeReordered finds it unchanged
        kept.receivedAtMs = receivedAtMs;
        if (statusDiffers(kept.status, status)) {
            kept.status = status;
            changedIds->append(status.numericId);
        }
    }
    return true;
}

void StatusJoinedModel::mergeReordered(const QList<AgentStatus> &statuses, qint64 receivedAtMs, QList<int> *changedIds)
{
    QList<TimedStatus> merged;
    merged.reserve(statuses.size());
    QHash<int, int> index;
    index.reserve(statuses.size());
    for (const AgentStatus &status : statuses) {
        if (const auto twice = index.constFind(status.numericId); twice != index.constEnd()) {
            merged[*twice].status = status; // listed twice: the later entry counts, at the place of the first
            continue;
        }
        index.insert(status.numericId, static_cast<int>(merged.size()));
        merged.append(TimedStatus{status, receivedAtMs});
    }
    for (const TimedStatus &fresh : std::as_const(merged)) {
        const TimedStatus *kept = timedStatusOf(fresh.status.numericId);
        if (!kept || statusDiffers(kept->status, fresh.status))
            changedIds->append(fresh.status.numericId);
    }
    // Servers that no longer report lose their status.
    for (const TimedStatus &kept : std::as_const(m_statuses)) {
        if (!index.contains(kept.status.numericId))
            changedIds->append(kept.status.numericId);
    }
    m_statuses = std::move(merged);
    m_statusIndex = std::move(index);
}

void StatusJoinedModel::setStatus(const AgentStatus &status, qint64 receivedAtMs)
{
    m_lastMerge = {};
    const auto it = m_statusIndex.constFind(status.numericId);
    bool changed = true;
    if (it == m_statusIndex.constEnd()) {
        m_statusIndex.insert(status.numericId, static_cast<int>(m_statuses.size()));
        m_statuses.append(TimedStatus{status, receivedAtMs});
    } else {
        TimedStatus &kept = m_statuses[*it];
        changed = statusDiffers(kept.status, status);
        kept = TimedStatus{status, receivedAtMs};
    }
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
    if (const auto it = m_statusIndex.constFind(id); it != m_statusIndex.constEnd()) {
        m_statuses.remove(*it);
        // Every later status moved up one place.
        m_statusIndex.clear();
        for (int i = 0; i < m_statuses.size(); ++i)
            m_statusIndex.insert(m_statuses.at(i).status.numericId, i);
    }
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
    m_statusIndex.clear();
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
