#include "ClientPolicy.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

std::optional<ClientPolicy> decodeClientPolicy(JsonReader &reader, QString *error)
{
    ClientPolicy policy;
    if (!reader.readId(&policy.id)) {
        *error = QStringLiteral("a client policy has no valid id");
        return std::nullopt;
    }
    policy.name = reader.toString("name");
    policy.enabled = reader.toBool("enabled", true);
    policy.description = reader.toString("description");
    policy.order = reader.toInt("order");
    policy.adminCreate = reader.toString("adminCreate");
    policy.adminLastMod = reader.toString("adminLastMod");
    policy.timeCreate = parseApiTime(reader.toString("timeCreate"));
    policy.timeLastMod = parseApiTime(reader.toString("timeLastMod"));

    JsonReader settings(reader.toObject("clientPolicy"));
    JsonReader redirection(settings.toObject("redirection"));
    policy.redirectionEnabled = redirection.toBool("enabled");
    policy.redirectionGateway = redirection.toString("gateway");
    policy.redirectionMode = static_cast<Ras::RedirectionMode>(redirection.toEnum("mode", Ras::redirectionModeEntries()));
    policy.redirectionPort = redirection.toInt("serverPort", 80);
    JsonReader session(settings.toObject("session"));
    JsonReader secondary(session.toObject("secondaryConnections"));
    policy.secondaryConnectionsEnabled = secondary.toBool("enabled");
    const QJsonArray list = secondary.value("connectionList").toArray();
    for (const auto &entry : list) {
        QString ignored;
        if (const auto connection = SecondaryConnection::fromJson(entry.toObject(), &ignored))
            policy.secondaryConnections << *connection;
    }
    return policy;
}

} // namespace

std::optional<ClientPolicy> ClientPolicy::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object);
    return decodeClientPolicy(reader, error);
}

std::optional<ClientPolicy> ClientPolicy::fromMembers(const JsonMembers &members, QString *error)
{
    JsonReader reader(members);
    return decodeClientPolicy(reader, error);
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
