#include "FarmObjects.h"

#include "FarmState.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>

namespace FarmObjects {

using LenientJson::EnumNames;

const EnumNames &gatewayModeNames()
{
    static const EnumNames names{{0, QStringLiteral("normal")}, {1, QStringLiteral("forwarding")}};
    return names;
}

const EnumNames &ipVersionNames()
{
    static const EnumNames names{
        {0, QStringLiteral("version4")}, {1, QStringLiteral("version6")}, {2, QStringLiteral("bothVersions")}};
    return names;
}

const EnumNames &sslVersionNames()
{
    static const EnumNames names{{0, QStringLiteral("SSLv2")},
                                 {1, QStringLiteral("SSLv3")},
                                 {2, QStringLiteral("TLSv1")},
                                 {3, QStringLiteral("TLSv1_1")},
                                 {4, QStringLiteral("TLSv1_2")}};
    return names;
}

const EnumNames &cipherStrengthNames()
{
    static const EnumNames names{{0, QStringLiteral("low")},
                                 {1, QStringLiteral("medium")},
                                 {2, QStringLiteral("high")},
                                 {3, QStringLiteral("custom")}};
    return names;
}

const EnumNames &launchMethodNames()
{
    static const EnumNames names{{0, QStringLiteral("parallelsClientAndHTML5")},
                                 {1, QStringLiteral("parallelsClient")},
                                 {2, QStringLiteral("HTML5")}};
    return names;
}

const EnumNames &securityModeNames()
{
    static const EnumNames names{{0, QStringLiteral("allowAllExcept")}, {1, QStringLiteral("allowOnly")}};
    return names;
}

const EnumNames &secondaryModeNames()
{
    static const EnumNames names{{0, QStringLiteral("GatewayMode")},
                                 {1, QStringLiteral("DirectMode")},
                                 {2, QStringLiteral("GatewaySSLMode")},
                                 {3, QStringLiteral("DirectSSLMode")}};
    return names;
}

QString addressFor(const QString &server)
{
    QHostAddress literal;
    if (literal.setAddress(server))
        return server;
    const QByteArray hash = QCryptographicHash::hash(server.toLower().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("10.%1.%2.%3")
        .arg(static_cast<quint8>(hash.at(0)))
        .arg(static_cast<quint8>(hash.at(1)))
        .arg(static_cast<quint8>(hash.at(2)) % 250 + 2);
}

QJsonObject newBroker(int id, const QString &server, int siteId, int priority, const QString &admin)
{
    QJsonObject broker{{QStringLiteral("id"), id},
                       {QStringLiteral("server"), server},
                       {QStringLiteral("enabled"), true},
                       {QStringLiteral("description"), QString()},
                       {QStringLiteral("siteId"), siteId},
                       {QStringLiteral("priority"), priority},
                       {QStringLiteral("ip"), addressFor(server)},
                       {QStringLiteral("alternativeIPs"), QString()},
                       {QStringLiteral("standby"), false},
                       {QStringLiteral("markedForDeletion"), false}};
    FarmState::stampCreated(&broker, admin);
    return broker;
}

QJsonObject newGateway(int id, const QString &server, int siteId)
{
    // Defaults exactly as the official "New Secure Gateway" sample answers them.
    QJsonObject gateway{
        {QStringLiteral("gwMode"), 0},
        {QStringLiteral("preferredPAId"), 0},
        {QStringLiteral("normalModeForwarding"), false},
        {QStringLiteral("forwardHttpServers"), QStringLiteral("localhost:81")},
        {QStringLiteral("forwardGatewayServers"), QString()},
        {QStringLiteral("ipVersion"), 0},
        {QStringLiteral("iPs"), addressFor(server)},
        {QStringLiteral("bindV4Addresses"), QString()},
        {QStringLiteral("bindV6Addresses"), QString()},
        {QStringLiteral("optimizeConnectionIPv4"), QString()},
        {QStringLiteral("optimizeConnectionIPv6"), QString()},
        {QStringLiteral("enableGWPort"), true},
        {QStringLiteral("broadcast"), true},
        {QStringLiteral("enableClientManagerPort"), true},
        {QStringLiteral("dosPro"), true},
        {QStringLiteral("enableRDP"), false},
        {QStringLiteral("enableRDPUDP"), true},
        {QStringLiteral("gwPort"), 80},
        {QStringLiteral("rdpPort"), 3389},
        {QStringLiteral("enableSSL"), true},
        {QStringLiteral("minSSLVersion"), 2},
        {QStringLiteral("cipherStrength"), 2},
        {QStringLiteral("sslPort"), 443},
        {QStringLiteral("cipher"), QStringLiteral("EECDH:!SSLv2:!SSLv3:!aNULL:!RC4:!ADH:!eNULL:!LOW:!MEDIUM:!EXP:+HIGH")},
        {QStringLiteral("privateKeyFile"), QStringLiteral("SelfSignedCertificate.crt")},
        {QStringLiteral("certificateFile"), QStringLiteral("SelfSignedCertificate.crt")},
        {QStringLiteral("enableUserPortal"), true},
        {QStringLiteral("UserPortalPort"), 20020},
        {QStringLiteral("launchMethod"), 0},
        {QStringLiteral("allowEmbed"), false},
        {QStringLiteral("allowlaunchMethod"), true},
        {QStringLiteral("allowAppsInNewTab"), false},
        {QStringLiteral("allowFileTransfer"), true},
        {QStringLiteral("allowClipboard"), true},
        {QStringLiteral("usePreWin2000LoginFormat"), true},
        {QStringLiteral("enableHSTS"), false},
        {QStringLiteral("hstsIncludeSubdomains"), false},
        {QStringLiteral("hstsPreload"), false},
        {QStringLiteral("hstsMaxAge"), 12},
        {QStringLiteral("enableWyseSupport"), true},
        {QStringLiteral("securityMode"), 0},
        {QStringLiteral("macAllowExceptLst"), QJsonArray()},
        {QStringLiteral("macAllowOnlyLst"), QJsonArray()},
        {QStringLiteral("webRequestsURL"), QString()},
        {QStringLiteral("fwGWID"), 4294967295.0},
        {QStringLiteral("server"), server},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("siteId"), siteId},
        {QStringLiteral("id"), id},
    };
    return gateway;
}

QJsonObject newPolicy(int id, const QString &name, const QString &description, bool enabled, int order,
                      const QString &admin)
{
    const QJsonObject redirection{{QStringLiteral("enabled"), false},
                                  {QStringLiteral("gateway"), QString()},
                                  {QStringLiteral("mode"), 0},
                                  {QStringLiteral("serverPort"), 80},
                                  {QStringLiteral("altGateway"), QString()}};
    const QJsonObject primary{{QStringLiteral("enabled"), false},
                              {QStringLiteral("name"), QString()},
                              {QStringLiteral("autoLogin"), true},
                              {QStringLiteral("authenticationType"), 0},
                              {QStringLiteral("savePassword"), true},
                              {QStringLiteral("domain"), QString()}};
    const QJsonObject secondary{{QStringLiteral("enabled"), false}, {QStringLiteral("connectionList"), QJsonArray()}};
    const QJsonObject reconnection{{QStringLiteral("enabled"), false},
                                   {QStringLiteral("enableReconnection"), true},
                                   {QStringLiteral("connectionRetries"), 3},
                                   {QStringLiteral("connectionBannerDelay"), 5}};
    const QJsonObject computerName{{QStringLiteral("enabled"), false}, {QStringLiteral("overrideComputerName"), QString()}};
    const QJsonObject advanced{{QStringLiteral("enabled"), false},
                               {QStringLiteral("connectionTimeout"), 15},
                               {QStringLiteral("connectionBannerDelay"), 5}};
    const QJsonObject session{{QStringLiteral("primaryConnection"), primary},
                              {QStringLiteral("secondaryConnections"), secondary},
                              {QStringLiteral("reconnection"), reconnection},
                              {QStringLiteral("computerName"), computerName},
                              {QStringLiteral("connectionAdvancedSettings"), advanced}};
    QJsonObject policy{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("enabled"), enabled},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("order"), order},
                       {QStringLiteral("clientPolicy"),
                        QJsonObject{{QStringLiteral("redirection"), redirection}, {QStringLiteral("session"), session}}}};
    FarmState::stampCreated(&policy, admin);
    return policy;
}

QJsonObject newSite(int id, const QString &name, bool licensingSite, const QString &admin)
{
    QJsonObject site{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("licensingSite"), licensingSite},
                     {QStringLiteral("enableHttpHostAttackProtection"), false}};
    FarmState::stampCreated(&site, admin);
    return site;
}

const FieldSchema &serverCreateSchema()
{
    static const FieldSchema schema({FieldSpec::string(QStringLiteral("server"), 1, 255),
                                     FieldSpec::integer(QStringLiteral("siteId"), 1, 2147483647)});
    return schema;
}

const FieldSchema &brokerUpdateSchema()
{
    FieldSpec enabled = FieldSpec::boolean(QStringLiteral("enabled"));
    enabled.aliases << QStringLiteral("enable"); // the official sample sends "enable"
    static const FieldSchema schema({enabled,
                                     FieldSpec::string(QStringLiteral("description")),
                                     FieldSpec::string(QStringLiteral("ip")),
                                     FieldSpec::string(QStringLiteral("alternativeIPs")),
                                     FieldSpec::boolean(QStringLiteral("standby"))});
    return schema;
}

const FieldSchema &gatewayUpdateSchema()
{
    using F = FieldSpec;
    static const FieldSchema schema({
        F::enumeration(QStringLiteral("gwMode"), gatewayModeNames()),
        F::integer(QStringLiteral("preferredPAId"), 0, 2147483647),
        F::boolean(QStringLiteral("normalModeForwarding")),
        F::string(QStringLiteral("forwardHttpServers")),
        F::string(QStringLiteral("forwardGatewayServers")),
        F::enumeration(QStringLiteral("ipVersion"), ipVersionNames()),
        F::string(QStringLiteral("iPs")),
        F::string(QStringLiteral("bindV4Addresses")),
        F::string(QStringLiteral("bindV6Addresses")),
        F::string(QStringLiteral("optimizeConnectionIPv4")),
        F::string(QStringLiteral("optimizeConnectionIPv6")),
        F::boolean(QStringLiteral("enableGWPort")),
        F::boolean(QStringLiteral("broadcast")),
        F::boolean(QStringLiteral("enableClientManagerPort")),
        F::boolean(QStringLiteral("dosPro")),
        F::boolean(QStringLiteral("enableRDP")),
        F::boolean(QStringLiteral("enableRDPUDP")),
        F::integer(QStringLiteral("gwPort"), 1, 65535),
        F::integer(QStringLiteral("rdpPort"), 1, 65535),
        F::boolean(QStringLiteral("enableSSL")),
        F::enumeration(QStringLiteral("minSSLVersion"), sslVersionNames()),
        F::enumeration(QStringLiteral("cipherStrength"), cipherStrengthNames()),
        F::integer(QStringLiteral("sslPort"), 1, 65535),
        F::string(QStringLiteral("cipher")),
        F::string(QStringLiteral("privateKeyFile")),
        F::string(QStringLiteral("certificateFile")),
        F::boolean(QStringLiteral("enableUserPortal")),
        F::integer(QStringLiteral("UserPortalPort"), 1, 65535),
        F::enumeration(QStringLiteral("launchMethod"), launchMethodNames()),
        F::boolean(QStringLiteral("allowEmbed")),
        F::boolean(QStringLiteral("allowlaunchMethod")),
        F::boolean(QStringLiteral("allowAppsInNewTab")),
        F::boolean(QStringLiteral("allowFileTransfer")),
        F::boolean(QStringLiteral("allowClipboard")),
        F::boolean(QStringLiteral("usePreWin2000LoginFormat")),
        F::boolean(QStringLiteral("enableHSTS")),
        F::boolean(QStringLiteral("hstsIncludeSubdomains")),
        F::boolean(QStringLiteral("hstsPreload")),
        F::integer(QStringLiteral("hstsMaxAge"), 4, 120),
        F::boolean(QStringLiteral("enableWyseSupport")),
        F::enumeration(QStringLiteral("securityMode"), securityModeNames()),
        F::stringList(QStringLiteral("macAllowExceptLst")),
        F::stringList(QStringLiteral("macAllowOnlyLst")),
        F::string(QStringLiteral("webRequestsURL")),
        F::integer(QStringLiteral("fwGWID"), 0, 4294967295LL),
        F::boolean(QStringLiteral("enabled")),
        F::string(QStringLiteral("description")),
    });
    return schema;
}

const FieldSchema &policyCreateSchema()
{
    static const FieldSchema schema({FieldSpec::string(QStringLiteral("name"), 1, 255),
                                     FieldSpec::string(QStringLiteral("description")),
                                     FieldSpec::boolean(QStringLiteral("enabled"))});
    return schema;
}

const FieldSchema &policyUpdateSchema() { return policyCreateSchema(); }

const FieldSchema &secondaryConnectionSchema()
{
    static const FieldSchema schema({FieldSpec::enumeration(QStringLiteral("mode"), secondaryModeNames()),
                                     FieldSpec::string(QStringLiteral("server"), 1, 255),
                                     FieldSpec::integer(QStringLiteral("serverPort"), 1, 65535)});
    return schema;
}

} // namespace FarmObjects
