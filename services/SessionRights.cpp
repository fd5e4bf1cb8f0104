#include "SessionRights.h"

namespace {

int flagOf(SessionRights::Operation operation)
{
    switch (operation) {
    case SessionRights::Operation::View:
        return CustomPermissions::View;
    case SessionRights::Operation::Modify:
        return CustomPermissions::Modify;
    case SessionRights::Operation::Add:
        return CustomPermissions::Add;
    case SessionRights::Operation::Delete:
        return CustomPermissions::Delete;
    }
    return 0;
}

// The CustomPermission object types: per Site for servers, farm-wide for client policies.
QString objectTypeOf(SessionRights::Object object)
{
    switch (object) {
    case SessionRights::Object::Brokers:
        return QStringLiteral("brokers");
    case SessionRights::Object::Gateways:
        return QStringLiteral("gateways");
    case SessionRights::Object::ClientPolicies:
        return QStringLiteral("clientPolicies");
    case SessionRights::Object::Settings:
        break;
    }
    return {};
}

} // namespace

SessionRights SessionRights::of(const AdminPermissions &admin)
{
    SessionRights rights;
    rights.m_admin = admin;
    return rights;
}

SessionRights SessionRights::ofCustom(const AdminPermissions &admin, const CustomPermissions &custom)
{
    SessionRights rights;
    rights.m_admin = admin;
    rights.m_custom = custom;
    rights.m_source = Source::Custom;
    return rights;
}

SessionRights SessionRights::viewOnly(const AdminPermissions &admin)
{
    SessionRights rights;
    rights.m_admin = admin;
    rights.m_source = Source::ViewOnly;
    return rights;
}

int SessionRights::customFlags(Object object, int siteId) const
{
    const QString type = objectTypeOf(object);
    if (object == Object::ClientPolicies)
        return m_custom.flags(0, type); // farm-wide (globalPermissions)
    if (siteId != 0)
        return m_custom.flags(siteId, type);
    int any = 0;
    for (const int flag : {CustomPermissions::View, CustomPermissions::Modify, CustomPermissions::Add, CustomPermissions::Delete}) {
        if (m_custom.allowsAnywhere(type, static_cast<CustomPermissions::Flag>(flag)))
            any |= flag;
    }
    return any;
}

bool SessionRights::allows(Object object, Operation operation, int siteId) const
{
    // Sites outside runtimeSitesList are not this administrator's to manage at all.
    if (siteId != 0 && !m_admin.allAllowed && !m_admin.mayManageSite(siteId))
        return false;
    // CurrentAdminPermissions.policies gates the whole Client Policies category.
    if (object == Object::ClientPolicies && !m_admin.allAllowed && !m_admin.policies)
        return false;
    switch (m_source) {
    case Source::Unrestricted:
        return true;
    case Source::ViewOnly:
        return operation == Operation::View;
    case Source::Custom:
        break;
    }
    if (object == Object::Settings) {
        // Apply Settings commits what this administrator staged: allowed when they may stage anything.
        return operation == Operation::View || allowsAnyChange();
    }
    const int flags = customFlags(object, siteId);
    // Every granted right includes seeing the objects it applies to; the policies gate alone lets a
    // custom administrator see client policies.
    if (operation == Operation::View)
        return flags != 0 || object == Object::ClientPolicies;
    return (flags & flagOf(operation)) != 0;
}

bool SessionRights::allowsAnyChange() const
{
    switch (m_source) {
    case Source::Unrestricted:
        return true;
    case Source::ViewOnly:
        return false;
    case Source::Custom:
        break;
    }
    for (const Object object : {Object::Brokers, Object::Gateways, Object::ClientPolicies}) {
        for (const Operation operation : {Operation::Modify, Operation::Add, Operation::Delete}) {
            if ((customFlags(object, 0) & flagOf(operation)) != 0
                && (object != Object::ClientPolicies || m_admin.allAllowed || m_admin.policies))
                return true;
        }
    }
    return false;
}
