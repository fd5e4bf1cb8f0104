#include "ClientPolicy.h"

#include "JsonDecoding.h"

#include <QCoreApplication>

namespace {

// clientPolicy.redirection
void readRedirection(Json::Value &value, Json::Reader &reader, ClientPolicy &policy)
{
    static const Json::KeyTable keys{"enabled", "gateway", "mode", "serverPort"};
    reader.forEachField(value, "redirection", keys, [&](int index, Json::Value &field) {
        switch (index) {
        case 0: policy.redirectionEnabled = reader.toBool(field, "enabled", false); break;
        case 1: policy.redirectionGateway = reader.toString(field, "gateway"); break;
        case 2:
            policy.redirectionMode = static_cast<Ras::RedirectionMode>(
                reader.toEnum(field, "mode", Ras::redirectionModeEntries(), 0));
            break;
        case 3: policy.redirectionPort = reader.toInt(field, "serverPort", 80); break;
        }
    });
}

// clientPolicy.session.secondaryConnections; an unreadable connection is left out, not the policy.
void readSecondaryConnections(Json::Value &value, Json::Reader &reader, ClientPolicy &policy)
{
    static const Json::KeyTable keys{"enabled", "connectionList"};
    reader.forEachField(value, "secondaryConnections", keys, [&](int index, Json::Value &field) {
        if (index == 0) {
            policy.secondaryConnectionsEnabled = reader.toBool(field, "enabled", false);
            return;
        }
        reader.forEachElement(field, "connectionList", [&](Json::Value &entry) {
            if (Json::get(entry.type()) != simdjson::ondemand::json_type::object) {
                reader.skip(entry);
                return;
            }
            QString ignored;
            SecondaryConnection connection;
            if (Json::readSecondaryConnection(Json::get(entry.get_object()), reader, connection, &ignored))
                policy.secondaryConnections << connection;
        });
    });
}

void readSettings(Json::Value &value, Json::Reader &reader, ClientPolicy &policy)
{
    static const Json::KeyTable settingsKeys{"redirection", "session"};
    static const Json::KeyTable sessionKeys{"secondaryConnections"};
    reader.forEachField(value, "clientPolicy", settingsKeys, [&](int index, Json::Value &field) {
        if (index == 0) {
            readRedirection(field, reader, policy);
            return;
        }
        reader.forEachField(field, "session", sessionKeys,
                            [&](int, Json::Value &session) { readSecondaryConnections(session, reader, policy); });
    });
}

bool readClientPolicy(Json::Object object, Json::Reader &reader, ClientPolicy &policy, QString *error)
{
    static const Json::KeyTable keys{"id",           "name",       "enabled",     "description", "order",
                                     "adminCreate",  "adminLastMod", "timeCreate", "timeLastMod", "clientPolicy"};
    bool hasId = false;
    reader.forEachField(object, keys, [&](int index, Json::Value &value) {
        switch (index) {
        case 0: hasId = reader.readId(value, &policy.id); break;
        case 1: policy.name = reader.toString(value, "name"); break;
        case 2: policy.enabled = reader.toBool(value, "enabled", true); break;
        case 3: policy.description = reader.toString(value, "description"); break;
        case 4: policy.order = reader.toInt(value, "order", 0); break;
        case 5: policy.adminCreate = reader.toSharedString(value, "adminCreate", 0); break;
        case 6: policy.adminLastMod = reader.toSharedString(value, "adminLastMod", 1); break;
        case 7: policy.timeCreate = reader.toTime(value, "timeCreate"); break;
        case 8: policy.timeLastMod = reader.toTime(value, "timeLastMod"); break;
        case 9: readSettings(value, reader, policy); break;
        }
    });
    if (!hasId) {
        *error = QCoreApplication::translate("Json", "a client policy has no valid id");
        return false;
    }
    return true;
}

} // namespace

std::optional<ClientPolicy> ClientPolicy::fromJson(const QByteArray &json, QString *error)
{
    return Json::decodeObject<ClientPolicy>(json, error, readClientPolicy);
}

std::optional<QList<ClientPolicy>> ClientPolicy::listFromJson(const QByteArray &json, QString *error)
{
    return Json::decodeList<ClientPolicy>(json, error, readClientPolicy);
}

QJsonObject PolicyChanges::toJson() const
{
    QJsonObject body;
    if (name)
        body.insert(QStringLiteral("name"), name->trimmed());
    if (description)
        body.insert(QStringLiteral("description"), *description);
    if (enabled)
        body.insert(QStringLiteral("enabled"), *enabled);
    return body;
}

QString PolicyChanges::validate() const
{
    if (name) {
        const QString trimmed = name->trimmed();
        if (trimmed.isEmpty())
            return QCoreApplication::translate("PolicyChanges", "Enter a name for the policy.");
        if (trimmed.size() > 255)
            return QCoreApplication::translate("PolicyChanges", "The name may have at most 255 characters.");
    }
    return {};
}
