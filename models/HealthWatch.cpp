#include "HealthWatch.h"

#include "RecordTableModel.h"

#include <QAbstractItemModel>

bool HealthTransition::becameProblem() const
{
    return HealthWatch::isProblem(after);
}

HealthWatch::HealthWatch(QAbstractItemModel *model, int nameColumn, int stateColumn, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_nameColumn(nameColumn)
    , m_stateColumn(stateColumn)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &HealthWatch::recount);
    const auto later = [this] { m_pending.start(); };
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    recount();
}

bool HealthWatch::isProblem(Ras::Health health)
{
    return health == Ras::Health::Warning || health == Ras::Health::Bad;
}

int HealthWatch::problemCount(int siteId) const
{
    return m_problems.value(siteId);
}

int HealthWatch::serverCount(int siteId) const
{
    return m_servers.value(siteId);
}

void HealthWatch::recount()
{
    m_pending.stop();
    if (!m_model)
        return;
    QHash<int, int> problems;
    QHash<int, int> servers;
    QHash<int, Ras::Health> health;
    QList<HealthTransition> transitions;
    const int rows = m_model->rowCount();
    health.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, m_nameColumn);
        const int id = index.data(RecordTableModel::IdRole).toInt();
        const int site = index.data(RecordTableModel::SiteRole).toInt();
        const auto now = static_cast<Ras::Health>(index.data(RecordTableModel::HealthRole).toInt());
        // A server is watched from its first reported state on. One just added shows "No status"
        // until its agent answers; that is no state it leaves, so the answer is its first look. A
        // server that did report and then stops reporting is a change worth a notice.
        const auto before = m_health.constFind(id);
        if (before != m_health.constEnd() || index.data(RecordTableModel::ReportedRole).toBool())
            health.insert(id, now);
        ++servers[0];
        ++servers[site];
        if (isProblem(now)) {
            ++problems[0];
            ++problems[site];
        }
        if (m_seen && before != m_health.constEnd() && isProblem(*before) != isProblem(now)) {
            HealthTransition transition;
            transition.id = id;
            transition.siteId = site;
            transition.name = index.data().toString();
            transition.state = m_model->index(row, m_stateColumn).data().toString();
            transition.before = *before;
            transition.after = now;
            transitions << transition;
        }
    }
    const bool countsDiffer = problems != m_problems || servers != m_servers;
    m_health = std::move(health);
    m_problems = std::move(problems);
    m_servers = std::move(servers);
    m_seen = m_seen || rows > 0;
    if (countsDiffer)
        emit countsChanged();
    if (!transitions.isEmpty())
        emit transitioned(transitions);
}
