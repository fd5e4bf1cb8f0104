#include "SessionInfo.h"

#include "JsonReader.h"

SessionInfo SessionInfo::fromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    SessionInfo info;
    info.userId = reader.toInt("userId");
    info.sessionId = reader.toInt("sessionId");
    info.connectedSiteId = reader.toInt("connectedSiteId");
    info.settingsId = reader.toInt("settingsId");
    info.applySettingsEnabled = reader.toBool("applySettingsEnabled");
    info.primaryBrokerConnection = reader.toBool("primaryBrokerConnection");
    info.connectedServer = reader.toString("connectedServer");
    info.licensingServer = reader.toString("licensingServer");
    info.domain = reader.toString("domain");
    info.farmName = reader.toString("farmName");
    info.farmGuid = reader.toString("farmGUID");
    return info;
}
