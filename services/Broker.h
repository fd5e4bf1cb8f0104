#pragma once

#include <QDateTime>
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A Connection Broker as GET api/Broker answers it. priority 0 is the Site's primary broker.
struct Broker
{
    int id = 0;
    QString server;
    bool enabled = true;
    QString description;
    int siteId = 0;
    int priority = 0;
    QString ip;
    QString alternativeIps; // as the server sent it: comma- (the schema) or semicolon-separated
    bool standby = false;
    bool markedForDeletion = false;
    QString adminCreate;
    QString adminLastMod;
    QDateTime timeCreate;
    QDateTime timeLastMod;

    bool isPrimary() const { return priority == 0; }
    QStringList alternativeIpList() const;

    // One object or a list of them as the API sends it (JSON text); std::nullopt with a message when
    // the text is not JSON or an object cannot become a Broker.
    static std::optional<Broker> fromJson(const QByteArray &json, QString *error);
    static std::optional<QList<Broker>> listFromJson(const QByteArray &json, QString *error);
};

// Copied by moving its bytes: a 10,000-entry list grows without constructing anything again.
Q_DECLARE_TYPEINFO(Broker, Q_RELOCATABLE_TYPE);

// The fields of a broker update (PUT api/Broker/{id}); only the fields that are set are sent.
struct BrokerChanges
{
    std::optional<bool> enabled;
    std::optional<QString> description;
    std::optional<QString> ip;
    std::optional<QString> alternativeIps;
    std::optional<bool> standby;

    bool isEmpty() const;
    QJsonObject toJson() const;
    static BrokerChanges between(const Broker &before, const Broker &after);
};

// POST api/Broker: the body (server, siteId) and the push-install query options.
struct BrokerAddRequest
{
    QString server;
    int siteId = 0; // 0: the server's default Site
    bool installAgent = true;
    bool restartAfterInstall = true;
    bool addFirewallRules = true;
    QString installUser;     // empty: the RAS administrator's own credentials
    QString installPassword; // never logged
};
