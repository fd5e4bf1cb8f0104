#include "PolicyModel.h"

#include "Theme.h"
#include "TimeFormat.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <algorithm>

PolicyModel::PolicyModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int PolicyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_policies.size());
}

int PolicyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ClientPolicy *PolicyModel::policyAt(int row) const
{
    return row >= 0 && row < m_policies.size() ? &m_policies.at(row) : nullptr;
}

int PolicyModel::rowOf(int id) const
{
    for (int row = 0; row < m_policies.size(); ++row) {
        if (m_policies.at(row).id == id)
            return row;
    }
    return -1;
}

QVariant PolicyModel::display(const ClientPolicy &policy, int column) const
{
    switch (column) {
    case Order: return policy.order;
    case Name: return policy.name;
    case Enabled: return policy.enabled ? tr("Yes") : tr("No");
    case Description: return policy.description;
    case Connections: return static_cast<int>(policy.secondaryConnections.size());
    case Modified: {
        const QString time = TimeFormat::dateTime(policy.timeLastMod);
        return policy.adminLastMod.isEmpty() ? time : tr("%1 by %2").arg(time, policy.adminLastMod);
    }
    default: return {};
    }
}

QVariant PolicyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientPolicy &policy = m_policies.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == Enabled ? QVariant() : display(policy, column);
    case Qt::EditRole:
    case SortRole:
        if (column == Enabled)
            return policy.enabled;
        if (column == Modified)
            return policy.timeLastMod;
        return display(policy, column);
    case ExportRole:
        if (column == Enabled)
            return policy.enabled;
        if (column == Modified)
            return policy.timeLastMod;
        return display(policy, column);
    case IdRole:
        return policy.id;
    case HealthRole:
        return static_cast<int>(policy.enabled ? Ras::Health::Good : Ras::Health::Inactive);
    case Qt::CheckStateRole:
        return column == Enabled ? QVariant(policy.enabled ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ForegroundRole:
        return policy.enabled ? QVariant() : QVariant(QBrush(Theme::secondaryText(QGuiApplication::palette())));
    case Qt::ToolTipRole:
        if (column == Connections) {
            QStringList lines;
            for (const auto &connection : policy.secondaryConnections)
                lines << QStringLiteral("%1  %2:%3").arg(Ras::displayName(connection.mode), connection.server).arg(connection.serverPort);
            return lines.isEmpty() ? tr("No secondary connections") : lines.join(QLatin1Char('\n'));
        }
        return display(policy, column);
    case Qt::TextAlignmentRole:
        return column == Order || column == Connections ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant PolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Order"), QT_TR_NOOP("Name"), QT_TR_NOOP("Enabled"),
                                                    QT_TR_NOOP("Description"), QT_TR_NOOP("Secondary connections"),
                                                    QT_TR_NOOP("Last modified")};
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("Policies are evaluated top to bottom; the first that matches applies"), QT_TR_NOOP("Policy name"),
        QT_TR_NOOP("Whether the policy is applied"), QT_TR_NOOP("Description"),
        QT_TR_NOOP("Connections the client tries when the primary connection fails"),
        QT_TR_NOOP("Who changed the policy last, and when")};
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

QList<int> PolicyModel::changedColumns(const ClientPolicy &a, const ClientPolicy &b) const
{
    QList<int> columns;
    for (int column = 0; column < ColumnCount; ++column) {
        if (display(a, column) != display(b, column) || (column == Enabled && a.enabled != b.enabled)
            || (column == Connections && !(a.secondaryConnections == b.secondaryConnections)))
            columns << column;
    }
    return columns;
}

void PolicyModel::setPolicies(QList<ClientPolicy> policies)
{
    // Servers list policies in their order already; sorting 10,000 of them anyway moved every record.
    const auto byOrder = [](const ClientPolicy &a, const ClientPolicy &b) { return a.order < b.order; };
    if (!std::is_sorted(policies.cbegin(), policies.cend(), byOrder))
        std::stable_sort(policies.begin(), policies.end(), byOrder);
    mergeRecords(m_policies, policies, [](const ClientPolicy &policy) { return policy.id; },
                 [this](const ClientPolicy &a, const ClientPolicy &b) { return changedColumns(a, b); },
                 [](const ClientPolicy &a, const ClientPolicy &b) {
                     return a.name == b.name && a.enabled == b.enabled && a.description == b.description
                            && a.order == b.order && a.secondaryConnections == b.secondaryConnections
                            && a.secondaryConnectionsEnabled == b.secondaryConnectionsEnabled
                            && a.redirectionEnabled == b.redirectionEnabled && a.redirectionGateway == b.redirectionGateway
                            && a.redirectionMode == b.redirectionMode && a.redirectionPort == b.redirectionPort
                            && a.timeLastMod == b.timeLastMod && a.adminLastMod == b.adminLastMod
                            && a.adminCreate == b.adminCreate
                            && a.timeCreate == b.timeCreate;
                 });
}

void PolicyModel::upsertPolicy(const ClientPolicy &policy)
{
    upsertRecord(m_policies, rowOf(policy.id), policy,
                 [](const ClientPolicy &a, const ClientPolicy &b) { return a.order < b.order; },
                 [this](const ClientPolicy &a, const ClientPolicy &b) { return changedColumns(a, b); });
}

void PolicyModel::upsertPolicies(const QList<ClientPolicy> &policies)
{
    constexpr qsizetype kOneByOne = 8;
    if (policies.size() <= kOneByOne) {
        for (const ClientPolicy &policy : policies)
            upsertPolicy(policy);
        return;
    }
    QHash<int, const ClientPolicy *> byId;
    byId.reserve(policies.size());
    for (const ClientPolicy &policy : policies)
        byId.insert(policy.id, &policy);
    QList<ClientPolicy> merged;
    merged.reserve(m_policies.size() + policies.size());
    for (const ClientPolicy &policy : std::as_const(m_policies))
        merged << (byId.contains(policy.id) ? *byId.take(policy.id) : policy);
    for (const ClientPolicy &policy : policies) {
        if (byId.contains(policy.id))
            merged << policy;
    }
    setPolicies(std::move(merged));
}

void PolicyModel::removePolicy(int id)
{
    removeRecordAt(m_policies, rowOf(id));
}

void PolicyModel::resetFarm()
{
    beginResetModel();
    m_policies.clear();
    endResetModel();
}
