#include "GatewayModel.h"

#include "GatewayChanges.h"
#include "StatusFormat.h"

bool GatewayModel::isStatusColumn(int column)
{
    return column == State || column == Cpu || column == Memory || column == AgentVersion || column == Updated;
}

GatewayModel::GatewayModel(QObject *parent)
    : StatusJoinedModel({State, Updated, Site}, parent)
{
}

int GatewayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Gateway *GatewayModel::gatewayAt(int row) const
{
    return row >= 0 && row < m_gateways.size() ? &m_gateways.at(row) : nullptr;
}

QVariant GatewayModel::display(const Gateway &gateway, const GatewayStatus *status, int column) const
{
    switch (column) {
    case Server: return gateway.server;
    case Site: return siteName(gateway.siteId);
    case Enabled: return gateway.enabled ? tr("Yes") : tr("No");
    case Mode: return Ras::displayName(static_cast<Ras::GatewayMode>(gateway.gwMode));
    case Ips: return gateway.ips;
    case Ports: {
        QStringList ports;
        if (gateway.enableGWPort)
            ports << QString::number(gateway.gwPort);
        if (gateway.enableSSL)
            ports << tr("%1 (SSL)").arg(gateway.sslPort);
        if (gateway.enableRDP)
            ports << tr("%1 (RDP)").arg(gateway.rdpPort);
        return ports.join(QStringLiteral(", "));
    }
    case Tls:
        return gateway.enableSSL ? Ras::displayName(static_cast<Ras::SslVersion>(gateway.minSSLVersion)) : tr("Off");
    case Hsts: return gateway.enableHSTS ? tr("%n months", "HSTS max age", gateway.hstsMaxAge) : tr("Off");
    case WebPortal: return gateway.enableUserPortal ? tr("Port %1").arg(gateway.userPortalPort) : tr("Off");
    case Description: return gateway.description;
    default: break;
    }
    if (!status)
        return column == State ? tr("No status") : QVariant();
    switch (column) {
    case State: return Ras::displayName(status->agentState);
    case Cpu: return status->reportsLoad() ? StatusFormat::percent(status->cpuLoad) : StatusFormat::noValue();
    case Memory: return status->reportsLoad() ? StatusFormat::percent(status->memLoad) : StatusFormat::noValue();
    case AgentVersion: return status->agentVersion;
    case Updated: return StatusFormat::age(QDateTime::currentMSecsSinceEpoch() - statusReceivedAt(gateway.id));
    default: return {};
    }
}

QVariant GatewayModel::sortValue(const Gateway &gateway, const GatewayStatus *status, int column) const
{
    switch (column) {
    case Enabled: return gateway.enabled;
    case Ports: return gateway.enableGWPort ? gateway.gwPort : gateway.sslPort;
    case Tls: return gateway.enableSSL ? gateway.minSSLVersion : -1;
    case Hsts: return gateway.enableHSTS ? gateway.hstsMaxAge : -1;
    case WebPortal: return gateway.enableUserPortal ? gateway.userPortalPort : -1;
    case State: return status ? static_cast<int>(health(gateway.enabled, status)) * 1000 + static_cast<int>(status->agentState) : -1;
    case Cpu: return status && status->reportsLoad() ? status->cpuLoad : -1;
    case Memory: return status && status->reportsLoad() ? status->memLoad : -1;
    case Updated: return statusReceivedAt(gateway.id);
    default: return display(gateway, status, column);
    }
}

QVariant GatewayModel::exportValue(const Gateway &gateway, const GatewayStatus *status, int column) const
{
    // Numbers without units, times as times; what the server did not measure stays empty.
    const bool measured = status && status->reportsLoad();
    switch (column) {
    case Enabled: return gateway.enabled;
    case Cpu: return measured ? QVariant(status->cpuLoad) : QVariant(QString());
    case Memory: return measured ? QVariant(status->memLoad) : QVariant(QString());
    case Updated: return status ? QVariant(QDateTime::fromMSecsSinceEpoch(statusReceivedAt(gateway.id))) : QVariant(QString());
    default: return {};
    }
}

QVariant GatewayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Gateway &gateway = m_gateways.at(index.row());
    const GatewayStatus *status = statusOf(gateway.id);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == Enabled ? QVariant() : display(gateway, status, column);
    case Qt::EditRole:
    case SortRole:
        return sortValue(gateway, status, column);
    case ExportRole:
        return exportValue(gateway, status, column);
    case IdRole:
        return gateway.id;
    case SiteRole:
        return gateway.siteId;
    case HealthRole:
    case ReportedRole:
    case Qt::DecorationRole:
    case Qt::ForegroundRole:
    case Qt::BackgroundRole:
        return commonData(column, role, gateway.enabled, status, isStatusColumn(column));
    case Qt::CheckStateRole:
        return column == Enabled ? QVariant(gateway.enabled ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        if (isStatusColumn(column) && status)
            return commonData(column, role, gateway.enabled, status, true);
        return display(gateway, status, column);
    case Qt::TextAlignmentRole:
        return column == Cpu || column == Memory ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant GatewayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == FollowsClockRole)
        return section == Updated;
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Server"), QT_TR_NOOP("State"), QT_TR_NOOP("CPU"), QT_TR_NOOP("Memory"), QT_TR_NOOP("Site"),
        QT_TR_NOOP("Enabled"), QT_TR_NOOP("Mode"), QT_TR_NOOP("IPs"), QT_TR_NOOP("Ports"), QT_TR_NOOP("SSL/TLS"),
        QT_TR_NOOP("HSTS"), QT_TR_NOOP("Web portal"), QT_TR_NOOP("Description"), QT_TR_NOOP("Agent version"),
        QT_TR_NOOP("Updated")};
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("FQDN or IP of the gateway"), QT_TR_NOOP("Agent state reported by the gateway"),
        QT_TR_NOOP("CPU load"), QT_TR_NOOP("Memory load"), QT_TR_NOOP("Site the gateway belongs to"),
        QT_TR_NOOP("Whether the gateway accepts connections"), QT_TR_NOOP("Normal, or forwarding to another gateway"),
        QT_TR_NOOP("IPs offered for client connections"), QT_TR_NOOP("Gateway, SSL and RDP ports that are enabled"),
        QT_TR_NOOP("Lowest TLS version accepted"), QT_TR_NOOP("HTTP Strict Transport Security max age"),
        QT_TR_NOOP("HTML5 User Portal"), QT_TR_NOOP("Description"), QT_TR_NOOP("RAS agent version"),
        QT_TR_NOOP("When this status was fetched")};
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

QList<int> GatewayModel::changedColumns(const Gateway &a, const Gateway &b) const
{
    QList<int> columns;
    for (int column = 0; column < ColumnCount; ++column) {
        if (isStatusColumn(column))
            continue;
        if (display(a, nullptr, column) != display(b, nullptr, column) || (column == Enabled && a.enabled != b.enabled))
            columns << column;
    }
    return columns;
}

bool GatewayModel::identical(const Gateway &a, const Gateway &b)
{
    // Field by field through the member pointers of the field table: a refresh compares 10,000
    // pairs, and going through JSON values for 50 fields each held the GUI thread for ~100 ms.
    if (a.id != b.id || a.server != b.server || a.siteId != b.siteId)
        return false;
    for (const GatewayField &field : GatewayField::all()) {
        if ((field.boolean && a.*field.boolean != b.*field.boolean)
            || (field.integer && a.*field.integer != b.*field.integer)
            || (field.integer64 && a.*field.integer64 != b.*field.integer64)
            || (field.string && a.*field.string != b.*field.string) || (field.list && a.*field.list != b.*field.list))
            return false;
    }
    return true;
}

void GatewayModel::setGateways(const QList<Gateway> &gateways)
{
    mergeRecords(m_gateways, gateways, [](const Gateway &gateway) { return gateway.id; },
                 [this](const Gateway &a, const Gateway &b) { return changedColumns(a, b); }, &GatewayModel::identical);
    recordsMerged();
}

void GatewayModel::upsertGateway(const Gateway &gateway)
{
    const int from = rowOf(gateway.id);
    const int to = upsertRecord(m_gateways, from, gateway, [](const Gateway &a, const Gateway &b) { return a.id < b.id; },
                                [this](const Gateway &a, const Gateway &b) { return changedColumns(a, b); });
    if (from != to)
        recordsChanged();
}

void GatewayModel::removeGateway(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    removeRecordAt(m_gateways, row);
    recordRemoved(id);
}
