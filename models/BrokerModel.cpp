#include "BrokerModel.h"

#include "StatusFormat.h"
#include "TimeFormat.h"

#include <QFont>
#include <algorithm>
#include <limits>
#include <numeric>

namespace {

QString byWhom(const QDateTime &when, const QString &admin)
{
    const QString time = TimeFormat::dateTime(when);
    if (admin.isEmpty())
        return time;
    return BrokerModel::tr("%1 by %2", "when, by which administrator").arg(time, admin);
}

} // namespace

bool BrokerModel::isStatusColumn(int column)
{
    switch (column) {
    case State: case Cpu: case Memory: case AgentVersion: case Os: case DiskRead: case DiskWrite: case BootTime: case Updated:
        return true;
    default:
        return false;
    }
}

BrokerModel::BrokerModel(QObject *parent)
    : StatusJoinedModel({State, Updated, Site}, parent)
{
}

int BrokerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Broker *BrokerModel::brokerAt(int row) const
{
    return row >= 0 && row < m_brokers.size() ? &m_brokers.at(row) : nullptr;
}

QVariant BrokerModel::display(const Broker &broker, const BrokerStatus *status, int column) const
{
    switch (column) {
    case Priority: return broker.isPrimary() ? tr("Primary") : QString::number(broker.priority);
    case Server: return broker.server;
    case Ip: return broker.ip;
    case AlternativeIps: return broker.alternativeIpList().join(QStringLiteral(", "));
    case Site: return siteName(broker.siteId);
    case Enabled: return broker.enabled ? tr("Yes") : tr("No");
    case Standby: return broker.standby ? tr("Yes") : tr("No");
    case Description: return broker.description;
    case Modified: return byWhom(broker.timeLastMod, broker.adminLastMod);
    default: break;
    }
    if (!status)
        return column == State ? tr("No status") : QVariant();
    switch (column) {
    case State: return Ras::displayName(status->agentState);
    case Cpu: return status->reportsLoad() ? StatusFormat::percent(status->cpuLoad) : StatusFormat::noValue();
    case Memory: return status->reportsLoad() ? StatusFormat::percent(status->memLoad) : StatusFormat::noValue();
    case DiskRead: return StatusFormat::bytesPerSecond(status->diskRead);
    case DiskWrite: return StatusFormat::bytesPerSecond(status->diskWrite);
    case AgentVersion: return status->agentVersion;
    case Os: return status->serverOs;
    case BootTime: return StatusFormat::bootTime(status->systemBootTime);
    case Updated: return StatusFormat::age(QDateTime::currentMSecsSinceEpoch() - statusReceivedAt(broker.id));
    default: return {};
    }
}

QVariant BrokerModel::sortValue(const Broker &broker, const BrokerStatus *status, int column) const
{
    switch (column) {
    case Priority: return (static_cast<qint64>(broker.siteId) << 32) + broker.priority;
    case Enabled: return broker.enabled;
    case Standby: return broker.standby;
    case Modified: return broker.timeLastMod;
    case State: return status ? static_cast<int>(health(broker.enabled, status)) * 1000 + static_cast<int>(status->agentState) : -1;
    case Cpu: return status && status->reportsLoad() ? status->cpuLoad : -1;
    case Memory: return status && status->reportsLoad() ? status->memLoad : -1;
    case DiskRead: return status ? status->diskRead : -1;
    case DiskWrite: return status ? status->diskWrite : -1;
    case Updated: return statusReceivedAt(broker.id);
    // In time order, not in the order of its text ("03/12/2026" after "02/01/2027" in many locales).
    case BootTime: return status ? TimeFormat::agentTimeOrder(status->systemBootTime) : std::numeric_limits<qint64>::min();
    default: return display(broker, status, column);
    }
}

QVariant BrokerModel::exportValue(const Broker &broker, const BrokerStatus *status, int column) const
{
    // Numbers without units, times as times; what the server did not measure stays empty.
    const bool measured = status && status->reportsLoad();
    switch (column) {
    case Priority: return broker.priority;
    case Enabled: return broker.enabled;
    case Standby: return broker.standby;
    case Cpu: return measured ? QVariant(status->cpuLoad) : QVariant(QString());
    case Memory: return measured ? QVariant(status->memLoad) : QVariant(QString());
    case DiskRead: return status ? QVariant(status->diskRead) : QVariant(QString());
    case DiskWrite: return status ? QVariant(status->diskWrite) : QVariant(QString());
    case BootTime: {
        const QDateTime boot = status ? TimeFormat::parseAgentTime(status->systemBootTime) : QDateTime();
        return boot.isValid() ? QVariant(boot) : QVariant(status ? status->systemBootTime : QString());
    }
    case Modified: return broker.timeLastMod;
    case Updated: return status ? QVariant(QDateTime::fromMSecsSinceEpoch(statusReceivedAt(broker.id))) : QVariant(QString());
    default: return {};
    }
}

QVariant BrokerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Broker &broker = m_brokers.at(index.row());
    const BrokerStatus *status = statusOf(broker.id);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == Enabled ? QVariant() : display(broker, status, column);
    case Qt::EditRole:
    case SortRole:
        return sortValue(broker, status, column);
    case ExportRole:
        return exportValue(broker, status, column);
    case IdRole:
        return broker.id;
    case SiteRole:
        return broker.siteId;
    case HealthRole:
    case ReportedRole:
    case Qt::DecorationRole:
    case Qt::ForegroundRole:
    case Qt::BackgroundRole:
        return commonData(column, role, broker.enabled, status, isStatusColumn(column));
    case Qt::CheckStateRole:
        if (column == Enabled)
            return broker.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (broker.isPrimary() && column == Priority) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (isStatusColumn(column) && status)
            return commonData(column, role, broker.enabled, status, true);
        if (column == Priority)
            return broker.isPrimary() ? tr("The Site's primary Connection Broker")
                                      : tr("Secondary broker; lower numbers take over first");
        if (column == Enabled && broker.isPrimary())
            return tr("The primary broker is always enabled");
        return display(broker, status, column);
    case Qt::TextAlignmentRole:
        if (column == Cpu || column == Memory || column == DiskRead || column == DiskWrite || column == Priority)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant BrokerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == FollowsClockRole)
        return section == Updated;
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Priority"), QT_TR_NOOP("Server"), QT_TR_NOOP("State"), QT_TR_NOOP("CPU"), QT_TR_NOOP("Memory"),
        QT_TR_NOOP("Site"), QT_TR_NOOP("Enabled"), QT_TR_NOOP("Standby"), QT_TR_NOOP("IP"), QT_TR_NOOP("Alternative IPs"),
        QT_TR_NOOP("Description"), QT_TR_NOOP("Agent version"), QT_TR_NOOP("OS"), QT_TR_NOOP("Disk read"),
        QT_TR_NOOP("Disk write"), QT_TR_NOOP("Boot time"), QT_TR_NOOP("Last modified"), QT_TR_NOOP("Updated")};
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("Order in which brokers take over; the primary is first"), QT_TR_NOOP("FQDN or IP of the broker"),
        QT_TR_NOOP("Agent state reported by the broker"), QT_TR_NOOP("CPU load"), QT_TR_NOOP("Memory load"),
        QT_TR_NOOP("Site the broker belongs to"), QT_TR_NOOP("Whether the broker is enabled in the Site"),
        QT_TR_NOOP("A standby broker takes no agents until another broker goes offline"),
        QT_TR_NOOP("Address brokers use to share data in real time"),
        QT_TR_NOOP("Addresses gateways use when the server name fails"), QT_TR_NOOP("Description"),
        QT_TR_NOOP("RAS agent version"), QT_TR_NOOP("Operating system"), QT_TR_NOOP("Disk reads"),
        QT_TR_NOOP("Disk writes"), QT_TR_NOOP("When the server last started"),
        QT_TR_NOOP("Who changed the broker last, and when"), QT_TR_NOOP("When this status was fetched")};
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

Qt::ItemFlags BrokerModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Enabled && !m_brokers.at(index.row()).isPrimary())
        result |= Qt::ItemIsUserCheckable;
    return result;
}

bool BrokerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != Enabled)
        return false;
    const Broker &broker = m_brokers.at(index.row());
    if (broker.isPrimary())
        return false;
    emit enabledChangeRequested(broker.id, value.toInt() == Qt::Checked);
    return false;
}

bool BrokerModel::before(const Broker &a, const Broker &b)
{
    return a.siteId != b.siteId ? a.siteId < b.siteId : a.priority < b.priority;
}

QList<int> BrokerModel::changedColumns(const Broker &a, const Broker &b)
{
    QList<int> columns;
    if (a.priority != b.priority)
        columns << Priority;
    if (a.server != b.server)
        columns << Server;
    if (a.ip != b.ip)
        columns << Ip;
    if (a.alternativeIps != b.alternativeIps)
        columns << AlternativeIps;
    if (a.siteId != b.siteId)
        columns << Site;
    if (a.enabled != b.enabled)
        columns << Enabled;
    if (a.standby != b.standby)
        columns << Standby;
    if (a.description != b.description)
        columns << Description;
    if (a.timeLastMod != b.timeLastMod || a.adminLastMod != b.adminLastMod)
        columns << Modified;
    return columns;
}

bool BrokerModel::identical(const Broker &a, const Broker &b)
{
    return a.priority == b.priority && a.enabled == b.enabled && a.standby == b.standby
           && a.markedForDeletion == b.markedForDeletion && a.siteId == b.siteId && a.server == b.server && a.ip == b.ip
           && a.alternativeIps == b.alternativeIps && a.description == b.description && a.adminLastMod == b.adminLastMod
           && a.timeLastMod == b.timeLastMod && a.adminCreate == b.adminCreate && a.timeCreate == b.timeCreate;
}

void BrokerModel::setBrokers(QList<Broker> brokers)
{
    // Servers usually answer in this order already. When not, sort positions rather than the
    // records themselves: moving 10,000 records around costs more than the whole merge.
    if (!std::is_sorted(brokers.cbegin(), brokers.cend(), &BrokerModel::before)) {
        QList<int> order(brokers.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&brokers](int a, int b) { return before(brokers.at(a), brokers.at(b)); });
        QList<Broker> sorted;
        sorted.reserve(brokers.size());
        for (const int index : std::as_const(order))
            sorted.append(brokers.at(index));
        brokers = std::move(sorted);
    }
    mergeRecords(m_brokers, brokers, [](const Broker &broker) { return broker.id; }, &BrokerModel::changedColumns,
                 &BrokerModel::identical);
    recordsMerged();
}

void BrokerModel::upsertBroker(const Broker &broker)
{
    const int from = rowOf(broker.id);
    const int to = upsertRecord(m_brokers, from, broker, &BrokerModel::before, &BrokerModel::changedColumns);
    // Rows shifted only when one came or moved; an edit in place keeps the id index valid.
    if (from != to)
        recordsChanged();
}

void BrokerModel::upsertBrokers(const QList<Broker> &brokers)
{
    // One by one each costs a binary search and a signal; past a handful, one merge of the whole
    // list signals runs of neighbouring rows together.
    constexpr qsizetype kOneByOne = 8;
    if (brokers.size() <= kOneByOne) {
        for (const Broker &broker : brokers)
            upsertBroker(broker);
        return;
    }
    QList<Broker> merged = m_brokers;
    for (const Broker &broker : brokers) {
        const int row = rowOf(broker.id);
        if (row >= 0)
            merged[row] = broker;
        else
            merged.append(broker);
    }
    setBrokers(std::move(merged));
}

void BrokerModel::removeBroker(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    removeRecordAt(m_brokers, row);
    recordRemoved(id);
}
