#pragma once

#include "RasEnums.h"
#include "SecondaryConnection.h"

#include <QDateTime>
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// A client policy (api/ClientPolicies). Policies apply top to bottom by order; the first match wins.
struct ClientPolicy
{
    int id = 0;
    QString name;
    bool enabled = true;
    QString description;
    int order = 0;
    QString adminCreate;
    QString adminLastMod;
    QDateTime timeCreate;
    QDateTime timeLastMod;
    // clientPolicy.session.secondaryConnections
    bool secondaryConnectionsEnabled = false;
    QList<SecondaryConnection> secondaryConnections;
    // clientPolicy.redirection (note: its mode is numbered differently from secondary connections)
    bool redirectionEnabled = false;
    QString redirectionGateway;
    Ras::RedirectionMode redirectionMode = Ras::RedirectionMode::Gateway;
    int redirectionPort = 80;

    // One object or a list of them as the API sends it (JSON text); std::nullopt with a message when
    // the text is not JSON or an object cannot become a ClientPolicy.
    static std::optional<ClientPolicy> fromJson(const QByteArray &json, QString *error);
    static std::optional<QList<ClientPolicy>> listFromJson(const QByteArray &json, QString *error);
};

// Copied by moving its bytes: a 10,000-entry list grows without constructing anything again.
Q_DECLARE_TYPEINFO(ClientPolicy, Q_RELOCATABLE_TYPE);

// The fields of a policy create or update; only the fields that are set are sent.
struct PolicyChanges
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> enabled;

    bool isEmpty() const { return !name && !description && !enabled; }
    QJsonObject toJson() const;
    // Empty when valid: a name of 1 to 255 characters.
    QString validate() const;
};
