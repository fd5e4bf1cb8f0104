#include "AgentStatus.h"

#include "JsonDecoding.h"

#include <QCoreApplication>

namespace {

bool readAgentStatus(Json::Object object, Json::Reader &reader, AgentStatus &status, QString *error)
{
    static const Json::KeyTable keys{"id",       "server",    "siteId",     "enabled",          "cpuLoad",
                                     "memLoad",  "diskRead",  "diskWrite",  "agentVer",         "serverOS",
                                     "serviceStartTime", "systemBootTime", "unhandledExceptions", "agentState",
                                     "serverType", "logLevel"};
    bool ok = false;
    reader.forEachField(object, keys, [&](int index, Json::Value &value) {
        switch (index) {
        case 0:
            status.id = reader.toString(value, "id");
            status.numericId = status.id.trimmed().toInt(&ok);
            break;
        case 1: status.server = reader.toString(value, "server"); break;
        case 2: status.siteId = reader.toInt(value, "siteId", 0); break;
        case 3: status.enabled = reader.toBool(value, "enabled", true); break;
        case 4: status.cpuLoad = reader.toInt(value, "cpuLoad", 0); break;
        case 5: status.memLoad = reader.toInt(value, "memLoad", 0); break;
        case 6: status.diskRead = reader.toInt(value, "diskRead", 0); break;
        case 7: status.diskWrite = reader.toInt(value, "diskWrite", 0); break;
        case 8: status.agentVersion = reader.toSharedString(value, "agentVer", 0); break;
        case 9: status.serverOs = reader.toSharedString(value, "serverOS", 1); break;
        case 10: status.serviceStartTime = reader.toSharedString(value, "serviceStartTime", 2); break;
        case 11: status.systemBootTime = reader.toSharedString(value, "systemBootTime", 3); break;
        case 12: status.unhandledExceptions = reader.toInt(value, "unhandledExceptions", 0); break;
        case 13:
            status.agentState = static_cast<Ras::AgentState>(
                reader.toEnum(value, "agentState", Ras::agentStateEntries(), static_cast<int>(Ras::AgentState::Unknown)));
            break;
        case 14: status.serverType = static_cast<Ras::ServerType>(reader.toEnum(value, "serverType", Ras::serverTypeEntries(), 7)); break;
        case 15: status.logLevel = static_cast<Ras::LogLevel>(reader.toEnum(value, "logLevel", Ras::logLevelEntries(), 3)); break;
        }
    });
    if (!ok) {
        *error = QCoreApplication::translate("Json", "a status entry has no valid id");
        return false;
    }
    return true;
}

} // namespace

bool AgentStatus::reportsLoad() const
{
    switch (agentState) {
    case Ras::AgentState::Disconnected:
    case Ras::AgentState::NotApplied:
    case Ras::AgentState::Unknown:
    case Ras::AgentState::ServerDeleted:
    case Ras::AgentState::DisabledFromSettings:
    case Ras::AgentState::NotVerified:
    case Ras::AgentState::Unavailable:
    case Ras::AgentState::MarkedForDeletion:
        return false;
    default:
        return true;
    }
}

std::optional<AgentStatus> AgentStatus::fromJson(const QByteArray &json, QString *error)
{
    return Json::decodeObject<AgentStatus>(json, error, readAgentStatus);
}

std::optional<QList<AgentStatus>> AgentStatus::listFromJson(const QByteArray &json, QString *error)
{
    return Json::decodeList<AgentStatus>(json, error, readAgentStatus);
}
