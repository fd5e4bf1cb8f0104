#pragma once

#include "RasEnums.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractItemModel;

// A server whose health crossed the line between fine and needing attention.
struct HealthTransition
{
    int id = 0;
    int siteId = 0;
    QString name;  // the server as the table shows it
    QString state; // the State column's text now ("Disconnected", "OK")
    Ras::Health before = Ras::Health::Good;
    Ras::Health after = Ras::Health::Good;

    bool becameProblem() const;
};

// Watches a broker or gateway table (IdRole, HealthRole, ReportedRole, SiteRole) and keeps what an administrator
// glances at all day: how many servers need attention, per Site and in all, and which ones just
// started or stopped needing it. Recounts once per burst of model signals, not per signal, so a
// refresh of 10,000 rows costs one pass.
class HealthWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthWatch)

public:
    HealthWatch(QAbstractItemModel *model, int nameColumn, int stateColumn, QObject *parent = nullptr);

    // siteId 0: the whole farm.
    int problemCount(int siteId = 0) const;
    int serverCount(int siteId = 0) const;
    // Counts now instead of at the end of the burst (tests, and a caller that must be exact at once).
    void recount();

    // A Warning or Bad state needs attention; Inactive (disabled, standby, not applied) does not.
    static bool isProblem(Ras::Health health);

signals:
    void countsChanged();
    // Never for the first look at a server: only for changes seen while watching. A server's first
    // look is its first reported state: one just added, shown without a status until its agent
    // answers, is not "fine again" when that answer is "Not applied".
    void transitioned(const QList<HealthTransition> &transitions);

private:
    QPointer<QAbstractItemModel> m_model;
    int m_nameColumn;
    int m_stateColumn;
    QTimer m_pending;
    QHash<int, Ras::Health> m_health; // by server id, from the server's first reported state on
    QHash<int, int> m_problems;       // by Site, 0 = all
    QHash<int, int> m_servers;        // by Site, 0 = all
    bool m_seen = false;              // a first count happened with rows in the model
};
