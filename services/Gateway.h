#pragma once

#include "RasEnums.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A Secure Gateway: all 50 fields of the API's gateway object, with the API's own odd names kept
// in the field table (iPs, UserPortalPort, allowlaunchMethod).
struct Gateway
{
    int id = 0;
    QString server;
    int siteId = 0;
    bool enabled = true;
    QString description;
    // Mode and forwarding
    int gwMode = 0;
    int preferredPAId = 0;
    bool normalModeForwarding = false;
    QString forwardHttpServers;
    QString forwardGatewayServers;
    qint64 fwGWID = 4294967295LL;
    // Network
    int ipVersion = 0;
    QString ips;
    QString bindV4Addresses;
    QString bindV6Addresses;
    QString optimizeConnectionIPv4;
    QString optimizeConnectionIPv6;
    bool enableGWPort = true;
    int gwPort = 80;
    bool enableRDP = false;
    int rdpPort = 3389;
    bool enableRDPUDP = true;
    bool broadcast = true;
    bool dosPro = true;
    // SSL/TLS
    bool enableSSL = true;
    int sslPort = 443;
    int minSSLVersion = 2;
    int cipherStrength = 2;
    QString cipher;
    QString certificateFile;
    QString privateKeyFile;
    // HSTS
    bool enableHSTS = false;
    int hstsMaxAge = 12;
    bool hstsIncludeSubdomains = false;
    bool hstsPreload = false;
    // Web portal / HTML5
    bool enableUserPortal = true;
    int userPortalPort = 20020;
    int launchMethod = 0;
    bool allowLaunchMethod = true;
    bool allowEmbed = false;
    bool allowAppsInNewTab = false;
    bool allowFileTransfer = true;
    bool allowClipboard = true;
    bool usePreWin2000LoginFormat = true;
    QString webRequestsURL;
    // Client management and devices
    bool enableClientManagerPort = true;
    bool enableWyseSupport = true;
    int securityMode = 0;
    QStringList macAllowExceptList;
    QStringList macAllowOnlyList;


    // One object or a list of them as the API sends it (JSON text); std::nullopt with a message when
    // the text is not JSON or an object cannot become a Gateway.
    static std::optional<Gateway> fromJson(const QByteArray &json, QString *error);
    static std::optional<QList<Gateway>> listFromJson(const QByteArray &json, QString *error);
    // Every writable field in the API's names and types.
    QJsonObject toJson() const;
};

// Copied by moving its bytes: a 10,000-entry list grows without constructing anything again.
Q_DECLARE_TYPEINFO(Gateway, Q_RELOCATABLE_TYPE);

// Describes one gateway field for generic code: rasctl's FIELD=VALUE, the properties dialog's
// validation, and the codec above, which all walk the same table.
struct GatewayField
{
    enum class Kind { Bool, Int, Int64, Enum, String, StringList };

    const char *apiName;
    Kind kind;
    const char *group;   // General, Network, SSL/TLS, HSTS, Web portal, Client management
    const char *label;   // English label, translated in the UI
    qint64 minimum = 0;
    qint64 maximum = 0;
    const QList<Ras::EnumEntry> *entries = nullptr;
    bool writable = true;
    // Where the value lives in Gateway: exactly one of these is set.
    bool Gateway::*boolean = nullptr;
    int Gateway::*integer = nullptr;
    qint64 Gateway::*integer64 = nullptr;
    QString Gateway::*string = nullptr;
    QStringList Gateway::*list = nullptr;

    static const QList<GatewayField> &all();
    static const GatewayField *find(const QString &name); // any case
    // Parses text typed by a user (true/false/yes/no/1/0, numbers, enum names, comma lists) into
    // the JSON value the API expects; false with a message when it does not fit the field.
    bool parse(const QString &text, QJsonValue *value, QString *error) const;
    QJsonValue read(const Gateway &gateway) const;
    void write(Gateway &gateway, const QJsonValue &value) const;
};
