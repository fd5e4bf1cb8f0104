#include "AgentStatus.h"

#include "JsonReader.h"

namespace {

std::optional<AgentStatus> decodeAgentStatus(JsonReader &reader, QString *error)
{
    AgentStatus status;
    status.id = reader.toString("id");
    bool ok = false;
    status.numericId = status.id.trimmed().toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("a status entry has no valid id");
        return std::nullopt;
    }
    status.server = reader.toString("server");
    status.siteId = reader.toInt("siteId");
    status.enabled = reader.toBool("enabled", true);
    status.cpuLoad = reader.toInt("cpuLoad");
    status.memLoad = reader.toInt("memLoad");
    status.diskRead = reader.toInt("diskRead");
    status.diskWrite = reader.toInt("diskWrite");
    status.agentVersion = reader.toString("agentVer");
    status.serverOs = reader.toString("serverOS");
    status.serviceStartTime = reader.toString("serviceStartTime");
    status.systemBootTime = reader.toString("systemBootTime");
    status.unhandledExceptions = reader.toInt("unhandledExceptions");
    status.agentState = static_cast<Ras::AgentState>(
        reader.toEnum("agentState", Ras::agentStateEntries(), static_cast<int>(Ras::AgentState::Unknown)));
    status.serverType = static_cast<Ras::ServerType>(reader.toEnum("serverType", Ras::serverTypeEntries(), 7));
    status.logLevel = static_cast<Ras::LogLevel>(reader.toEnum("logLevel", Ras::logLevelEntries(), 3));
    return status;
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

std::optional<AgentStatus> AgentStatus::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object);
    return decodeAgentStatus(reader, error);
}

std::optional<AgentStatus> AgentStatus::fromMembers(const JsonMembers &members, QString *error)
{
    JsonReader reader(members);
    return decodeAgentStatus(reader, error);
}
