#pragma once

#include "RasEnums.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// What the logged-on administrator may do (GET api/Session/CurrentAdminPermissions). A server that
// does not have the endpoint (404) gets allAllowed, as older RAS releases grant REST rights equal
// to the console rights the log-on already proved.
struct AdminPermissions
{
    QString adminName;
    int adminType = 0;
    QString email;
    QString groupName;
    QString mobile;
    QString sid;
    int permissions = static_cast<int>(Ras::AdministratorType::Root); // the "Administrator type"
    QList<int> runtimeSites;
    int farmMode = 0;
    bool monitoring = true;
    bool reporting = true;
    bool licensing = true;
    bool quickKeypad = true;
    bool policies = true;
    bool allAllowed = false;

    Ras::AdministratorType administratorType() const { return static_cast<Ras::AdministratorType>(permissions); }
    // "Root administrator", "Custom administrator", ... or "Unknown (n)".
    QString typeName() const { return Ras::displayName(administratorType()); }
    bool isCustom() const { return !allAllowed && administratorType() == Ras::AdministratorType::Custom; }
    // Sites the administrator may manage; an empty list from the server restricts nothing.
    bool mayManageSite(int siteId) const { return runtimeSites.isEmpty() || runtimeSites.contains(siteId); }

    // An unreadable answer gives the defaults (what an older server without the endpoint grants).
    static AdminPermissions fromJson(const QByteArray &json);
    static AdminPermissions everything();
};

// A custom administrator's rights per Site and object type (GET api/AdminAccount/{id}/CustomPermission),
// as the guide's flags: 1 View, 2 Modify, 4 ManageSessions, 8 Add, 16 Delete, 32 Control.
struct CustomPermissions
{
    enum Flag { View = 1, Modify = 2, ManageSessions = 4, Add = 8, Delete = 16, Control = 32 };

    // objectType is the API's name: "brokers", "gateways", ...; Site 0 holds the farm-wide ones.
    int flags(int siteId, const QString &objectType) const { return m_flags.value(key(siteId, objectType), 0); }
    bool allows(int siteId, const QString &objectType, Flag flag) const { return (flags(siteId, objectType) & flag) != 0; }
    // True when some Site grants flag on objectType.
    bool allowsAnywhere(const QString &objectType, Flag flag) const;

    static std::optional<CustomPermissions> fromJson(const QByteArray &json, QString *error);

private:
    static QString key(int siteId, const QString &objectType) { return QString::number(siteId) + QLatin1Char('/') + objectType; }
    QHash<QString, int> m_flags;
};
