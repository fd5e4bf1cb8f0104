#include "GatewayFieldDependencies.h"

#include "RasEnums.h"

#include <QCoreApplication>
#include <functional>

namespace GatewayFieldDependencies {

namespace {

struct Dependency
{
    const char *field;
    std::function<bool(const Gateway &)> applies;
    const char *reason; // English, translated where shown
};

bool normalMode(const Gateway &gateway)
{
    return gateway.gwMode == static_cast<int>(Ras::GatewayMode::Normal);
}

bool forwardingMode(const Gateway &gateway)
{
    return gateway.gwMode == static_cast<int>(Ras::GatewayMode::Forwarding);
}

const QList<Dependency> &dependencies()
{
    // The administrator's guide: a preferred broker and forwarding to HTTP servers are settings of the
    // normal mode; the gateways to forward to are the setting of the forwarding mode.
    static const QList<Dependency> table{
        {"preferredPAId", normalMode,
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only in normal mode (see Mode).")},
        {"normalModeForwarding", normalMode,
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only in normal mode (see Mode).")},
        {"forwardHttpServers", [](const Gateway &g) { return normalMode(g) && g.normalModeForwarding; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies",
                           "Applies only in normal mode with forwarding to HTTP servers switched on.")},
        {"forwardGatewayServers", forwardingMode,
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only in forwarding mode (see Mode).")},
        {"fwGWID", forwardingMode,
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only in forwarding mode (see Mode).")},
        {"gwPort", [](const Gateway &g) { return g.enableGWPort; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while the gateway port is enabled.")},
        {"rdpPort", [](const Gateway &g) { return g.enableRDP; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while the RDP port is enabled.")},
        {"sslPort", [](const Gateway &g) { return g.enableSSL; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while SSL is enabled.")},
        {"minSSLVersion", [](const Gateway &g) { return g.enableSSL; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while SSL is enabled.")},
        {"cipherStrength", [](const Gateway &g) { return g.enableSSL; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while SSL is enabled.")},
        // The other strengths are fixed cipher lists; only Custom takes the administrator's own.
        {"cipher",
         [](const Gateway &g) { return g.enableSSL && g.cipherStrength == static_cast<int>(Ras::CipherStrength::Custom); },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies",
                           "Applies only while SSL is enabled and the cipher strength is Custom.")},
        {"certificateFile", [](const Gateway &g) { return g.enableSSL; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while SSL is enabled.")},
        {"privateKeyFile", [](const Gateway &g) { return g.enableSSL; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while SSL is enabled.")},
        {"hstsMaxAge", [](const Gateway &g) { return g.enableHSTS; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while HSTS is enforced.")},
        {"hstsIncludeSubdomains", [](const Gateway &g) { return g.enableHSTS; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while HSTS is enforced.")},
        {"hstsPreload", [](const Gateway &g) { return g.enableHSTS; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while HSTS is enforced.")},
        {"UserPortalPort", [](const Gateway &g) { return g.enableUserPortal; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while the User Portal is enabled.")},
        {"launchMethod", [](const Gateway &g) { return g.enableUserPortal; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while the User Portal is enabled.")},
        {"allowlaunchMethod", [](const Gateway &g) { return g.enableUserPortal; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while the User Portal is enabled.")},
        {"allowEmbed", [](const Gateway &g) { return g.enableUserPortal; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while the User Portal is enabled.")},
        {"allowAppsInNewTab", [](const Gateway &g) { return g.enableUserPortal; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while the User Portal is enabled.")},
        {"allowFileTransfer", [](const Gateway &g) { return g.enableUserPortal; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while the User Portal is enabled.")},
        {"allowClipboard", [](const Gateway &g) { return g.enableUserPortal; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while the User Portal is enabled.")},
        {"usePreWin2000LoginFormat", [](const Gateway &g) { return g.enableUserPortal; },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies", "Applies only while the User Portal is enabled.")},
        {"macAllowExceptLst",
         [](const Gateway &g) { return g.securityMode == static_cast<int>(Ras::SecurityMode::AllowAllExcept); },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies",
                           "Applies only when the MAC address filter allows all except listed addresses.")},
        {"macAllowOnlyLst",
         [](const Gateway &g) { return g.securityMode == static_cast<int>(Ras::SecurityMode::AllowOnly); },
         QT_TRANSLATE_NOOP("GatewayFieldDependencies",
                           "Applies only when the MAC address filter allows only listed addresses.")},
    };
    return table;
}

const Dependency *dependencyOf(const GatewayField &field)
{
    for (const Dependency &dependency : dependencies()) {
        if (qstrcmp(dependency.field, field.apiName) == 0)
            return &dependency;
    }
    return nullptr;
}

} // namespace

bool applies(const GatewayField &field, const Gateway &gateway)
{
    const Dependency *dependency = dependencyOf(field);
    return !dependency || dependency->applies(gateway);
}

QString whyNot(const GatewayField &field, const Gateway &gateway)
{
    const Dependency *dependency = dependencyOf(field);
    if (!dependency || dependency->applies(gateway))
        return {};
    return QCoreApplication::translate("GatewayFieldDependencies", dependency->reason);
}

} // namespace GatewayFieldDependencies
