#include "AdminPermissions.h"

#include "JsonReader.h"

#include <QJsonArray>

AdminPermissions AdminPermissions::fromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    AdminPermissions permissions;
    permissions.adminName = reader.toString("adminName");
    permissions.adminType = reader.toInt("adminType");
    permissions.permissions = reader.toInt("permissions");
    const QJsonArray sites = reader.value("runtimeSitesList").toArray();
    for (const auto &site : sites)
        permissions.runtimeSites << site.toInt();
    permissions.monitoring = reader.toBool("monitoring", true);
    permissions.reporting = reader.toBool("reporting", true);
    permissions.licensing = reader.toBool("licensing", true);
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
