#include "RasEnums.h"

#include <QCoreApplication>

namespace Ras {

const QList<EnumEntry> &agentStateEntries()
{
    static const QList<EnumEntry> entries{
        {0, "OK", QT_TRANSLATE_NOOP("Ras", "OK")},
        {1, "EnumSessionsFailed", QT_TRANSLATE_NOOP("Ras", "Enumerating sessions failed")},
        {2, "RDSRoleDisabled", QT_TRANSLATE_NOOP("Ras", "RDS role disabled")},
        {3, "MaxNonCompletedSessions", QT_TRANSLATE_NOOP("Ras", "Too many incomplete sessions")},
        {4, "RASScheduleInProgress", QT_TRANSLATE_NOOP("Ras", "Schedule in progress")},
        {5, "ConnectionFailed", QT_TRANSLATE_NOOP("Ras", "Connection failed")},
        {6, "InvalidCredentials", QT_TRANSLATE_NOOP("Ras", "Invalid credentials")},
        {7, "NeedsSysprep", QT_TRANSLATE_NOOP("Ras", "Needs Sysprep")},
        {8, "SysPrepInProgress", QT_TRANSLATE_NOOP("Ras", "Sysprep in progress")},
        {9, "CloningFailed", QT_TRANSLATE_NOOP("Ras", "Cloning failed")},
        {10, "Synchronising", QT_TRANSLATE_NOOP("Ras", "Synchronising")},
        {13, "LogonDrainUntilRestart", QT_TRANSLATE_NOOP("Ras", "Drain until restart")},
        {14, "LogonDrain", QT_TRANSLATE_NOOP("Ras", "Drain")},
        {15, "LogonDisabled", QT_TRANSLATE_NOOP("Ras", "Logons disabled")},
        {16, "ForcedDisconnect", QT_TRANSLATE_NOOP("Ras", "Forced disconnect")},
        {17, "CloningCanceled", QT_TRANSLATE_NOOP("Ras", "Cloning canceled")},
        {18, "RASprepInProgress", QT_TRANSLATE_NOOP("Ras", "RASprep in progress")},
        {20, "InstallingRDSRole", QT_TRANSLATE_NOOP("Ras", "Installing RDS role")},
        {21, "RebootPending", QT_TRANSLATE_NOOP("Ras", "Reboot pending")},
        {22, "PortMismatch", QT_TRANSLATE_NOOP("Ras", "Port mismatch")},
        {23, "NeedsDowngrade", QT_TRANSLATE_NOOP("Ras", "Needs downgrade")},
        {24, "NotApplied", QT_TRANSLATE_NOOP("Ras", "Not applied")},
        {25, "CloningInProgress", QT_TRANSLATE_NOOP("Ras", "Cloning in progress")},
        {26, "MarkedForDeletion", QT_TRANSLATE_NOOP("Ras", "Marked for deletion")},
        {27, "StandBy", QT_TRANSLATE_NOOP("Ras", "Standby")},
        {28, "UnsupportedVDIType", QT_TRANSLATE_NOOP("Ras", "Unsupported VDI type")},
        {29, "FreeESXLicenseNotSupported", QT_TRANSLATE_NOOP("Ras", "Free ESX licence not supported")},
        {30, "ManagedESXNotSupported", QT_TRANSLATE_NOOP("Ras", "Managed ESX not supported")},
        {32, "InvalidHostVersion", QT_TRANSLATE_NOOP("Ras", "Invalid host version")},
        {33, "NotJoined", QT_TRANSLATE_NOOP("Ras", "Not joined")},
        {35, "LicenseExpired", QT_TRANSLATE_NOOP("Ras", "Licence expired")},
        {36, "JoinBroken", QT_TRANSLATE_NOOP("Ras", "Join broken")},
        {37, "InUse", QT_TRANSLATE_NOOP("Ras", "In use")},
        {38, "NotInUse", QT_TRANSLATE_NOOP("Ras", "Not in use")},
        {39, "Unsupported", QT_TRANSLATE_NOOP("Ras", "Unsupported")},
        {40, "NoAvailableGateways", QT_TRANSLATE_NOOP("Ras", "No available gateways")},
        {41, "EnrollServerNotInitialized", QT_TRANSLATE_NOOP("Ras", "Enrollment server not initialised")},
        {42, "EnrollmentUnavailable", QT_TRANSLATE_NOOP("Ras", "Enrollment unavailable")},
        {43, "InvalidCAConfig", QT_TRANSLATE_NOOP("Ras", "Invalid CA configuration")},
        {44, "InvalidEAUserCredentials", QT_TRANSLATE_NOOP("Ras", "Invalid enrollment agent credentials")},
        {45, "InvalidESSettings", QT_TRANSLATE_NOOP("Ras", "Invalid enrollment settings")},
        {46, "FSLogixNotAvail", QT_TRANSLATE_NOOP("Ras", "FSLogix not available")},
        {47, "NoDevices", QT_TRANSLATE_NOOP("Ras", "No devices")},
        {48, "NeedsAttention", QT_TRANSLATE_NOOP("Ras", "Needs attention")},
        {49, "ImageOptimizationPending", QT_TRANSLATE_NOOP("Ras", "Image optimisation pending")},
        {50, "ImageOptimization", QT_TRANSLATE_NOOP("Ras", "Image optimisation")},
        {51, "Unavailable", QT_TRANSLATE_NOOP("Ras", "Unavailable")},
        {52, "UnderConstruction", QT_TRANSLATE_NOOP("Ras", "Under construction")},
        {53, "Broken", QT_TRANSLATE_NOOP("Ras", "Broken")},
        {54, "NonRAS", QT_TRANSLATE_NOOP("Ras", "Not a RAS server")},
        {55, "Provisioning", QT_TRANSLATE_NOOP("Ras", "Provisioning")},
        {56, "Invalid", QT_TRANSLATE_NOOP("Ras", "Invalid")},
        {57, "FSLogixNeedsUpdate", QT_TRANSLATE_NOOP("Ras", "FSLogix needs update")},
        {58, "NoMembersAvailable", QT_TRANSLATE_NOOP("Ras", "No members available")},
        {59, "MembersNeedUpdate", QT_TRANSLATE_NOOP("Ras", "Members need update")},
        {60, "FailedPerfCounters", QT_TRANSLATE_NOOP("Ras", "Performance counters failed")},
        {61, "PendingRecreation", QT_TRANSLATE_NOOP("Ras", "Pending recreation")},
        {62, "RemovingMembers", QT_TRANSLATE_NOOP("Ras", "Removing members")},
        {63, "AddingMembers", QT_TRANSLATE_NOOP("Ras", "Adding members")},
        {64, "DeleteInProgress", QT_TRANSLATE_NOOP("Ras", "Delete in progress")},
        {66, "JoiningToHostPool", QT_TRANSLATE_NOOP("Ras", "Joining host pool")},
        {67, "AutoUpgradeInProgress", QT_TRANSLATE_NOOP("Ras", "Auto-upgrade in progress")},
        {68, "AutoUpgradeInitiated", QT_TRANSLATE_NOOP("Ras", "Auto-upgrade initiated")},
        {-8, "AutoUpgradeLimitReached", QT_TRANSLATE_NOOP("Ras", "Auto-upgrade limit reached")},
        {-7, "AutoUpgradeFailed", QT_TRANSLATE_NOOP("Ras", "Auto-upgrade failed")},
        {-6, "Unknown", QT_TRANSLATE_NOOP("Ras", "Unknown")},
        {-5, "NeedsUpdate", QT_TRANSLATE_NOOP("Ras", "Needs update")},
        {-4, "NotVerified", QT_TRANSLATE_NOOP("Ras", "Not verified")},
        {-3, "ServerDeleted", QT_TRANSLATE_NOOP("Ras", "Server deleted")},
        {-2, "DisabledFromSettings", QT_TRANSLATE_NOOP("Ras", "Disabled")},
        {-1, "Disconnected", QT_TRANSLATE_NOOP("Ras", "Disconnected")},
    };
    return entries;
}

const QList<EnumEntry> &serverTypeEntries()
{
    static const QList<EnumEntry> entries{
        {1, "RDSHost", QT_TRANSLATE_NOOP("Ras", "RD Session Host")},
        {2, "Provider", QT_TRANSLATE_NOOP("Ras", "Provider")},
        {3, "Gateway", QT_TRANSLATE_NOOP("Ras", "Secure Gateway")},
        {4, "Guest", QT_TRANSLATE_NOOP("Ras", "Guest")},
        {7, "Broker", QT_TRANSLATE_NOOP("Ras", "Connection Broker")},
        {9, "Site", QT_TRANSLATE_NOOP("Ras", "Site")},
        {10, "VDIHostPool", QT_TRANSLATE_NOOP("Ras", "VDI host pool")},
        {16, "RDSGroup", QT_TRANSLATE_NOOP("Ras", "RDS group")},
        {25, "HALBDevice", QT_TRANSLATE_NOOP("Ras", "HALB device")},
        {45, "TenantBroker", QT_TRANSLATE_NOOP("Ras", "Tenant Broker")},
        {46, "Enrollment", QT_TRANSLATE_NOOP("Ras", "Enrollment server")},
        {51, "HALB", QT_TRANSLATE_NOOP("Ras", "HALB")},
        {64, "AVDWorkspace", QT_TRANSLATE_NOOP("Ras", "AVD workspace")},
        {65, "AVDHostPool", QT_TRANSLATE_NOOP("Ras", "AVD host pool")},
        {66, "AVDTemplate", QT_TRANSLATE_NOOP("Ras", "AVD template")},
        {67, "AVDHost", QT_TRANSLATE_NOOP("Ras", "AVD host")},
        {95, "VDITemplateVersion", QT_TRANSLATE_NOOP("Ras", "VDI template version")},
        {96, "AVDTemplateVersion", QT_TRANSLATE_NOOP("Ras", "AVD template version")},
        {97, "RDSTemplateVersion", QT_TRANSLATE_NOOP("Ras", "RDS template version")},
        {107, "RDSTemplate", QT_TRANSLATE_NOOP("Ras", "RDS template")},
        {108, "VDITemplate", QT_TRANSLATE_NOOP("Ras", "VDI template")},
        {2013, "VDIHost", QT_TRANSLATE_NOOP("Ras", "VDI host")},
        {-1, "All", QT_TRANSLATE_NOOP("Ras", "All")},
    };
    return entries;
}

const QList<EnumEntry> &logLevelEntries()
{
    static const QList<EnumEntry> entries{
        {-1, "None", QT_TRANSLATE_NOOP("Ras", "None")},
        {0, "Critical", QT_TRANSLATE_NOOP("Ras", "Critical")},
        {1, "Error", QT_TRANSLATE_NOOP("Ras", "Error")},
        {2, "Warning", QT_TRANSLATE_NOOP("Ras", "Warning")},
        {3, "Standard", QT_TRANSLATE_NOOP("Ras", "Standard")},
        {4, "Extended", QT_TRANSLATE_NOOP("Ras", "Extended")},
        {5, "Verbose", QT_TRANSLATE_NOOP("Ras", "Verbose")},
    };
    return entries;
}

const QList<EnumEntry> &secondaryConnectionModeEntries()
{
    static const QList<EnumEntry> entries{
        {0, "GatewayMode", QT_TRANSLATE_NOOP("Ras", "Gateway")},
        {1, "DirectMode", QT_TRANSLATE_NOOP("Ras", "Direct")},
        {2, "GatewaySSLMode", QT_TRANSLATE_NOOP("Ras", "Gateway SSL")},
        {3, "DirectSSLMode", QT_TRANSLATE_NOOP("Ras", "Direct SSL")},
    };
    return entries;
}

const QList<EnumEntry> &redirectionModeEntries()
{
    static const QList<EnumEntry> entries{
        {0, "GatewayMode", QT_TRANSLATE_NOOP("Ras", "Gateway")},
        {1, "GatewaySSLMode", QT_TRANSLATE_NOOP("Ras", "Gateway SSL")},
        {2, "DirectMode", QT_TRANSLATE_NOOP("Ras", "Direct")},
        {3, "DirectSSLMode", QT_TRANSLATE_NOOP("Ras", "Direct SSL")},
    };
    return entries;
}

const QList<EnumEntry> &gatewayModeEntries()
{
    static const QList<EnumEntry> entries{
        {0, "normal", QT_TRANSLATE_NOOP("Ras", "Normal")},
        {1, "forwarding", QT_TRANSLATE_NOOP("Ras", "Forwarding")},
    };
    return entries;
}

const QList<EnumEntry> &ipVersionEntries()
{
    static const QList<EnumEntry> entries{
        {0, "version4", QT_TRANSLATE_NOOP("Ras", "IPv4")},
        {1, "version6", QT_TRANSLATE_NOOP("Ras", "IPv6")},
        {2, "bothVersions", QT_TRANSLATE_NOOP("Ras", "IPv4 and IPv6")},
    };
    return entries;
}

const QList<EnumEntry> &sslVersionEntries()
{
    // Each setting accepts its protocol and every later one up to TLS 1.2.
    static const QList<EnumEntry> entries{
        {0, "SSLv2", QT_TRANSLATE_NOOP("Ras", "SSL 2.0 to TLS 1.2 (weak)")},
        {1, "SSLv3", QT_TRANSLATE_NOOP("Ras", "SSL 3.0 to TLS 1.2")},
        {2, "TLSv1", QT_TRANSLATE_NOOP("Ras", "TLS 1.0 to TLS 1.2")},
        {3, "TLSv1_1", QT_TRANSLATE_NOOP("Ras", "TLS 1.1 to TLS 1.2")},
        {4, "TLSv1_2", QT_TRANSLATE_NOOP("Ras", "TLS 1.2 only (strong)")},
    };
    return entries;
}

const QList<EnumEntry> &cipherStrengthEntries()
{
    static const QList<EnumEntry> entries{
        {0, "low", QT_TRANSLATE_NOOP("Ras", "Low")},
        {1, "medium", QT_TRANSLATE_NOOP("Ras", "Medium")},
        {2, "high", QT_TRANSLATE_NOOP("Ras", "High")},
        {3, "custom", QT_TRANSLATE_NOOP("Ras", "Custom")},
    };
    return entries;
}

const QList<EnumEntry> &launchMethodEntries()
{
    static const QList<EnumEntry> entries{
        {0, "parallelsClientAndHTML5", QT_TRANSLATE_NOOP("Ras", "Parallels Client, HTML5 fallback")},
        {1, "parallelsClient", QT_TRANSLATE_NOOP("Ras", "Parallels Client only")},
        {2, "HTML5", QT_TRANSLATE_NOOP("Ras", "HTML5 only")},
    };
    return entries;
}

const QList<EnumEntry> &securityModeEntries()
{
    static const QList<EnumEntry> entries{
        {0, "allowAllExcept", QT_TRANSLATE_NOOP("Ras", "Allow all except listed")},
        {1, "allowOnly", QT_TRANSLATE_NOOP("Ras", "Allow only listed")},
    };
    return entries;
}

const QList<EnumEntry> &administratorTypeEntries()
{
    static const QList<EnumEntry> entries{
        {0, "PowerAdmin", QT_TRANSLATE_NOOP("Ras", "Power administrator")},
        {1, "RootAdmin", QT_TRANSLATE_NOOP("Ras", "Root administrator")},
        {2, "CustomAdmin", QT_TRANSLATE_NOOP("Ras", "Custom administrator")},
    };
    return entries;
}

QString displayName(AgentState state) { return displayName(agentStateEntries(), static_cast<int>(state)); }
QString displayName(ServerType type) { return displayName(serverTypeEntries(), static_cast<int>(type)); }
QString displayName(LogLevel level) { return displayName(logLevelEntries(), static_cast<int>(level)); }
QString displayName(SecondaryConnectionMode value) { return displayName(secondaryConnectionModeEntries(), static_cast<int>(value)); }
QString displayName(RedirectionMode value) { return displayName(redirectionModeEntries(), static_cast<int>(value)); }
QString displayName(GatewayMode value) { return displayName(gatewayModeEntries(), static_cast<int>(value)); }
QString displayName(IpVersion value) { return displayName(ipVersionEntries(), static_cast<int>(value)); }
QString displayName(SslVersion value) { return displayName(sslVersionEntries(), static_cast<int>(value)); }
QString displayName(CipherStrength value) { return displayName(cipherStrengthEntries(), static_cast<int>(value)); }
QString displayName(LaunchMethod value) { return displayName(launchMethodEntries(), static_cast<int>(value)); }
QString displayName(SecurityMode value) { return displayName(securityModeEntries(), static_cast<int>(value)); }
QString displayName(AdministratorType value) { return displayName(administratorTypeEntries(), static_cast<int>(value)); }

QString displayName(const QList<EnumEntry> &entries, int value)
{
    for (const auto &entry : entries) {
        if (entry.value == value)
            return QCoreApplication::translate("Ras", entry.displayText);
    }
    return QCoreApplication::translate("Ras", "Unknown (%1)").arg(value);
}

bool parseEnum(const QList<EnumEntry> &entries, const QString &text, int *value)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const int number = trimmed.toInt(&isNumber);
    for (const auto &entry : entries) {
        if ((isNumber && entry.value == number)
            || (!isNumber && trimmed.compare(QLatin1String(entry.apiName), Qt::CaseInsensitive) == 0)) {
            *value = entry.value;
            return true;
        }
    }
    return false;
}

Health healthOf(AgentState state)
{
    switch (state) {
    case AgentState::Ok:
    case AgentState::InUse:
    case AgentState::NotInUse:
        return Health::Good;
    case AgentState::StandBy:
    case AgentState::DisabledFromSettings:
    case AgentState::NotApplied:
    case AgentState::MarkedForDeletion:
        return Health::Inactive;
    case AgentState::Disconnected:
    case AgentState::ConnectionFailed:
    case AgentState::InvalidCredentials:
    case AgentState::Broken:
    case AgentState::Unavailable:
    case AgentState::ServerDeleted:
    case AgentState::LicenseExpired:
    case AgentState::JoinBroken:
    case AgentState::AutoUpgradeFailed:
        return Health::Bad;
    default:
        return Health::Warning;
    }
}

} // namespace Ras
