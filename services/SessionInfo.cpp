#include "SessionInfo.h"

#include "JsonDecoding.h"

namespace {

bool readSessionInfo(Json::Object object, Json::Reader &reader, SessionInfo &info, QString *)
{
    static const Json::KeyTable keys{"userId",          "sessionId", "connectedSiteId", "settingsId",
                                     "applySettingsEnabled", "primaryBrokerConnection", "connectedServer",
                                     "licensingServer", "domain", "farmName", "farmGUID"};
    reader.forEachField(object, keys, [&](int index, Json::Value &value) {
        switch (index) {
        case 0: info.userId = reader.toInt(value, "userId", 0); break;
        case 1: info.sessionId = reader.toInt(value, "sessionId", 0); break;
        case 2: info.connectedSiteId = reader.toInt(value, "connectedSiteId", 0); break;
        case 3: info.settingsId = reader.toInt(value, "settingsId", 0); break;
        case 4: info.applySettingsEnabled = reader.toBool(value, "applySettingsEnabled", false); break;
        case 5: info.primaryBrokerConnection = reader.toBool(value, "primaryBrokerConnection", false); break;
        case 6: info.connectedServer = reader.toString(value, "connectedServer"); break;
        case 7: info.licensingServer = reader.toString(value, "licensingServer"); break;
        case 8: info.domain = reader.toString(value, "domain"); break;
        case 9: info.farmName = reader.toString(value, "farmName"); break;
        case 10: info.farmGuid = reader.toString(value, "farmGUID"); break;
        }
    });
    return true;
}

} // namespace

SessionInfo SessionInfo::fromJson(const QByteArray &json)
{
    // The token was already taken from this answer; the rest is informative, so an odd body
    // leaves it empty rather than failing a log-on that worked.
    QString ignored;
    return Json::decodeObject<SessionInfo>(json, &ignored, readSessionInfo).value_or(SessionInfo());
}
