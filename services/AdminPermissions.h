#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// What the logged-on administrator may do (GET api/Session/CurrentAdminPermissions). A server that
// does not have the endpoint (404) gets allAllowed, as older RAS releases grant REST rights equal
// to the console rights the log-on already proved.
struct AdminPermissions
{
    QString adminName;
    int adminType = 0;
    int permissions = 0;
    QList<int> runtimeSites;
    bool monitoring = true;
    bool reporting = true;
    bool licensing = true;
    bool policies = true;
    bool allAllowed = false;

    static AdminPermissions fromJson(const QByteArray &json);
    static AdminPermissions everything();
};
