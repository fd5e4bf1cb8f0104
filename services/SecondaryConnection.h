#pragma once

#include "RasEnums.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
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
    // One object or a list of them as the API sends it (JSON text); std::nullopt with a message when
    // the text is not JSON or an object cannot become a SecondaryConnection.
    static std::optional<SecondaryConnection> fromJson(const QByteArray &json, QString *error);
    static std::optional<QList<SecondaryConnection>> listFromJson(const QByteArray &json, QString *error);

    bool operator==(const SecondaryConnection &other) const
    {
        return mode == other.mode && serverPort == other.serverPort
               && server.compare(other.server, Qt::CaseInsensitive) == 0;
    }
};

// Copied by moving its bytes: a 10,000-entry list grows without constructing anything again.
Q_DECLARE_TYPEINFO(SecondaryConnection, Q_RELOCATABLE_TYPE);
