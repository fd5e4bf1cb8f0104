#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// A RAS Site (api/Site). Brokers and gateways belong to one Site each.
struct Site
{
    int id = 0;
    QString name;
    bool licensingSite = false;
    bool enableHttpHostAttackProtection = false;

    // One object or a list of them as the API sends it (JSON text); std::nullopt with a message when
    // the text is not JSON or an object cannot become a Site.
    static std::optional<Site> fromJson(const QByteArray &json, QString *error);
    static std::optional<QList<Site>> listFromJson(const QByteArray &json, QString *error);
};

// Copied by moving its bytes: a 10,000-entry list grows without constructing anything again.
Q_DECLARE_TYPEINFO(Site, Q_RELOCATABLE_TYPE);
