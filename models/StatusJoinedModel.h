#pragma once

#include "AgentStatus.h"
#include "RecordTableModel.h"

#include <QDateTime>
#include <QHash>

// Base of the tables of servers with an agent (Connection Brokers, Secure Gateways): the records
// come from one request, their live status from another, joined here by id. It keeps each status
// with the time it arrived, signals only the status cells of rows whose status changed, names
// Sites, finds a row by id without scanning, and gives the common answers for the status columns.
class StatusJoinedModel : public RecordTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const override;

    // Status joined by id; only the status cells of rows whose status changed are signalled, and a
    // server that no longer reports loses its status.
    void setStatuses(const QList<AgentStatus> &statuses, qint64 receivedAtMs = QDateTime::currentMSecsSinceEpoch());
    // One server's status read back after a change; the status cells of its row are signalled.
    void setStatus(const AgentStatus &status, qint64 receivedAtMs = QDateTime::currentMSecsSinceEpoch());
    void setSiteNames(const QHash<int, QString> &names);
    // "Updated N s ago" moves with time: the view calls this on a timer.
    void refreshAges();
    // Another farm: everything starts over (the one case for a reset).
    void resetFarm();

    const AgentStatus *statusOf(int id) const;
    // The row of a record by id, or -1.
    int rowOf(int id) const;

protected:
    // The columns that show status (from State to Updated, in the subclass's numbering), and the
    // columns of State, Updated and Site.
    struct StatusColumns
    {
        int state;
        int updated;
        int site;
    };
    StatusJoinedModel(StatusColumns columns, QObject *parent);

    // What subclasses store: their records in display order.
    virtual int recordCount() const = 0;
    virtual int idAt(int row) const = 0;
    virtual void clearRecords() = 0;
    // After the subclass merged new records (rows came, went or moved): the id index is rebuilt.
    void recordsChanged();
    // After a merge of the whole list (mergeRecords): the index is rebuilt only if a row came, went
    // or moved; the common refresh leaves every row where it was.
    void recordsMerged();
    // After one record went: its status goes with it, and the id index is rebuilt.
    void recordRemoved(int id);

    // How healthy a server is: its agent's state, or without a status a warning (enabled) or
    // inactive (disabled).
    static Ras::Health health(bool enabled, const AgentStatus *status);
    QString siteName(int siteId) const;
    qint64 statusReceivedAt(int id) const;
    // Answers for the roles that are the same for every server table (health colours, status
    // tooltips, the State and Updated cells); an invalid QVariant when the subclass decides.
    QVariant commonData(int column, int role, bool enabled, const AgentStatus *status, bool isStatusColumn) const;

private:
    struct TimedStatus
    {
        AgentStatus status;
        qint64 receivedAtMs = 0;
    };

    // The status of a server, or nullptr.
    const TimedStatus *timedStatusOf(int id) const;
    // A refresh that lists the same servers in the same order as the last one: each status is
    // compared with the one kept at its position. False at the first that does not match.
    bool mergeInOrder(const QList<AgentStatus> &statuses, qint64 receivedAtMs, QList<int> *changedIds);
    // Any other refresh: the kept list is rebuilt in the new order.
    void mergeReordered(const QList<AgentStatus> &statuses, qint64 receivedAtMs, QList<int> *changedIds);

    StatusColumns m_columns;
    // In the order the server last listed them, with an index by record id. Servers list their
    // statuses in the same order every time, so a refresh of 10,000 compares the two lists walking
    // both in step: no lookup, and memory read in order (a hash of 10,000 statuses missed the cache
    // on nearly every one, a third of the time of a refresh).
    QList<TimedStatus> m_statuses;
    QHash<int, int> m_statusIndex;
    QHash<int, int> m_rowById;
    QHash<int, QString> m_siteNames;
};
