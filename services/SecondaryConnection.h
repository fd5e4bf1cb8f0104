#pragma once

struct JsonMembers;

#include "RasEnums.h"

#include <QJsonObject>
#include <QString>
#include <optional>

// One entry of a client policy's secondary connection list (api/ClientPolicies/{id}/SecondaryConnections).
struct SecondaryConnection
{
    Ras::SecondaryConnectionMode mode = Ras::SecondaryConnectionMode::Gateway;
    QString server;
    int serverPort = 80;

    // The schema's rules: mode 0-3, server 1 to 255 characters, a TCP port. Empty when valid.
    QString validate() const;
    QJsonObject toJson() const;
    static std::optional<SecondaryConnection> fromJson(const QJsonObject &object, QString *error);
    static std::optional<SecondaryConnection> fromMembers(const JsonMembers &members, QString *error);

    bool operator==(const SecondaryConnection &other) const
    {
        return mode == other.mode && serverPort == other.serverPort
               && server.compare(other.server, Qt::CaseInsensitive) == 0;
    }
};
