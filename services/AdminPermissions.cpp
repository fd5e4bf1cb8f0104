#include "AdminPermissions.h"

#include "JsonReader.h"

#include <QJsonArray>

AdminPermissions AdminPermissions::fromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    AdminPermissions permissions;
    permissions.adminName = reader.toString("adminName");
    permissions.adminType = reader.toInt("adminType");
    permissions.email = reader.toString("email");
    permissions.groupName = reader.toString("groupName");
    permissions.mobile = reader.toString("mobile");
    permissions.sid = reader.toString("sid");
    // Absent on servers that predate it: the log-on proved console rights, so assume a root administrator.
    permissions.permissions = reader.toInt("permissions", static_cast<int>(Ras::AdministratorType::Root));
    const QJsonArray sites = reader.value("runtimeSitesList").toArray();
    for (const auto &site : sites)
        permissions.runtimeSites << site.toInt();
    permissions.farmMode = reader.toInt("farmMode");
    permissions.monitoring = reader.toBool("monitoring", true);
    permissions.reporting = reader.toBool("reporting", true);
    permissions.licensing = reader.toBool("licensing", true);
    permissions.quickKeypad = reader.toBool("quickKeypad", true);
    permissions.policies = reader.toBool("policies", true);
    permissions.raw = object;
    return permissions;
}

AdminPermissions AdminPermissions::everything()
{
    AdminPermissions permissions;
    permissions.allAllowed = true;
    return permissions;
}

bool CustomPermissions::allowsAnywhere(const QString &objectType, Flag flag) const
{
    const QString suffix = QLatin1Char('/') + objectType;
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        if (it.key().endsWith(suffix) && (it.value() & flag) != 0)
            return true;
    }
    return false;
}

CustomPermissions CustomPermissions::fromJson(const QJsonObject &object)
{
    // {sitePermissions: [{siteId, brokers: {sitePermission: {permissions}, objectPermissions: [...]}, ...}]}
    CustomPermissions result;
    const QJsonArray sites = object.value(QLatin1String("sitePermissions")).toArray();
    for (const auto &siteValue : sites) {
        const QJsonObject site = siteValue.toObject();
        const int siteId = site.value(QLatin1String("siteId")).toVariant().toInt();
        for (auto it = site.constBegin(); it != site.constEnd(); ++it) {
            const QJsonValue permission = it.value().toObject().value(QLatin1String("sitePermission"));
            if (!permission.isObject())
                continue;
            const QJsonValue flags = permission.toObject().value(QLatin1String("permissions"));
            result.m_flags.insert(key(siteId, it.key()), flags.toVariant().toInt());
        }
    }
    // Farm-wide categories (client policies): {globalPermissions: {clientPolicies: {permissions}}}, kept
    // as Site 0.
    const QJsonObject global = object.value(QLatin1String("globalPermissions")).toObject();
    for (auto it = global.constBegin(); it != global.constEnd(); ++it) {
        const QJsonValue flags = it.value().toObject().value(QLatin1String("permissions"));
        if (!flags.isUndefined())
            result.m_flags.insert(key(0, it.key()), flags.toVariant().toInt());
    }
    return result;
}
