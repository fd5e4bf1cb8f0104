#include "AdminPermissions.h"

#include "JsonDecoding.h"

#include <utility>

namespace {

bool readPermissions(Json::Object object, Json::Reader &reader, AdminPermissions &permissions, QString *)
{
    static const Json::KeyTable keys{"adminName", "adminType", "email",     "groupName", "mobile",    "sid",
                                     "permissions", "runtimeSitesList", "farmMode", "monitoring", "reporting",
                                     "licensing", "quickKeypad", "policies"};
    reader.forEachField(object, keys, [&](int index, Json::Value &value) {
        switch (index) {
        case 0: permissions.adminName = reader.toString(value, "adminName"); break;
        case 1: permissions.adminType = reader.toInt(value, "adminType", 0); break;
        case 2: permissions.email = reader.toString(value, "email"); break;
        case 3: permissions.groupName = reader.toString(value, "groupName"); break;
        case 4: permissions.mobile = reader.toString(value, "mobile"); break;
        case 5: permissions.sid = reader.toString(value, "sid"); break;
        case 6:
            // Absent on servers that predate it: the log-on proved console rights, so a root administrator.
            permissions.permissions = reader.toInt(value, "permissions", static_cast<int>(Ras::AdministratorType::Root));
            break;
        case 7:
            reader.forEachElement(value, "runtimeSitesList", [&](Json::Value &site) {
                permissions.runtimeSites << reader.toInt(site, "runtimeSitesList", 0);
            });
            break;
        case 8: permissions.farmMode = reader.toInt(value, "farmMode", 0); break;
        case 9: permissions.monitoring = reader.toBool(value, "monitoring", true); break;
        case 10: permissions.reporting = reader.toBool(value, "reporting", true); break;
        case 11: permissions.licensing = reader.toBool(value, "licensing", true); break;
        case 12: permissions.quickKeypad = reader.toBool(value, "quickKeypad", true); break;
        case 13: permissions.policies = reader.toBool(value, "policies", true); break;
        }
    });
    return true;
}

// {sitePermissions: [{siteId, brokers: {sitePermission: {permissions}, objectPermissions: [...]}, ...}]}
// and the farm-wide categories (client policies), {globalPermissions: {clientPolicies: {permissions}}},
// kept as Site 0.
bool readCustomPermissions(Json::Object object, Json::Reader &reader, QHash<QString, int> &flags, QString *)
{
    static const Json::KeyTable top{"sitePermissions", "globalPermissions"};
    static const Json::KeyTable permissionKeys{"sitePermission"};
    static const Json::KeyTable flagKeys{"permissions"};
    reader.forEachField(object, top, [&](int index, Json::Value &sites) {
        if (index == 1) {
            if (Json::get(sites.type()) != simdjson::ondemand::json_type::object) {
                reader.skip(sites);
                return;
            }
            reader.forEachMember(Json::get(sites.get_object()), [&](std::string_view key, Json::Value &category) {
                const QString objectType = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
                reader.forEachField(category, "globalPermissions", flagKeys, [&](int, Json::Value &number) {
                    flags.insert(QStringLiteral("0/") + objectType, reader.toInt(number, "permissions", 0));
                });
            });
            return;
        }
        reader.forEachElement(sites, "sitePermissions", [&](Json::Value &site) {
            if (Json::get(site.type()) != simdjson::ondemand::json_type::object) {
                reader.skip(site);
                return;
            }
            // The siteId may come after the object types, so the flags wait for it.
            int siteId = 0;
            QList<std::pair<QString, int>> found;
            reader.forEachMember(Json::get(site.get_object()), [&](std::string_view key, Json::Value &value) {
                if (key == "siteId") {
                    siteId = reader.toInt(value, "siteId", 0);
                    return;
                }
                const QString objectType = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
                reader.forEachField(value, "objectType", permissionKeys, [&](int, Json::Value &permission) {
                    reader.forEachField(permission, "sitePermission", flagKeys, [&](int, Json::Value &number) {
                        found.append({objectType, reader.toInt(number, "permissions", 0)});
                    });
                });
            });
            for (const auto &[objectType, value] : std::as_const(found))
                flags.insert(QString::number(siteId) + QLatin1Char('/') + objectType, value);
        });
    });
    return true;
}

} // namespace

AdminPermissions AdminPermissions::fromJson(const QByteArray &json)
{
    QString ignored;
    return Json::decodeObject<AdminPermissions>(json, &ignored, readPermissions).value_or(AdminPermissions());
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

std::optional<CustomPermissions> CustomPermissions::fromJson(const QByteArray &json, QString *error)
{
    const auto flags = Json::decodeObject<QHash<QString, int>>(json, error, readCustomPermissions);
    if (!flags)
        return std::nullopt;
    CustomPermissions result;
    result.m_flags = *flags;
    return result;
}
