#include "Gateway.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

using K = GatewayField::Kind;

// Accessors per field: kept next to the table so adding a field is one line in each.
struct Access
{
    bool Gateway::*boolean = nullptr;
    int Gateway::*integer = nullptr;
    qint64 Gateway::*integer64 = nullptr;
    QString Gateway::*string = nullptr;
    QStringList Gateway::*list = nullptr;
};

const QHash<QByteArray, Access> &accessors()
{
    static const QHash<QByteArray, Access> map{
        {"id", {nullptr, &Gateway::id}},
        {"server", {nullptr, nullptr, nullptr, &Gateway::server}},
        {"siteId", {nullptr, &Gateway::siteId}},
        {"enabled", {&Gateway::enabled}},
        {"description", {nullptr, nullptr, nullptr, &Gateway::description}},
        {"gwMode", {nullptr, &Gateway::gwMode}},
        {"preferredPAId", {nullptr, &Gateway::preferredPAId}},
        {"normalModeForwarding", {&Gateway::normalModeForwarding}},
        {"forwardHttpServers", {nullptr, nullptr, nullptr, &Gateway::forwardHttpServers}},
        {"forwardGatewayServers", {nullptr, nullptr, nullptr, &Gateway::forwardGatewayServers}},
        {"fwGWID", {nullptr, nullptr, &Gateway::fwGWID}},
        {"ipVersion", {nullptr, &Gateway::ipVersion}},
        {"iPs", {nullptr, nullptr, nullptr, &Gateway::ips}},
        {"bindV4Addresses", {nullptr, nullptr, nullptr, &Gateway::bindV4Addresses}},
        {"bindV6Addresses", {nullptr, nullptr, nullptr, &Gateway::bindV6Addresses}},
        {"optimizeConnectionIPv4", {nullptr, nullptr, nullptr, &Gateway::optimizeConnectionIPv4}},
        {"optimizeConnectionIPv6", {nullptr, nullptr, nullptr, &Gateway::optimizeConnectionIPv6}},
        {"enableGWPort", {&Gateway::enableGWPort}},
        {"gwPort", {nullptr, &Gateway::gwPort}},
        {"enableRDP", {&Gateway::enableRDP}},
        {"rdpPort", {nullptr, &Gateway::rdpPort}},
        {"enableRDPUDP", {&Gateway::enableRDPUDP}},
        {"broadcast", {&Gateway::broadcast}},
        {"dosPro", {&Gateway::dosPro}},
        {"enableSSL", {&Gateway::enableSSL}},
        {"sslPort", {nullptr, &Gateway::sslPort}},
        {"minSSLVersion", {nullptr, &Gateway::minSSLVersion}},
        {"cipherStrength", {nullptr, &Gateway::cipherStrength}},
        {"cipher", {nullptr, nullptr, nullptr, &Gateway::cipher}},
        {"certificateFile", {nullptr, nullptr, nullptr, &Gateway::certificateFile}},
        {"privateKeyFile", {nullptr, nullptr, nullptr, &Gateway::privateKeyFile}},
        {"enableHSTS", {&Gateway::enableHSTS}},
        {"hstsMaxAge", {nullptr, &Gateway::hstsMaxAge}},
        {"hstsIncludeSubdomains", {&Gateway::hstsIncludeSubdomains}},
        {"hstsPreload", {&Gateway::hstsPreload}},
        {"enableUserPortal", {&Gateway::enableUserPortal}},
        {"UserPortalPort", {nullptr, &Gateway::userPortalPort}},
        {"launchMethod", {nullptr, &Gateway::launchMethod}},
        {"allowlaunchMethod", {&Gateway::allowLaunchMethod}},
        {"allowEmbed", {&Gateway::allowEmbed}},
        {"allowAppsInNewTab", {&Gateway::allowAppsInNewTab}},
        {"allowFileTransfer", {&Gateway::allowFileTransfer}},
        {"allowClipboard", {&Gateway::allowClipboard}},
        {"usePreWin2000LoginFormat", {&Gateway::usePreWin2000LoginFormat}},
        {"webRequestsURL", {nullptr, nullptr, nullptr, &Gateway::webRequestsURL}},
        {"enableClientManagerPort", {&Gateway::enableClientManagerPort}},
        {"enableWyseSupport", {&Gateway::enableWyseSupport}},
        {"securityMode", {nullptr, &Gateway::securityMode}},
        {"macAllowExceptLst", {nullptr, nullptr, nullptr, nullptr, &Gateway::macAllowExceptList}},
        {"macAllowOnlyLst", {nullptr, nullptr, nullptr, nullptr, &Gateway::macAllowOnlyList}},
    };
    return map;
}

} // namespace

const QList<GatewayField> &GatewayField::all()
{
#define TR(text) QT_TRANSLATE_NOOP("GatewayField", text)
    static const QList<GatewayField> fields = [] {
        QList<GatewayField> table{
        {"id", K::Int, TR("General"), TR("ID"), 0, 0, nullptr, false},
        {"server", K::String, TR("General"), TR("Server"), 1, 255, nullptr, false},
        {"siteId", K::Int, TR("General"), TR("Site"), 0, 0, nullptr, false},
        {"enabled", K::Bool, TR("General"), TR("Enabled")},
        {"description", K::String, TR("General"), TR("Description"), 0, 0},
        {"gwMode", K::Enum, TR("General"), TR("Mode"), 0, 0, &Ras::gatewayModeEntries()},
        {"preferredPAId", K::Int, TR("General"), TR("Preferred broker ID"), 0, 2147483647},
        {"normalModeForwarding", K::Bool, TR("General"), TR("Forward requests in normal mode")},
        {"forwardHttpServers", K::String, TR("General"), TR("Forward HTTP requests to")},
        {"forwardGatewayServers", K::String, TR("General"), TR("Forward to gateways")},
        {"fwGWID", K::Int64, TR("General"), TR("Forwarding gateway ID"), 0, 4294967295LL},
        {"ipVersion", K::Enum, TR("Network"), TR("IP version"), 0, 0, &Ras::ipVersionEntries()},
        {"iPs", K::String, TR("Network"), TR("IPs for client connections")},
        {"bindV4Addresses", K::String, TR("Network"), TR("Bind IPv4 addresses")},
        {"bindV6Addresses", K::String, TR("Network"), TR("Bind IPv6 addresses")},
        {"optimizeConnectionIPv4", K::String, TR("Network"), TR("Optimize connections (IPv4)")},
        {"optimizeConnectionIPv6", K::String, TR("Network"), TR("Optimize connections (IPv6)")},
        {"enableGWPort", K::Bool, TR("Network"), TR("Enable gateway port")},
        {"gwPort", K::Int, TR("Network"), TR("Gateway port"), 1, 65535},
        {"enableRDP", K::Bool, TR("Network"), TR("Enable RDP port")},
        {"rdpPort", K::Int, TR("Network"), TR("RDP port"), 1, 65535},
        {"enableRDPUDP", K::Bool, TR("Network"), TR("Enable RDP UDP data tunnelling")},
        {"broadcast", K::Bool, TR("Network"), TR("Broadcast gateway address")},
        {"dosPro", K::Bool, TR("Network"), TR("Enable denial-of-service protection")},
        {"enableSSL", K::Bool, TR("SSL/TLS"), TR("Enable SSL")},
        {"sslPort", K::Int, TR("SSL/TLS"), TR("SSL port"), 1, 65535},
        {"minSSLVersion", K::Enum, TR("SSL/TLS"), TR("Minimum TLS version"), 0, 0, &Ras::sslVersionEntries()},
        {"cipherStrength", K::Enum, TR("SSL/TLS"), TR("Cipher strength"), 0, 0, &Ras::cipherStrengthEntries()},
        {"cipher", K::String, TR("SSL/TLS"), TR("Cipher string")},
        {"certificateFile", K::String, TR("SSL/TLS"), TR("Certificate file")},
        {"privateKeyFile", K::String, TR("SSL/TLS"), TR("Private key file")},
        {"enableHSTS", K::Bool, TR("HSTS"), TR("Enforce HTTP Strict Transport Security")},
        {"hstsMaxAge", K::Int, TR("HSTS"), TR("Max age (months)"), 4, 120},
        {"hstsIncludeSubdomains", K::Bool, TR("HSTS"), TR("Include subdomains")},
        {"hstsPreload", K::Bool, TR("HSTS"), TR("Preload")},
        {"enableUserPortal", K::Bool, TR("Web portal"), TR("Enable User Portal")},
        {"UserPortalPort", K::Int, TR("Web portal"), TR("User Portal port"), 1, 65535},
        {"launchMethod", K::Enum, TR("Web portal"), TR("Launch method"), 0, 0, &Ras::launchMethodEntries()},
        {"allowlaunchMethod", K::Bool, TR("Web portal"), TR("Let users choose the launch method")},
        {"allowEmbed", K::Bool, TR("Web portal"), TR("Allow embedding in other web pages")},
        {"allowAppsInNewTab", K::Bool, TR("Web portal"), TR("Open applications in a new tab")},
        {"allowFileTransfer", K::Bool, TR("Web portal"), TR("Allow file transfer")},
        {"allowClipboard", K::Bool, TR("Web portal"), TR("Allow clipboard")},
        {"usePreWin2000LoginFormat", K::Bool, TR("Web portal"), TR("Use pre-Windows 2000 logon format")},
        {"webRequestsURL", K::String, TR("Web portal"), TR("Web requests URL")},
        {"enableClientManagerPort", K::Bool, TR("Client management"), TR("Enable client management port")},
        {"enableWyseSupport", K::Bool, TR("Client management"), TR("Enable Wyse ThinOS support")},
        {"securityMode", K::Enum, TR("Client management"), TR("MAC address filter"), 0, 0, &Ras::securityModeEntries()},
        {"macAllowExceptLst", K::StringList, TR("Client management"), TR("Denied MAC addresses")},
        {"macAllowOnlyLst", K::StringList, TR("Client management"), TR("Allowed MAC addresses")},
        };
        for (auto &field : table) {
            const Access access = accessors().value(QByteArray(field.apiName));
            field.boolean = access.boolean;
            field.integer = access.integer;
            field.integer64 = access.integer64;
            field.string = access.string;
            field.list = access.list;
        }
        return table;
    }();
#undef TR
    return fields;
}

const GatewayField *GatewayField::find(const QString &name)
{
    for (const auto &field : all()) {
        if (name.compare(QLatin1String(field.apiName), Qt::CaseInsensitive) == 0)
            return &field;
    }
    return nullptr;
}

QJsonValue GatewayField::read(const Gateway &gateway) const
{
    if (boolean)
        return gateway.*boolean;
    if (integer)
        return gateway.*integer;
    if (integer64)
        return static_cast<double>(gateway.*integer64);
    if (string)
        return gateway.*string;
    if (list)
        return QJsonArray::fromStringList(gateway.*list);
    return {};
}

void GatewayField::write(Gateway &gateway, const QJsonValue &value) const
{
    if (boolean)
        gateway.*boolean = value.toBool();
    else if (integer)
        gateway.*integer = value.toInt();
    else if (integer64)
        gateway.*integer64 = static_cast<qint64>(value.toDouble());
    else if (string)
        gateway.*string = value.toString();
    else if (list) {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const auto &item : array)
            items << item.toString();
        gateway.*list = items;
    }
}

bool GatewayField::parse(const QString &text, QJsonValue *value, QString *error) const
{
    const QString trimmed = text.trimmed();
    const QString name = QLatin1String(apiName);
    switch (kind) {
    case Kind::Bool: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1") || lower == QLatin1String("on")) {
            *value = true;
            return true;
        }
        if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0") || lower == QLatin1String("off")) {
            *value = false;
            return true;
        }
        *error = QCoreApplication::translate("GatewayField", "%1 must be true or false, not '%2'.").arg(name, text);
        return false;
    }
    case Kind::Int:
    case Kind::Int64: {
        bool ok = false;
        const qint64 number = trimmed.toLongLong(&ok);
        if (!ok || number < minimum || number > maximum) {
            *error = QCoreApplication::translate("GatewayField", "%1 must be a whole number from %2 to %3, not '%4'.")
                         .arg(name)
                         .arg(minimum)
                         .arg(maximum)
                         .arg(text);
            return false;
        }
        *value = static_cast<double>(number);
        return true;
    }
    case Kind::Enum: {
        int number = 0;
        if (!Ras::parseEnum(*entries, trimmed, &number)) {
            QStringList names;
            for (const auto &entry : *entries)
                names << QLatin1String(entry.apiName);
            *error = QCoreApplication::translate("GatewayField", "%1 must be one of %2 (or its number), not '%3'.")
                         .arg(name, names.join(QStringLiteral(", ")), text);
            return false;
        }
        *value = number;
        return true;
    }
    case Kind::String:
        if (maximum > 0 && (text.size() < minimum || text.size() > maximum)) {
            *error = QCoreApplication::translate("GatewayField", "%1 must be %2 to %3 characters long.")
                         .arg(name)
                         .arg(minimum)
                         .arg(maximum);
            return false;
        }
        *value = text;
        return true;
    case Kind::StringList: {
        QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (auto &item : items)
            item = item.trimmed();
        items.removeAll(QString());
        *value = QJsonArray::fromStringList(items);
        return true;
    }
    }
    return false;
}

std::optional<Gateway> Gateway::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object);
    Gateway gateway;
    if (!reader.readId(&gateway.id)) {
        *error = QStringLiteral("a gateway has no valid id");
        return std::nullopt;
    }
    for (const auto &field : GatewayField::all()) {
        if (!reader.has(field.apiName))
            continue; // keep the documented default
        switch (field.kind) {
        case GatewayField::Kind::Bool:
            gateway.*field.boolean = reader.toBool(field.apiName, gateway.*field.boolean);
            break;
        case GatewayField::Kind::Int:
            gateway.*field.integer = reader.toInt(field.apiName, gateway.*field.integer);
            break;
        case GatewayField::Kind::Int64:
            gateway.*field.integer64 = reader.toInt64(field.apiName, gateway.*field.integer64);
            break;
        case GatewayField::Kind::Enum:
            gateway.*field.integer = reader.toEnum(field.apiName, *field.entries, gateway.*field.integer);
            break;
        case GatewayField::Kind::String:
            gateway.*field.string = reader.toString(field.apiName);
            break;
        case GatewayField::Kind::StringList:
            gateway.*field.list = reader.toStringList(field.apiName);
            break;
        }
    }
    gateway.raw = object;
    return gateway;
}

QJsonObject Gateway::toJson() const
{
    QJsonObject body;
    for (const auto &field : GatewayField::all()) {
        if (field.writable)
            body.insert(QLatin1String(field.apiName), field.read(*this));
    }
    return body;
}

QJsonObject Gateway::changesFrom(const Gateway &before) const
{
    QJsonObject body;
    for (const auto &field : GatewayField::all()) {
        if (!field.writable)
            continue;
        const QJsonValue now = field.read(*this);
        if (now != field.read(before))
            body.insert(QLatin1String(field.apiName), now);
    }
    return body;
}
