#pragma once

struct JsonMembers;

#include <QJsonObject>
#include <QString>
#include <optional>

// A RAS Site (api/Site). Brokers and gateways belong to one Site each.
struct Site
{
    int id = 0;
    QString name;
    bool licensingSite = false;
    bool enableHttpHostAttackProtection = false;
    QJsonObject raw; // the object as the server sent it, when the client keeps raw JSON (see RasClient)

    static std::optional<Site> fromJson(const QJsonObject &object, QString *error);
    static std::optional<Site> fromMembers(const JsonMembers &members, QString *error);
};
