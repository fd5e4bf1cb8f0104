#include "Broker.h"

#include "AddressList.h"
#include "JsonReader.h"

QStringList Broker::alternativeIpList() const
{
    return AddressList::split(alternativeIps);
}

namespace {

std::optional<Broker> decodeBroker(JsonReader &reader, QString *error)
{
    Broker broker;
    if (!reader.readId(&broker.id)) {
        *error = QStringLiteral("a broker has no valid id");
        return std::nullopt;
    }
    broker.server = reader.toString("server");
    broker.enabled = reader.toBool("enabled", true);
    broker.description = reader.toString("description");
    broker.siteId = reader.toInt("siteId");
    broker.priority = reader.toInt("priority");
    broker.ip = reader.toString("ip");
    broker.alternativeIps = reader.toString("alternativeIPs");
    broker.standby = reader.toBool("standby");
    broker.markedForDeletion = reader.toBool("markedForDeletion");
    broker.adminCreate = reader.toString("adminCreate");
    broker.adminLastMod = reader.toString("adminLastMod");
    broker.timeCreate = parseApiTime(reader.toString("timeCreate"));
    broker.timeLastMod = parseApiTime(reader.toString("timeLastMod"));
    return broker;
}

} // namespace

std::optional<Broker> Broker::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object);
    return decodeBroker(reader, error);
}

std::optional<Broker> Broker::fromMembers(const JsonMembers &members, QString *error)
{
    JsonReader reader(members);
    return decodeBroker(reader, error);
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
