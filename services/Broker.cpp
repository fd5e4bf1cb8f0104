#include "Broker.h"

#include "AddressList.h"
#include "JsonDecoding.h"

#include <QCoreApplication>

QStringList Broker::alternativeIpList() const
{
    return AddressList::split(alternativeIps);
}

namespace {

const Json::KeyTable &brokerKeys()
{
    static const Json::KeyTable keys{"id", "server", "enabled", "description", "siteId", "priority", "ip", "alternativeIPs",
                                     "standby", "markedForDeletion", "adminCreate", "adminLastMod", "timeCreate", "timeLastMod"};
    return keys;
}

bool readBroker(Json::Object object, Json::Reader &reader, Broker &broker, QString *error)
{
    bool hasId = false;
    reader.forEachField(object, brokerKeys(), [&](int index, Json::Value &value) {
        switch (index) {
        case 0: hasId = reader.readId(value, &broker.id); break;
        case 1: broker.server = reader.toString(value, "server"); break;
        case 2: broker.enabled = reader.toBool(value, "enabled", true); break;
        case 3: broker.description = reader.toString(value, "description"); break;
        case 4: broker.siteId = reader.toInt(value, "siteId", 0); break;
        case 5: broker.priority = reader.toInt(value, "priority", 0); break;
        case 6: broker.ip = reader.toString(value, "ip"); break;
        case 7: broker.alternativeIps = reader.toString(value, "alternativeIPs"); break;
        case 8: broker.standby = reader.toBool(value, "standby", false); break;
        case 9: broker.markedForDeletion = reader.toBool(value, "markedForDeletion", false); break;
        case 10: broker.adminCreate = reader.toSharedString(value, "adminCreate", 0); break;
        case 11: broker.adminLastMod = reader.toSharedString(value, "adminLastMod", 1); break;
        case 12: broker.timeCreate = reader.toTime(value, "timeCreate"); break;
        case 13: broker.timeLastMod = reader.toTime(value, "timeLastMod"); break;
        }
    });
    if (!hasId) {
        *error = QCoreApplication::translate("Json", "a broker has no valid id");
        return false;
    }
    return true;
}

} // namespace

std::optional<Broker> Broker::fromJson(const QByteArray &json, QString *error)
{
    return Json::decodeObject<Broker>(json, error, readBroker);
}

std::optional<QList<Broker>> Broker::listFromJson(const QByteArray &json, QString *error)
{
    return Json::decodeList<Broker>(json, error, readBroker);
}

bool BrokerChanges::isEmpty() const
{
    return !enabled && !description && !ip && !alternativeIps && !standby;
}

QJsonObject BrokerChanges::toJson() const
{
    // The schema's names and types: "enabled" (not the sample's "enable"), real booleans.
    QJsonObject body;
    if (enabled)
        body.insert(QStringLiteral("enabled"), *enabled);
    if (description)
        body.insert(QStringLiteral("description"), *description);
    if (ip)
        body.insert(QStringLiteral("ip"), *ip);
    if (alternativeIps)
        body.insert(QStringLiteral("alternativeIPs"), *alternativeIps);
    if (standby)
        body.insert(QStringLiteral("standby"), *standby);
    return body;
}

BrokerChanges BrokerChanges::between(const Broker &before, const Broker &after)
{
    BrokerChanges changes;
    if (before.enabled != after.enabled)
        changes.enabled = after.enabled;
    if (before.description != after.description)
        changes.description = after.description;
    if (before.ip != after.ip)
        changes.ip = after.ip;
    // The same addresses written with other separators or spaces are no change; a changed list keeps
    // the separator the server used.
    if (!AddressList::sameAddresses(before.alternativeIps, after.alternativeIps))
        changes.alternativeIps = AddressList::join(AddressList::split(after.alternativeIps),
                                                   AddressList::separatorOf(before.alternativeIps));
    if (before.standby != after.standby)
        changes.standby = after.standby;
    return changes;
}
