#pragma once

#include "AdminPermissions.h"

// What the logged-on administrator may do with each kind of object the console manages. Root and
// power administrators (and servers without the permissions resource) are not restricted here; a
// custom administrator gets exactly the CustomPermission flags per Site and object type; when the
// server would not say, the session may look but not change.
class SessionRights
{
public:
    enum class Object { Brokers, Gateways, ClientPolicies, Settings };
    enum class Operation { View, Modify, Add, Delete };

    SessionRights() = default; // unrestricted, as for a server that predates the permissions resource
    static SessionRights of(const AdminPermissions &admin);
    static SessionRights ofCustom(const AdminPermissions &admin, const CustomPermissions &custom);
    // The server would not tell: viewing is allowed, changing nothing.
    static SessionRights viewOnly(const AdminPermissions &admin);

    const AdminPermissions &admin() const { return m_admin; }
    // siteId 0 asks whether some Site allows it (rights differ per Site for brokers and gateways).
    bool allows(Object object, Operation operation, int siteId = 0) const;
    // Some object may be added, changed or deleted somewhere.
    bool allowsAnyChange() const;
    // Nothing at all may be changed (the read-only console).
    bool isViewOnly() const { return !allowsAnyChange(); }

private:
    enum class Source { Unrestricted, Custom, ViewOnly };
    int customFlags(Object object, int siteId) const;

    AdminPermissions m_admin = AdminPermissions::everything();
    CustomPermissions m_custom;
    Source m_source = Source::Unrestricted;
};
