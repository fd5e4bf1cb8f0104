#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// One request as the routes see it: the path split after "api/", already lower-cased because a
// real RAS server (ASP.NET routing) matches paths in any letter case.
struct ApiRequest
{
    QString method;          // upper case: GET, POST, PUT, DELETE
    QStringList segments;    // e.g. {"broker", "133", "priority"}
    QUrlQuery query;
    QByteArray body;
    QByteArray authToken;    // the auth_token header, empty when absent
    QString remoteAddress;

    // Case-insensitive query lookup, as ASP.NET binds query parameters.
    QString queryValue(const QString &name) const;
    bool hasQueryValue(const QString &name) const;
};
