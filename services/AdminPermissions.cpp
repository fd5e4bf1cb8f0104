#include "AdminPermissions.h"

#include "JsonDecoding.h"

namespace {

bool readPermissions(Json::Object object, Json::Reader &reader, AdminPermissions &permissions, QString *)
{
    static const Json::KeyTable keys{"adminName", "adminType", "permissions", "runtimeSitesList",
                                     "monitoring", "reporting", "licensing", "policies"};
    reader.forEachField(object, keys, [&](int index, Json::Value &value) {
        switch (index) {
        case 0: permissions.adminName = reader.toString(value, "adminName"); break;
        case 1: permissions.adminType = reader.toInt(value, "adminType", 0); break;
        case 2: permissions.permissions = reader.toInt(value, "permissions", 0); break;
        case 3:
            reader.forEachElement(value, "runtimeSitesList", [&](Json::Value &site) {
                permissions.runtimeSites << reader.toInt(site, "runtimeSitesList", 0);
            });
            break;
        case 4: permissions.monitoring = reader.toBool(value, "monitoring", true); break;
        case 5: permissions.reporting = reader.toBool(value, "reporting", true); break;
        case 6: permissions.licensing = reader.toBool(value, "licensing", true); break;
        case 7: permissions.policies = reader.toBool(value, "policies", true); break;
        }
    });
    return true;
}

} // namespace

AdminPermissions AdminPermissions::fromJson(const QByteArray &json)
{
    // An unreadable answer grants what an older server without the endpoint grants: the defaults.
    QString ignored;
    return Json::decodeObject<AdminPermissions>(json, &ignored, readPermissions).value_or(AdminPermissions());
}

AdminPermissions AdminPermissions::everything()
{
    AdminPermissions permissions;
    permissions.allAllowed = true;
    return permissions;
}
