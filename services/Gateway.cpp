#include "Gateway.h"

#include "JsonDecoding.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

using K = GatewayField::Kind;

// One table row: where the value lives in Gateway is the one member pointer of the matching type.
template <typename Member>
GatewayField field(const char *apiName, GatewayField::Kind kind, const char *group, const char *label, Member member,
                   qint64 minimum = 0, qint64 maximum = 0, const QList<Ras::EnumEntry> *entries = nullptr,
                   bool writable = true)
{
    GatewayField row{apiName, kind, group, label, minimum, maximum, entries, writable};
    if constexpr (std::is_same_v<Member, bool Gateway::*>)
        row.boolean = member;
    else if constexpr (std::is_same_v<Member, int Gateway::*>)
        row.integer = member;
    else if constexpr (std::is_same_v<Member, qint64 Gateway::*>)
        row.integer64 = member;
    else if constexpr (std::is_same_v<Member, QString Gateway::*>)
        row.string = member;
    else
        row.list = member;
    return row;
}

} // namespace

const QList<GatewayField> &GatewayField::all()
{
    static const QList<GatewayField> fields{
        field("id", K::Int, QT_TRANSLATE_NOOP("GatewayField", "General"), QT_TRANSLATE_NOOP("GatewayField", "Secure Gateway ID"), &Gateway::id, 0, 0, nullptr, false),
        field("server", K::String, QT_TRANSLATE_NOOP("GatewayField", "General"), QT_TRANSLATE_NOOP("GatewayField", "Server"), &Gateway::server, 1, 255, nullptr, false),
        field("siteId", K::Int, QT_TRANSLATE_NOOP("GatewayField", "General"), QT_TRANSLATE_NOOP("GatewayField", "Site"), &Gateway::siteId, 0, 0, nullptr, false),
        field("enabled", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "General"), QT_TRANSLATE_NOOP("GatewayField", "Enabled"), &Gateway::enabled),
        field("description", K::String, QT_TRANSLATE_NOOP("GatewayField", "General"), QT_TRANSLATE_NOOP("GatewayField", "Description"), &Gateway::description, 0, 0),
        field("gwMode", K::Enum, QT_TRANSLATE_NOOP("GatewayField", "General"), QT_TRANSLATE_NOOP("GatewayField", "Mode"), &Gateway::gwMode, 0, 0, &Ras::gatewayModeEntries()),
        field("preferredPAId", K::Int, QT_TRANSLATE_NOOP("GatewayField", "General"), QT_TRANSLATE_NOOP("GatewayField", "Preferred Connection Broker"), &Gateway::preferredPAId, 0, 2147483647),
        field("normalModeForwarding", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "General"), QT_TRANSLATE_NOOP("GatewayField", "Forward other requests to HTTP servers"), &Gateway::normalModeForwarding),
        field("forwardHttpServers", K::String, QT_TRANSLATE_NOOP("GatewayField", "General"), QT_TRANSLATE_NOOP("GatewayField", "HTTP servers"), &Gateway::forwardHttpServers),
        field("forwardGatewayServers", K::String, QT_TRANSLATE_NOOP("GatewayField", "General"), QT_TRANSLATE_NOOP("GatewayField", "Forward to gateways"), &Gateway::forwardGatewayServers),
        field("fwGWID", K::Int64, QT_TRANSLATE_NOOP("GatewayField", "General"), QT_TRANSLATE_NOOP("GatewayField", "Forwarding gateway"), &Gateway::fwGWID, 0, 4294967295LL),
        field("ipVersion", K::Enum, QT_TRANSLATE_NOOP("GatewayField", "Network"), QT_TRANSLATE_NOOP("GatewayField", "IP version"), &Gateway::ipVersion, 0, 0, &Ras::ipVersionEntries()),
        field("iPs", K::String, QT_TRANSLATE_NOOP("GatewayField", "Network"), QT_TRANSLATE_NOOP("GatewayField", "IPs for client connections"), &Gateway::ips),
        field("bindV4Addresses", K::String, QT_TRANSLATE_NOOP("GatewayField", "Network"), QT_TRANSLATE_NOOP("GatewayField", "Bind IPv4 addresses"), &Gateway::bindV4Addresses),
        field("bindV6Addresses", K::String, QT_TRANSLATE_NOOP("GatewayField", "Network"), QT_TRANSLATE_NOOP("GatewayField", "Bind IPv6 addresses"), &Gateway::bindV6Addresses),
        field("optimizeConnectionIPv4", K::String, QT_TRANSLATE_NOOP("GatewayField", "Network"), QT_TRANSLATE_NOOP("GatewayField", "Optimize connections (IPv4)"), &Gateway::optimizeConnectionIPv4),
        field("optimizeConnectionIPv6", K::String, QT_TRANSLATE_NOOP("GatewayField", "Network"), QT_TRANSLATE_NOOP("GatewayField", "Optimize connections (IPv6)"), &Gateway::optimizeConnectionIPv6),
        field("enableGWPort", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Network"), QT_TRANSLATE_NOOP("GatewayField", "Enable gateway port"), &Gateway::enableGWPort),
        field("gwPort", K::Int, QT_TRANSLATE_NOOP("GatewayField", "Network"), QT_TRANSLATE_NOOP("GatewayField", "Gateway port"), &Gateway::gwPort, 1, 65535),
        field("enableRDP", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Network"), QT_TRANSLATE_NOOP("GatewayField", "Enable RDP port"), &Gateway::enableRDP),
        field("rdpPort", K::Int, QT_TRANSLATE_NOOP("GatewayField", "Network"), QT_TRANSLATE_NOOP("GatewayField", "RDP port"), &Gateway::rdpPort, 1, 65535),
        field("enableRDPUDP", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Network"), QT_TRANSLATE_NOOP("GatewayField", "Enable RDP UDP data tunnelling"), &Gateway::enableRDPUDP),
        field("broadcast", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Network"), QT_TRANSLATE_NOOP("GatewayField", "Broadcast gateway address"), &Gateway::broadcast),
        field("dosPro", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Network"), QT_TRANSLATE_NOOP("GatewayField", "Enable denial-of-service protection"), &Gateway::dosPro),
        field("enableSSL", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "SSL/TLS"), QT_TRANSLATE_NOOP("GatewayField", "Enable SSL"), &Gateway::enableSSL),
        field("sslPort", K::Int, QT_TRANSLATE_NOOP("GatewayField", "SSL/TLS"), QT_TRANSLATE_NOOP("GatewayField", "SSL port"), &Gateway::sslPort, 1, 65535),
        field("minSSLVersion", K::Enum, QT_TRANSLATE_NOOP("GatewayField", "SSL/TLS"), QT_TRANSLATE_NOOP("GatewayField", "Accepted SSL/TLS versions"), &Gateway::minSSLVersion, 0, 0, &Ras::sslVersionEntries()),
        field("cipherStrength", K::Enum, QT_TRANSLATE_NOOP("GatewayField", "SSL/TLS"), QT_TRANSLATE_NOOP("GatewayField", "Cipher strength"), &Gateway::cipherStrength, 0, 0, &Ras::cipherStrengthEntries()),
        field("cipher", K::String, QT_TRANSLATE_NOOP("GatewayField", "SSL/TLS"), QT_TRANSLATE_NOOP("GatewayField", "Cipher string"), &Gateway::cipher),
        field("certificateFile", K::String, QT_TRANSLATE_NOOP("GatewayField", "SSL/TLS"), QT_TRANSLATE_NOOP("GatewayField", "Certificate file"), &Gateway::certificateFile),
        field("privateKeyFile", K::String, QT_TRANSLATE_NOOP("GatewayField", "SSL/TLS"), QT_TRANSLATE_NOOP("GatewayField", "Private key file"), &Gateway::privateKeyFile),
        field("enableHSTS", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "HSTS"), QT_TRANSLATE_NOOP("GatewayField", "Enforce HTTP Strict Transport Security"), &Gateway::enableHSTS),
        field("hstsMaxAge", K::Int, QT_TRANSLATE_NOOP("GatewayField", "HSTS"), QT_TRANSLATE_NOOP("GatewayField", "Max age (months)"), &Gateway::hstsMaxAge, 4, 120),
        field("hstsIncludeSubdomains", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "HSTS"), QT_TRANSLATE_NOOP("GatewayField", "Include subdomains"), &Gateway::hstsIncludeSubdomains),
        field("hstsPreload", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "HSTS"), QT_TRANSLATE_NOOP("GatewayField", "Preload"), &Gateway::hstsPreload),
        field("enableUserPortal", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Web portal"), QT_TRANSLATE_NOOP("GatewayField", "Enable User Portal"), &Gateway::enableUserPortal),
        field("UserPortalPort", K::Int, QT_TRANSLATE_NOOP("GatewayField", "Web portal"), QT_TRANSLATE_NOOP("GatewayField", "User Portal port"), &Gateway::userPortalPort, 1, 65535),
        field("launchMethod", K::Enum, QT_TRANSLATE_NOOP("GatewayField", "Web portal"), QT_TRANSLATE_NOOP("GatewayField", "Launch method"), &Gateway::launchMethod, 0, 0, &Ras::launchMethodEntries()),
        field("allowlaunchMethod", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Web portal"), QT_TRANSLATE_NOOP("GatewayField", "Let users choose the launch method"), &Gateway::allowLaunchMethod),
        field("allowEmbed", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Web portal"), QT_TRANSLATE_NOOP("GatewayField", "Allow embedding in other web pages"), &Gateway::allowEmbed),
        field("allowAppsInNewTab", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Web portal"), QT_TRANSLATE_NOOP("GatewayField", "Open applications in a new tab"), &Gateway::allowAppsInNewTab),
        field("allowFileTransfer", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Web portal"), QT_TRANSLATE_NOOP("GatewayField", "Allow file transfer"), &Gateway::allowFileTransfer),
        field("allowClipboard", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Web portal"), QT_TRANSLATE_NOOP("GatewayField", "Allow clipboard"), &Gateway::allowClipboard),
        field("usePreWin2000LoginFormat", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Web portal"), QT_TRANSLATE_NOOP("GatewayField", "Use pre-Windows 2000 logon format"), &Gateway::usePreWin2000LoginFormat),
        field("webRequestsURL", K::String, QT_TRANSLATE_NOOP("GatewayField", "Web portal"), QT_TRANSLATE_NOOP("GatewayField", "Web requests URL"), &Gateway::webRequestsURL),
        field("enableClientManagerPort", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Client management"), QT_TRANSLATE_NOOP("GatewayField", "Enable client management port"), &Gateway::enableClientManagerPort),
        field("enableWyseSupport", K::Bool, QT_TRANSLATE_NOOP("GatewayField", "Client management"), QT_TRANSLATE_NOOP("GatewayField", "Enable Wyse ThinOS support"), &Gateway::enableWyseSupport),
        field("securityMode", K::Enum, QT_TRANSLATE_NOOP("GatewayField", "Client management"), QT_TRANSLATE_NOOP("GatewayField", "MAC address filter"), &Gateway::securityMode, 0, 0, &Ras::securityModeEntries()),
        field("macAllowExceptLst", K::StringList, QT_TRANSLATE_NOOP("GatewayField", "Client management"), QT_TRANSLATE_NOOP("GatewayField", "Denied MAC addresses"), &Gateway::macAllowExceptList),
        field("macAllowOnlyLst", K::StringList, QT_TRANSLATE_NOOP("GatewayField", "Client management"), QT_TRANSLATE_NOOP("GatewayField", "Allowed MAC addresses"), &Gateway::macAllowOnlyList),
    };
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

namespace {

const Json::KeyTable &gatewayKeys()
{
    static const Json::KeyTable keys = [] {
        std::vector<const char *> names;
        for (const auto &field : GatewayField::all())
            names.push_back(field.apiName);
        return Json::KeyTable(names);
    }();
    return keys;
}

bool readGateway(Json::Object object, Json::Reader &reader, Gateway &gateway, QString *error)
{
    // Fields the object lacks keep their documented defaults; a value of the wrong shape does too.
    static const QList<GatewayField> &fields = GatewayField::all();
    static const int idIndex = static_cast<int>(GatewayField::find(QStringLiteral("id")) - fields.constData());
    bool hasId = false;
    reader.forEachField(object, gatewayKeys(), [&](int index, Json::Value &value) {
        const GatewayField &field = fields.at(index);
        if (index == idIndex) {
            hasId = reader.readId(value, &gateway.id);
            return;
        }
        switch (field.kind) {
        case GatewayField::Kind::Bool:
            gateway.*field.boolean = reader.toBool(value, field.apiName, gateway.*field.boolean);
            break;
        case GatewayField::Kind::Int:
            gateway.*field.integer = reader.toInt(value, field.apiName, gateway.*field.integer);
            break;
        case GatewayField::Kind::Int64:
            gateway.*field.integer64 = reader.toInt64(value, field.apiName, gateway.*field.integer64);
            break;
        case GatewayField::Kind::Enum:
            gateway.*field.integer = reader.toEnum(value, field.apiName, *field.entries, gateway.*field.integer);
            break;
        case GatewayField::Kind::String:
            // Most gateway strings repeat across a farm (ciphers, certificate files, forwarding).
            gateway.*field.string = field.string == &Gateway::server || field.string == &Gateway::description
                                        ? reader.toString(value, field.apiName)
                                        : reader.toSharedString(value, field.apiName, index);
            break;
        case GatewayField::Kind::StringList:
            gateway.*field.list = reader.toStringList(value, field.apiName);
            break;
        }
    });
    if (!hasId) {
        *error = QCoreApplication::translate("Json", "a gateway has no valid id");
        return false;
    }
    return true;
}

} // namespace

std::optional<Gateway> Gateway::fromJson(const QByteArray &json, QString *error)
{
    return Json::decodeObject<Gateway>(json, error, readGateway);
}

std::optional<QList<Gateway>> Gateway::listFromJson(const QByteArray &json, QString *error)
{
    return Json::decodeList<Gateway>(json, error, readGateway);
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

