#pragma once

#include <QList>
#include <QString>

// The API's enums. Values travel as integers (sometimes as names); a value this client does not
// know yet is kept as is and shown as "Unknown (n)", because every RAS release adds some.
namespace Ras {

enum class AgentState : int {
    Ok = 0, EnumSessionsFailed = 1, RdsRoleDisabled = 2, MaxNonCompletedSessions = 3, ScheduleInProgress = 4,
    ConnectionFailed = 5, InvalidCredentials = 6, NeedsSysprep = 7, SysprepInProgress = 8, CloningFailed = 9,
    Synchronising = 10, LogonDrainUntilRestart = 13, LogonDrain = 14, LogonDisabled = 15, ForcedDisconnect = 16,
    CloningCanceled = 17, RasPrepInProgress = 18, InstallingRdsRole = 20, RebootPending = 21, PortMismatch = 22,
    NeedsDowngrade = 23, NotApplied = 24, CloningInProgress = 25, MarkedForDeletion = 26, StandBy = 27,
    UnsupportedVdiType = 28, FreeEsxLicenseNotSupported = 29, ManagedEsxNotSupported = 30, InvalidHostVersion = 32,
    NotJoined = 33, LicenseExpired = 35, JoinBroken = 36, InUse = 37, NotInUse = 38, Unsupported = 39,
    NoAvailableGateways = 40, EnrollServerNotInitialized = 41, EnrollmentUnavailable = 42, InvalidCaConfig = 43,
    InvalidEaUserCredentials = 44, InvalidEsSettings = 45, FsLogixNotAvailable = 46, NoDevices = 47,
    NeedsAttention = 48, ImageOptimizationPending = 49, ImageOptimization = 50, Unavailable = 51,
    UnderConstruction = 52, Broken = 53, NonRas = 54, Provisioning = 55, Invalid = 56, FsLogixNeedsUpdate = 57,
    NoMembersAvailable = 58, MembersNeedUpdate = 59, FailedPerfCounters = 60, PendingRecreation = 61,
    RemovingMembers = 62, AddingMembers = 63, DeleteInProgress = 64, JoiningToHostPool = 66,
    AutoUpgradeInProgress = 67, AutoUpgradeInitiated = 68, AutoUpgradeLimitReached = -8, AutoUpgradeFailed = -7,
    Unknown = -6, NeedsUpdate = -5, NotVerified = -4, ServerDeleted = -3, DisabledFromSettings = -2,
    Disconnected = -1,
};

enum class ServerType : int {
    RdsHost = 1, Provider = 2, Gateway = 3, Guest = 4, Broker = 7, Site = 9, VdiHostPool = 10, RdsGroup = 16,
    HalbDevice = 25, TenantBroker = 45, Enrollment = 46, Halb = 51, AvdWorkspace = 64, AvdHostPool = 65,
    AvdTemplate = 66, AvdHost = 67, VdiTemplateVersion = 95, AvdTemplateVersion = 96, RdsTemplateVersion = 97,
    RdsTemplate = 107, VdiTemplate = 108, VdiHost = 2013, All = -1,
};

enum class LogLevel : int { None = -1, Critical = 0, Error = 1, Warning = 2, Standard = 3, Extended = 4, Verbose = 5 };

// SecondaryConnection.mode: numbered differently from RedirectionMode below. Never mix the two.
enum class SecondaryConnectionMode : int { Gateway = 0, Direct = 1, GatewaySsl = 2, DirectSsl = 3 };
// clientPolicy.redirection.mode.
enum class RedirectionMode : int { Gateway = 0, GatewaySsl = 1, Direct = 2, DirectSsl = 3 };

enum class GatewayMode : int { Normal = 0, Forwarding = 1 };
enum class IpVersion : int { Version4 = 0, Version6 = 1, Both = 2 };
// Gateway minSSLVersion: the lowest protocol the gateway accepts (it always goes up to TLS 1.2).
// Numbered from SSL 2.0, so the sample's default 2 is TLS 1.0, not TLS 1.2 (docs/api-notes.md).
enum class SslVersion : int { Ssl2 = 0, Ssl3 = 1, Tls1 = 2, Tls1_1 = 3, Tls1_2 = 4 };
enum class CipherStrength : int { Low = 0, Medium = 1, High = 2, Custom = 3 };
enum class LaunchMethod : int { ClientAndHtml5 = 0, Client = 1, Html5 = 2 };
enum class SecurityMode : int { AllowAllExcept = 0, AllowOnly = 1 };

// CurrentAdminPermissions.permissions: what kind of administrator is logged on.
enum class AdministratorType : int { Power = 0, Root = 1, Custom = 2 };

// One entry of an enum: its number, the name the API uses for it, and the English display text
// (translated at display time).
struct EnumEntry
{
    int value;
    const char *apiName;
    const char *displayText;
};

// Entry tables per enum, for parsing names and building combo boxes.
const QList<EnumEntry> &agentStateEntries();
const QList<EnumEntry> &serverTypeEntries();
const QList<EnumEntry> &logLevelEntries();
const QList<EnumEntry> &secondaryConnectionModeEntries();
const QList<EnumEntry> &redirectionModeEntries();
const QList<EnumEntry> &gatewayModeEntries();
const QList<EnumEntry> &ipVersionEntries();
const QList<EnumEntry> &sslVersionEntries();
const QList<EnumEntry> &cipherStrengthEntries();
const QList<EnumEntry> &launchMethodEntries();
const QList<EnumEntry> &securityModeEntries();
const QList<EnumEntry> &administratorTypeEntries();

// The translated display text of value in entries, or "Unknown (n)".
QString displayName(const QList<EnumEntry> &entries, int value);
// The value whose API name (any case) or number is text; false when none matches.
bool parseEnum(const QList<EnumEntry> &entries, const QString &text, int *value);

QString displayName(AgentState state);
QString displayName(ServerType type);
QString displayName(LogLevel level);
QString displayName(SecondaryConnectionMode mode);
QString displayName(RedirectionMode mode);
QString displayName(GatewayMode mode);
QString displayName(IpVersion version);
QString displayName(SslVersion version);
QString displayName(CipherStrength strength);
QString displayName(LaunchMethod method);
QString displayName(SecurityMode mode);
QString displayName(AdministratorType type);

// The health an agent state means for an administrator scanning a list.
enum class Health { Good, Warning, Bad, Inactive };
Health healthOf(AgentState state);

} // namespace Ras
